"""Where a very long token may break across lines in the reading pane.

Why a module of its own: the pane breaks lines between words only (a break inside a
Persian word cuts its joined letters apart), so one 300-character address would widen
the whole page. Such tokens get invisible break points (ZWSP), chosen so that no joined
letters and no letter and its marks are ever parted; this is that choice.
"""

from __future__ import annotations

import re
import unicodedata

ZWSP = "\u200b"
LONG_TOKEN = 30  # characters: a longer token gets break points (an address, a URL)
CHUNK = 12  # characters: at most this far apart in such a token
_TOKEN = re.compile(r"\S+")
# Break after an address's punctuation, or after a ZWNJ (letters never join across it).
_BREAK_AFTER = frozenset("/?&=.-_~#,;:+@\u200c")
# A Persian word, with its ZWNJs: one of normal length is never broken.
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]+")
# Letters that never join the letter after them: a break after one cuts no join.
_NON_JOINING_LEFT = frozenset("اآأإٱدذرزژوؤۀةء\u200c")


def break_points(text: str) -> set[int]:
    """Indices of a very long token where a line may break (a ZWSP goes before them).

    Lines break between words only (a break inside a Persian word cuts its joined
    letters apart), so one 300-character address would widen the whole page. In
    tokens over ``LONG_TOKEN`` characters a line may also break after an address's
    punctuation or a ZWNJ, and every ``CHUNK`` characters where no letters join;
    never inside a Persian word of normal length.
    """
    points: set[int] = set()
    for m in _TOKEN.finditer(text):
        if m.end() - m.start() <= LONG_TOKEN:
            continue
        whole = _whole_words(text, m.start(), m.end())
        since = 0
        for i in range(m.start() + 1, m.end()):
            since += 1
            before, ch = text[i - 1], text[i]
            soft = before in _BREAK_AFTER and ch not in _BREAK_AFTER
            if (soft or since >= CHUNK) and i not in whole and _may_split(before, ch):
                points.add(i)
                since = 0
    return points


def _whole_words(text: str, start: int, end: int) -> set[int]:
    """Indices inside the Persian words of normal length in ``text[start:end]``."""
    inside: set[int] = set()
    for word in _ARABIC_WORD.finditer(text, start, end):
        if word.end() - word.start() <= LONG_TOKEN:
            inside.update(range(word.start() + 1, word.end()))
    return inside


def _may_split(before: str, ch: str) -> bool:
    """True unless a break here would cut joined letters or a letter from its marks."""
    if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "\u200d\u200c" or before == "\u200d":
        return False
    if before in _NON_JOINING_LEFT or unicodedata.bidirectional(before) != "AL":
        return True
    return unicodedata.bidirectional(ch) != "AL"
