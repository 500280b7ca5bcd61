"""The Persian translation is complete, consistent with the code, and compiled.

Fails when a message in ``khabarkhan_fa.ts`` is unfinished or empty, when a
translation drops a placeholder, when ``reader/ui`` has a string the .ts does
not know yet (run lupdate and translate it), or when the compiled .qm is
missing or stale (older than its .ts: it differs from what lrelease builds).
Update with (see resources/translations/README.md):

    uv run pyside6-lupdate $(find reader/ui -name '*.py' | sort) \
        -ts resources/translations/khabarkhan_fa.ts -target-language fa_IR -no-obsolete
    uv run pyside6-lrelease resources/translations/khabarkhan_fa.ts \
        -qm resources/translations/khabarkhan_fa.qm
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from reader.resources import resource_path
from reader.ui.i18n import install_translator, remove_translators

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "khabarkhan_fa.ts")
QM = resource_path("translations", "khabarkhan_fa.qm")
TS_EN = resource_path("translations", "khabarkhan_en.ts")
QM_EN = resource_path("translations", "khabarkhan_en.qm")
PLACEHOLDER = re.compile(r"%L?n|%\d")


def tool(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    return shutil.which(name)


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m)
        for ctx in tree.getroot().iter("context")
        for m in ctx.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    if message.get("numerus") == "yes":
        return [nf.text or "" for nf in tr.iter("numerusform")]
    return [tr.text or ""]


def test_every_message_is_translated() -> None:
    problems = []
    for context, source, m in messages(TS):
        tr = m.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "missing"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif kind not in ("vanished", "obsolete") and not all(
            t.strip() for t in translations_of(m)
        ):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_placeholders_survive_translation() -> None:
    problems = []
    for context, source, m in messages(TS):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(m):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_translations_use_persian_letters_not_arabic() -> None:
    """Arabic yeh (ي) and kaf (ك) are a classic sign of careless Persian text."""
    bad = [
        (source, text)
        for _c, source, m in messages(TS)
        for text in translations_of(m)
        if "ي" in text or "ك" in text
    ]
    assert not bad


def test_menu_mnemonics_kept() -> None:
    for context, source, m in messages(TS):
        if context == "Menus":
            assert all("&" in t for t in translations_of(m)), source


@pytest.mark.skipif(tool("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / "khabarkhan_fa.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    before = {(c, s) for c, s, _ in messages(TS)}
    new = [(c, s) for c, s, _ in messages(copy) if (c, s) not in before]
    assert not new, f"untranslated strings in reader/ui (run lupdate and translate): {new}"


def test_qm_exists_and_is_current(tmp_path: Path) -> None:
    assert QM.exists(), "compile the .ts with pyside6-lrelease"
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:  # fall back to timestamps
        assert QM.stat().st_mtime >= TS.stat().st_mtime, ".qm is older than the .ts"
        return
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True, timeout=60
    )
    assert fresh.read_bytes() == QM.read_bytes(), ".qm is stale: re-run pyside6-lrelease"


def test_persian_translator_translates_the_ui(qapp) -> None:
    previous = QLocale()
    try:
        assert install_translator(qapp, "fa") == "fa"
        assert QCoreApplication.translate("Menus", "&File") == "&پرونده"
        text = QCoreApplication.translate(
            "ImportReportDialog", "%Ln new article(s) added.", "", 1250
        )
        assert text == "۱٬۲۵۰ خبر تازه افزوده شد."
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)


@pytest.mark.skipif(tool("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_every_plural_has_english_forms(tmp_path: Path) -> None:
    copy = tmp_path / "khabarkhan_en.ts"
    shutil.copy(TS_EN, copy)
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-pluralonly", "-no-obsolete"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    unfinished = [
        s for _c, s, m in messages(copy) if m.find("translation").get("type") == "unfinished"
    ]
    assert not unfinished, f"plural messages without English forms: {unfinished}"
    lrelease = tool("pyside6-lrelease")
    if lrelease is not None:
        fresh = tmp_path / "fresh.qm"
        subprocess.run([lrelease, str(TS_EN), "-qm", str(fresh)], check=True, capture_output=True)
        assert fresh.read_bytes() == QM_EN.read_bytes(), "khabarkhan_en.qm is stale"


def test_english_plurals(qapp) -> None:
    previous = QLocale()
    try:
        assert install_translator(qapp, "en") == "en"
        one = QCoreApplication.translate("ImportReportDialog", "%Ln new article(s) added.", "", 1)
        many = QCoreApplication.translate("ImportReportDialog", "%Ln new article(s) added.", "", 41)
        assert (one, many) == ("1 new article added.", "41 new articles added.")
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
