"""Line shapes of a scraped page and its header (overline / title / lead).

There is no markup left in a scraped page, so the header is decided by shape:
the one to three text lines before the first metadata line, or, without
metadata near the top, the first lines read by shape alone.
"""

from __future__ import annotations

import re

SENTENCE_END = tuple(".!?؟…")
_CLAUSE_END = (*SENTENCE_END, ":", "؛", "،", ",", ";")


def is_sentence(line: str) -> bool:
    """A lead or body paragraph rather than a title: ends like a sentence or is long."""
    return line.rstrip("»\"')").endswith(SENTENCE_END) or len(line) > 160


def is_short(line: str) -> bool:
    """A line short enough, and unpunctuated enough, to be an overline or title."""
    return len(line) <= 120 and len(line.split()) <= 20 and not is_sentence(line)


def starts_attribution(line: str) -> bool:
    """Starts with ``به گزارش`` / ``به نقل از``: the body's first sentence, never a lead."""
    return bool(re.match(r"^\s*(?:به[\s\u200c]*گزارش|به[\s\u200c]*نقل[\s\u200c]*از)\s", line))


def split_header(block: list[str]) -> tuple[str, str, str, int]:
    """(overline, title, lead, lines used) of a header block of 1..3 lines."""
    if len(block) == 1:
        return "", block[0], "", 1
    if len(block) == 2:
        first, second = block
        if first.endswith((":", "：")):
            return first, second, "", 2
        if is_sentence(second) or len(second) > 120:
            return "", first, second, 2
        return first, second, "", 2
    return block[0], block[1], block[2], 3


def header_by_shape(lines: list[str]) -> tuple[str, str, str, int]:
    """Header read from the first text lines alone (no metadata line near the top)."""
    overline, i = "", 0
    if len(lines) >= 2 and is_short(lines[0]) and is_short(lines[1]):
        overline, i = lines[0], 1
    title = lines[i]
    i += 1
    lead = ""
    if (
        i < len(lines) - 1
        and not starts_attribution(lines[i])
        and not looks_heading(lines[i], True)
    ):
        lead = lines[i]
        i += 1
    return overline, title, lead, i


def looks_heading(text: str, followed: bool) -> bool:
    """A sub-heading: a short line without final punctuation, with text after it."""
    return (
        followed
        and len(text) <= 100
        and 2 <= len(text.split()) <= 14
        and not text.rstrip("»\"')").endswith(_CLAUSE_END)
        and not starts_attribution(text)
    )
