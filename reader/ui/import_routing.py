"""Where imports reach the window from: the File menu, drag & drop, the command line.

All three go to one ``ImportController`` (GUI-C's import UI). The window keeps
working without it (the import UI failing to load costs only importing), so
every entry point checks for it.
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
) -> ImportController | None:
    """The window's import controller, or None when the import UI cannot load."""
    try:
        from reader.ui.import_ui import ImportController
    except ImportError:
        log.warning("import UI not available")
        return None
    controller = ImportController(service.library_path, window, service)
    controller.batchImported.connect(on_batch)
    controller.showArticleRequested.connect(on_show_article)
    return controller


class ImportRouting:
    """Routes menu actions, drops and command-line paths to the import controller."""

    def __init__(self, controller: ImportController | None) -> None:
        self.controller = controller

    def import_files(self) -> None:
        if self.controller is not None:
            self.controller.import_files()

    def import_folder(self) -> None:
        if self.controller is not None:
            self.controller.import_folder()

    def start(self, paths: Sequence[Path]) -> None:
        """Import paths and then show the first new article."""
        if self.controller is not None and paths:
            self.controller.start(list(paths), select_first=True)

    def drag_enter(self, event: QDragEnterEvent, *, blocked: bool) -> None:
        from reader.ui.import_ui import accepts

        if not blocked and accepts(event.mimeData()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        if self.controller is not None and self.controller.handle_drop(event.mimeData()):
            event.acceptProposedAction()

    def cancel_running(self) -> None:
        if self.controller is not None and self.controller.is_running():
            self.controller.cancel()
