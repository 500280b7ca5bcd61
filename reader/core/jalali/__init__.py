"""Jalali (Solar Hijri) dates: reading them from Persian news pages and showing them.

Persian news pages print their publish date in a handful of layouts (textual month
names, numeric ``1399/08/12``, with or without weekday, time before or after,
Persian/Arabic-Indic/Latin digits, Arabic letters ``ي``/``ك``/``ى`` in month names).
This module turns any of them into one timezone-aware instant in Asia/Tehran, using
jdatetime for the calendar and the real tz database for the offset: Iran observed
daylight saving time until 2022, so a fixed +03:30 would be wrong for half of
every year before 1401/1402.

Design decisions (documented here because the parser's callers rely on them):

* A date that cannot be read is ``None``, never a guess: month 1..12, day within
  the month (leap years included), hour < 24, minute/second < 60, year 1300..1499.
* The word ``مهر`` is also an agency and a noun, so a month name only counts with
  a day number before it and a year after it.
* Two-digit years: ``50..99`` -> ``13xx``, ``00..49`` -> ``14xx`` (news archives
  span roughly 1370..1440). Numeric dates need a four-digit year, except
  ``yy/mm/dd`` with ``yy`` > 31 (it cannot be a day, so it is unambiguous).
* A date without a time is midnight (00:00) Tehran time of that day.
* A time inside the spring-forward gap (e.g. 2 Farvardin 1400 00:30, which clocks
  skipped) is read with the pre-transition offset and then normalised to the
  equivalent wall time (01:30 +04:30). An ambiguous autumn time takes the first
  (daylight-saving) occurrence.
* Gregorian tail (``- 12October 2021``): the Jalali date is what the site
  typesets and is primary. A tail one day off is tolerated (sites often render
  the tail from a UTC timestamp, which is the previous day before 03:30); a tail
  that disagrees by more than a day means one of the two is corrupt and we cannot
  tell which, so the date is ``None`` (never a guess).
* Weekday names are accepted but not checked: real pages get them wrong often
  enough (e.g. ``شنبه / ۲۹ مهر ۱۴۰۴`` is a Tuesday) that rejecting would lose dates.

The package is split by idea: ``calendar`` (conversions, Tehran instants, names),
``folding`` (digits/letter variants for matching), ``patterns`` (the regexes),
``parsing`` (date lines of pages), ``argument`` (dates typed by a user) and
``formatting`` (display). Import the public names from ``reader.core.jalali``.
"""

from __future__ import annotations

from reader.core.jalali.argument import parse_jalali_date_arg
from reader.core.jalali.calendar import (
    MONTH_NAMES,
    MONTH_NAMES_EN,
    TEHRAN,
    WEEKDAY_NAMES,
    WEEKDAY_NAMES_EN,
    days_in_month,
    from_jalali,
    jalali_key,
    make_tehran_datetime,
    month_name,
    to_jalali,
    weekday_name,
)
from reader.core.jalali.folding import fold_digits, fold_for_matching, to_persian_digits
from reader.core.jalali.formatting import format_jalali, format_jalali_long, is_midnight, jalali_iso
from reader.core.jalali.parsing import (
    DateLine,
    classify_date_line,
    find_publish_datetime,
    parse_jalali_datetime,
)

__all__ = [
    "MONTH_NAMES",
    "MONTH_NAMES_EN",
    "TEHRAN",
    "WEEKDAY_NAMES",
    "WEEKDAY_NAMES_EN",
    "DateLine",
    "classify_date_line",
    "days_in_month",
    "find_publish_datetime",
    "fold_digits",
    "fold_for_matching",
    "format_jalali",
    "format_jalali_long",
    "from_jalali",
    "is_midnight",
    "jalali_iso",
    "jalali_key",
    "make_tehran_datetime",
    "month_name",
    "parse_jalali_date_arg",
    "parse_jalali_datetime",
    "to_jalali",
    "to_persian_digits",
    "weekday_name",
]
