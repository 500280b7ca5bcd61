"""Packaging: desktop integration files, the PyInstaller spec, icons, install scripts, self-test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ast
import configparser
import importlib.util
import logging
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.khabarkhan.Khabarkhan"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# --- desktop entry and metainfo --------------------------------------------------------------


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip(
            "desktop-file-validate not installed (Debian: apt-get install desktop-file-utils)"
        )
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (Debian: apt-get install appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_contents() -> None:
    from reader.ui.app import DESKTOP_ID

    entry = _desktop_entry()
    assert DESKTOP_ID == APP_ID == DESKTOP.name.removesuffix(".desktop")
    assert entry["Name"] == "Khabarkhan"
    assert entry["Name[fa]"] == "خبرخوان"
    assert entry["Comment"] and entry["Comment[fa]"]
    assert entry["Exec"] == "khabarkhan %F"  # files and folders dropped on the icon get imported
    assert entry["Icon"] == APP_ID
    assert {"Network", "News"} <= set(entry["Categories"].strip(";").split(";"))


def test_metainfo_matches_project() -> None:
    tree = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert tree.findtext("id") == APP_ID
    assert tree.findtext("launchable") == DESKTOP.name
    assert tree.findtext("project_license") == project["license"]["text"]
    assert tree.findtext("metadata_license") == "CC0-1.0"
    assert tree.find("content_rating").get("type", "").startswith("oars-")  # type: ignore[union-attr]
    releases = [r.get("version") for r in tree.iter("release")]
    assert releases and releases[0] == project["version"], "newest release = pyproject version"
    images = [img.text or "" for img in tree.iter("image")]
    assert images and all(img.startswith("https://") for img in images)
    shots = PACKAGING / "screenshots"
    if shots.is_dir() and any(shots.glob("*.png")):
        missing = [img for img in images if not (shots / img.rsplit("/", 1)[-1]).is_file()]
        assert not missing, f"metainfo screenshots not in packaging/screenshots: {missing}"


# --- PyInstaller spec and hooks ---------------------------------------------------------------


def _spec_function(name: str) -> object:
    """One top-level function of the spec, compiled on its own (the spec needs PyInstaller)."""
    source = (PACKAGING / "khabarkhan.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    namespace: dict[str, object] = {"ROOT": ROOT, "Path": Path}
    exec(compile(ast.Module(body=[func], type_ignores=[]), "khabarkhan.spec", "exec"), namespace)
    return namespace[name]


def test_spec_bundles_resources_under_resources() -> None:
    resource_datas = _spec_function("resource_datas")
    datas = resource_datas()  # type: ignore[operator]
    by_name = {Path(src).name: dest.replace("\\", "/") for src, dest in datas}
    assert by_name["Vazirmatn-Regular.ttf"] == "resources/fonts"
    assert by_name["khabarkhan.svg"] == "resources/icons"
    assert f"{APP_ID}.png" in by_name
    assert all(dest.split("/")[0] == "resources" for _, dest in datas)
    assert not [src for src, _ in datas if src.endswith(".ts")], "translation sources bundled"
    on_disk = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix != ".ts"]
    assert len(datas) == len([p for p in on_disk if p.name != ".gitkeep"])


def test_spec_collects_hazm_and_excludes_heavy_extras() -> None:
    spec = (PACKAGING / "khabarkhan.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("hazm")' in spec
    assert 'collect_submodules("reader")' in spec
    assert 'hookspath=[str(ROOT / "packaging" / "hooks")]' in spec
    for heavy in ("huggingface_hub", "numpy", "spacy", "tkinter", "PySide6.QtNetwork"):
        assert f'"{heavy}"' in spec


def test_qt_trim_keeps_needed_plugins_and_drops_unused() -> None:
    qt_trim = _load(PACKAGING / "hooks" / "qt_trim.py", "qt_trim_under_test")
    kept = [
        ("libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("libqwayland.so", "PySide6/Qt/plugins/platforms"),
        ("libqoffscreen.so", "PySide6/Qt/plugins/platforms"),
        ("qwindows.dll", "PySide6/plugins/platforms"),
        ("libqcocoa.dylib", "PySide6/Qt/plugins/platforms"),
        ("libqsvg.so", "PySide6/Qt/plugins/imageformats"),
        ("libqsvgicon.so", "PySide6/Qt/plugins/iconengines"),
        ("libibusplatforminputcontextplugin.so", "PySide6/Qt/plugins/platforminputcontexts"),
        ("libqxdgdesktopportal.so", "PySide6/Qt/plugins/platformthemes"),
        ("qmodernwindowsstyle.dll", "PySide6/plugins/styles"),
        ("libxdg-shell.so", "PySide6/Qt/plugins/wayland-shell-integration"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib"),
    ]
    dropped = [
        ("libqgtk3.so", "PySide6/Qt/plugins/platformthemes"),
        ("libqvnc.so", "PySide6/Qt/plugins/platforms"),
        ("libqeglfs.so", "PySide6/Qt/plugins/platforms"),
        ("libqjpeg.so", "PySide6/Qt/plugins/imageformats"),
        ("libqevdevmouseplugin.so", "PySide6/Qt/plugins/generic"),
    ]
    for src, dest in kept:
        assert qt_trim.keep_plugin(f"/x/{src}", dest), src
    for src, dest in dropped:
        assert not qt_trim.keep_plugin(f"/x/{src}", dest), src


def test_nltk_hook_bundles_no_nltk_data() -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller not installed (uv sync --group build)")
    hook = _load(PACKAGING / "hooks" / "hook-nltk.py", "hook_nltk_under_test")
    assert [Path(src).name for src, _ in hook.datas] == ["VERSION"]
    assert all("nltk_data" not in dest for _, dest in hook.datas)


# --- icons --------------------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_png_sizes_exist() -> None:
    for size in SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), png
        assert _png_size(png.read_bytes()) == (size, size)


def test_windows_ico_and_macos_icns_hold_the_sizes() -> None:
    ico = (PACKAGING / "windows" / "khabarkhan.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    ico_sizes = set()
    for i in range(count):
        _, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i])
        ico_sizes.add(_png_size(ico[offset : offset + length])[0])
    assert {16, 32, 48, 256} <= ico_sizes

    icns = (PACKAGING / "macos" / "khabarkhan.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    pos, icns_sizes = 8, set()
    while pos < len(icns):
        length = struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        icns_sizes.add(_png_size(icns[pos + 8 : pos + length])[0])
        pos += length
    assert {16, 32, 128, 256, 512} <= icns_sizes


# --- install scripts ------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("bash") is None, reason="needs bash")
def test_install_and_uninstall_per_user(tmp_path: Path) -> None:
    bundle = tmp_path / "unpacked" / "khabarkhan"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    exe = bundle / "khabarkhan"
    exe.write_text("#!/bin/sh\necho khabarkhan\n")
    exe.chmod(0o755)
    home = tmp_path / "home with space"
    data = home / ".local" / "share"
    library = data / "khabarkhan" / "library.sqlite3"
    library.parent.mkdir(parents=True)
    library.write_text("the user's library")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    subprocess.run(
        ["bash", str(PACKAGING / "linux" / "install.sh"), str(bundle)],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    installed = home / ".local" / "opt" / "khabarkhan"
    assert (installed / "khabarkhan").is_file()
    link = home / ".local" / "bin" / "khabarkhan"
    assert link.resolve() == (installed / "khabarkhan").resolve()
    desktop = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}/khabarkhan" %F' in desktop
    assert "Name[fa]=خبرخوان" in desktop
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    subprocess.run(
        ["bash", str(PACKAGING / "linux" / "uninstall.sh")],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not installed.exists() and not link.exists()
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
    assert library.read_text() == "the user's library"


# --- logging and self-test ------------------------------------------------------------------------


@pytest.fixture
def clean_logging(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Point the log dir at tmp_path and undo configure_logging's global changes afterwards."""
    monkeypatch.setenv("KHABARKHAN_LOG_DIR", str(tmp_path / "log"))
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield tmp_path / "log"
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
    sys.excepthook = hook
    logging.captureWarnings(False)


