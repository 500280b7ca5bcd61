"""`khabarkhan --self-test`: prove that an installed or frozen app has everything it needs.

Why: a PyInstaller bundle fails in ways a source checkout never does (a data file not
collected, a Qt plugin dropped, a hidden import missing). Each check below exercises one such
piece the way the app uses it. The report goes to stderr and to a file in the user's log folder,
because the windowed Windows/macOS builds have no console. Exit status 0 means every check passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reader.logging_setup import log_dir

REPORT_NAME = "selftest.txt"
APP_ID = "io.github.khabarkhan.Khabarkhan"
# No ZWNJ in the line, so hazm and the restorer both work: a lost one (ميخواهم), a space
# typed for one (كتاب ها), Arabic kaf and yeh to fold.
NORMALIZER_INPUT = "ميخواهم كتاب ها را ببينم"
NORMALIZER_EXPECTED = "می\u200cخواهم کتاب\u200cها را ببینم"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


@dataclass(slots=True)
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def _qt_app() -> Any:
    """The running QApplication, or a new one (offscreen unless a platform was chosen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "khabarkhan"])
        app.setApplicationName("khabarkhan")
        app.setDesktopFileName(APP_ID)
    return app


def check_fonts() -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from reader.resources import resource_path

    _qt_app()
    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    _require(bool(fonts), f"no .ttf files in {resource_path('fonts')}")
    families: set[str] = set()
    for font in fonts:
        font_id = QFontDatabase.addApplicationFont(str(font))
        _require(font_id != -1, f"Qt cannot load {font}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    _require(any("Vazirmatn" in f for f in families), f"no Vazirmatn family in {families}")
    metrics = QFontMetrics(QFont("Vazirmatn"))
    missing = [ch for ch in "خبرخوان\u200c۱۲۳" if not metrics.inFontUcs4(ord(ch))]
    _require(not missing, f"Vazirmatn lacks glyphs for {missing!r}")
    return f"{len(fonts)} fonts, families {sorted(families)}"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from reader.resources import resource_path

    app = _qt_app()
    qm = resource_path("translations", "khabarkhan_fa.qm")
    own = QTranslator(app)
    _require(own.load(str(qm)), f"cannot load {qm}")
    _require(not own.isEmpty(), f"{qm} holds no translations")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    locale = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    _require(qt_translator.load(locale, "qtbase", "_", qt_dir), f"no qtbase_fa.qm in {qt_dir}")
    return f"{qm.name} ({qm.stat().st_size} bytes) and Qt's qtbase_fa.qm"


def check_icons() -> str:
    from PySide6.QtGui import QIcon

    from reader.resources import resource_path

    _qt_app()
    svg = resource_path("icons", "khabarkhan.svg")
    icon = QIcon(str(svg))
    _require(not icon.isNull(), f"cannot load {svg} (SVG icon engine plugin missing?)")
    for size in (16, 256):
        pixmap = icon.pixmap(size, size)
        _require(not pixmap.isNull(), f"SVG icon does not render at {size} px")
        _require(not pixmap.toImage().isNull(), f"SVG icon renders empty at {size} px")
    missing = [
        size
        for size in ICON_SIZES
        if not resource_path(
            "icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png"
        ).is_file()
    ]
    _require(not missing, f"hicolor PNG icons missing for sizes {missing}")
    return f"SVG renders at 16 and 256 px; {len(ICON_SIZES)} PNG sizes present"


def check_normalizer() -> str:
    import hazm

    from reader.core.persian.display import display_text

    shown = display_text(NORMALIZER_INPUT, restore_zwnj=True, persian_digits=True)
    _require(shown == NORMALIZER_EXPECTED, f"display_text gave {shown!r}")
    tokens = hazm.word_tokenize(shown)  # reads hazm's word lists (bundled data files)
    _require("کتاب\u200cها" in tokens, f"hazm.word_tokenize gave {tokens!r}")
    return f"{NORMALIZER_INPUT!r} -> {shown!r}; {len(tokens)} tokens"


def check_zwnj_table() -> str:
    """The shipped ZWNJ table loads (a missing one would only show as unrestored ZWNJs)."""
    from reader.core.persian.zwnj.table import default_path, load_table

    path = default_path()
    _require(path.is_file(), f"ZWNJ table missing: {path}")
    table = load_table(path)
    _require(len(table.fixes) > 1000, f"{path} holds only {len(table.fixes)} spellings")
    _require(table.fixes.get("میشود") == "می\u200cشود", "the table does not restore میشود")
    return f"{path.name}: {len(table.fixes)} spellings, {len(table.codes)} words"


def check_demo_articles() -> str:
    """The first-run demo files are there and import (every importer they need is bundled)."""
    from reader.core.library import Library
    from reader.core.library.importing import import_paths
    from reader.ui.first_run import demo_paths

    paths = demo_paths()
    _require(bool(paths), "no demo articles (resources/samples is missing or empty)")
    with (
        tempfile.TemporaryDirectory(prefix="khabarkhan-selftest-") as tmp,
        Library.open(Path(tmp) / "demo.sqlite") as library,
    ):
        report = import_paths(library, paths, workers=0)
        _require(not report.skipped, f"demo files skipped: {report.skipped}")
        _require(report.added > 0, "the demo files gave no articles")
    return f"{len(paths)} files, {report.added} articles imported"


def check_dates() -> str:
    from zoneinfo import ZoneInfo

    import jdatetime

    jalali = jdatetime.date(1400, 7, 20)
    gregorian = jalali.togregorian()
    _require(gregorian == date(2021, 10, 12), f"1400-07-20 -> {gregorian}")
    back = jdatetime.date.fromgregorian(date=gregorian)
    _require(back == jalali, f"round trip gave {back}")
    tehran = ZoneInfo("Asia/Tehran")  # needs tzdata on Windows
    offset = datetime(2023, 1, 1, 12, tzinfo=tehran).utcoffset()
    _require(offset is not None and offset.total_seconds() == 3.5 * 3600, f"offset {offset}")
    return f"{jalali.isoformat()} <-> {gregorian.isoformat()}, Asia/Tehran UTC+03:30"


def check_library() -> str:
    from reader.core.library import Library
    from reader.core.query import ArticleQuery

    with (
        tempfile.TemporaryDirectory(prefix="khabarkhan-selftest-") as tmp,
        Library.open(Path(tmp) / "selftest.sqlite") as library,
    ):
        added, _ = library.add_articles(_sample_articles())
        _require(added == 2, f"added {added} of 2 articles")
        query = ArticleQuery()
        hits = library.count(query.with_(text="كتاب"))  # Arabic kaf folds to Persian
        _require(hits == 1, f"full-text search found {hits} articles, expected 1")
        _require(library.count(query.with_(text="آفتابی")) == 1, "second search failed")
        _require(library.count(query.with_(text="ناموجود")) == 0, "search matched nothing")
        rows = library.page(query.with_(text="كتاب"), 0, 10)
        _require(bool(rows) and rows[0].site == "ایرنا", f"search returned {rows}")
    return "2 articles, FTS5 search with spelling folding"


def _sample_articles() -> list[Any]:
    from reader.core.article import Article, Paragraph

    return [
        Article(
            title="نمایشگاه کتاب تهران گشایش یافت",
            body=[Paragraph("کتاب‌ها و ناشران از سراسر ایران آمدند.")],
            site="ایرنا",
            published=datetime(2021, 10, 12, 20, 53, tzinfo=_tehran()),
            origin_path="selftest/1",
            format="selftest",
        ),
        Article(
            title="پیش‌بینی هوای فردا",
            body=[Paragraph("آسمان صاف و آفتابی است.")],
            site="ایسنا",
            origin_path="selftest/2",
            format="selftest",
        ),
    ]


def _tehran() -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Tehran")


def check_main_window() -> str:
    """Build the real main window on a throw-away library and settings file, show it, render it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from reader.core.library import Library
    from reader.ui.db_worker import LibraryService
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = _qt_app()
    with tempfile.TemporaryDirectory(prefix="khabarkhan-selftest-") as tmp:
        path = Path(tmp) / "selftest.sqlite"
        library = Library.open(path)
        library.add_articles(_sample_articles())
        service = LibraryService(path)
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = None
        try:
            window = MainWindow(library, service, settings)
            window.resize(1100, 700)
            window.show()
            deadline = time.monotonic() + 5
            while window.model.rowCount() < 2 and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            app.processEvents()
            _require(window.isVisible(), "main window did not show")
            _require(window.model.rowCount() == 2, f"list shows {window.model.rowCount()} of 2")
            for name in ("articleList", "readingPane", "searchBox", "timeline"):
                _require(window.findChild(QWidget, name) is not None, f"no widget {name!r}")
            image = window.grab()
            _require(image.width() >= 800 and image.height() >= 500, "main window renders small")
            return f"MainWindow {image.width()}x{image.height()}, 2 articles listed"
        finally:
            if window is not None:
                window.close()
                window.deleteLater()
            app.processEvents()
            service.close()
            library.close()


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("icons", check_icons),
    ("hazm normalizer", check_normalizer),
    ("ZWNJ table", check_zwnj_table),
    ("demo articles", check_demo_articles),
    ("Jalali dates", check_dates),
    ("library + FTS5", check_library),
    ("main window", check_main_window),
]


def run_checks() -> list[Result]:
    results = []
    for name, check in CHECKS:
        start = time.perf_counter()
        try:
            detail = check()
            ok = True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception:
            detail, ok = traceback.format_exc().rstrip(), False
        results.append(Result(name, ok, detail, time.perf_counter() - start))
    return results


def install_kind() -> str:
    """How Khabarkhan runs: "frozen" (a bundle), "installed" (a wheel) or "source"."""
    if getattr(sys, "frozen", False):
        return "frozen"
    from reader.resources import resources_dir

    return "installed" if resources_dir().name == "_resources" else "source"


def format_report(results: list[Result]) -> str:
    from reader.resources import resources_dir
    from reader.version import app_version

    lines = [
        f"Khabarkhan {app_version()} self-test {datetime.now().isoformat(timespec='seconds')}",
        f"{install_kind()} build, Python {sys.version.split()[0]}, {sys.platform}, "
        f"executable {sys.executable}",
        f"resources: {resources_dir()}",
    ]
    for r in results:
        lines.append(f"[{'PASS' if r.ok else 'FAIL'}] {r.name} ({r.seconds:.2f} s): {r.detail}")
    failed = [r.name for r in results if not r.ok]
    lines.append(f"FAILED: {', '.join(failed)}" if failed else "all checks passed")
    return "\n".join(lines) + "\n"


def write_report(report: str) -> Path | None:
    """Write the report to the user log folder; None when that folder is not writable."""
    path = log_dir() / REPORT_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(report, encoding="utf-8")
    except OSError:
        return None
    return path


def main() -> int:
    """Run every check; 0 when all pass, 1 otherwise. Report on stderr and in the log folder."""
    results = run_checks()
    report = format_report(results)
    path = write_report(report)
    if path is not None:
        report += f"report written to {path}\n"
    if sys.stderr is not None:
        sys.stderr.write(report)
        sys.stderr.flush()
    return 0 if all(r.ok for r in results) else 1
