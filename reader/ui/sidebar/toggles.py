"""Unread-only and starred-only switches.

Two check boxes rather than a combo: both can be on at once (starred AND
unread), and each is one click.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget


class StateToggles(QWidget):
    """``changed`` when the user flips either box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unread = QCheckBox(self)
        self.unread.setObjectName("unreadToggle")
        self.starred = QCheckBox(self)
        self.starred.setObjectName("starredToggle")
        layout = QHBoxLayout(self)  # side by side: two short labels fit one row
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.unread)
        layout.addWidget(self.starred)
        layout.addStretch(1)
        self.unread.toggled.connect(self.changed)
        self.starred.toggled.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.unread.setText(self.tr("Unread only"))
        self.starred.setText(self.tr("Starred only"))

    def set_state(self, unread_only: bool, starred_only: bool) -> None:
        """Restore both boxes without emitting ``changed``."""
        with QSignalBlocker(self.unread), QSignalBlocker(self.starred):
            self.unread.setChecked(unread_only)
            self.starred.setChecked(starred_only)
