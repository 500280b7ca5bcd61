"""Where imports reach the window from: the File menu, drag & drop, the command line.

All three go to one ``ImportController``, which runs the import on its own
thread and reports back to the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.ui.db_worker import LibraryService
    from reader.ui.import_ui import ImportController

log = logging.getLogger(__name__)


def make_import_controller(
    window: QWidget,
    service: LibraryService,
    on_batch: Callable[[], None],
    on_show_article: Callable[[int], None],
) -> ImportController:
    """The window's import controller, wired to the list refresh and the article pane."""
    from reader.ui.import_ui import ImportController

    controller = ImportController(service.library_path, window, service)
    controller.batchImported.connect(on_batch)
    controller.showArticleRequested.connect(on_show_article)
    return controller


class ImportRouting:
    """Routes menu actions, drops and command-line paths to the import controller."""

    def __init__(self, controller: ImportController) -> None:
        self.controller = controller

    def import_files(self) -> None:
        self.controller.import_files()

    def import_folder(self) -> None:
        self.controller.import_folder()

    def start(self, paths: Sequence[Path]) -> None:
        """Import paths and then show the first new article."""
        if paths:
            self.controller.start(list(paths), select_first=True)

    def drag_enter(self, event: QDragEnterEvent, *, blocked: bool) -> None:
        from reader.ui.import_ui import accepts

        if not blocked and accepts(event.mimeData()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        if self.controller.handle_drop(event.mimeData()):
            event.acceptProposedAction()

    def cancel_running(self) -> None:
        """The window closes: a running import stops, and no dialog follows it."""
        self.controller.window_closing()
