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
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import jdatetime

log = logging.getLogger(__name__)

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

# ---------------------------------------------------------------------------
# Folding: digits to ASCII, Arabic letter variants to Persian, invisible marks to
# spaces. Matching happens on folded text only; values are never stored folded.

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_DIGIT_TABLE = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN_TABLE = str.maketrans("0123456789" + _ARABIC_DIGITS, _PERSIAN_DIGITS * 2)
_FOLD_TABLE = str.maketrans(
    {
        **{c: str(i) for i, c in enumerate(_PERSIAN_DIGITS)},
        **{c: str(i) for i, c in enumerate(_ARABIC_DIGITS)},
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "\u0640": None,  # tatweel
        "\u200c": " ",  # ZWNJ
        "\u200d": None,  # ZWJ
        "\u200e": " ",
        "\u200f": " ",
        "\u202a": " ",
        "\u202b": " ",
        "\u202c": " ",
        "\u202d": " ",
        "\u202e": " ",
        "\u2066": " ",
        "\u2067": " ",
        "\u2068": " ",
        "\u2069": " ",
        "\u00a0": " ",
        "\u066b": ".",  # Arabic decimal separator, sometimes used in dates
        "\u066c": ",",
    }
)


class _Replacer:
    """``str.translate`` for sparse replacements.

    ``str.translate`` with a dict costs ~0.3 µs per character on Persian text; most
    lines need few or no replacements, so they are found with a regex instead.
    """

    def __init__(self, table: dict[int, int | str | None]) -> None:
        self.map = {chr(k): (chr(v) if isinstance(v, int) else (v or "")) for k, v in table.items()}
        self.rx = re.compile("[" + "".join(re.escape(c) for c in self.map) + "]")

    def __call__(self, s: str) -> str:
        if self.rx.search(s) is None:
            return s
        get = self.map.__getitem__
        return self.rx.sub(lambda m: get(m.group()), s)


_fold_digits = _Replacer(_DIGIT_TABLE)
_to_persian = _Replacer(_TO_PERSIAN_TABLE)
_fold_matching = _Replacer(_FOLD_TABLE)


