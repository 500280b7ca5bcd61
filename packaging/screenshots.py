"""Screenshots of the reader window for the README and the store listings.

Builds a demo library from ``resources/samples`` in a temporary folder, opens
the main window offscreen (``grab()`` there is pixel-identical to a real X
server) in Persian/light, Persian/sepia, Persian/dark and English/light, selects
the sample Defapress article and saves PNGs into ``packaging/screenshots/``.
The user's own settings and library are never touched: both live in the temp
folder. Run: ``uv run python packaging/screenshots.py [--out DIR] [--size WxH]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from reader.core.library import Library  # noqa: E402
from reader.core.library.importing import import_paths  # noqa: E402
from reader.core.persian import display  # noqa: E402
from reader.core.query import ArticleQuery  # noqa: E402
from reader.ui.app import create_application, set_language  # noqa: E402
from reader.ui.first_run import FIRST_DEMO_ARTICLE, demo_paths  # noqa: E402
from reader.ui.settings import Settings  # noqa: E402
from reader.ui.themes import apply_theme  # noqa: E402

log = logging.getLogger("screenshots")

VARIANTS: list[tuple[str, str, str, str]] = [
    # file name, language, theme, search text ("" = none)
    ("khabarkhan-fa-light", "fa", "light", ""),
    ("khabarkhan-fa-sepia", "fa", "sepia", "پاکستان"),
    ("khabarkhan-fa-dark", "fa", "dark", ""),
    ("khabarkhan-en-light", "en", "light", ""),
]
CHEAT_SHEET_VARIANTS = {"khabarkhan-fa-light"}
"""Variants that also get a picture of the ``?`` cheat sheet."""


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float) -> bool:
    """Spin the event loop until ``condition()`` holds or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def settle(app: QApplication, seconds: float) -> None:
    wait_until(app, lambda: False, seconds)


def build_library(folder: Path) -> tuple[Path, int]:
    """Import the demo articles; returns the library path and the showcase article id."""
    path = folder / "library.sqlite"
    with Library.open(path) as library:
        report = import_paths(library, demo_paths())
        log.info("demo library: %d articles, %d skipped", report.added, len(report.skipped))
        for p, reason in report.skipped:
            log.warning("skipped %s: %s", p, reason)
        total = library.total()
        showcase = None
        for row in library.page(ArticleQuery(), 0, total):
            article = library.get(row.id)
            if article is not None and article.origin_path.endswith(FIRST_DEMO_ARTICLE[1]):
                showcase = row.id
                break
    if showcase is None:
        raise SystemExit("the showcase article was not imported; see the warnings above")
    return path, showcase


def shoot(
    app: QApplication,
    library_path: Path,
    article_id: int,
    folder: Path,
    out: Path,
    variant: tuple[str, str, str, str],
    size: tuple[int, int],
) -> Path:
    from reader.ui.db_worker import LibraryService
    from reader.ui.main_window import MainWindow

    name, language, theme, search = variant
    ini = folder / f"{name}.ini"
    ini.unlink(missing_ok=True)
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    settings.language = language
    settings.theme = theme
    settings.demo_offered = True
    set_language(app, language)
    apply_theme(app, theme)
    library = Library.open(library_path)
    service = LibraryService(library_path)
    window = MainWindow(library, service, settings)
    window.resize(*size)
    window.show()
    window.pane.warm_up()  # as the app does after its first paint: list titles as display text
    settle(app, 0.5)
    if search:
        box = window.findChild(QLineEdit, "searchBox")
        if box is None:
            log.warning("no searchBox found; skipping the search in %s", name)
        else:
            box.setFocus()
            box.setText(search)  # QTest cannot type Persian letters; Return commits the text
            QTest.keyClick(box, Qt.Key.Key_Return)
            settle(app, 1.0)
    window.show_article_id(article_id)
    pane = window.pane
    shown = wait_until(app, lambda: pane.article is not None and pane.article.id == article_id, 10)
    if not shown:
        log.warning("%s: the article did not appear in the reading pane", name)
    settle(app, 1.0)  # display text (hazm) and the facet counts land
    path = out / f"{name}.png"
    if not window.grab().save(str(path)):
        raise SystemExit(f"cannot write {path}")
    if name in CHEAT_SHEET_VARIANTS:
        from reader.ui.cheatsheet import CheatSheetDialog

        sheet = CheatSheetDialog(settings, window)
        sheet.show()
        settle(app, 0.3)
        sheet_path = out / f"{name}-cheatsheet.png"
        if not sheet.grab().save(str(sheet_path)):
            raise SystemExit(f"cannot write {sheet_path}")
        sheet.close()
        log.info("wrote %s", sheet_path)
    window.close()
    window.deleteLater()  # gone before the next variant changes language and theme
    settle(app, 0.3)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    library.close()
    log.info("wrote %s", path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--size", default="1400x860", help="window size, e.g. 1400x860")
    parser.add_argument("--only", help="comma-separated variant names")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    variants = VARIANTS
    if args.only:
        wanted = set(args.only.split(","))
        variants = [v for v in VARIANTS if v[0] in wanted]

    app = create_application([sys.argv[0]])
    display.warm_up()  # load hazm once so every shot shows the finished display text
    with tempfile.TemporaryDirectory(prefix="khabarkhan-shots-") as tmp:
        folder = Path(tmp)
        library_path, article_id = build_library(folder)
        for variant in variants:
            shoot(app, library_path, article_id, folder, args.out, variant, (width, height))
    return 0


if __name__ == "__main__":
    sys.exit(main())
