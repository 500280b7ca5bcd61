"""Application start-up: fonts, language and direction, theme, the main window.

Start-up must put rows on screen fast (≤ 1 s with a million articles), so
nothing heavy happens before the first paint: hazm is warmed up on a worker
thread only after the window is shown, and facet counts run on the library
worker. The PySide6 wheel ships no fonts, so Vazirmatn is loaded from the
bundled resources; without it a machine with no Persian font shows boxes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.resources import resource_path

log = logging.getLogger(__name__)

DESKTOP_ID = "io.github.khabarkhan.Khabarkhan"
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Medium.ttf", "Vazirmatn-Bold.ttf")
FONT_FAMILY = "Vazirmatn"
WARM_UP_DELAY_MS = 250
FILE_OPEN_COALESCE_MS = 150
SCREEN_FRAME_ALLOWANCE = (16, 48)
"""Width and height a window manager's frame and title bar may add around a window."""


def load_fonts() -> bool:
    """Register the bundled Vazirmatn faces; True if the family is available."""
    loaded = False
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path)
        else:
            loaded = True
    return loaded


def app_icon() -> QIcon:
    icon = QIcon()
    hicolor = resource_path("icons", "hicolor")
    for png in sorted(hicolor.glob(f"*/apps/{DESKTOP_ID}.png")):
        icon.addFile(str(png))
    svg = resource_path("icons", "khabarkhan.svg")
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


def set_language(app: QApplication, language: str) -> str:
    """Install translators and set the layout direction; returns "fa" or "en"."""
    from reader.ui.i18n import install_translator

    effective = install_translator(app, language)
    from PySide6.QtCore import Qt

    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if effective == "fa" else Qt.LayoutDirection.LeftToRight
    )
    return effective


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Khabarkhan")
    app.setOrganizationName("Khabarkhan")
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    if load_fonts():
        font = QFont(app.font())
        font.setFamily(FONT_FAMILY)
        app.setFont(font)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


class FileOpenHandler(QObject):
    """Imports files that macOS hands to the running application.

    Files dropped on the Dock icon, or opened with the app from Finder, arrive as
    ``QEvent.FileOpen`` on the QApplication (not in ``argv``), one event per file,
    possibly before the window exists. They are collected for a moment and
    passed together to the same import the command line uses
    (``khabarkhan PATH...`` → ``MainWindow.import_paths``).

    An event filter on the application rather than a QApplication subclass, so it
    also works on an application someone else created (tests, the self-test);
    its cost is a type check per event (~1 µs).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._pending: list[Path] = []
        self._target: Callable[[Sequence[Path]], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILE_OPEN_COALESCE_MS)
        self._timer.timeout.connect(self._flush)
        app.installEventFilter(self)

    def set_target(self, target: Callable[[Sequence[Path]], object] | None) -> None:
        """Where collected paths go (``window.import_paths``); pending ones follow."""
        self._target = target
        if target is not None and self._pending:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file() or event.url().toLocalFile()  # type: ignore[attr-defined]
        if not path:
            return False  # a non-file URL: not ours
        log.info("file open event: %s", path)
        self._pending.append(Path(path))
        self._timer.start()
        return True

    def _flush(self) -> None:
        if self._target is None or not self._pending:
            return
        paths = list(dict.fromkeys(self._pending))  # de-duplicated, in arrival order
        self._pending.clear()
        self._target(paths)


def install_file_open_handler(app: QApplication) -> FileOpenHandler:
    """The application's ``FileOpenHandler`` (created once)."""
    handler = app.findChild(FileOpenHandler)
    if handler is None:
        handler = FileOpenHandler(app)
    return handler


