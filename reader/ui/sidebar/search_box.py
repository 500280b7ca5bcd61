"""The search field at the top of the sidebar, debounced while typing.

Every keystroke would otherwise start a full-text query; waiting ~150 ms after
the last key keeps typing fluid and lets the service drop stale queries.
Enter commits at once and, like Down, takes the reader to the results; Esc clears
and tells the window to return to the list.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QWidget

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """A line edit that emits ``searchChanged`` once typing pauses.

    ``committed_text`` is what the last ``searchChanged`` carried, so the
    sidebar can tell a real change from re-committing the same text.
    """

    searchChanged = Signal(str)
    escapePressed = Signal()
    # Enter or Down: the search is typed, go to its results (the text stays).
    resultsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.committed_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.textEdited.connect(self._restart_timer)
        # The clear button changes the text without textEdited: commit at once.
        self.textChanged.connect(self._on_text_changed)
        self.returnPressed.connect(self._on_return)
        self._icon_action = self.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition)
        self._update_icon()
        self.retranslate()

    def retranslate(self) -> None:
        """(Re)set the hint texts in the current UI language."""
        self.setPlaceholderText(self.tr('Search: words, "phrase", -word, title:…'))
        # The placeholder is gone once text is typed: a screen reader needs a name of its own.
        self.setAccessibleName(self.tr("Search articles"))
        self.setToolTip(
            self.tr(
                "All words must match.\n"
                '"exact phrase"   -exclude   this | that   prefix*\n'
                "title:word   site:agency   source:agency\n"
                "Enter or Down goes to the results; Esc clears the search."
            )
        )

    def set_text_silently(self, text: str) -> None:
        """Show ``text`` as the committed search without emitting anything."""
        self._timer.stop()
        self.blockSignals(True)
        try:
            self.setText(text)
        finally:
            self.blockSignals(False)
        self.committed_text = text

    def commit(self) -> None:
        """Emit the current text now (no-op if it was already committed)."""
        self._timer.stop()
        text = self.text()
        if text == self.committed_text:
            return
        self.committed_text = text
        log.debug("search committed: %r", text)
        self.searchChanged.emit(text)

    def clear_search(self) -> None:
        """Empty the box and commit immediately."""
        self.clear()
        self.commit()

    def _on_return(self) -> None:
        self.commit()
        self.resultsRequested.emit()

    def _restart_timer(self, _text: str) -> None:
        self._timer.start()

    def _on_text_changed(self, text: str) -> None:
        if not text and not self._timer.isActive():
            self.commit()

    def _update_icon(self) -> None:
        """A magnifier drawn in the theme's muted colour (no icon theme needed)."""
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self._icon_action.setIcon(magnifier_icon(colour, self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_icon()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear_search()
            self.escapePressed.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            # A one-line box has no line below: Down goes on to the list of results.
            self.commit()
            self.resultsRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def magnifier_icon(colour: QColor, ratio: float = 1.0, size: int = 16) -> QIcon:
    """A simple magnifying glass, so the search field reads as one at a glance."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(colour, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawEllipse(QPointF(size * 0.44, size * 0.44), size * 0.26, size * 0.26)
    painter.drawLine(QPointF(size * 0.63, size * 0.63), QPointF(size * 0.84, size * 0.84))
    painter.end()
    return QIcon(pixmap)
