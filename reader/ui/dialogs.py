"""The window's dialogs: settings, the keyboard cheat sheet, About, a library it cannot read.

Imported lazily: none of them is needed to show the first article, and the
settings dialog and cheat sheet pull in modules the start-up can skip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.ui.i18n import arg
from reader.ui.settings import Settings
from reader.version import app_version

if TYPE_CHECKING:
    from reader.ui.cheatsheet import CheatSheetDialog


class WindowDialogs:
    """Opens the dialogs of one window (the cheat sheet is kept and toggled)."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        self._window = window
        self._settings = settings
        self._cheat_sheet: CheatSheetDialog | None = None

    def open_settings(self) -> None:
        from reader.ui.settings_dialog import SettingsDialog

        SettingsDialog(self._settings, self._window).exec()

    def toggle_cheat_sheet(self) -> None:
        from reader.ui.cheatsheet import CheatSheetDialog

        if self._cheat_sheet is None:
            self._cheat_sheet = CheatSheetDialog(self._settings, self._window)
        dialog = self._cheat_sheet
        if dialog.isVisible():
            dialog.hide()
        else:
            dialog.show()
            dialog.raise_()

    def show_about(self) -> None:
        # Context "MainWindow": these strings' translations predate this module.
        QMessageBox.about(
            self._window,
            QCoreApplication.translate("MainWindow", "About Khabarkhan"),
            QCoreApplication.translate(
                "MainWindow",
                "Khabarkhan: a fast reader for Persian news archives.\n"
                "Font: Vazirmatn (SIL Open Font License 1.1).",
            )
            + "\n"
            + arg(QCoreApplication.translate("Dialogs", "Version %1"), app_version()),
        )

    def library_unreadable(self, detail: str) -> QMessageBox:
        """Part of the library file cannot be read: say so, or the short list passes for
        the library's contents. Not modal: what can be read stays readable."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Khabarkhan"),
            QCoreApplication.translate(
                "Dialogs",
                "Part of the library could not be read, so articles may be missing from "
                "the list. The library file may be damaged: restore a backup of it, or "
                "import your files into a new library.",
            ),
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setObjectName("libraryUnreadable")
        box.setDetailedText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