def test_configure_logging_writes_a_rotating_file(clean_logging: Path) -> None:
    from reader.logging_setup import configure_logging

    path = configure_logging()
    assert path == clean_logging / "khabarkhan.log"
    logging.getLogger("khabarkhan.test").info("سلام from the test")
    logging.getLogger("khabarkhan.test").debug("not at INFO level")
    assert configure_logging(verbose=True) == path  # second call: no duplicate handlers
    logging.getLogger("khabarkhan.test").debug("debug after verbose")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "سلام from the test" in text
    assert "not at INFO level" not in text
    assert text.count("debug after verbose") == 1


def test_self_test_passes_in_process(qapp: object, clean_logging: Path) -> None:
    from reader import selftest
    from reader.resources import resource_path

    results = {r.name: r for r in selftest.run_checks()}
    assert set(results) == {name for name, _ in selftest.CHECKS}
    failed = {name: r.detail for name, r in results.items() if not r.ok}
    if not resource_path("translations", "khabarkhan_fa.qm").is_file():
        # The Persian .qm is compiled by the GUI team; until it exists the check must say so.
        assert "translations" in failed
        failed.pop("translations")
    assert not failed


def test_self_test_reports_failures(
    monkeypatch: pytest.MonkeyPatch, clean_logging: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader import selftest

    def broken() -> str:
        raise selftest.CheckFailed("the widget is missing")

    def crashing() -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(
        selftest,
        "CHECKS",
        [("works", lambda: "fine"), ("broken", broken), ("crashing", crashing)],
    )
    assert selftest.main() == 1
    report = (clean_logging / selftest.REPORT_NAME).read_text(encoding="utf-8")
    assert "[PASS] works" in report
    assert "[FAIL] broken" in report and "the widget is missing" in report
    assert "[FAIL] crashing" in report and "RuntimeError: boom" in report
    assert "FAILED: broken, crashing" in report
    assert report in capsys.readouterr().err

    monkeypatch.setattr(selftest, "CHECKS", [("works", lambda: "fine")])
    assert selftest.main() == 0


def test_self_test_checks_the_zwnj_table_and_the_demo_articles(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bundle or wheel without ``resources/zwnj`` or ``resources/samples`` must fail its
    self-test: without the table ZWNJs are silently not restored, without the samples the
    first-run offer does nothing."""
    from reader import resources, selftest

    names = {name for name, _ in selftest.CHECKS}
    assert {"ZWNJ table", "demo articles"} <= names
    assert selftest.check_zwnj_table().startswith("table.tsv.gz")
    assert selftest.check_demo_articles().endswith("articles imported")

    stripped = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", stripped, ignore=shutil.ignore_patterns("samples", "zwnj"))
    monkeypatch.setattr(resources, "resources_dir", lambda: stripped)
    with pytest.raises(selftest.CheckFailed, match="ZWNJ table missing"):
        selftest.check_zwnj_table()
    with pytest.raises(selftest.CheckFailed, match="no demo articles"):
        selftest.check_demo_articles()


def test_self_test_report_says_where_the_resources_are(clean_logging: Path) -> None:
    from reader import selftest
    from reader.resources import resources_dir

    report = selftest.format_report([selftest.Result("works", True, "fine", 0.0)])
    assert f"resources: {resources_dir()}" in report
    assert selftest.install_kind() == "source"  # a checkout; a wheel says "installed"
