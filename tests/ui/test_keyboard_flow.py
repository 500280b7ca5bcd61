"""Keyboard-only use of the window: where focus starts and goes, and what Esc does."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from reader.ui.main_window import MainWindow


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    """The shared window as the app builds it: where the focus starts is under test."""
    return main_window


def idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.service.is_busy(), timeout=5000)


def test_the_window_starts_in_the_list_so_j_reads(qtbot, window) -> None:
    # The search box comes first in the focus chain: j was typed into it as a search.
    assert window.focusWidget() is window.article_list
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    assert window.sidebar.search.text() == ""
    assert window.article_list.current_row() == 0


def test_focusing_the_list_opens_no_article(qtbot, window) -> None:
    window.sidebar.search.setFocus()
    window.trigger("focus_list")  # Ctrl+2
    assert window.focusWidget() is window.article_list
    idle(qtbot, window)
    assert window.navigator.current_id is None
    assert window.article_list.current_row() == -1
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    assert window.article_list.current_row() == 0
    assert window.article_list.selectionModel().isRowSelected(0)


def test_esc_from_the_search_keeps_the_article_being_read(qtbot, window) -> None:
    lst = window.article_list
    lst.select_row(3)  # "خبر شماره ..." (not an iPhone title)
    chosen = window.navigator.current_id
    qtbot.waitUntil(lambda: window.pane.article is not None, timeout=3000)
    box = window.sidebar.search
    box.setFocus()
    box.setText("iPhone")
    box.commit()
    idle(qtbot, window)
    assert window.model.rowCount() == 6 and lst.current_row() == -1

    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert window.focusWidget() is lst
    idle(qtbot, window)
    # Focus landed before the article's row was found again: it used to open row 0.
    assert window.navigator.current_id == chosen
    qtbot.waitUntil(lambda: lst.current_row() == 3, timeout=3000)
    assert window.pane.article is not None and window.pane.article.id == chosen


def test_esc_leaves_full_screen_and_keeps_the_search(qtbot, window) -> None:
    window.sidebar.search.setText("iPhone")
    window.sidebar.search.commit()
    idle(qtbot, window)
    window.article_list.select_row(0)
    window.trigger("full_screen")
    assert window.full_screen.active
    qtbot.keyClick(window.pane, Qt.Key.Key_Escape)
    assert not window.full_screen.active
    assert window.sidebar.search.text() == "iPhone"
    assert window.model.rowCount() == 6


def test_tab_from_the_last_filter_goes_to_the_list(qtbot, window) -> None:
    idle(qtbot, window)
    sources = window.sidebar.source_filter.view
    qtbot.waitUntil(lambda: sources.isVisible(), timeout=3000)
    sources.setFocus()
    qtbot.keyClick(sources, Qt.Key.Key_Tab)
    # not the sidebar's scroll area, a stop that showed no focus at all
    assert window.focusWidget() is window.article_list


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_search_goes_to_the_results(qtbot, window, key) -> None:
    box = window.sidebar.search
    window.trigger("focus_search")
    qtbot.keyClicks(box, "iPhone")
    qtbot.keyClick(box, key)  # without waiting for the typing pause
    assert window.focusWidget() is window.article_list
    assert box.text() == "iPhone"
    assert window.model.query.text == "iPhone"
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    assert window.article_list.current_row() == 0
