"""The timeline widget on its own: bars, clicks and drags, RTL, zoom, tooltips, painting."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from reader.ui.sidebar.timeline import MAX_MONTH_SLOT, Timeline, day_bars, month_bars

# Esfand 1401 .. Khordad 1402, with an empty Ordibehesht.
HISTOGRAM = [(1401, 12, 5), (1402, 1, 40), (1402, 3, 12)]


@pytest.fixture
def timeline(qtbot) -> Timeline:  # type: ignore[no-untyped-def]
    widget = Timeline()
    qtbot.addWidget(widget)
    widget.resize(260, widget.height())
    widget.set_months(HISTOGRAM)
    widget.show()
    return widget


def centre(widget: Timeline, index: int) -> QPoint:
    return widget.slot_rect(index).center().toPoint()


def test_month_bars_fill_gaps() -> None:
    bars = month_bars(HISTOGRAM)
    assert [(b.jy, b.jm, b.count) for b in bars] == [
        (1401, 12, 5),
        (1402, 1, 40),
        (1402, 2, 0),
        (1402, 3, 12),
    ]
    assert (bars[0].first, bars[0].last) == (date(2023, 2, 20), date(2023, 3, 20))
    assert month_bars([]) == []
    assert month_bars([(1402, 1, 0)]) == []


def test_day_bars_cover_the_month() -> None:
    bars = day_bars(1403, 12, [(30, 4)])
    assert len(bars) == 30  # leap Esfand
    assert bars[-1].count == 4 and bars[-1].first == date(2025, 3, 20)
    assert len(day_bars(1402, 12, [])) == 29


def test_click_selects_a_month(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 1))
    assert blocker.args == [date(2023, 3, 21), date(2023, 4, 20)]  # Farvardin 1402


def test_click_on_an_empty_month_takes_the_nearest_with_articles(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    # Ordibehesht 1402 (bar 2) is empty: its neighbours Farvardin (40) and Khordad (12)
    # are one bar away each; the earlier one is taken first
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 2))
    assert blocker.args == [date(2023, 3, 21), date(2023, 4, 20)]  # Farvardin 1402
    assert timeline.snap(2) == 1 and timeline.snap(3) == 3


def test_click_far_from_any_article_selects_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = Timeline()
    qtbot.addWidget(widget)
    widget.resize(400, widget.height())
    widget.set_months([(1400, 1, 3), (1401, 1, 2)])  # eleven empty months between
    widget.show()
    with qtbot.assertNotEmitted(widget.rangeSelected):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre(widget, 6))
    assert widget.snap(6) is None


def test_drag_selects_a_range_either_way(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 3))
        qtbot.mouseMove(timeline, centre(timeline, 1))
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 1))
    assert blocker.args == [date(2023, 3, 21), date(2023, 6, 21)]  # Farvardin..Khordad


def test_drag_past_the_end_clamps(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 2))
        qtbot.mouseMove(timeline, QPoint(timeline.width() + 40, centre(timeline, 2).y()))
        qtbot.mouseRelease(
            timeline, Qt.MouseButton.LeftButton, pos=QPoint(timeline.width() - 1, 50)
        )
    assert blocker.args == [date(2023, 4, 21), date(2023, 6, 21)]


def test_right_to_left_runs_time_leftwards(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    ltr_first = timeline.slot_rect(0).center().x()
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    first = timeline.slot_rect(0).center().x()
    last = timeline.slot_rect(3).center().x()
    assert first > last  # oldest month at the right edge
    assert first > ltr_first
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 0))
    assert blocker.args == [date(2023, 2, 20), date(2023, 3, 20)]  # Esfand 1401
    assert timeline.bar_at(first) == 0 and timeline.bar_at(last) == 3


def test_double_click_zooms_to_days_and_back(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(timeline.zoomChanged, timeout=1000):
        qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 1))
    assert timeline.zoomed_month() == (1402, 1)
    assert len(timeline.bars()) == 31
    timeline.set_days(1402, 2, [(1, 99)])  # a late answer for another month is ignored
    assert all(b.count == 0 for b in timeline.bars())
    timeline.set_days(1402, 1, [(1, 7), (13, 20)])
    assert [b.count for b in timeline.bars()][:2] == [7, 0]
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, 12))
    assert blocker.args == [date(2023, 4, 2), date(2023, 4, 2)]  # 13 Farvardin
    with qtbot.waitSignal(timeline.zoomChanged, timeout=1000):
        qtbot.keyClick(timeline, Qt.Key.Key_Backspace)
    assert timeline.zoomed_month() is None and len(timeline.bars()) == 4


@pytest.fixture
def persian_locale():  # type: ignore[no-untyped-def]
    """The Persian UI sets a Persian default locale (reader.ui.i18n)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    yield
    QLocale.setDefault(previous)


