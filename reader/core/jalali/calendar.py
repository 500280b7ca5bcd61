"""The Jalali calendar and Tehran time: conversions, month lengths, names, instants.

jdatetime does the calendar arithmetic and the real tz database gives Tehran's
offset: Iran observed daylight saving time until 2022, so a fixed +03:30 would
be wrong for half of every year before 1401/1402.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import jdatetime

TEHRAN = ZoneInfo("Asia/Tehran")

MONTH_NAMES: tuple[str, ...] = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
"""Display names, index 0 = Farvardin."""

WEEKDAY_NAMES: tuple[str, ...] = (
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "جمعه",
)
"""Display names, index 0 = Saturday (the first day of the Persian week)."""

MONTH_NAMES_EN: tuple[str, ...] = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
"""Transliterated month names for an English UI (Persian script there breaks the bidi order)."""

WEEKDAY_NAMES_EN: tuple[str, ...] = (
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
)

# jdatetime does the calendar arithmetic; constructing its objects costs ~30 µs, and
# a corpus repeats the same few thousand days, so conversions are memoised.


@functools.lru_cache(maxsize=4096)
def _is_leap(jy: int) -> bool:
    return bool(jdatetime.date(jy, 1, 1).isleap())


@functools.lru_cache(maxsize=65536)
def _to_gregorian(jy: int, jm: int, jd: int) -> date:
    gregorian: date = jdatetime.date(jy, jm, jd).togregorian()  # jdatetime is untyped
    return gregorian


@functools.lru_cache(maxsize=65536)
def _from_gregorian(d: date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=d)
    return j.year, j.month, j.day


def days_in_month(jy: int, jm: int) -> int:
    """Days in Jalali month ``jm`` of year ``jy`` (Esfand has 30 in leap years)."""
    if not 1 <= jm <= 12:
        raise ValueError(f"Jalali month must be 1..12, not {jm}")
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if _is_leap(jy) else 29


def is_valid_jalali(jy: int, jm: int, jd: int) -> bool:
    """Whether Jalali ``jy/jm/jd`` exists (month 1..12, day within that month)."""
    return 1 <= jm <= 12 and 1 <= jd <= days_in_month(jy, jm)


def jalali_date_problem(jy: int, jm: int, jd: int) -> str | None:
    """Why Jalali ``jy/jm/jd`` does not exist (``month must be 1..12``, ...), None if it does.

    One wording for every caller that rejects a date (``from_jalali``, the CLI's
    date arguments), so a user sees the same reason wherever the date came from.
    """
    if not 1 <= jm <= 12:
        return "month must be 1..12"
    n = days_in_month(jy, jm)
    if not 1 <= jd <= n:
        return f"{month_name(jm)} {jy} has days 1..{n}"
    return None


def from_jalali(jy: int, jm: int, jd: int) -> date:
    """The Gregorian date of Jalali ``jy/jm/jd``; ``ValueError`` when it does not exist."""
    if not 1 <= jy <= 3000:
        raise ValueError(f"Jalali year out of range: {jy}")
    problem = jalali_date_problem(jy, jm, jd)
    if problem is not None:
        raise ValueError(f"no Jalali date {jy}/{jm}/{jd}: {problem}")
    return _to_gregorian(jy, jm, jd)


def _local(d: date) -> date:
    """Aware datetimes are first converted to Tehran time; naive ones are taken as Tehran."""
    if isinstance(d, datetime):
        if d.tzinfo is not None:
            d = d.astimezone(TEHRAN)
        return d.date()
    return d


def to_jalali(d: date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date (an aware datetime counts in Tehran time)."""
    return _from_gregorian(_local(d))


def month_name(m: int) -> str:
    """Persian name of Jalali month ``m`` (1 = فروردین)."""
    if not 1 <= m <= 12:
        raise ValueError(f"Jalali month must be 1..12, not {m}")
    return MONTH_NAMES[m - 1]


def weekday_name(d: date) -> str:
    """Persian weekday name of a date (an aware datetime counts in Tehran time)."""
    return WEEKDAY_NAMES[(_local(d).weekday() + 2) % 7]


def make_tehran_datetime(
    jy: int, jm: int, jd: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime | None:
    """The aware Tehran instant of a Jalali wall-clock time, or ``None`` if it is invalid."""
    if not (1300 <= jy <= 1499 and is_valid_jalali(jy, jm, jd)):
        return None
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        return None
    g = _to_gregorian(jy, jm, jd)
    aware = datetime.combine(g, time(hour, minute, second), tzinfo=TEHRAN)
    # Round-trip through UTC so a wall time in the spring-forward gap is normalised.
    return aware.astimezone(UTC).astimezone(TEHRAN)


def jalali_key(dt: date) -> int:
    """``14000720`` for 20 Mehr 1400: sortable, handy for month/day buckets."""
    jy, jm, jd = to_jalali(dt)
    return jy * 10000 + jm * 100 + jd
