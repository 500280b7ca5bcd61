"""The window while its library's schema is upgraded on the worker.

The window opens at once with no library; imports (menu, drag & drop, command
line) are held back and closing is deferred until the upgrade ends, because
opening the library mid-upgrade, or exiting with the worker thread still busy,
would both go wrong. ``MainWindow.attach_library`` ends the wait.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from reader.ui.i18n import arg
from reader.ui.menus import WindowActions

IMPORT_ACTIONS = ("import_files", "import_folder")


def _upgrading_text() -> str:
    # Context "MainWindow": the string's translation predates this module.
    return QCoreApplication.translate("MainWindow", "Upgrading library…")


class LibraryUpgrade:
    """What the window may do while its library is being upgraded, and what waits for it."""

    def __init__(self, window: QMainWindow, actions: WindowActions, upgrading: bool) -> None:
        self._window = window
        self._actions = actions
        self.upgrading = upgrading
        self.failed = False
        self.close_when_done = False
        self._pending_imports: list[Path] = []
        if upgrading:
            self._show(True)

    def _show(self, on: bool) -> None:
        self._actions.set_enabled(IMPORT_ACTIONS, not on)
        if on:
            self._window.statusBar().showMessage(_upgrading_text())
        else:
            self._window.statusBar().clearMessage()

    def defer_import(self, paths: list[Path]) -> bool:
        """Hold paths back while upgrading (the import would open the library mid-upgrade)."""
        if self.upgrading:
            self._pending_imports.extend(paths)
        return self.upgrading

    def finish(self) -> list[Path]:
        """The upgrade is done: re-enable imports; returns the imports that waited."""
        self.upgrading = False
        self._show(False)
        paths, self._pending_imports = self._pending_imports, []
        return paths

    def fail(self, error: Exception) -> None:
        """Say the library could not be opened or upgraded (the window closes after)."""
        self.failed = True
        self._window.statusBar().clearMessage()
        QMessageBox.critical(
            self._window,
            QCoreApplication.translate("MainWindow", "Khabarkhan"),
            arg(QApplication.translate("App", "Cannot open the library:\n%1"), str(error)),
        )

    def refuse_close(self) -> bool:
        """True while closing must wait: the window closes when the upgrade ends.

        Stopping mid-upgrade would leave the worker thread running at exit;
        SQLite rolls an interrupted upgrade back, but the wait is short anyway.
        """
        if not self.upgrading or self.failed:
            return False
        self._window.statusBar().showMessage(_upgrading_text())  # closes when done
        self.close_when_done = True
        return True
