"""Date presets in Jalali terms, Tehran "today", the Jalali calendar popups."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCalendar, QDate, QLocale, Qt
from PySide6.QtGui import QColor

from reader.ui.sidebar.date_filter import EDIT_DEBOUNCE_MS, DateFilter
from reader.ui.sidebar.jalali_calendar import JalaliCalendarWidget
from reader.ui.sidebar.jalali_ranges import (
    Preset,
    days_in_month,
    matching_preset,
    month_span,
    preset_range,
    tehran_today,
    to_jalali,
)

TODAY = date(2023, 10, 1)  # 9 Mehr 1402


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        (Preset.TODAY, (date(2023, 10, 1), date(2023, 10, 1))),
        (Preset.LAST_7_DAYS, (date(2023, 9, 25), date(2023, 10, 1))),
        (Preset.THIS_MONTH, (date(2023, 9, 23), date(2023, 10, 22))),  # 1..30 Mehr 1402
        (Preset.THIS_YEAR, (date(2023, 3, 21), date(2024, 3, 19))),  # 1402 (Esfand has 29)
        (Preset.EVERYTHING, (None, None)),
    ],
)
def test_preset_ranges(preset: Preset, expected: tuple[date | None, date | None]) -> None:
    assert preset_range(preset, TODAY) == expected


def test_leap_year_and_month_edges() -> None:
    assert days_in_month(1403, 12) == 30  # 1403 is a leap year
    assert days_in_month(1402, 12) == 29
    assert preset_range(Preset.THIS_YEAR, date(2024, 6, 1)) == (
        date(2024, 3, 20),
        date(2025, 3, 20),
    )
    # Last day of Esfand 1402 is still "this month" = Esfand.
    assert preset_range(Preset.THIS_MONTH, date(2024, 3, 19)) == (
        date(2024, 2, 20),
        date(2024, 3, 19),
    )
    assert month_span(1402, 1) == (date(2023, 3, 21), date(2023, 4, 20))
    assert to_jalali(date(2023, 10, 1)) == (1402, 7, 9)


def test_today_is_tehran_local() -> None:
    # 21:00 UTC is already half past midnight in Tehran (UTC+3:30).
    assert tehran_today(datetime(2023, 10, 1, 21, 0, tzinfo=UTC)) == date(2023, 10, 2)
    assert tehran_today(datetime(2023, 10, 1, 20, 0, tzinfo=UTC)) == date(2023, 10, 1)


def test_matching_preset() -> None:
    assert matching_preset(None, None, TODAY) is Preset.EVERYTHING
    assert matching_preset(date(2023, 9, 23), date(2023, 10, 22), TODAY) is Preset.THIS_MONTH
    assert matching_preset(date(2023, 9, 23), date(2023, 10, 21), TODAY) is Preset.CUSTOM


def test_calendar_is_jalali_saturday_first_friday_weekend(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = JalaliCalendarWidget(persian=True)
    qtbot.addWidget(widget)
    assert widget.calendar().isSolar()
    assert widget.calendar().name() == QCalendar(QCalendar.System.Jalali).name()
    assert widget.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    text = widget.palette().color(widget.palette().ColorRole.Text)
    friday = widget.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color()
    saturday = widget.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    sunday = widget.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    assert saturday == text and sunday == text
    assert friday != text and friday.red() > friday.green()
    # Persian month names come from the Jalali calendar, not QLocale's Gregorian names.
    cal = widget.calendar()
    assert cal.monthName(widget.locale(), 7, 1402) == "مهر"
    assert cal.monthName(widget.locale(), 1, 1402) == "فروردین"
    assert cal.daysInMonth(12, 1403) == 30
    widget.setSelectedDate(QDate(2023, 10, 1))
    assert widget.yearShown() == 1402 and widget.monthShown() == 7


def test_english_calendar_still_starts_on_saturday(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = JalaliCalendarWidget(persian=False)
    qtbot.addWidget(widget)
    assert widget.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert widget.calendar().monthName(widget.locale(), 7, 1402) == "Mehr"
    widget.set_persian(True)
    widget.setLocale(QLocale(QLocale.Language.English))
    assert widget.firstDayOfWeek() == Qt.DayOfWeek.Saturday


def test_calendar_weekend_follows_dark_palette(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = JalaliCalendarWidget()
    qtbot.addWidget(widget)
    palette = widget.palette()
    palette.setColor(palette.ColorRole.Base, QColor("#1d1f23"))
    palette.setColor(palette.ColorRole.Text, QColor("#d9d7d2"))
    widget.setPalette(palette)
    assert widget.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color() == QColor("#d9d7d2")
    assert widget.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color().lightnessF() > 0.5


def test_date_filter_presets_and_edits(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DateFilter(today=lambda: TODAY)
    qtbot.addWidget(widget)
    assert widget.objectName() == "dateFilter"
    assert widget.date_range() == (None, None)
    with qtbot.waitSignal(widget.rangeChanged, timeout=1000):
        widget.select_preset(Preset.THIS_MONTH)
    assert widget.date_range() == (date(2023, 9, 23), date(2023, 10, 22))
    # The fields show Jalali dates.
    assert widget.from_edit.calendar().isSolar()
    assert widget.from_edit.date().year(widget.from_edit.calendar()) == 1402
    assert widget.from_edit.text() == "1402/07/01"
    assert widget.to_edit.text() == "1402/07/30"
    # Editing a field switches to a custom range (debounced).
    with qtbot.waitSignal(widget.rangeChanged, timeout=EDIT_DEBOUNCE_MS * 10):
        widget.from_edit.setDate(QDate(1402, 7, 5, QCalendar(QCalendar.System.Jalali)))
    assert widget.date_range() == (date(2023, 9, 27), date(2023, 10, 22))
    assert widget.preset() is Preset.CUSTOM
    # "All dates" clears the range.
    widget.select_preset(Preset.EVERYTHING)
    assert widget.date_range() == (None, None)


def test_date_filter_shows_persian_digits(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = DateFilter(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_persian(True)
    widget.set_range(date(2023, 10, 1), date(2023, 10, 1))
    assert widget.from_edit.text() == "۱۴۰۲/۰۷/۰۹"
    assert widget.preset() is Preset.TODAY
    assert widget.from_edit.locale().language() == QLocale.Language.Persian


def test_date_fields_read_year_first_in_a_right_to_left_window(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in the Persian UI
    try:
        widget = DateFilter(today=lambda: TODAY)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(widget)
    widget.set_persian(True)
    widget.set_range(date(2023, 10, 1), date(2023, 10, 2))
    assert widget.from_edit.text() == "۱۴۰۲/۰۷/۰۹"  # not ۰۹/۰۷/۱۴۰۲, read as day first
    assert widget.to_edit.text() == "۱۴۰۲/۰۷/۱۰"


def _focused_from_edit(qtbot, persian: bool):  # type: ignore[no-untyped-def]
    """A date filter on 1401/10/11..1401/11/12 in Persian or Latin digits, its first
    field focused."""
    widget = DateFilter(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_persian(persian)
    widget.set_range(date(2023, 1, 1), date(2023, 2, 1))
    edit = widget.from_edit
    edit.setFocus()
    return widget, edit


@pytest.mark.parametrize("persian", [False, True])
@pytest.mark.parametrize("typed", ["14010505", "۱۴۰۱۰۵۰۵", "١٤٠١٠٥٠٥"])
def test_date_fields_take_the_digits_of_every_keyboard(qtbot, persian: bool, typed: str) -> None:  # type: ignore[no-untyped-def]
    """The Persian layout types ۱۴۰۱: the field refused them when it showed Latin digits,
    and an Arabic layout's ١٤٠١ always."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget, edit = _focused_from_edit(qtbot, persian)
    edit.setSelectedSection(edit.Section.YearSection)
    for char in typed:
        key = Qt.Key.Key_0.value + int(char) if char.isascii() else 0
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(edit, event)
    assert edit.date().toPython() == date(2022, 7, 27)  # 5 Mordad 1401
    assert edit.text() == ("۱۴۰۱/۰۵/۰۵" if persian else "1401/05/05")
    with qtbot.waitSignal(widget.rangeChanged, timeout=EDIT_DEBOUNCE_MS * 10):
        pass
    assert widget.date_range() == (date(2022, 7, 27), date(2023, 2, 1))


@pytest.mark.parametrize("persian", [False, True])
@pytest.mark.parametrize("pasted", ["1401/05/05", "۱۴۰۱/۰۵/۰۵", "١٤٠١/٠٥/٠٥"])
def test_a_pasted_date_in_any_digits_is_read(qtbot, persian: bool, pasted: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    _widget, edit = _focused_from_edit(qtbot, persian)
    QApplication.clipboard().setText(pasted)
    edit.lineEdit().selectAll()
    edit.lineEdit().paste()
    assert edit.date().toPython() == date(2022, 7, 27)  # 5 Mordad 1401
    assert edit.text() == ("۱۴۰۱/۰۵/۰۵" if persian else "1401/05/05")