def fold_digits(s: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits -> ASCII; everything else unchanged."""
    return _fold_digits(s)


def to_persian_digits(s: str) -> str:
    """ASCII and Arabic-Indic digits -> Persian digits (۰-۹)."""
    return _to_persian(s)


def fold_for_matching(s: str) -> str:
    """Digits to ASCII, ``ي ى ئ``->``ی``, ``ك``->``ک``, ZWNJ/bidi marks/NBSP to spaces.

    For pattern matching only (labels, month names); never store the result.
    """
    return _fold_matching(s)


_fold = fold_for_matching


# ---------------------------------------------------------------------------
# Patterns (applied to folded text).

_LETTER = r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ffA-Za-z]"

_MONTH_ALIASES: dict[str, int] = {
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
_MONTH_ALT = "|".join(
    re.escape(k).replace(r"\ ", r"\s*") for k in sorted(_MONTH_ALIASES, key=len, reverse=True)
)

_TEXT_DATE_RE = re.compile(
    rf"(?<![\d/.:])(?P<d>\d{{1,2}})(?:\s*ام)?\s*(?P<m>{_MONTH_ALT})(?:\s*ماه)?(?!{_LETTER})"
    r"[\s,،\-]*(?:سال\s*)?(?P<y>\d{4}|\d{2})(?![\d/:])"
)
_NUM_YMD_RE = re.compile(
    r"(?<![\d/.:\-])(?P<y>\d{4}|\d{2})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
    r"(?!\d|[/.\-]\d)"
)
_NUM_DMY_RE = re.compile(
    r"(?<![\d/.:\-])(?P<d>\d{1,2})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d|[/.\-]\d)"
)
_TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?![\d:])"
    r"(?:\s*(?P<ampm>ب\s*\.?\s*ظ|ق\s*\.?\s*ظ|بعد\s*از\s*ظهر|قبل\s*از\s*ظهر|[AaPp]\.?\s?[Mm]\.?)"
    rf"(?!{_LETTER}))?"
)

_TIME_WORDS_RE = re.compile(
    r"ساعت\s*(?P<h>\d{1,2})\s*و\s*(?P<mi>\d{1,2})\s*دقیقه(?:\s*و\s*(?P<s>\d{1,2})\s*ثانیه)?"
)
"""``ساعت ۲۰ و ۵۳ دقیقه`` — the spelled-out form some sites use."""

_EN_MONTHS = {
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
_FA_GREG_MONTHS = {
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
_GREG_MONTH_ALT = "|".join(
    re.escape(k) for k in sorted({**_EN_MONTHS, **_FA_GREG_MONTHS}, key=len, reverse=True)
)
_GREG_DMY_RE = re.compile(
    rf"(?<![\d/.:])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<m>{_GREG_MONTH_ALT})\.?(?!{_LETTER})"
    r"[\s,،]*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_GREG_MDY_RE = re.compile(
    rf"(?<!{_LETTER})(?P<m>{_GREG_MONTH_ALT})\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s,،]+"
    r"(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_GREG_NUM_RE = re.compile(
    r"(?<![\d/.:\-])(?P<y>(?:19|20)\d{2})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"
)

_PUBLISH_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s|\-–—/]))(?:تاریخ\s*و\s*(?:زمان|ساعت)\s*(?:انتشار|مخابره)|تاریخ\s*انتشار"
    r"|تاریخ\s*مخابره|تاریخ\s*ارسال|تاریخ\s*خبر|تاریخ\s*درج|زمان\s*انتشار|زمان\s*مخابره"
    r"|انتشار|تاریخ)\s*[:：]"
    r"|^\s*(?:تاریخ\s*انتشار|تاریخ\s*مخابره|زمان\s*انتشار|منتشر\s*شده\s*در)(?=\s)"
)
_UPDATE_LABEL_RE = re.compile(
    r"(?:تاریخ\s*)?(?:آخرین\s*)?(?:به\s*روز\s*رسانی|بروز\s*رسانی|به\s*روز\s*شده|ویرایش)\s*[:：]?"
)
_CODE_SEGMENT_RE = re.compile(r"(?:کد\s*خبر|شناسه\s*خبر|کد\s*مطلب|کد)\s*[:：]?\s*\d+")
_WEEKDAY_RE = re.compile(
    r"(?<!\S)(?:یک\s*شنبه|دو\s*شنبه|سه\s*شنبه|چهار\s*شنبه|پنج\s*شنبه|شنبه|جمعه)(?!\S)"
)
_FILLER_RE = re.compile(r"(?<!\S)(?:ساعت|مورخ|در|روز)(?!\S)")
_DIGIT_RE = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]")
_LABEL_HINT_RE = re.compile(r"تار[یيى]خ|انتشار|مخابره|منتشر")
"""Every publish label contains one of these (checked on raw text before folding)."""
_SEPARATORS = " \t\r\n-–—|/\\،,:：.()[]•·"


# ---------------------------------------------------------------------------
# Calendar helpers.


# jdatetime does the calendar arithmetic; constructing its objects costs ~30 µs, and
# a corpus repeats the same few thousand days, so conversions are memoised.


@functools.lru_cache(maxsize=4096)
def _is_leap(jy: int) -> bool:
    return bool(jdatetime.date(jy, 1, 1).isleap())


@functools.lru_cache(maxsize=65536)
def _to_gregorian(jy: int, jm: int, jd: int) -> date:
    return jdatetime.date(jy, jm, jd).togregorian()


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


def _valid_jalali(jy: int, jm: int, jd: int) -> bool:
    return 1 <= jm <= 12 and 1 <= jd <= days_in_month(jy, jm)


def from_jalali(jy: int, jm: int, jd: int) -> date:
    """The Gregorian date of Jalali ``jy/jm/jd``; ``ValueError`` when it does not exist."""
    if not 1 <= jy <= 3000:
        raise ValueError(f"Jalali year out of range: {jy}")
    if not 1 <= jm <= 12:
        raise ValueError(f"Jalali month must be 1..12, not {jm}")
    n = days_in_month(jy, jm)
    if not 1 <= jd <= n:
        raise ValueError(f"day {jd} does not exist in {month_name(jm)} {jy} (1..{n})")
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
    if not (1300 <= jy <= 1499 and _valid_jalali(jy, jm, jd)):
        return None
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        return None
    g = _to_gregorian(jy, jm, jd)
    aware = datetime.combine(g, time(hour, minute, second), tzinfo=TEHRAN)
    # Round-trip through UTC so a wall time in the spring-forward gap is normalised.
    return aware.astimezone(UTC).astimezone(TEHRAN)


# ---------------------------------------------------------------------------
# Finding dates in text.


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        return 1300 + y if y >= 50 else 1400 + y
    return y


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateLine:
    """What one line of a page says about the publish date.

    ``published`` is ``None`` when the line is clearly a date line (it carries a
    publish label) but the date cannot be read or contradicts its Gregorian tail.
    ``labelled`` tells a ``تاریخ انتشار:`` line from a bare date line.
    """

    published: datetime | None
    labelled: bool
    update: bool = False


def _jalali_candidates(s: str) -> list[tuple[int, int, int, int, int]]:
    """(start, end, y, m, d) of every plausible Jalali date in folded text, by position."""
    found: list[tuple[int, int, int, int, int]] = []
    for m in _TEXT_DATE_RE.finditer(s):
        key = re.sub(r"\s+", " ", m["m"])
        month = _MONTH_ALIASES.get(key) or _MONTH_ALIASES.get(key.replace(" ", ""))
        if month:
            found.append((m.start(), m.end(), _year(m["y"]), month, int(m["d"])))
    for m in _NUM_YMD_RE.finditer(s):
        ry = m["y"]
        if len(ry) == 2 and (int(ry) <= 31 or m["s"] != "/"):
            continue
        found.append((m.start(), m.end(), _year(ry), int(m["m"]), int(m["d"])))
    for m in _NUM_DMY_RE.finditer(s):
        found.append((m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"])))
    found.sort()
    return [c for c in found if 1300 <= c[2] <= 1499 and _valid_jalali(c[2], c[3], c[4])]


def _time_near(s: str, start: int, end: int) -> tuple[tuple[int, int, int] | None, _Span] | None:
    """The time written after the date on the same line, else the nearest one before it.

    Returns ``(None, span)`` for a time that is written but impossible (``25:00``),
    so the caller can refuse the date instead of silently dropping the time.
    """
    m = _TIME_RE.search(s, end) or _TIME_WORDS_RE.search(s, end)
    if m is None:
        before = list(_TIME_RE.finditer(s, 0, start)) or list(_TIME_WORDS_RE.finditer(s, 0, start))
        if not before:
            return None
        m = before[-1]
    span = _Span(m.start(), m.end())
    h, mi, sec = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    ampm = (m.groupdict().get("ampm") or "").replace(" ", "").replace(".", "").lower()
    if ampm:
        if not 1 <= h <= 12:
            return None, span
        pm = ampm in ("بظ", "بعدازظهر", "pm")
        h = (h % 12) + (12 if pm else 0)
    if h < 24 and mi < 60 and sec < 60:
        return (h, mi, sec), span
    return None, span


_GREG_YEAR_HINT_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _gregorian_tail(s: str) -> tuple[date, _Span] | None:
    if _GREG_YEAR_HINT_RE.search(s) is None:  # every Gregorian tail has a 19xx/20xx year
        return None
    for rx in (_GREG_DMY_RE, _GREG_MDY_RE, _GREG_NUM_RE):
        for m in rx.finditer(s):
            name = m["m"]
            month = (
                int(name)
                if name.isdigit()
                else _EN_MONTHS.get(name.lower()) or _FA_GREG_MONTHS.get(name)
            )
            try:
                return date(int(m["y"]), month or 0, int(m["d"])), _Span(m.start(), m.end())
            except ValueError:
                continue
    return None


def _parse_folded(s: str) -> tuple[datetime | None, list[_Span], bool]:
    """Parse one folded line: (value, spans consumed, found_any_date)."""
    cands = _jalali_candidates(s)
    if not cands:
        return None, [], False
    start, end, jy, jm, jd = cands[0]
    spans = [_Span(start, end)]
    hms: tuple[int, int, int] | None = (0, 0, 0)
    t = _time_near(s, start, end)
    if t is not None:
        hms, span = t
        spans.append(span)
    value = make_tehran_datetime(jy, jm, jd, *hms) if hms is not None else None
    tail = _gregorian_tail(s)
    if tail is not None and value is not None:
        g, span = tail
        spans.append(span)
        diff = abs((value.date() - g).days)
        if diff > 1:
            log.debug("Jalali date %s contradicts Gregorian tail %s in %r", value, g, s)
            value = None
    return value, spans, True


def _residue(s: str, spans: list[_Span]) -> str:
    chars = list(s)
    for sp in spans:
        chars[sp.start : sp.end] = " " * (sp.end - sp.start)
    rest = "".join(chars)
    rest = _PUBLISH_LABEL_RE.sub(" ", rest)
    rest = _UPDATE_LABEL_RE.sub(" ", rest)
    rest = _CODE_SEGMENT_RE.sub(" ", rest)
    rest = _WEEKDAY_RE.sub(" ", rest)
    rest = _FILLER_RE.sub(" ", rest)
    return rest.strip(_SEPARATORS).strip()


def classify_date_line(line: str) -> DateLine | None:
    """Whether ``line`` is a publish-date line of a page, and the instant it gives.

    A line counts when it carries a publish label (``تاریخ انتشار:`` and
    variants) or consists of nothing but a date, time, weekday, Gregorian tail,
    separators and an optional news code (``... | کد مطلب: 359598``). Sentences
    that merely mention a date are not date lines. Lines over 240 characters
    (one-line corpus records) only count through a label followed by a date.
    """
    has_digit = _DIGIT_RE.search(line) is not None
    if len(line) > 240:
        # A paragraph, not a metadata line; it only counts if it labels a date.
        if not has_digit or not _LABEL_HINT_RE.search(line):
            return None
        folded = _fold(line)
        for label in _PUBLISH_LABEL_RE.finditer(folded):
            window = folded[label.end() : label.end() + 100]
            value, _spans, found = _parse_folded(window)
            if found:
                return DateLine(value, labelled=True)
        return None
    hinted = _LABEL_HINT_RE.search(line) is not None
    if not has_digit and not hinted:
        return None
    s = _fold(line)
    label = _PUBLISH_LABEL_RE.search(s) if hinted else None
    if not has_digit:
        # No digits, no date; a bare label ("تاریخ انتشار:") is still a metadata line.
        return DateLine(None, labelled=True) if label else None
    update = _UPDATE_LABEL_RE.search(s) if ("روز" in s or "ویرایش" in s) else None
    if update and not label:
        value, spans, found = _parse_folded(s[update.end() :])
        if found and not _residue(s[update.end() :], spans):
            return DateLine(None, labelled=True, update=True)
        return None
    if label:
        value, spans, found = _parse_folded(s[label.end() :])
        return DateLine(value, labelled=True)
    value, spans, found = _parse_folded(s)
    if not found or _residue(s, spans):
        return None
    return DateLine(value, labelled=False)


def parse_jalali_datetime(text: str) -> datetime | None:
    """The first Jalali date (+ time) written in ``text`` (one line or a snippet), or None.

    Unlike ``find_publish_datetime`` this does not care whether the line is a
    date line; use it on a value already known to be a date.
    """
    for line in text.splitlines() or [text]:
        value, _spans, found = _parse_folded(_fold(line))
        if found:
            return value
    return None


def find_publish_datetime(text: str) -> datetime | None:
    """The publish instant of a page (or of a date line), aware in Asia/Tehran, or None.

    Labelled lines (``تاریخ انتشار:``, ``تاریخ مخابره :``, ...) win; otherwise the
    first line that is only a date (see ``classify_date_line``). Dates mentioned
    inside sentences are ignored: they are usually about events, not publishing.
    """
    bare: datetime | None = None
    for line in text.splitlines():
        info = classify_date_line(line)
        if info is None or info.update or info.published is None:
            continue
        if info.labelled:
            return info.published
        if bare is None:
            bare = info.published
    return bare


# ---------------------------------------------------------------------------
# Arguments and formatting.

_ARG_RE = re.compile(r"^\s*(\d+)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")


def parse_jalali_date_arg(s: str) -> date:
    """A command-line Jalali date (``1400-07-01``, ``1400/7/1``, ``۱۴۰۰/۷/۱``) as a Gregorian date.

    Raises ``ValueError`` with a message fit for one line on stderr.
    """
    folded = _fold(s or "")
    m = _ARG_RE.match(folded)
    if not m:
        value = parse_jalali_datetime(folded)  # also accept "1 مهر 1400"
        if value is not None:
            return value.date()
        raise ValueError(
            f"not a Jalali date: {s!r} (expected YEAR-MONTH-DAY, e.g. 1400-07-01 or 1400/7/1)"
        )
    jy, jm, jd = (int(g) for g in m.groups())
    if len(m[1]) != 4:
        raise ValueError(f"not a Jalali date: {s!r} (the year needs four digits, e.g. 1400-07-01)")
    if jy >= 1700:
        raise ValueError(
            f"year {jy} in {s!r} looks Gregorian; give a Jalali date such as 1400-07-01"
        )
    if jy < 1200:
        raise ValueError(f"Jalali year out of range in {s!r}: {jy}")
    if not 1 <= jm <= 12:
        raise ValueError(f"invalid Jalali date {s!r}: month must be 1..12")
    n = days_in_month(jy, jm)
    if not 1 <= jd <= n:
        raise ValueError(f"invalid Jalali date {s!r}: {month_name(jm)} {jy} has days 1..{n}")
    return from_jalali(jy, jm, jd)


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


def jalali_key(dt: date) -> int:
    """``14000720`` for 20 Mehr 1400: sortable, handy for month/day buckets."""
    jy, jm, jd = to_jalali(dt)
    return jy * 10000 + jm * 100 + jd
