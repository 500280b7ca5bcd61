"""Finding and reading the publish date lines of Persian news pages.

A line is a date line when it carries a publish label (``تاریخ انتشار:``) or is
nothing but a date, time, weekday, Gregorian tail, separators and a news code;
dates mentioned inside sentences are about events, not publishing, so they are
ignored. A Gregorian tail more than a day off the Jalali date makes the date
``None`` (one of the two is corrupt and we cannot tell which).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime

from reader.core.jalali.calendar import is_valid_jalali, make_tehran_datetime
from reader.core.jalali.folding import fold_for_matching as _fold
from reader.core.jalali.patterns import (
    CODE_SEGMENT_RE,
    DIGIT_RE,
    EN_MONTHS,
    FA_GREG_MONTHS,
    FILLER_RE,
    GREG_DMY_RE,
    GREG_MDY_RE,
    GREG_NUM_RE,
    GREG_YEAR_HINT_RE,
    LABEL_HINT_RE,
    MONTH_ALIASES,
    NUM_DMY_RE,
    NUM_YMD_RE,
    PUBLISH_LABEL_RE,
    SEPARATORS,
    TEXT_DATE_RE,
    TIME_RE,
    TIME_WORDS_RE,
    UPDATE_LABEL_RE,
    WEEKDAY_RE,
)

log = logging.getLogger(__name__)


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
    for m in TEXT_DATE_RE.finditer(s):
        key = re.sub(r"\s+", " ", m["m"])
        month = MONTH_ALIASES.get(key) or MONTH_ALIASES.get(key.replace(" ", ""))
        if month:
            found.append((m.start(), m.end(), _year(m["y"]), month, int(m["d"])))
    for m in NUM_YMD_RE.finditer(s):
        ry = m["y"]
        if len(ry) == 2 and (int(ry) <= 31 or m["s"] != "/"):
            continue
        found.append((m.start(), m.end(), _year(ry), int(m["m"]), int(m["d"])))
    for m in NUM_DMY_RE.finditer(s):
        found.append((m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"])))
    found.sort()
    return [c for c in found if 1300 <= c[2] <= 1499 and is_valid_jalali(c[2], c[3], c[4])]


def _time_near(s: str, start: int, end: int) -> tuple[tuple[int, int, int] | None, _Span] | None:
    """The time written after the date on the same line, else the nearest one before it.

    Returns ``(None, span)`` for a time that is written but impossible (``25:00``),
    so the caller can refuse the date instead of silently dropping the time.
    """
    m = TIME_RE.search(s, end) or TIME_WORDS_RE.search(s, end)
    if m is None:
        before = list(TIME_RE.finditer(s, 0, start)) or list(TIME_WORDS_RE.finditer(s, 0, start))
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


def _gregorian_tail(s: str) -> tuple[date, _Span] | None:
    if GREG_YEAR_HINT_RE.search(s) is None:  # every Gregorian tail has a 19xx/20xx year
        return None
    for rx in (GREG_DMY_RE, GREG_MDY_RE, GREG_NUM_RE):
        for m in rx.finditer(s):
            name = m["m"]
            month = (
                int(name)
                if name.isdigit()
                else EN_MONTHS.get(name.lower()) or FA_GREG_MONTHS.get(name)
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
    rest = PUBLISH_LABEL_RE.sub(" ", rest)
    rest = UPDATE_LABEL_RE.sub(" ", rest)
    rest = CODE_SEGMENT_RE.sub(" ", rest)
    rest = WEEKDAY_RE.sub(" ", rest)
    rest = FILLER_RE.sub(" ", rest)
    return rest.strip(SEPARATORS).strip()


def classify_date_line(line: str) -> DateLine | None:
    """Whether ``line`` is a publish-date line of a page, and the instant it gives.

    A line counts when it carries a publish label (``تاریخ انتشار:`` and
    variants) or consists of nothing but a date, time, weekday, Gregorian tail,
    separators and an optional news code (``... | کد مطلب: 359598``). Sentences
    that merely mention a date are not date lines. Lines over 240 characters
    (one-line corpus records) only count through a label followed by a date.
    """
    has_digit = DIGIT_RE.search(line) is not None
    if len(line) > 240:
        # A paragraph, not a metadata line; it only counts if it labels a date.
        if not has_digit or not LABEL_HINT_RE.search(line):
            return None
        folded = _fold(line)
        for labelled in PUBLISH_LABEL_RE.finditer(folded):
            window = folded[labelled.end() : labelled.end() + 100]
            value, _spans, found = _parse_folded(window)
            if found:
                return DateLine(value, labelled=True)
        return None
    hinted = LABEL_HINT_RE.search(line) is not None
    if not has_digit and not hinted:
        return None
    s = _fold(line)
    label = PUBLISH_LABEL_RE.search(s) if hinted else None
    if not has_digit:
        # No digits, no date; a bare label ("تاریخ انتشار:") is still a metadata line.
        return DateLine(None, labelled=True) if label else None
    update = UPDATE_LABEL_RE.search(s) if ("روز" in s or "ویرایش" in s) else None
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
