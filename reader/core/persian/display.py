"""Display text: how an article's raw text is shown to a reader.

Pipeline per line (raw text in storage is never modified; this runs on the way out):
1. URLs, e-mail addresses and Latin-letter runs are masked as private-use characters, so
   hazm's spacing rules (which turn ``www.a.com`` into ``www. a. com``) cannot touch them;
2. hazm's ``Normalizer`` (Arabic -> Persian letters, spacing, ``می``/``ها`` joins) with its
   digit and quote rewriting switched off — digits are ours (``digits.py``), «» stay as written;
3. lost ZWNJs are restored (``zwnj/``) unless the raw line already had a ZWNJ, or the
   whole article has them (``written_with_zwnj``): such text was written (and scraped) with
   care, so its joined words are as the writer wanted them and are not re-segmented;
4. digits: Persian digits in Persian context, or all Latin digits if the reader asked so.

hazm's ``Normalizer`` costs about a second and 140 MB to build, so one instance is built
lazily, once, under a lock (the GUI warms it up on a worker thread) and reused; the ZWNJ
table loads the same way.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections.abc import Callable
from typing import Any

from reader.core.persian.digits import (
    PROTECTED_MAX,
    PROTECTED_MIN,
    latin_digits,
    persian_digits,
)

log = logging.getLogger(__name__)

_lock = threading.Lock()
_normalizer: Any = None

ZWNJ = "\u200c"
#: URLs, e-mail addresses and runs containing Latin letters (with their inner punctuation).
_PROTECT_RE = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>«»\"']+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[A-Za-z0-9_%+\-./:#&=?~@'\\]*[A-Za-z][A-Za-z0-9_%+\-./:#&=?~@'\\]*",  # \ paths
    re.ASCII,
)
_TRAILING_PUNCT = ".,;:!?'"


def _get_normalizer() -> Any:
    global _normalizer
    if _normalizer is None:
        with _lock:
            if _normalizer is None:
                from reader.core.persian.hazm_normalizer import build_normalizer

                log.debug("building hazm Normalizer")
                normalizer = build_normalizer()
                # hazm's word lists are ~150k fresh tuples: the first full garbage collection
                # after loading walks them all (~30 ms). Pay that here, on the loading thread,
                # not inside the first paragraph shown (it doubled that paragraph's time).
                gc.collect()
                _normalizer = normalizer
    return _normalizer


def warm_up(table_loaded: Callable[[], None] | None = None) -> None:
    """Load the ZWNJ table (~0.3 s), call ``table_loaded``, then build hazm's normalizer
    (~1.5 s): call from a worker thread. In between, ``quick_display_text`` works."""
    from reader.core.persian.zwnj import get_restorer

    get_restorer()
    if table_loaded is not None:
        table_loaded()
    _get_normalizer()


def quick_display_text(text: str, *, restore_zwnj: bool = True, persian_digits: bool = True) -> str:
    """``display_text`` without hazm, for the first seconds while hazm loads: Arabic
    letters folded, lost ZWNJs restored, digits as set; no spacing fixes. The first page
    a reader sees is then spelled right at once instead of reflowing when hazm arrives.
    Needs the ZWNJ table loaded (``warm_up``) to restore anything."""
    from reader.core.persian.zwnj import is_loaded

    restore = restore_zwnj and is_loaded()
    lines = text.split("\n")
    return "\n".join(_display_line(line, restore, persian_digits, hazm=False) for line in lines)


def is_ready() -> bool:
    """True once everything is loaded, so callers can avoid blocking on it."""
    from reader.core.persian.zwnj import is_loaded

    return _normalizer is not None and is_loaded()


_NUMBER_RE = re.compile("[0-9٠-٩۰-۹]+(?:[.,:/٫٬][0-9٠-٩۰-۹]+)*[%٪]?")
#: Private-use blocks: Latin runs in the first, numbers in the second.
_LATIN_BASE, _NUMBER_BASE = PROTECTED_MIN, PROTECTED_MIN + 0x1000
_NUMBER_MASK_RE = re.compile(f"[{chr(_NUMBER_BASE)}-{chr(PROTECTED_MAX)}]")
_LATIN_MASK_RE = re.compile(f"[{chr(_LATIN_BASE)}-{chr(_NUMBER_BASE - 1)}]")
_ARABIC_SCRIPT_RE = re.compile("[\u0600-\u06ff]")
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
_ANY_MASK_RE = re.compile(f"[{chr(PROTECTED_MIN)}-{chr(PROTECTED_MAX)}]")
_DIGIT_RE = re.compile("[0-9٠-٩۰-۹]")


def _mask(line: str) -> tuple[str, list[str], list[str]]:
    """Hide Latin runs and numbers from hazm (whose tokenizer re-spaces ``40%``, ``3.5``,
    ``www.a.com``) behind private-use characters; returns the masked line and both lists."""
    latin: list[str] = []
    numbers: list[str] = []

    def hide_latin(m: re.Match[str]) -> str:
        run = m.group()
        body = run.rstrip(_TRAILING_PUNCT)
        if not body or len(latin) >= _NUMBER_BASE - _LATIN_BASE:
            return run
        latin.append(body)
        return chr(_LATIN_BASE + len(latin) - 1) + run[len(body) :]

    def hide_number(m: re.Match[str]) -> str:
        if len(numbers) > PROTECTED_MAX - _NUMBER_BASE:
            return m.group()
        numbers.append(m.group())
        return chr(_NUMBER_BASE + len(numbers) - 1)

    if _ANY_MASK_RE.search(line):
        return line, latin, numbers  # the text itself uses private-use characters: no masks
    if _ASCII_LETTER_RE.search(line):
        line = _PROTECT_RE.sub(hide_latin, line)
    if _DIGIT_RE.search(line):
        line = _NUMBER_RE.sub(hide_number, line)
    return line, latin, numbers


#: What hazm's character table does that matters most on screen, for the quick path.
_ARABIC_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def _display_line(line: str, restore_zwnj: bool, persian: bool, hazm: bool = True) -> str:
    if not line.strip() or not _ARABIC_SCRIPT_RE.search(line):
        # Nothing Persian to normalize (a Latin line, a number): only the digit setting.
        return line if persian else latin_digits(line)
    reliable = ZWNJ in line
    # hazm's own character table maps Arabic ي ك ى to Persian ی ک ی.
    masked, latin, numbers = _mask(line)
    # A line that kept its ZWNJs, or the raw view, gets no ZWNJ from hazm's spacing either.
    as_written = reliable or not restore_zwnj
    if hazm:
        text = str(_get_normalizer().normalize(masked, as_written=as_written))
    else:
        text = masked.translate(_ARABIC_LETTERS)
    if restore_zwnj and not reliable:
        from reader.core.persian.zwnj import restore_zwnj as _restore

        text = _restore(text)
    if numbers:
        text = _NUMBER_MASK_RE.sub(lambda m: numbers[ord(m.group()) - _NUMBER_BASE], text)
    text = persian_digits(text) if persian else latin_digits(text)
    if latin:
        text = _LATIN_MASK_RE.sub(lambda m: latin[ord(m.group()) - _LATIN_BASE], text)
    return text


#: An article with at least this many ZWNJs kept them: a scrape that loses them loses all.
CAREFUL_ARTICLE_MIN_ZWNJ = 3


def written_with_zwnj(texts: list[str]) -> bool:
    """True when an article's raw texts (``Article.texts()``) carry ZWNJs: its writer used
    them, so a paragraph without one needs none either and is shown as written."""
    found = 0
    for text in texts:
        found += text.count(ZWNJ)
        if found >= CAREFUL_ARTICLE_MIN_ZWNJ:
            return True
    return False


def display_text(text: str, *, restore_zwnj: bool = True, persian_digits: bool = True) -> str:
    """The display form of raw text: one output line for every input line.

    ``restore_zwnj=False`` (the "raw text" view, and articles that kept their ZWNJs)
    puts in no ZWNJ at all: letters, marks, digits and punctuation spacing only. The same
    holds for a line that has a ZWNJ of its own. ``persian_digits=False`` shows every digit
    as a Latin digit.
    """
    if not text:
        return text
    return "\n".join(_display_line(line, restore_zwnj, persian_digits) for line in text.split("\n"))
