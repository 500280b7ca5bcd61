"""Date presets and a custom from/to range on Jalali calendar popups.

The range is kept as Python ``date`` objects (inclusive, Tehran local days) so
the sidebar can hand it to ``ArticleQuery`` unchanged; the widgets only show
it. "Everything" is (None, None); the date fields then show the corpus bounds
so the popups open where the articles are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.ui.sidebar.formatting import JALALI, ui_locale
from reader.ui.sidebar.jalali_calendar import JalaliCalendarWidget
from reader.ui.sidebar.jalali_ranges import Preset, matching_preset, preset_range, tehran_today

log = logging.getLogger(__name__)

EDIT_DEBOUNCE_MS = 300  # typing a year digit by digit should not re-query each time
_DIGITS = ("0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")
#: every keyboard layout's digits -> Latin, and -> Persian
_TO_LATIN = {ord(d): _DIGITS[0][i] for digits in _DIGITS for i, d in enumerate(digits)}
_TO_PERSIAN = {ord(d): _DIGITS[1][i] for digits in _DIGITS for i, d in enumerate(digits)}


class JalaliDateEdit(QDateEdit):
    """A date field that takes the digits of every keyboard layout.

    Qt's field takes its locale's digits and Latin ones: with Latin digits shown, the
    Persian keyboard's digits (۱۴۰۲) were refused, and an Arabic layout's (١٤٠٢) always.
    """

    def _own_digits(self, text: str) -> str:
        """``text`` with every layout's digits as the field's own (Persian or Latin)."""
        return text.translate(_TO_PERSIAN if self.locale().zeroDigit() == "۰" else _TO_LATIN)

    def validate(self, text: str, pos: int) -> object:
        # A whole date pasted from a Persian text (۱۴۰۱/۰۵/۰۵) into a field showing Latin
        # digits, or the other way round, is read as typed digits are.
        return super().validate(self._own_digits(text), pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        # The field's own digits (Persian ones stay Persian as they are typed).
        typed = self._own_digits(text)
        if typed != text:
            latin = text.translate(_TO_LATIN)
            key = Qt.Key.Key_0.value + int(latin) if len(latin) == 1 else event.key()
            event = QKeyEvent(
                QEvent.Type.KeyPress,
                key,
                event.modifiers(),
                typed,
                event.isAutoRepeat(),
                event.count(),
            )
        super().keyPressEvent(event)


class DateFilter(QWidget):
    """Preset combo box plus two Jalali date fields; ``rangeChanged`` on user edits."""

    rangeChanged = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = tehran_today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dateFilter")
        self._today = today
        self._range: tuple[date | None, date | None] = (None, None)
        self._bounds: tuple[date, date] | None = None

        self.preset_box = QComboBox(self)
        self.preset_box.setObjectName("datePreset")
        for preset in Preset:
            self.preset_box.addItem("", preset)
        self.preset_box.activated.connect(self._on_preset_activated)

        self.from_edit = self._make_edit("dateFrom")
        self.to_edit = self._make_edit("dateTo")
        self.dash = QLabel("–", self)

        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DEBOUNCE_MS)
        self._edit_timer.timeout.connect(self._commit_edits)

        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setSpacing(4)
        fields.addWidget(self.from_edit, 1)
        fields.addWidget(self.dash)
        fields.addWidget(self.to_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.preset_box)
        layout.addLayout(fields)

        self.retranslate()
        self.set_persian(False)
        self._show_range()

    def _make_edit(self, name: str) -> QDateEdit:
        edit = JalaliDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendar(JALALI)
        edit.setCalendarPopup(True)
        edit.setCalendarWidget(JalaliCalendarWidget(edit))
        # A date is a number run, read year first (۱۴۰۲/۰۸/۱۲) in Persian too; under a
        # right-to-left direction Qt orders the sections day first when the format is set.
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat("yyyy/MM/dd")
        edit.dateChanged.connect(self._on_edit_changed)
        return edit

    def retranslate(self) -> None:
        names = {
            Preset.EVERYTHING: self.tr("All dates"),
            Preset.TODAY: self.tr("Today"),
            Preset.LAST_7_DAYS: self.tr("Last 7 days"),
            Preset.THIS_MONTH: self.tr("This month"),
            Preset.THIS_YEAR: self.tr("This year"),
            Preset.CUSTOM: self.tr("Custom range"),
        }
        for row in range(self.preset_box.count()):
            self.preset_box.setItemText(row, names[Preset(self.preset_box.itemData(row))])
        self.from_edit.setToolTip(self.tr("First day (Jalali calendar)"))
        self.to_edit.setToolTip(self.tr("Last day (Jalali calendar)"))
        # No visible label (a dash between two fields): names for screen readers.
        self.preset_box.setAccessibleName(self.tr("Date range"))
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.to_edit.setAccessibleName(self.tr("To date"))

    def set_persian(self, persian: bool) -> None:
        """Persian digits and month names in the fields and popups."""
        locale = ui_locale(persian)
        for edit in (self.from_edit, self.to_edit):
            with QSignalBlocker(edit):
                edit.setLocale(locale)
            calendar = edit.calendarWidget()
            if isinstance(calendar, JalaliCalendarWidget):
                calendar.set_persian(persian)

    # --- state ---------------------------------------------------------------
    def date_range(self) -> tuple[date | None, date | None]:
        return self._range

    def preset(self) -> Preset:
        return Preset(self.preset_box.currentData())

    def set_range(self, date_from: date | None, date_to: date | None) -> None:
        """Show a range chosen elsewhere (restored state, timeline) without emitting."""
        self._edit_timer.stop()
        self._range = (date_from, date_to)
        self._show_range()

    def set_bounds(self, bounds: tuple[date, date] | None) -> None:
        """First/last day of the corpus, shown in the fields for "All dates"."""
        self._bounds = bounds
        if self._range == (None, None):
            self._show_range()

    def select_preset(self, preset: Preset) -> None:
        """Choose a preset as if the user did (emits ``rangeChanged``)."""
        self.preset_box.setCurrentIndex(self.preset_box.findData(preset))
        self._on_preset_activated(self.preset_box.currentIndex())

    # --- internals -----------------------------------------------------------
    def _show_range(self) -> None:
        start, end = self._range
        preset = matching_preset(start, end, self._today())
        with QSignalBlocker(self.preset_box):
            self.preset_box.setCurrentIndex(self.preset_box.findData(preset))
        if start is None and end is None and self._bounds is not None:
            start, end = self._bounds
        today = self._today()
        self._set_edit(self.from_edit, start or end or today)
        self._set_edit(self.to_edit, end or start or today)

    @staticmethod
    def _set_edit(edit: QDateEdit, day: date) -> None:
        with QSignalBlocker(edit):
            edit.setDate(QDate(day.year, day.month, day.day))

    def _on_preset_activated(self, row: int) -> None:
        preset = Preset(self.preset_box.itemData(row))
        if preset is Preset.CUSTOM:
            start, end = self._edit_dates()
        else:
            start, end = preset_range(preset, self._today())
        self._edit_timer.stop()
        if (start, end) == self._range:
            return
        self._range = (start, end)
        self._show_range()
        with QSignalBlocker(self.preset_box):  # keep "Custom" even if it matches a preset
            self.preset_box.setCurrentIndex(row)
        log.debug("date preset %s -> %s..%s", preset, start, end)
        self.rangeChanged.emit()

    def _edit_dates(self) -> tuple[date, date]:
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        return (start, end) if start <= end else (end, start)

    def _on_edit_changed(self, _qdate: QDate) -> None:
        self._edit_timer.start()

    def _commit_edits(self) -> None:
        start, end = self._edit_dates()
        if (start, end) == self._range:
            return
        self._range = (start, end)
        self._show_range()
        self.rangeChanged.emit()
