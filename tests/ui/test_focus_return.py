"""Closing a dialog gives the focus back, so the single-key shortcuts keep working.

Offscreen (like some window systems) nothing reactivates the main window when a
dialog closes: after Esc on the cheat sheet no widget had the focus and ``j``
did nothing until a click into the window.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.ui.import_dialogs import ImportReportDialog
from reader.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, main_window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    """The shared window, active and with the keyboard focus in the article list."""
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.article_list, timeout=3000)
    return main_window


def _close_modal_soon(close: Callable[[QWidget], None]) -> None:
    """Close the modal dialog about to be ``exec()``-ed (its loop blocks the test), once
    it has the keyboard focus, as a user closing it with Esc does. (On a loaded machine
    the dialog could otherwise be closed before the focus ever reached it.)"""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if modal is None or focus is None or focus.window() is not modal:
            QTimer.singleShot(20, attempt)
            return
        close(modal)

    QTimer.singleShot(50, attempt)


def _focus_is(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def test_esc_on_the_cheat_sheet_gives_the_focus_back_so_j_reads(qtbot, window) -> None:
    lst = window.article_list
    qtbot.keyClick(lst, Qt.Key.Key_J)
    assert lst.current_row() == 0
    qtbot.keyClick(lst, Qt.Key.Key_Question)
    sheet = window.dialogs._cheat_sheet
    assert sheet is not None and sheet.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not lst, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    _focus_is(qtbot, lst)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert lst.current_row() == 1


def test_focus_goes_back_to_the_pane_it_came_from(qtbot, window) -> None:
    window.pane.setFocus()
    _focus_is(qtbot, window.pane)
    window.trigger("cheat_sheet")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.pane, timeout=3000)
    window.trigger("cheat_sheet")  # ? again hides it
    _focus_is(qtbot, window.pane)


@pytest.mark.parametrize("action_id", ["settings", "about"])
def test_modal_dialogs_give_the_focus_back(qtbot, window, action_id) -> None:
    window.pane.setFocus()
    _focus_is(qtbot, window.pane)
    _close_modal_soon(lambda modal: modal.close())
    window.trigger(action_id)  # returns when the dialog is closed
    _focus_is(qtbot, window.pane)


def test_the_import_report_gives_the_focus_back(qtbot, window) -> None:
    report = SimpleNamespace(added=0, duplicates=0, skipped=[], elapsed=0.5)
    dialog = ImportReportDialog(report, None, window)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.article_list, timeout=3000)
    dialog.reject()
    _focus_is(qtbot, window.article_list)


def test_a_hidden_widget_falls_back_to_the_list(qtbot, window) -> None:
    window.sidebar.search.setFocus()
    _focus_is(qtbot, window.sidebar.search)
    box = QMessageBox(QMessageBox.Icon.Information, "t", "x", QMessageBox.StandardButton.Ok, window)
    box.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.sidebar.search, timeout=3000)
    window.sidebar.hide()  # e.g. full-screen reading started meanwhile
    box.accept()
    _focus_is(qtbot, window.article_list)


def test_a_dialog_opening_another_keeps_the_focus(qtbot, window) -> None:
    first = QMessageBox(
        QMessageBox.Icon.Information, "1", "1", QMessageBox.StandardButton.Ok, window
    )
    second = QMessageBox(
        QMessageBox.Icon.Information, "2", "2", QMessageBox.StandardButton.Ok, window
    )
    first.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.article_list, timeout=3000)
    first.finished.connect(lambda _r: second.open())
    first.accept()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    qtbot.wait(50)
    assert QApplication.focusWidget().window() is second
    second.accept()
    _focus_is(qtbot, window.article_list)


def test_a_dialog_closing_while_another_application_is_in_front_raises_nothing(
    qtbot, window, monkeypatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    lst = window.article_list
    activated: list[bool] = []
    monkeypatch.setattr(window, "activateWindow", lambda: activated.append(True))
    # After a dialog went away on its own, no window of this application is active and
    # nothing has the focus; the user is in another program.
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    monkeypatch.setattr(QApplication, "focusWidget", staticmethod(lambda: None))
    state = {"now": Qt.ApplicationState.ApplicationInactive}
    monkeypatch.setattr(QGuiApplication, "applicationState", staticmethod(lambda: state["now"]))
    window.focus_return.restore()
    assert window.focusWidget() is lst  # ready for the user's return
    assert activated == []  # but not pulled in front of the other program
    state["now"] = Qt.ApplicationState.ApplicationActive  # the user is here: bring it back
    window.focus_return.restore()
    assert activated == [True]
