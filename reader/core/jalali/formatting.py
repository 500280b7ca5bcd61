"""Jalali dates for display: list/pane date lines in Persian or English, CLI ISO form.

Naive datetimes are taken as Tehran wall time; aware ones are shown in Tehran time.
"""

from __future__ import annotations

from datetime import datetime

from reader.core.jalali.calendar import (
    MONTH_NAMES_EN,
    TEHRAN,
    WEEKDAY_NAMES_EN,
    month_name,
    to_jalali,
    weekday_name,
)
from reader.core.jalali.folding import to_persian_digits


def _tehran(dt: datetime) -> datetime:
    return dt.astimezone(TEHRAN) if dt.tzinfo is not None else dt


def is_midnight(dt: datetime) -> bool:
    """True when the Tehran wall time is exactly 00:00:00 — how date-only sources are stored."""
    local = _tehran(dt)
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def format_jalali(
    dt: datetime, *, persian_digits: bool = True, with_time: bool = True, lang: str = "fa"
) -> str:
    """``۲۰ مهر ۱۴۰۰، ۲۰:۵۳`` (Tehran wall time; naive datetimes are taken as Tehran).

    ``lang="en"`` gives ``20 Mehr 1400, 20:53``: transliterated month names and Latin
    digits, since Persian words inside an English line reorder under the bidi algorithm.
    """
    local = _tehran(dt)
    jy, jm, jd = to_jalali(local)
    english = lang == "en"
    name = MONTH_NAMES_EN[jm - 1] if english else month_name(jm)
    out = f"{jd} {name} {jy}"
    if with_time and isinstance(local, datetime):
        out += ", " if english else "، "
        out += f"{local.hour:02d}:{local.minute:02d}"
    return to_persian_digits(out) if persian_digits and not english else out


def format_jalali_long(
    dt: datetime, persian_digits: bool = True, *, with_time: bool = True, lang: str = "fa"
) -> str:
    """``سه‌شنبه ۲۰ مهر ۱۴۰۰، ساعت ۲۰:۵۳`` — the reading pane's date line.

    ``lang="en"`` gives ``Tuesday 20 Mehr 1400, 20:53`` (Latin digits).
    """
    local = _tehran(dt)
    jy, jm, jd = to_jalali(local)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if lang == "en":
        weekday = WEEKDAY_NAMES_EN[(local.weekday() + 2) % 7]
        out = f"{weekday} {jd} {MONTH_NAMES_EN[jm - 1]} {jy}"
        return f"{out}, {clock}" if with_time else out
    out = f"{weekday_name(local)} {jd} {month_name(jm)} {jy}"
    if with_time:
        out += f"، ساعت {clock}"
    return to_persian_digits(out) if persian_digits else out


def jalali_iso(dt: datetime) -> str:
    """``1400-07-20 20:53`` (Latin digits, Tehran wall time) — the CLI's ``published_jalali``."""
    local = _tehran(dt)
    jy, jm, jd = to_jalali(local)
    return f"{jy:04d}-{jm:02d}-{jd:02d} {local.hour:02d}:{local.minute:02d}"
