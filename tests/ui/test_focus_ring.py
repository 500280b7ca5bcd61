"""Keyboard focus is visible on every focusable widget of the window, in every theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.main_window import MainWindow
from reader.ui.themes import THEMES, apply_theme
from tests.ui.conftest import close_window, show_main_window


@pytest.fixture(params=sorted(THEMES))
def window(qtbot, request, library_path, settings, fast_display) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), QPalette(app.palette())
    apply_theme(app, request.param)  # before the window is built: it is built in the theme
    win = show_main_window(qtbot, library_path, settings)
    qtbot.waitUntil(lambda: not win.service.is_busy(), timeout=5000)
    win.current.show(win.model.article_id(2))
    qtbot.waitUntil(lambda: win.article_list.current_row() == 2, timeout=3000)
    yield win
    close_window(win)
    app.setStyle(style)
    app.setPalette(palette)


def accent_pixels(widget: QWidget, accent: QColor) -> int:
    """Pixels of ``widget`` in (about) the focus colour."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            distance = (
                abs(c.red() - accent.red())
                + abs(c.green() - accent.green())
                + abs(c.blue() - accent.blue())
            )
            count += distance < 60
    return count


def focusables(window: MainWindow) -> dict[str, QWidget]:
    side = window.sidebar
    return {
        "search box": side.search,
        "unread toggle": side.toggles.unread,
        "date preset": side.date_filter.preset_box,
        "date field": side.date_filter.from_edit,
        "timeline": side.timeline,
        "site list": side.site_filter.view,
        "article list": window.article_list,
        "reading pane": window.pane,
    }


def test_every_focusable_widget_shows_the_focus(qtbot, window: MainWindow) -> None:
    accent = window.palette().color(QPalette.ColorRole.Accent)
    elsewhere = window.sidebar.toggles.starred
    for name, widget in focusables(window).items():
        elsewhere.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=1000)  # noqa: B023
        before = accent_pixels(widget, accent)
        # Ctrl+1..3 and the dispatcher focus without a Tab: the ring must show then too
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=1000)
        after = accent_pixels(widget, accent)
        # a ring all round a field; around a check box's label, a box's worth
        perimeter = widget.width() + widget.height()
        needed = 40 if widget is window.sidebar.toggles.unread else perimeter
        assert after - before >= needed, f"{name}: {before} -> {after} (need +{needed})"


def test_tab_through_the_sidebar_shows_the_timeline_focused(qtbot, window: MainWindow) -> None:
    timeline = window.sidebar.timeline
    accent = window.palette().color(QPalette.ColorRole.Accent)
    before = accent_pixels(timeline, accent)
    dates = window.sidebar.date_filter.to_edit
    dates.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(4):  # past the date field's sections
        if timeline.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert timeline.hasFocus()
    assert accent_pixels(timeline, accent) - before >= timeline.width() + timeline.height()
