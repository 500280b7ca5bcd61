"""The search key: one folding of Persian text shared by the index and queries.

Persian text reaches us in many spellings of the same word: Arabic yeh/kaf,
Persian or Arabic-Indic digits, with or without zero-width non-joiners, with
diacritics, or with the verbal prefix ``می`` and plural/comparative suffixes
written detached. Indexing and querying through the same key makes all of those
meet. It runs on every article at import time, so it is only C-speed string
replacement plus a few precompiled regexes (no hazm).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_DELETE = [
    0x0640,  # tatweel
    *range(0x064B, 0x0660),  # harakat
    0x0670,  # superscript alef
    *(0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD),  # zero-width chars, BOM, soft hyphen
    *(0x061C, 0x200E, 0x200F),  # bidi marks
    *range(0x202A, 0x202F),  # bidi embeddings / overrides
    *range(0x2066, 0x206A),  # bidi isolates
]

_MAP: dict[int, str | None] = {cp: None for cp in _DELETE}
_MAP.update(
    {
        ord("ي"): "ی",
        ord("ى"): "ی",
        ord("ك"): "ک",
        ord("ة"): "ه",
        ord("ۀ"): "ه",
        ord("أ"): "ا",
        ord("إ"): "ا",
        ord("ٱ"): "ا",
        ord("ؤ"): "و",
        0x00A0: " ",  # no-break space (NFKC would map it, but NFKC is slow)
        0x202F: " ",  # narrow no-break space
        0x2009: " ",  # thin space
    }
)
for _i in range(10):
    _MAP[0x06F0 + _i] = str(_i)  # Persian digits
    _MAP[0x0660 + _i] = str(_i)  # Arabic-Indic digits

_REPLACEMENTS: tuple[tuple[str, str], ...] = tuple((chr(cp), rep or "") for cp, rep in _MAP.items())
# ``str.translate`` with a dict runs per character in Python-level lookups (~300 us
# for 3 KB of Persian); a ``in`` check plus ``str.replace`` per folded character is
# C-speed and ~25x faster, which matters at import time (thousands of articles/s).

# Starts with a literal so the regex engine can skip ahead quickly; whether "می"
# starts a word (not the tail of "اسلامی") is checked in ``_join_prefix``.
_DETACHED_PREFIX = re.compile(r"می +(?=\w)")
# Literal-prefixed patterns (" ه", " تر") let the regex engine jump between
# candidates; a single alternation with a lookbehind was 4x slower on articles.
_DETACHED_HA = re.compile(r" +(ها|های)(?!\w)")
_DETACHED_TAR = re.compile(r" +(تر|ترین)(?!\w)")
# Anything outside ASCII and the Arabic-script/punctuation blocks, where digits of
# other scripts could hide; only then is the slower per-character digit scan run.
# Arrows, shapes, dingbats, variation selectors and emoji hold no digits either:
# scraped pages end with "↩️" links, which sent every page through the scan.
_MAYBE_OTHER_DIGIT = re.compile(
    "[^\x00-\u065f\u066a-\u06ef\u06fa-\u07bf\u07ca-\u08ff\u2000-\u206f\u2190-\u23ff"
    "\u2500-\u27bf\u2b00-\u2bff\ufb50-\ufdff\ufe00-\ufe0f\ufe70-\ufeff\U0001f000-\U0001faff]"
)


def _prefix_gaps(text: str) -> list[tuple[int, int]]:
    """The spaces after a detached ``می`` that starts a word, as (start, end) spans."""
    gaps: list[tuple[int, int]] = []
    for m in _DETACHED_PREFIX.finditer(text):
        start = m.start()
        before = start - 1
        if before >= 0 and text[before] == "ن":
            before -= 1
        if before >= 0 and (text[before].isalnum() or text[before] == "_"):
            continue  # "می" is the tail of a word such as "اسلامی"
        gaps.append((start + 2, m.end()))
    return gaps


def _join_prefix(text: str) -> str:
    gaps = _prefix_gaps(text)
    if not gaps:
        return text
    parts: list[str] = []
    last = 0
    for start, end in gaps:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "".join(parts)


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(m: re.Match[str]) -> str:
    try:
        return str(unicodedata.decimal(m.group()))
    except ValueError:
        return m.group()


def _digits_to_ascii(text: str) -> str:
    """Digits of rarer scripts (Bengali, Devanagari, ...) to ASCII."""
    return _OTHER_DIGIT.sub(_ascii_digit, text)


def _fold_chars(text: str) -> str:
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


def search_key(text: str) -> str:
    """The folded form of ``text`` used for full-text indexing and matching."""
    if not text:
        return ""
    # Fold first: NBSP and friends are common and would force a slow NFKC pass.
    text = _fold_chars(text)
    if not unicodedata.is_normalized("NFKC", text):
        # presentation forms and compatibility characters; fold their results too
        text = _fold_chars(unicodedata.normalize("NFKC", text))
    if _MAYBE_OTHER_DIGIT.search(text) is not None:
        text = _digits_to_ascii(text)
    if "می " in text:
        text = _join_prefix(text)
    if " ها" in text:
        text = _DETACHED_HA.sub(r"\1", text)
    if " تر" in text:
        text = _DETACHED_TAR.sub(r"\1", text)
    return text


@functools.lru_cache(maxsize=4096)
def _char_key(ch: str) -> str:
    return search_key(ch)


def search_key_offsets(text: str) -> tuple[str, list[int]]:
    """``search_key(text)`` and, for each of its characters, the index in ``text`` it
    comes from: what a match in the key covers of the text (the reading pane's marks)."""
    chars: list[str] = []
    origins: list[int] = []
    for i, ch in enumerate(text):
        for folded in _char_key(ch):
            chars.append(folded)
            origins.append(i)
    key = "".join(chars)
    gaps: list[tuple[int, int]] = []
    if "می " in key:
        gaps += _prefix_gaps(key)
    for pattern in (_DETACHED_HA, _DETACHED_TAR):
        gaps += [(m.start(), m.start(1)) for m in pattern.finditer(key)]
    if gaps:
        drop = {i for start, end in gaps for i in range(start, end)}
        key = "".join(ch for i, ch in enumerate(key) if i not in drop)
        origins = [o for i, o in enumerate(origins) if i not in drop]
    return key, origins


# Everything but ASCII and the letters of the scripts a news archive may contain
# (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul). Explicit ranges
# scan ~10x faster than a class built on ``\w`` (a Unicode lookup per character).
_NON_ASCII_SEPARATORS = re.compile(
    "[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f"
    "\u0590-\u05ff\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f"
    "\u08a0-\u08ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af\ufb50-\ufdff\ufe70-\ufefc]+"
)


def index_text(key: str) -> str:
    """A search key as handed to FTS5: non-ASCII punctuation becomes spaces.

    The index uses FTS5's ``ascii`` tokenizer (twice as fast as ``unicode61`` at
    import), which splits only on ASCII separators; Persian punctuation (، ؛ ؟ « »)
    must therefore be turned into spaces here, for documents and queries alike.
    """
    return _NON_ASCII_SEPARATORS.sub(" ", key)


_ASCII_SEPARATORS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def indexed_chars(key: str) -> str:
    """``key`` as FTS5's ``ascii`` tokenizer reads it, character for character: every
    separator (ASCII punctuation too, after ``index_text``) a space, ASCII lower-cased.
    The result is as long as ``key``, so positions in one are positions in the other."""
    key = _NON_ASCII_SEPARATORS.sub(_spaces, key)
    return _ASCII_SEPARATORS.sub(_spaces, key).translate(_ASCII_LOWER)


#: At most this many spellings of one search term are looked up.
MAX_VARIANTS = 8
# Within a word: a ئ written as ی in the newer spelling (پائیز/پاییز, مسائل/مسایل,
# رئیس/رییس), and مسئله beside مساله/مسأله (أ already folds to ا). Pairs go both ways.
_HAMZA_PAIRS = (("ئی", "یی"), ("ائ", "ای"), ("ئله", "اله"))
#: Words ending in ا (or اء) of at least this many letters are also looked up with the
#: final ء (or without it); short ones: ما, تا, جا, با are no Arabic plurals.
MIN_HAMZA_WORD = 4
#: Words ending in a silent ه of at least this many letters are also looked up with the
#: ezafe ی (short ones: که, چه, نه are no nouns).
MIN_EZAFE_WORD = 3


def spelling_variants(key: str) -> list[str]:
    """The spellings of a folded search term that the index may hold: ``key`` first.

    The index keeps each article's own spelling of these, so a term is looked up in
    each (rather than folding them into the index, which would need every library
    re-indexed): a word starting with آ or ا (آمریکا/امریکا), a ئ that newer
    spelling writes as ی (پائیز/پاییز, رئیس/رییس) or that مساله writes as ا, a
    final ء after ا (اعضاء/اعضا), and the ezafe ی after a silent ه (کابینه/کابینه‌ی).
    """
    # (changes from the typed spelling, spelling): a phrase keeps the spellings that
    # differ least from what was typed, not every spelling of its first words
    spellings = [(0, "")]
    for i, word in enumerate(key.split(" ")):
        forms = _word_variants(word)
        spellings = [
            (cost + j, s + (" " if i else "") + f)
            for cost, s in spellings
            for j, f in enumerate(forms)
        ]
        spellings.sort(key=lambda cs: cs[0])
        spellings = spellings[:MAX_VARIANTS]
    return list(dict.fromkeys(s for _, s in spellings))


def _word_variants(word: str) -> list[str]:
    forms = [word]
    if word[:1] in ("ا", "آ") and len(word) > 1:
        forms.append(("آ" if word[0] == "ا" else "ا") + word[1:])
    for form in list(forms):
        head, rest = form[:1], form[1:]
        for a, b in _HAMZA_PAIRS:
            if a in rest:
                forms.append(head + rest.replace(a, b))
            if b in rest:
                forms.append(head + rest.replace(b, a))
        if "ئ" in rest:
            forms.append(head + rest.replace("ئ", "ی"))
    # the ezafe after a silent ه: کابینهٔ folds to کابینه, but کابینه‌ی (the same word and
    # ezafe, written with a ی) is indexed as کابینهی
    if word.endswith("ه") and len(word) >= MIN_EZAFE_WORD and word[-2] not in "او":
        forms.append(word + "ی")
    # a final hamza after alef, kept or dropped: اعضاء/اعضا, ابتداء/ابتدا, وزراء/وزرا
    if word.endswith("اء") and len(word) >= MIN_HAMZA_WORD:
        forms += [form[:-1] for form in forms]
    elif word.endswith("ا") and len(word) >= MIN_HAMZA_WORD:
        forms += [form + "ء" for form in forms]
    return list(dict.fromkeys(forms))[:MAX_VARIANTS]
