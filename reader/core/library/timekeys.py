"""Conversions between article datetimes and the library's stored date keys.

Dates are stored as a UTC epoch (exact instants, index-friendly) plus the Jalali
month/day of the Tehran-local calendar day (for the timeline histograms). Date
filters arrive as Tehran-local Gregorian days and become an epoch range.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import jdatetime

from reader.core.library.schema import NO_DATE

TEHRAN = ZoneInfo("Asia/Tehran")


def to_epoch(published: datetime | None) -> int:
    """Stored ``published`` value; naive datetimes are taken as Tehran local time."""
    if published is None:
        return NO_DATE
    if published.tzinfo is None:
        published = published.replace(tzinfo=TEHRAN)
    return int(published.timestamp())


def from_epoch(value: int | None) -> datetime | None:
    """Tehran-aware datetime of a stored ``published`` value (None when undated)."""
    if value is None or value == NO_DATE:
        return None
    return datetime.fromtimestamp(value, TEHRAN)


@lru_cache(maxsize=4096)
def _jalali_of_day(day_ordinal: int) -> tuple[int, int]:
    d = date.fromordinal(day_ordinal)
    j = jdatetime.date.fromgregorian(date=d)
    return j.year * 100 + j.month, j.day


def jalali_keys(value: int) -> tuple[int | None, int | None]:
    """(jmonth = year*100+month, jday) of the Tehran-local day of an epoch value."""
    if value == NO_DATE:
        return None, None
    local = datetime.fromtimestamp(value, TEHRAN)
    return _jalali_of_day(local.date().toordinal())


def day_start_epoch(day: date) -> int:
    """Epoch of 00:00 Tehran time on ``day``."""
    return int(datetime.combine(day, time(0, 0), TEHRAN).timestamp())


def day_range(date_from: date | None, date_to: date | None) -> tuple[int | None, int | None]:
    """Half-open epoch range [lo, hi) for inclusive Tehran-local days (None = open end)."""
    lo = day_start_epoch(date_from) if date_from else None
    hi = day_start_epoch(date_to + timedelta(days=1)) if date_to else None
    return lo, hi


def local_day(value: int) -> date:
    """Tehran-local calendar day of an epoch value."""
    return datetime.fromtimestamp(value, TEHRAN).date()
