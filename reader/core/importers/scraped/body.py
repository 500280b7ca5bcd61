"""Body repair of a scraped page: cut at the end marker, drop a glued title copy.

Everything from ``انتهای پیام`` (and variants) on is page furniture. A scrape
glitch glues the title (or lead) onto the first body paragraph; it is found by
comparing with a folding that ignores spaces and ZWNJ, and removed.
"""

from __future__ import annotations

import re

from reader.core.importers.scraped.header import SENTENCE_END, starts_attribution
from reader.core.jalali import fold_for_matching

# Patterns run on fold_for_matching(line): ASCII digits, ی/ک, ZWNJ as space.
_END_RE = re.compile(r"(?:انتهای\s*پیام|انتهای\s*خبر|پایان\s*خبر)\s*(?:[/\-]\s*\d*\s*)?[.]?\s*$")
_END_WORDS = ("انتها", "پایان", "پايان")
_MARKER_TAIL = 40
"""Characters from an end word to the end of its line at most (``انتهای پیام/ 241``).
Checked before the line is folded: a page saved as one line has the word hundreds
of times, and folding the whole line for each made a 5 MB page take 40 s."""

# What fold_for_matching turns into spaces or deletes (ZWNJ, ZWJ, bidi marks, tatweel):
# ignored, like spaces, when comparing the title with the start of the body.
_INVISIBLE = frozenset(
    "\u200c\u200d\u200e\u200f\u0640\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_SPACES_RE = re.compile(r"\s+")
HAS_WORD_RE = re.compile(r"\w")


def _squash(s: str) -> str:
    """``s`` folded for comparison: letter/digit variants folded, spaces and ZWNJ dropped."""
    return _SPACES_RE.sub("", fold_for_matching(s))


def strip_glued(paragraph: str, prefix: str) -> str | None:
    """The paragraph without a glued copy of ``prefix`` at its start, or None if no copy."""
    if not prefix:
        return None
    # Cheap check on the first letters before comparing the whole prefix.
    if not _squash(paragraph[:40]).startswith(_squash(prefix[:20])[:8]):
        return None
    cp = _squash(prefix)
    # Only the start of the paragraph can hold the copy; the scrape may add spaces.
    if not cp or not _squash(paragraph[: 2 * len(prefix) + 16]).startswith(cp):
        return None
    # Walk the raw paragraph to the character after the copy (skipping what _squash drops).
    seen = 0
    spaced = False  # whitespace between the copy and the rest?
    for i, ch in enumerate(paragraph):
        if ch.isspace() or ch in _INVISIBLE:
            spaced = spaced or seen == len(cp)
            continue
        if seen == len(cp):
            rest = paragraph[i:].strip()
            # A paragraph may simply begin with the title's words ("سردار باقری گفت"):
            # only a glued copy or one followed by the attribution is the glitch.
            if not spaced or starts_attribution(rest):
                return rest
            return None
        seen += 1
    return ""


def cut_at_end_marker(text: str) -> str:
    """``text`` up to the end-marker line (kept: a paragraph the marker was glued to)."""
    candidates = sorted(
        pos for word in _END_WORDS for pos in _find_all(text, word)
    )  # str.find is much faster than a regex scan of the whole page
    for pos in candidates:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if len(text[pos:end].rstrip()) > _MARKER_TAIL:
            continue  # text after the word on its line: not the end marker
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:end].strip()
        folded = fold_for_matching(line)
        m = _END_RE.search(folded)
        if m is None:
            continue
        before = line[: m.start()].strip() if len(folded) == len(line) else ""
        if not before:
            return text[:start]
        if before.endswith(SENTENCE_END):  # marker glued to the last paragraph
            return text[:start] + before
    return text


def _find_all(text: str, word: str) -> list[int]:
    found: list[int] = []
    pos = text.find(word)
    while pos >= 0:
        found.append(pos)
        pos = text.find(word, pos + 1)
    return found
