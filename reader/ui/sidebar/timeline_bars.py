"""The timeline's data: one bar per Jalali month, or per day of one month.

Pure functions over the library's histograms (no Qt): every month between the
first and the last non-empty one gets a bar, so gaps in a corpus show as gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reader.ui.sidebar import jalali_ranges as jr


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: a Jalali month or day, its Gregorian span, and its count."""

    jy: int
    jm: int
    jd: int  # 0 for a month bar
    first: date
    last: date
    count: int


def month_bars(histogram: list[tuple[int, int, int]]) -> list[Bar]:
    """Bars for every month from the first to the last non-empty one (gaps = 0)."""
    counts = {(jy, jm): n for jy, jm, n in histogram if n > 0}
    if not counts:
        return []
    first = min(counts)
    last = max(counts)
    bars: list[Bar] = []
    for index in range(jr.month_index(*first), jr.month_index(*last) + 1):
        jy, jm = divmod(index, 12)
        jm += 1
        start, end = jr.month_span(jy, jm)
        bars.append(Bar(jy, jm, 0, start, end, counts.get((jy, jm), 0)))
    return bars


def day_bars(jy: int, jm: int, histogram: list[tuple[int, int]]) -> list[Bar]:
    """Bars for every day of one Jalali month."""
    counts = dict(histogram)
    bars = []
    for jd in range(1, jr.days_in_month(jy, jm) + 1):
        day = jr.from_jalali(jy, jm, jd)
        bars.append(Bar(jy, jm, jd, day, day, int(counts.get(jd, 0))))
    return bars
