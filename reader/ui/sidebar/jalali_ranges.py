"""Jalali calendar arithmetic for the date filter: presets and month/day spans.

The library's ``ArticleQuery`` speaks inclusive Gregorian days in Tehran local
time, while readers think in Jalali months ("this month" means Mehr, not
October). This module turns presets and Jalali months into such day ranges for
the sidebar (the calendar arithmetic itself is ``reader.core.jalali``), so the
presets, the calendar popups and the timeline agree. Qt-free, testable headless.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from reader.core.jalali import TEHRAN, days_in_month, from_jalali, to_jalali

__all__ = [
    "TEHRAN",
    "Preset",
    "add_months",
    "days_in_month",
    "from_jalali",
    "matching_preset",
    "month_index",
    "month_span",
    "preset_range",
    "tehran_today",
    "to_jalali",
    "year_span",
]


class Preset(StrEnum):
    """The quick date choices offered above the calendars."""

    EVERYTHING = "everything"
    TODAY = "today"
    LAST_7_DAYS = "last7"
    THIS_MONTH = "month"
    THIS_YEAR = "year"
    CUSTOM = "custom"


def tehran_today(now: datetime | None = None) -> date:
    """Today's calendar day in Tehran, whatever the machine's own time zone."""
    moment = now if now is not None else datetime.now(TEHRAN)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TEHRAN)
    return moment.astimezone(TEHRAN).date()


def month_span(jy: int, jm: int) -> tuple[date, date]:
    """First and last Gregorian day of a Jalali month."""
    return from_jalali(jy, jm, 1), from_jalali(jy, jm, days_in_month(jy, jm))


def year_span(jy: int) -> tuple[date, date]:
    """First and last Gregorian day of a Jalali year."""
    return from_jalali(jy, 1, 1), from_jalali(jy, 12, days_in_month(jy, 12))


def add_months(jy: int, jm: int, delta: int) -> tuple[int, int]:
    """Jalali (year, month) ``delta`` months after (or before) the given one."""
    index = jy * 12 + (jm - 1) + delta
    return index // 12, index % 12 + 1


def month_index(jy: int, jm: int) -> int:
    """A running month number, so month distances are plain subtraction."""
    return jy * 12 + (jm - 1)


def preset_range(preset: Preset, today: date) -> tuple[date | None, date | None]:
    """The inclusive day range a preset stands for, relative to ``today``.

    "Last 7 days" includes today (today and the six days before). EVERYTHING
    and CUSTOM have no fixed range and return (None, None).
    """
    if preset is Preset.TODAY:
        return today, today
    if preset is Preset.LAST_7_DAYS:
        return today - timedelta(days=6), today
    jy, jm, _ = to_jalali(today)
    if preset is Preset.THIS_MONTH:
        return month_span(jy, jm)
    if preset is Preset.THIS_YEAR:
        return year_span(jy)
    return None, None


def matching_preset(date_from: date | None, date_to: date | None, today: date) -> Preset:
    """Which preset a stored range corresponds to today (CUSTOM if none)."""
    if date_from is None and date_to is None:
        return Preset.EVERYTHING
    for preset in (Preset.TODAY, Preset.LAST_7_DAYS, Preset.THIS_MONTH, Preset.THIS_YEAR):
        if preset_range(preset, today) == (date_from, date_to):
            return preset
    return Preset.CUSTOM
