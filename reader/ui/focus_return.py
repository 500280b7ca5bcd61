"""Focus goes back where it was when one of the window's dialogs closes.

A dialog takes the keyboard focus; when it is hidden the window system is
expected to reactivate the main window, whose focus widget Qt then restores.
Not every platform does (offscreen, some Wayland compositors, a dialog closed
while another application was in front): the application is then left without
a focused widget, and the single-key shortcuts (``j``, ``k``, ``?``), which
only the list and the reading pane dispatch, stop working until the user
clicks into the window.

One watcher per window covers every dialog (cheat sheet, settings, About,
import progress and report, message boxes) without code at each call site: it
remembers the last widget of the window that had focus and, when focus moves
into a dialog owned by the window, watches that dialog for its hide.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

log = logging.getLogger(__name__)


def _owned_by(window: QWidget, widget: QWidget) -> bool:
    """True when ``widget``'s window is a dialog whose parent chain reaches ``window``."""
    top = widget.window()
    if top is window or not isinstance(top, QDialog):
        return False
    parent = top.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class FocusReturn(QObject):
    """Gives focus back to ``window``'s last focused widget when its dialogs close.

    ``fallback()`` names the widget to focus when the remembered one is gone or
    hidden (the article list: where reading with the keyboard happens).
    """

    def __init__(self, window: QWidget, fallback: Callable[[], QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._fallback = fallback
        # A strong reference: the wrapper of a Qt-made widget (a spin box's line edit)
        # would otherwise be collected; ``shiboken6.isValid`` tells when it is deleted.
        self._last: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(self) or not shiboken6.isValid(self._window):
            return
        if new.window() is self._window:
            self._last = new
            return
        if _owned_by(self._window, new):
            new.window().installEventFilter(self)  # once: installing again only moves it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            # Later: the window system may still reactivate the window by itself, and a
            # dialog that closes to open another (progress -> report) keeps the focus.
            QTimer.singleShot(0, self, self.restore)
        return False

    def target(self) -> QWidget:
        """The widget focus returns to: the remembered one if it can take focus."""
        last = self._last
        if (
            last is not None
            and shiboken6.isValid(last)
            and last.window() is self._window
            and last.isVisible()
            and last.isEnabled()
        ):
            return last
        return self._fallback()

    def restore(self) -> None:
        """Focus the window's remembered widget unless something else holds the focus."""
        window = self._window
        if not shiboken6.isValid(window) or not window.isVisible():
            return
        if QApplication.activeModalWidget() is not None:
            return  # another dialog is up: it has the keyboard
        active = QApplication.activeWindow()
        if active is not None and active is not window and active.isVisible():
            return
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is window and focus.isVisible():
            return  # the platform restored it already
        target = self.target()
        log.debug("dialog closed: focus back to %s", target.objectName() or type(target).__name__)
        if QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            window.activateWindow()
        # else the user is in another application (a dialog closed on its own, such as
        # an import's progress): the window keeps its focus widget for their return but
        # is not pulled in front of what they are using
        target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
