"""Letter classes for ZWNJ work, shared by the restorer, its table builder and its evaluation.

Why a module of its own: "is this ZWNJ visible?" must be answered the same way when the
table is built, when text is restored and when the result is scored, or the figures lie.
A ZWNJ only shows after a letter that joins to the left; after ا آ د ذ ر ز ژ و (and at a
word edge) it changes nothing on screen, so such ZWNJs are treated as optional everywhere.
"""

from __future__ import annotations

import re

ZWNJ = "\u200c"

#: Letters that never join to the following letter: a ZWNJ after them is invisible.
NON_JOINING = frozenset("اآأإدذرزژوؤۀة")

#: Persian/Arabic letters that make up words (hazm maps Arabic ي ك to ی ک before we run).
LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقلمنهوىيپچژکگیۀك"

#: A word as the restorer sees it: letters, possibly already joined by ZWNJs.
WORD_RE = re.compile(f"[{LETTERS}](?:[{LETTERS}]|{ZWNJ}(?=[{LETTERS}]))*")

#: Marks written over or under a letter (harakat, tanvin, shadda, the ezafe hamza ٔ,
#: superscript alef): part of the word, not a letter the table knows.
MARKS = "\u064b-\u065f\u0670"
MARKS_RE = re.compile(f"[{MARKS}]")

#: A word as written, marks included (کتابِ, دربارهٔ, محمّد): what the restorer replaces.
MARKED_WORD_RE = re.compile(f"[{LETTERS}](?:[{LETTERS}]|[{MARKS}]|{ZWNJ}(?=[{LETTERS}]))*")

#: One-to-one letter folding for look-ups (رأی and رای, وسیلۀ and وسیله share evidence);
#: ZWNJs found for the folded word are put back into the word as written.
LOOKUP_FOLD = str.maketrans("أإٱؤئةۀيىك", "اااویههییک")

_INVISIBLE_RE = re.compile(f"(?<=[{''.join(sorted(NON_JOINING))}]){ZWNJ}")


def strip_zwnj(text: str) -> str:
    """The text with every ZWNJ removed (what a careless scraper leaves)."""
    return text.replace(ZWNJ, "")


def transfer_zwnj(word: str, restored: str) -> str:
    """Put the ZWNJs of ``restored`` (a folded, mark-free spelling of ``word``) into
    ``word``; a mark stays on its letter, before any ZWNJ that follows the letter."""
    out: list[str] = []
    i = 0
    for ch in restored:
        if ch == ZWNJ:
            out.append(ZWNJ)
        else:
            out.append(word[i])
            i += 1
            while i < len(word) and MARKS_RE.match(word, i):
                out.append(word[i])
                i += 1
    return "".join(out)


def visible(word: str) -> str:
    """The word with invisible ZWNJs (after non-joining letters, at the edges) removed."""
    return _INVISIBLE_RE.sub("", word).strip(ZWNJ)


def visible_positions(word: str) -> frozenset[int]:
    """Offsets (in the ZWNJ-free word) where a visible ZWNJ sits."""
    positions: set[int] = set()
    offset = 0
    for i, ch in enumerate(word):
        if ch == ZWNJ:
            prev = word[i - 1] if i else ""
            if prev and prev not in NON_JOINING and prev != ZWNJ and i + 1 < len(word):
                positions.add(offset)
        else:
            offset += 1
    return frozenset(positions)
