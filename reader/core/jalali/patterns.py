"""The regular expressions that find Jalali dates, times and date-line labels.

All of them run on ``fold_for_matching`` text (ASCII digits, ``ی``/``ک``, ZWNJ
as a space), so each layout is spelled once. See the package docstring for the
rules they encode (a month name needs a day before and a year after it, two-digit
years only where unambiguous, ...).
"""

from __future__ import annotations

import re

LETTER = r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ffA-Za-z]"

MONTH_ALIASES: dict[str, int] = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "اردی بهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "ابان": 8,
    "آذر": 9,
    "اذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
MONTH_ALT = "|".join(
    re.escape(k).replace(r"\ ", r"\s*") for k in sorted(MONTH_ALIASES, key=len, reverse=True)
)

TEXT_DATE_RE = re.compile(
    rf"(?<![\d/.:])(?P<d>\d{{1,2}})(?:\s*ام)?\s*(?P<m>{MONTH_ALT})(?:\s*ماه)?(?!{LETTER})"
    r"[\s,،\-]*(?:سال\s*)?(?P<y>\d{4}|\d{2})(?![\d/:])"
)
NUM_YMD_RE = re.compile(
    r"(?<![\d/.:\-])(?P<y>\d{4}|\d{2})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
    r"(?!\d|[/.\-]\d)"
)
NUM_DMY_RE = re.compile(
    r"(?<![\d/.:\-])(?P<d>\d{1,2})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d|[/.\-]\d)"
)
TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?![\d:])"
    r"(?:\s*(?P<ampm>ب\s*\.?\s*ظ|ق\s*\.?\s*ظ|بعد\s*از\s*ظهر|قبل\s*از\s*ظهر|[AaPp]\.?\s?[Mm]\.?)"
    rf"(?!{LETTER}))?"
)

TIME_WORDS_RE = re.compile(
    r"ساعت\s*(?P<h>\d{1,2})\s*و\s*(?P<mi>\d{1,2})\s*دقیقه(?:\s*و\s*(?P<s>\d{1,2})\s*ثانیه)?"
)
"""``ساعت ۲۰ و ۵۳ دقیقه`` — the spelled-out form some sites use."""

EN_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
FA_GREG_MONTHS = {
    "ژانویه": 1,
    "فوریه": 2,
    "مارس": 3,
    "آوریل": 4,
    "اوریل": 4,
    "مه": 5,
    "می": 5,
    "ژوئن": 6,
    "ژوین": 6,
    "ژوئیه": 7,
    "ژوییه": 7,
    "جولای": 7,
    "اوت": 8,
    "آگوست": 8,
    "اگوست": 8,
    "سپتامبر": 9,
    "اکتبر": 10,
    "نوامبر": 11,
    "دسامبر": 12,
}
GREG_MONTH_ALT = "|".join(
    re.escape(k) for k in sorted({**EN_MONTHS, **FA_GREG_MONTHS}, key=len, reverse=True)
)
GREG_DMY_RE = re.compile(
    rf"(?<![\d/.:])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<m>{GREG_MONTH_ALT})\.?(?!{LETTER})"
    r"[\s,،]*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
GREG_MDY_RE = re.compile(
    rf"(?<!{LETTER})(?P<m>{GREG_MONTH_ALT})\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s,،]+"
    r"(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
GREG_NUM_RE = re.compile(
    r"(?<![\d/.:\-])(?P<y>(?:19|20)\d{2})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"
)

PUBLISH_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s|\-–—/]))(?:تاریخ\s*و\s*(?:زمان|ساعت)\s*(?:انتشار|مخابره)|تاریخ\s*انتشار"
    r"|تاریخ\s*مخابره|تاریخ\s*ارسال|تاریخ\s*خبر|تاریخ\s*درج|زمان\s*انتشار|زمان\s*مخابره"
    r"|انتشار|تاریخ)\s*[:：]"
    r"|^\s*(?:تاریخ\s*انتشار|تاریخ\s*مخابره|زمان\s*انتشار|منتشر\s*شده\s*در)(?=\s)"
)
UPDATE_LABEL_RE = re.compile(
    r"(?:تاریخ\s*)?(?:آخرین\s*)?(?:به\s*روز\s*رسانی|بروز\s*رسانی|به\s*روز\s*شده|ویرایش)\s*[:：]?"
)
NEWS_CODE_LABEL = r"(?:کد\s*خبر|شناسه\s*خبر|کد\s*مطلب|کد)"
"""The labels of a news-code segment (``کد خبر: 123``), shared with the scraped-page parser."""
CODE_SEGMENT_RE = re.compile(rf"{NEWS_CODE_LABEL}\s*[:：]?\s*\d+")
WEEKDAY_RE = re.compile(
    r"(?<!\S)(?:یک\s*شنبه|دو\s*شنبه|سه\s*شنبه|چهار\s*شنبه|پنج\s*شنبه|شنبه|جمعه)(?!\S)"
)
FILLER_RE = re.compile(r"(?<!\S)(?:ساعت|مورخ|در|روز)(?!\S)")
DIGIT_RE = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]")
LABEL_HINT_RE = re.compile(r"تار[یيى]خ|انتشار|مخابره|منتشر")
"""Every publish label contains one of these (checked on raw text before folding)."""
SEPARATORS = " \t\r\n-–—|/\\،,:：.()[]•·"

GREG_YEAR_HINT_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
