"""First run: an empty library gets an offer to load the bundled demo articles.

A reader with an empty list explains nothing; the demo set (a scraped page and
small samples of the Persian news corpora, ``resources/samples/``) shows every
part of the window working within seconds. The offer goes through the normal
import job, so it exercises exactly the code a user's own import uses.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.resources import resource_path
from reader.ui.bidi import has_rtl, isolate_ltr_runs
from reader.ui.settings import Settings

if TYPE_CHECKING:
    from reader.ui.db_worker import LibraryService
    from reader.ui.import_ui import ImportController

log = logging.getLogger(__name__)

FIRST_DEMO_ARTICLE = ("scraped", "defapress-483462.txt")
"""Imported first, so the article shown after the demo import is a complete page."""


def demo_paths() -> list[Path]:
    """The bundled demo files (not their README), the showcase page first."""
    root = resource_path("samples")
    if not root.is_dir():
        log.warning("demo articles folder missing: %s", root)
        return []
    files = sorted(
        p for p in root.rglob("*") if p.is_file() and not p.name.lower().startswith("readme")
    )
    first = root.joinpath(*FIRST_DEMO_ARTICLE)
    if first in files:
        files.remove(first)
        files.insert(0, first)
    return files


class FirstRunDialog(QDialog):
    """Welcome message with "Load demo articles", "Import files…" and "Not now"."""

    DEMO = "demo"
    IMPORT = "import"
    LATER = "later"

    choiceMade = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Welcome to Khabarkhan"))
        self.choice = self.LATER
        title = QLabel(self.tr("Your library is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        body = self.tr(
            "Khabarkhan reads folders of saved news pages and Persian news corpora "
            "(Hamshahri, pn_summary, TLPC, MirasText and more).\n\n"
            "Load a few demo articles to try the reader now? You can import your own "
            "files and folders at any time from the File menu, or drop them on the window."
        )
        if has_rtl(body):  # Persian text: keep each Latin corpus name in its place
            body = isolate_ltr_runs(body)
        text = QLabel(body)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.dont_ask = QCheckBox(self.tr("Don't ask again"))
        buttons = QDialogButtonBox()
        self.demo_button: QPushButton = buttons.addButton(
            self.tr("Load demo articles"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button: QPushButton = buttons.addButton(
            self.tr("Import files…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.later_button: QPushButton = buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        self.import_button.clicked.connect(lambda: self._choose(self.IMPORT))
        self.later_button.clicked.connect(lambda: self._choose(self.LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(self.dont_ask)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def reject(self) -> None:  # Esc or the close button: same as "Not now"
        self._choose(self.LATER)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.choiceMade.emit(choice)
        if choice == self.LATER:
            super().reject()
        else:
            super().accept()


class FirstRunOffer(QObject):
    """Asks the library for its size off the GUI thread; offers the demo when it is 0.

    Usage in the main window, once it is shown::

        self.first_run = FirstRunOffer(service, import_controller, settings, self)
        self.first_run.check()
    """

    finished = Signal(str)  # the choice, or "" when nothing was offered

    def __init__(
        self,
        service: LibraryService,
        controller: ImportController,
        settings: Settings,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._service = service
        self._controller = controller
        self._settings = settings
        self._widget = parent_widget
        self.dialog: FirstRunDialog | None = None

    def check(self) -> None:
        if self._settings.demo_offered:
            self.finished.emit("")
            return
        self._service.submit(
            lambda library: library.total(),
            self.on_total,
            lambda exc: log.warning("cannot count articles for the first-run offer: %s", exc),
        )

    def on_total(self, total: int) -> None:
        """Show the offer when the library is empty (called with ``Library.total()``)."""
        if total > 0 or self._settings.demo_offered or self._controller.is_running():
            self.finished.emit("")
            return
        dialog = FirstRunDialog(self._widget)
        dialog.choiceMade.connect(self._on_choice)
        self.dialog = dialog
        dialog.open()

    def _on_choice(self, choice: str) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.dont_ask.isChecked():
            self._settings.demo_offered = True
        if choice == FirstRunDialog.DEMO:
            paths = demo_paths()
            if paths:
                self._settings.demo_offered = True
                self._controller.start(paths, select_first=True)
        elif choice == FirstRunDialog.IMPORT:
            self._controller.import_files()
        self.finished.emit(choice)
        if dialog is not None:
            dialog.deleteLater()
        self.dialog = None


def maybe_offer_demo(window: QWidget) -> FirstRunOffer | None:
    """Entry point for the main window: offer the demo if its library is empty.

    ``window`` provides ``service`` (LibraryService), ``import_controller`` and
    ``settings``; the offer object is parented to the window so it stays alive.
    """
    service = getattr(window, "service", None)
    controller = getattr(window, "import_controller", None)
    settings = getattr(window, "settings", None)
    if service is None or controller is None or not isinstance(settings, Settings):
        log.warning("first-run offer skipped: window lacks service/import_controller/settings")
        return None
    offer = FirstRunOffer(service, controller, settings, window)
    offer.check()
    return offer
