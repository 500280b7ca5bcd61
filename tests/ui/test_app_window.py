"""Start-up window placement: the first start's default size must fit the screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget

from reader.ui.app import create_window, fit_to_screen
from reader.ui.window_state import DEFAULT_WINDOW_SIZE
from tests.ui.conftest import close_window


def test_first_start_window_fits_a_small_screen(  # type: ignore[no-untyped-def]
    qtbot, library_path, settings, fast_display
) -> None:
    """No saved geometry: the 1400x860 default is shrunk into the screen's free area.

    The offscreen screen is 800x600, smaller than the default, like a 1366x768 laptop
    (which cannot hold 860 px either); before, the reading pane started off-screen.
    """
    settings.language = "en"
    window = create_window(library_path, settings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        free = window.screen().availableGeometry()
        assert free.width() < DEFAULT_WINDOW_SIZE[0] or free.height() < DEFAULT_WINDOW_SIZE[1]
        assert window.width() <= free.width() and window.height() <= free.height()
        assert free.contains(window.geometry().topLeft())
    finally:
        close_window(window)


def test_a_window_that_fits_is_left_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    free = widget.screen().availableGeometry()
    widget.resize(free.width() // 2, free.height() // 2)
    widget.move(free.left() + 10, free.top() + 10)
    fit_to_screen(widget)
    assert widget.size().width() == free.width() // 2
    assert widget.size().height() == free.height() // 2
    assert widget.pos().x() == free.left() + 10


def test_an_oversized_window_is_shrunk_and_placed_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    free = widget.screen().availableGeometry()
    widget.resize(free.width() + 600, free.height() + 260)
    widget.move(free.left() - 50, free.top() - 50)
    fit_to_screen(widget)
    assert widget.width() < free.width() and widget.height() < free.height()
    assert free.contains(widget.geometry())
