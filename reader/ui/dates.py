"""Jalali date strings for the list and the reading pane.

The core's ``reader.core.jalali`` owns Jalali formatting; this module calls it
when present and otherwise formats with jdatetime directly, so the window works
while the core module is still being written. Digits follow the settings.
"""

from __future__ import annotations

import logging
from datetime import datetime

import jdatetime

log = logging.getLogger(__name__)

MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")  # Monday first
GREGORIAN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def persian_digits(text: str) -> str:
    return text.translate(_TO_PERSIAN)


def _digits(text: str, persian: bool) -> str:
    return persian_digits(text) if persian else text


def format_short(dt: datetime | None, persian: bool = True) -> str:
    """``۲۰ مهر ۱۴۰۰، ۲۰:۵۳`` (list rows)."""
    if dt is None:
        return ""
    try:
        from reader.core.jalali import format_jalali

        return format_jalali(dt, persian_digits=persian)
    except (ImportError, TypeError):
        pass
    j = jdatetime.datetime.fromgregorian(datetime=dt)
    text = f"{j.day} {MONTHS[j.month - 1]} {j.year}، {dt.hour:02d}:{dt.minute:02d}"
    return _digits(text, persian)


def format_long(dt: datetime, persian: bool = True) -> str:
    """``سه‌شنبه ۲۰ مهر ۱۴۰۰، ساعت ۲۰:۵۳`` (reading pane meta line)."""
    try:
        from reader.core.jalali import format_jalali_long

        return format_jalali_long(dt, persian_digits=persian)
    except (ImportError, TypeError):
        pass
    j = jdatetime.datetime.fromgregorian(datetime=dt)
    weekday = WEEKDAYS[dt.weekday()]
    text = f"{weekday} {j.day} {MONTHS[j.month - 1]} {j.year}، ساعت {dt.hour:02d}:{dt.minute:02d}"
    return _digits(text, persian)


def format_gregorian(dt: datetime) -> str:
    """``12 October 2021`` (fixed English month names, whatever the C locale)."""
    return f"{dt.day} {GREGORIAN_MONTHS[dt.month - 1]} {dt.year}"