def fit_to_screen(window: QWidget) -> None:
    """Shrink and centre a window that is larger than its screen's free area.

    The first start uses a default size (1400x860) that a 1366x768 laptop or a
    1280x800 screen cannot hold: the reading pane and the status bar would start
    off-screen, and a window manager without constraints keeps them there. A
    restored geometry is already clamped by Qt; a window that fits is left alone.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    free = screen.availableGeometry()
    if window.width() <= free.width() and window.height() <= free.height():
        return
    # Leave room for the title bar and borders, which the window manager adds outside.
    width_room = max(free.width() - SCREEN_FRAME_ALLOWANCE[0], 1)
    height_room = max(free.height() - SCREEN_FRAME_ALLOWANCE[1], 1)
    window.resize(min(window.width(), width_room), min(window.height(), height_room))
    frame = window.frameGeometry()
    frame.moveCenter(free.center())
    window.move(max(frame.left(), free.left()), max(frame.top(), free.top()))


def create_window(library_path: Path, settings=None):  # type: ignore[no-untyped-def]
    """Open the library, start its worker, build and show the main window.

    A library whose schema needs an upgrade (minutes on a million articles) is
    not opened here: the window shows "Upgrading library…" at once while the
    service's worker opens, and so upgrades, it; ``attach_library`` follows.
    """
    from reader.core.library import needs_migration
    from reader.ui.db_worker import LibraryService
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings
    from reader.ui.themes import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = settings if settings is not None else Settings()
    set_language(app, settings.language)
    apply_theme(app, settings.theme)
    if needs_migration(library_path):
        log.info("library %s needs an upgrade: running it on the worker", library_path)
        service = LibraryService(library_path)  # its worker's Library.open upgrades
        window = MainWindow(None, service, settings)
        fit_to_screen(window)
        window.show()
        service.submit(
            lambda _library: None,
            lambda _none: _attach_upgraded(window, library_path),
            window.upgrade_failed,
        )
    else:
        library = _open_library(library_path)
        if library is None:
            return None
        service = LibraryService(library_path)
        window = MainWindow(library, service, settings)
        fit_to_screen(window)
        window.show()
    QTimer.singleShot(WARM_UP_DELAY_MS, window.pane.warm_up)
    QTimer.singleShot(WARM_UP_DELAY_MS, window.spellings.start)
    return window


def _open_library(library_path: Path):  # type: ignore[no-untyped-def]
    """The GUI thread's read connection, or None after telling the user why not."""
    from reader.core.library import DamagedLibraryError, Library, LibraryError, set_aside
    from reader.ui.db_worker import tune_for_gui

    try:
        library = Library.open(library_path)
    except DamagedLibraryError as exc:
        # A double-click user has no --library to point elsewhere: offer the way out
        # the message describes, keeping the damaged file beside the new library.
        if not ask_to_set_aside(exc.path, str(exc)):
            return None
        try:
            moved = set_aside(library_path)
            library = Library.open(library_path)
        except LibraryError as again:
            _cannot_open(str(again))
            return None
        log.warning("started a new library; the damaged one is %s", moved)
    except LibraryError as exc:
        _cannot_open(str(exc))
        return None
    tune_for_gui(library, cache_mb=8)
    return library


def _cannot_open(reason: str) -> None:
    QMessageBox.critical(
        None,
        QApplication.translate("App", "Khabarkhan"),
        QApplication.translate("App", "Cannot open the library:\n%1").replace("%1", reason),
    )


def ask_to_set_aside(path: Path, detail: str) -> bool:
    """Ask whether to rename a damaged library aside and start a new one (True: yes).

    ``detail`` (the core's English wording, with SQLite's error) is behind "Show Details".
    """
    from reader.ui.bidi import FSI, PDI

    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "Khabarkhan"), "")
    text = QApplication.translate(
        "App", "The library %1 is damaged, or it is not a Khabarkhan library."
    )
    box.setText(text.replace("%1", FSI + str(path) + PDI))
    box.setDetailedText(detail)
    box.setInformativeText(
        QApplication.translate(
            "App",
            "Khabarkhan can rename the damaged file (adding “.damaged” and the date to its "
            "name, in the same folder; nothing is deleted) and start a new, empty library. "
            "Your articles can then be imported again.",
        )
    )
    start = box.addButton(
        QApplication.translate("App", "Start a new library"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is start


def _attach_upgraded(window, library_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The worker has upgraded the library: open the GUI thread's connection (fast now)."""
    library = _open_library(library_path)
    if library is None:
        window.upgrade_failed(RuntimeError(str(library_path)))
        return
    window.attach_library(library)


def _offer_demo(window) -> None:  # type: ignore[no-untyped-def]
    """First run with an empty library: offer the demo articles."""
    from reader.ui.first_run import maybe_offer_demo

    maybe_offer_demo(window)


def run(paths: list[Path], library: Path | None) -> int:
    """Run the reader window; ``paths`` are imported and the first new article shown."""
    from reader.core.paths import library_path

    app = create_application()
    file_open = install_file_open_handler(app)  # before the window: events may come early
    window = create_window(library or library_path())
    if window is None:
        return 1
    file_open.set_target(window.import_paths)
    if paths:
        window.import_paths(paths)
    else:
        QTimer.singleShot(0, lambda: _offer_demo(window))
    code = app.exec()
    window.service.close()
    if window.library is not None:
        window.library.close()
    return code
