"""Section headings of the sidebar ("Date", "Sites", ...).

A small bold caption with room for trailing controls (Clear, Back) on the same
line; the layout mirrors by itself under right-to-left.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class SectionHeading(QWidget):
    """A muted bold caption followed by optional trailing widgets."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        font = QFont(self.label.font())
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
        self.label.setFont(font)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.label)
        self._layout.addStretch(1)

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def add_trailing(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
