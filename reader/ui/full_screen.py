"""Full-screen reading: only the reading pane, on the whole screen.

The splitter sizes are remembered on the way in, because hiding the sidebar
and the list lets the splitter give their room away for good.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget


class FullScreenReading:
    """Toggles the window between its normal layout and the reading pane alone."""

    def __init__(
        self, window: QMainWindow, splitter: QSplitter, hidden: list[QWidget], pane: QWidget
    ) -> None:
        self._window = window
        self._splitter = splitter
        self._hidden = hidden
        self._pane = pane
        self._sizes: list[int] | None = None

    @property
    def active(self) -> bool:
        return self._sizes is not None

    def toggle(self) -> bool:
        """Enter or leave full screen; returns whether it is now on."""
        window = self._window
        if self._sizes is None:
            self._sizes = self._splitter.sizes()
            for widget in self._hidden:
                widget.hide()
            window.menuBar().hide()
            window.statusBar().hide()
            window.showFullScreen()
            self._pane.setFocus()
        else:
            for widget in self._hidden:
                widget.show()
            window.menuBar().show()
            window.statusBar().show()
            window.showNormal()
            self._splitter.setSizes(self._sizes)
            self._sizes = None
        return self.active
