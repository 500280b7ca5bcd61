"""A QCalendarWidget set up the way Iranian calendars look.

Qt's defaults are Gregorian and Western: Sunday or Monday first, Saturday and
Sunday painted red as the weekend. An Iranian reader expects the Jalali
calendar, weeks starting on Saturday, and Friday as the (only) weekend day.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from reader.ui.sidebar.formatting import JALALI, ui_locale

WEEKEND_DAY = Qt.DayOfWeek.Friday


class JalaliCalendarWidget(QCalendarWidget):
    """Jalali month grid, Saturday first, Friday marked as the weekend."""

    def __init__(self, parent: QWidget | None = None, *, persian: bool = False) -> None:
        super().__init__(parent)
        self.setCalendar(JALALI)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.set_persian(persian)

    def set_persian(self, persian: bool) -> None:
        """Persian month/day names and digits, or English transliterations."""
        locale: QLocale = ui_locale(persian)
        self.setLocale(locale)
        # setLocale resets the first weekday to the locale's (Sunday for English).
        self.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        # Persian calendars label columns with one letter (ش ی د س چ پ ج); full names
        # do not fit a popup.
        self.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
            if persian
            else QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        )
        self._apply_weekend_formats()

    def _apply_weekend_formats(self) -> None:
        """Un-colour Saturday/Sunday (Qt's weekend) and colour Friday instead."""
        normal = QTextCharFormat()
        normal.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in Qt.DayOfWeek:
            if day != WEEKEND_DAY:
                self.setWeekdayTextFormat(day, normal)
        weekend = QTextCharFormat()
        weekend.setForeground(_weekend_colour(self.palette()))
        self.setWeekdayTextFormat(WEEKEND_DAY, weekend)

    def changeEvent(self, event) -> None:
        """Re-derive the weekday colours when the theme (palette) changes."""
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._apply_weekend_formats()
        elif event.type() == event.Type.LocaleChange:
            self.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)


def _weekend_colour(palette: QPalette) -> QColor:
    """A red that stays readable on light, sepia and dark backgrounds."""
    dark_background = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#ff7b72") if dark_background else QColor("#c62828")
