"""Jalali date strings for the list and the reading pane.

The core's ``reader.core.jalali`` formats; this module picks the variant for the
UI language and wraps it for display:

- Persian UI: ``۲۰ مهر ۱۴۰۰، ۲۰:۵۳`` (digits as the settings say), isolated as a
  right-to-left run (RLI … PDI) so it never reorders inside a left-to-right cell.
- English UI: ``20 Mehr 1400, 20:53`` — transliterated month names and Latin
  digits: Persian words in an English line are reordered by the bidi algorithm
  (``13 آبان 1402، 00:00`` shows as ``آبان 1402، 00:00 13``).

Many corpora give only a date, stored as 00:00 Tehran time; such dates are shown
without a clock (a made-up ``۰۰:۰۰`` reads as "published at midnight").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader.core.jalali import TEHRAN, format_jalali, format_jalali_long, is_midnight, to_jalali
from reader.ui.bidi import LRI, PDI, RLI, rtl_line

GREGORIAN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def persian_digits(text: str) -> str:
    return text.translate(_TO_PERSIAN)


def ui_language() -> str:
    """ "fa" when the application is laid out right to left (Persian UI), else "en"."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "fa" if rtl else "en"


def format_short(dt: datetime | None, persian: bool = True, lang: str = "fa") -> str:
    """``۲۰ مهر ۱۴۰۰، ۲۰:۵۳`` / ``20 Mehr 1400, 20:53``; the date alone at 00:00:00."""
    if dt is None:
        return ""
    return format_jalali(dt, persian_digits=persian, with_time=not is_midnight(dt), lang=lang)


def list_date(
    dt: datetime | None,
    persian: bool = True,
    lang: str = "fa",
    today: date | None = None,
    *,
    compact: bool = False,
) -> str:
    """The list's date cell: the clock for an article of ``today`` (Tehran), the day
    otherwise, as mail readers do; the full date and time is in the cell's tooltip and
    the reading pane. Dropping the clock from older rows gives the titles the width.

    ``compact`` (a narrow list) spells the day in numbers, year first as the sidebar's
    date fields do (``۱۳۹۶/۰۱/۱۳``, ``1396/01/13``): "13 Farvardin 1396" took as much
    room as the titles. A Persian date is isolated right to left, an English one left
    as is.
    """
    if dt is None:
        return ""
    local = dt.astimezone(TEHRAN) if dt.tzinfo is not None else dt
    if today is not None and local.date() == today and not is_midnight(dt):
        text = f"{local.hour:02d}:{local.minute:02d}"
        if persian and lang != "en":
            text = persian_digits(text)
    elif compact:
        jy, jm, jd = to_jalali(local)
        text = f"{jy}/{jm:02d}/{jd:02d}"
        if persian and lang != "en":
            text = persian_digits(text)
    else:
        text = format_jalali(dt, persian_digits=persian, with_time=False, lang=lang)
    return rtl_line(text) if lang != "en" else text


def format_long(dt: datetime, persian: bool = True, lang: str = "fa") -> str:
    """``سه‌شنبه ۲۰ مهر ۱۴۰۰، ساعت ۲۰:۵۳`` / ``Tuesday 20 Mehr 1400, 20:53`` (pane meta line)."""
    return format_jalali_long(dt, persian, with_time=not is_midnight(dt), lang=lang)


def isolate_date(text: str, lang: str) -> str:
    """A whole date as one directional unit: RLI … PDI in Persian, LRI … PDI in English."""
    return f"{LRI if lang == 'en' else RLI}{text}{PDI}" if text else text


def format_gregorian(dt: datetime) -> str:
    """``12 October 2021`` (fixed English month names, whatever the C locale)."""
    return f"{dt.day} {GREGORIAN_MONTHS[dt.month - 1]} {dt.year}"