def test_tooltip_names_the_jalali_month(timeline: Timeline) -> None:
    text = timeline.tooltip_text(1)
    assert "Farvardin 1402" in text and "40 articles" in text
    timeline.set_persian(True)  # English UI with Persian digits chosen in settings
    assert "Farvardin ۱۴۰۲" in timeline.tooltip_text(1)


def test_tooltip_in_the_persian_ui(timeline: Timeline, persian_locale) -> None:  # type: ignore[no-untyped-def]
    timeline.set_persian(True)
    text = timeline.tooltip_text(1)
    assert "فروردین ۱۴۰۲" in text and "۴۰" in text
    timeline.zoom_to(1402, 1)
    timeline.set_days(1402, 1, [(13, 1234), (14, 1)])
    assert "۱۳ فروردین ۱۴۰۲" in timeline.tooltip_text(12)
    assert "۱٬۲۳۴" in timeline.tooltip_text(12)
    assert "۱ article" in timeline.tooltip_text(13)


def test_single_month_is_a_bar_not_a_wall(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = Timeline()
    qtbot.addWidget(widget)
    widget.resize(300, widget.height())
    widget.set_months([(1402, 7, 9)])
    assert len(widget.bars()) == 1
    rect = widget.slot_rect(0)
    assert rect.width() == MAX_MONTH_SLOT
    assert abs(rect.center().x() - widget.width() / 2) < 2  # centred
    assert not widget.grab().isNull()


def test_empty_library_paints_and_ignores_clicks(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = Timeline()
    qtbot.addWidget(widget)
    widget.resize(240, widget.height())
    widget.set_months([])
    widget.show()
    assert widget.bars() == [] and widget.bar_at(100) is None
    with qtbot.assertNotEmitted(widget.rangeSelected):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(120, 60))
    assert not widget.grab().isNull()


def test_selected_bars_use_the_palette_accent(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    palette = timeline.palette()
    palette.setColor(QPalette.ColorRole.Accent, QColor("#ff0000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    timeline.setPalette(palette)
    timeline.set_selection(date(2023, 3, 21), date(2023, 4, 20))  # Farvardin (the tallest bar)
    image = timeline.grab().toImage()
    plot = timeline.slot_rect(1)
    selected = image.pixelColor(int(plot.center().x()), int(plot.bottom() - 4))
    assert (selected.red(), selected.green(), selected.blue()) == (255, 0, 0)
    other = timeline.slot_rect(0)
    unselected = image.pixelColor(int(other.center().x()), int(other.bottom() - 1))
    assert unselected.red() == unselected.green() == unselected.blue()  # muted grey
    assert unselected.red() > 0


def test_keyboard_selects_and_zooms(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    timeline.setFocus()
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Left)  # first key: the newest month
    assert blocker.args == [date(2023, 5, 22), date(2023, 6, 21)]  # Khordad 1402
    qtbot.keyClick(timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == [date(2023, 3, 21), date(2023, 6, 21)]  # Farvardin..Khordad
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    with qtbot.waitSignal(timeline.zoomChanged, timeout=1000):
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert timeline.zoomed_month() == (1401, 12)
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert timeline.zoomed_month() is None


def test_keyboard_follows_the_eye_under_rtl(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)  # oldest, at the right edge
    with qtbot.waitSignal(timeline.rangeSelected, timeout=1000) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Left)  # leftwards = newer under RTL
    assert blocker.args == [date(2023, 3, 21), date(2023, 4, 20)]  # Farvardin 1402


def test_hover_shows_the_tooltip(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    pos = centre(timeline, 3)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    QApplication.sendEvent(timeline, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == timeline.tooltip_text(3)
    assert "Khordad 1402" in QToolTip.text()
    QToolTip.hideText()


def test_header_reads_out_the_hovered_bar(qtbot, timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    assert timeline._readout(timeline.bars()) == "57 articles"
    qtbot.mouseMove(timeline, centre(timeline, 1))
    qtbot.waitUntil(
        lambda: timeline._readout(timeline.bars()) == "Farvardin 1402: 40", timeout=1000
    )
