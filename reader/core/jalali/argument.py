"""Jalali dates typed by a user (CLI ``--from 1400-07-01``): strict, with one-line errors."""

from __future__ import annotations

import re
from datetime import date

from reader.core.jalali.calendar import from_jalali, jalali_date_problem
from reader.core.jalali.folding import fold_for_matching as _fold
from reader.core.jalali.parsing import parse_jalali_datetime

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
    problem = jalali_date_problem(jy, jm, jd)
    if problem is not None:
        raise ValueError(f"invalid Jalali date {s!r}: {problem}")
    return from_jalali(jy, jm, jd)
