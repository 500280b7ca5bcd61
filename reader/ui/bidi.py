"""Bidirectional-text helpers for Qt text rendering.

QTextDocument ignores ``dir="ltr"`` and ``<bdi>``, so inside a right-to-left
paragraph "(برابر با 12 October 2021)" shows as "October 2021 12". Wrapping
each run of Latin letters and digits in Unicode isolates (LRI … PDI) keeps the
run intact; a title that starts with Latin or digits is wrapped in an RLI … PDI
preceded by an RLM so the cell still reads right to left.
"""

from __future__ import annotations

import re
import unicodedata

LRI = "\u2066"
RLI = "\u2067"
FSI = "\u2068"
PDI = "\u2069"
RLM = "\u200f"
NBSP = "\u00a0"
SHORT_RUN = 24

# A web or e-mail address is one left-to-right unit whatever punctuation it holds:
# "?utm_source=x&y=1" would otherwise end the run at "?" and its pieces would be laid
# out right to left. Adapted from the (private) ``_PROTECT_RE`` of
# ``reader.core.persian.display``; an address never ends in sentence punctuation.
_URL = r"(?:https?://|ftp://|www\.)[^\s<>«»\"'،؛؟]*[^\s<>«»\"'،؛؟.,;:!?()\[\]]"
# The local part is bounded (64 characters, as in RFC 5321): unbounded, the pattern was
# retried at every letter of a long token and a 40,000-character one froze the window.
_EMAIL = r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_WEB_LINK = re.compile(r"(?i)https?://[^\s<>«»\"'،؛؟]*[^\s<>«»\"'،؛؟.,;:!?()\[\]]")
# A left-to-right run: starts and ends with a Latin letter, a digit (ASCII or Persian)
# or an address; spaces and inner punctuation may join words, but brackets never do, so
# "(12 October 2021)" keeps its parentheses outside. Runs of Persian digits alone
# already display correctly and are left as they are.
_W = "A-Za-z0-9\u00c0-\u024f\u06f0-\u06f9\u0660-\u0669"
_INNER = r"\s.,:;/%&@#+\-_'’"
# A currency sign before a number belongs to it ("$1,299.99", not "1,299.99$").
_ATOM = rf"(?:{_URL}|{_EMAIL}|[$€£¥](?=[0-9])|[{_W}])"
_LTR_RUN = re.compile(rf"{_ATOM}(?:[{_INNER}]*(?:{_ATOM}|%))*")
_LATIN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]")
# Persian or Arabic-Indic digits at either end of a run: they belong to the Persian text
# around it ("ذو القعدة ۱۴۳۸ Wednesday, August 16, 2017": ۱۴۳۸ stays with its month).
_NATIVE = "\u06f0-\u06f9\u0660-\u0669"
_NATIVE_HEAD = re.compile(rf"^[{_NATIVE}][{_NATIVE}\s.,:;/%&@#+\-_'’]*(?=[A-Za-z0-9\u00c0-\u024f])")
_NATIVE_TAIL = re.compile(rf"(?<=[A-Za-z0-9\u00c0-\u024f%])[\s.,:;/%&@#+\-_'’]*[{_NATIVE}]+$")


def first_strong_is_rtl(text: str) -> bool | None:
    """Direction of the first strong character: True (RTL), False (LTR), None if none."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
        if bidi in ("EN", "AN"):
            return False  # a leading number would otherwise flip the line
    return None


def has_rtl(text: str) -> bool:
    """True when the text has any right-to-left letter (a Persian name, even "۵۵ آنلاین")."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def rtl_title(text: str) -> str:
    """A title that reads right to left even when it starts with Latin text or digits.

    A title without any right-to-left letter (an English headline) is left as it is: it
    reads left to right, and its ellipsis belongs on the right, at its end.
    """
    if first_strong_is_rtl(text) is False and has_rtl(text):
        return f"{RLM}{RLI}{text}{PDI}"
    return text


def rtl_line(text: str) -> str:
    """Persian text that reads right to left even inside a left-to-right widget."""
    return f"{RLM}{RLI}{text}{PDI}" if text else text


def ltr_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every Latin/number run that needs an isolate to keep its order.

    Persian or Arabic-Indic digits at either end stay outside (they belong to the
    Persian text around the run), and a run of such digits alone needs no isolate.
    """
    if _LATIN.search(text) is None:
        return []
    runs: list[tuple[int, int]] = []
    for m in _LTR_RUN.finditer(text):
        run = m.group(0)
        if not _LATIN.search(run):
            continue
        head = _NATIVE_HEAD.match(run)
        tail = _NATIVE_TAIL.search(run)
        before = len(head.group(0)) if head else 0
        after = len(tail.group(0)) if tail else 0
        runs.append((m.start() + before, m.end() - after))
    return runs


def web_links(text: str) -> list[tuple[int, int]]:
    """(start, end) of every http(s) address in ``text``: the ones worth a link."""
    return [m.span() for m in _WEB_LINK.finditer(text)]


def keeps_together(run: str) -> bool:
    """A short run (a date, a name) is never split across lines."""
    return len(run) <= SHORT_RUN


def isolate_ltr_runs(text: str) -> str:
    """Wrap every Latin/number run in LRI … PDI so it keeps its order in RTL text."""
    out: list[str] = []
    last = 0
    for start, end in ltr_runs(text):
        run = text[start:end]
        if keeps_together(run):
            run = run.replace(" ", NBSP)
        out.append(f"{text[last:start]}{LRI}{run}{PDI}")
        last = end
    out.append(text[last:])
    return "".join(out)
