"""hazm's ``Normalizer`` configured for display, with its per-call set-up hoisted out.

Why a subclass: hazm 0.12's ``normalize`` spends most of its time on set-up, not on text:
it rebuilds its 300-entry character table on every call, hands ~25 regex patterns as
strings to ``re.sub`` (a cache look-up and dispatch per pattern per paragraph) and runs a
backtracking repeated-letter regex over every word. ``display_text`` calls it once per
paragraph, so that overhead was ~85% of the display path. This runs the SAME steps with
the SAME patterns in the same order, compiled once, and skips a step only when a cheap
test proves it cannot change the text (no character it maps, no tripled letter, no
``می``); ``tests/test_display.py`` checks the output equals hazm's on real text.
Options: ``persian_numbers`` off (it would rewrite digits in URLs and English text;
``digits.py`` decides instead), ``persian_style`` off (it turns ``"..."`` into «...»
and ``3.5`` into ``3٫5`` even in Latin text) and ``remove_diacritics`` off, with the ezafe
hamza kept too (see ``KEPT_MARKS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

#: For hazm 0.12's spacing patterns: text that can match the pattern must contain one of
#: these literals (checked with ``in``, far cheaper than a regex scan). A pattern not listed
#: here (another hazm version) always runs.
_TRIGGERS: dict[str, tuple[str, ...]] = {
    " {2,}": ("  ",),
    "\\n{3,}": ("\n\n\n",),
    "\\u200c{2,}": ("\u200c",),
    "\\u200c{1,} ": ("\u200c",),
    " \\u200c{1,}": ("\u200c",),
    "\\b\\u200c*\\B": ("\u200c",),
    "\\B\\u200c*\\b": ("\u200c",),
    "[ـ\\r]": ("ـ", "\r"),
    "([^ ]ه) ی ": ("ه ی ",),
    "(^| )(ن?می) ": ("می ",),
    "(ه)(ها)": ("هها",),
    '" ([^\\n"]+) "': ('" ',),
}


#: Patterns recognised by a fragment: (fragment, literals one of which any match contains).
_FRAGMENT_TRIGGERS = (
    (" (تر(ین?)?|گری?|های?)(?=", (" تر", " گر", " ها")),
    ("([^ ]ه) (ا(م|یم|ش|ند|ی|ید|ت))(?=", ("ه ا",)),
)


def _triggers(pattern: str) -> tuple[str, ...]:
    if pattern in _TRIGGERS:
        return _TRIGGERS[pattern]
    for fragment, literals in _FRAGMENT_TRIGGERS:
        if fragment in pattern:
            return literals
    return ()


Compiled = list[tuple[re.Pattern[str], str, tuple[str, ...]]]
Patterns = list[tuple[str | re.Pattern[str], str]]
"""hazm's (pattern, replacement) lists: strings in 0.12, a compiled pattern is kept as is."""


def _compiled(patterns: Iterable[tuple[str | re.Pattern[str], str]]) -> Compiled:
    out: Compiled = []
    for p, r in patterns:
        triggers = _triggers(p) if isinstance(p, str) else ()
        out.append((re.compile(p) if isinstance(p, str) else p, r, triggers))
    return out


def _punctuation_gate(hc: Any) -> re.Pattern[str] | None:
    """One character-class scan that must hit before any of hazm 0.12's eight punctuation
    spacing patterns can (each needs a quote, a digit or one of its punctuation marks):
    short lines such as titles usually skip all eight. None for other pattern lists."""
    after, before = hc.PUNC_AFTER, hc.PUNC_BEFORE
    letters = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
    known = {
        r'" ([^\n"]+) "',
        f" ([{after}])",
        f"([{before}]) ",
        f"([{after[:3]}])([^ {after}" + r"\d۰۱۲۳۴۵۶۷۸۹])",
        f"([{after[3:]}])([^ {after}])",
        f"([^ {before}])([{before}])",
        rf"(\d)([{letters}])",
        rf"([{letters}])(\d)",
    }
    if {p for p, _ in hc.PUNCTUATION_SPACING_PATTERNS} != known:
        return None
    return re.compile(f'[{after}{before}"\\d]')


def build_normalizer() -> Any:
    """A ready display normalizer (import of hazm and its word lists: ~1 s)."""
    from hazm import Normalizer
    from hazm import constants as hc

    needed = (
        "_remove_diacritics",
        "_correct_spacing",
        "_unicodes_replacement",
        "_remove_specials_chars",
        "_decrease_repeated_chars",
        "_seperate_mi",
        "_tokenizer",
        "token_spacing",
        "more_than_two_repeat_pattern",
    )
    constants = (
        "TRANSLATION_SRC",
        "TRANSLATION_DST",
        "EXTRA_SPACE_PATTERNS",
        "AFFIX_SPACING_PATTERNS",
        "PUNCTUATION_SPACING_PATTERNS",
        "DIACRITICS_PATTERNS",
        "SPECIAL_CHARS_PATTERNS",
        "UNICODE_REPLACEMENTS",
    )

    class DisplayNormalizer(Normalizer):  # type: ignore[misc]  # hazm is untyped: an Any base
        _table: ClassVar[dict[str, str]] = {
            k: v for k, v in zip(hc.TRANSLATION_SRC, hc.TRANSLATION_DST, strict=True) if k != v
        }
        _translate_re = re.compile("[" + re.escape("".join(_table)) + "]")
        _extra = _compiled(hc.EXTRA_SPACE_PATTERNS)
        _affix = _compiled(hc.AFFIX_SPACING_PATTERNS)
        _punct = _compiled(hc.PUNCTUATION_SPACING_PATTERNS)
        _punct_gate = _punctuation_gate(hc)
        _diacritics = _compiled(hc.DIACRITICS_PATTERNS)
        _specials = _compiled(_keeping_marks(hc.SPECIAL_CHARS_PATTERNS))
        _unicode_re = re.compile(
            "["
            + "".join(sorted({c for o, _ in hc.UNICODE_REPLACEMENTS for c in o if c not in "(|)"}))
            + "]"
        )
        _suffixes = frozenset(getattr(hc, "SUFFIXES", ()))
        _mi_re = re.compile(r"\bن?می[آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی]+")
        _mi_head = re.compile(r"^(ن?می)")

        def normalize(self, text: str, as_written: bool = False) -> str:
            # Same steps as hazm 0.12.1 Normalizer.normalize, minus the disabled options.
            # ``as_written``: none of the steps that put in ZWNJs (a text that kept its own)
            if self._translate_re.search(text):
                text = self._translate_re.sub(lambda m: self._table[m.group()], text)
            if self._remove_diacritics:
                text = _apply(self._diacritics, text)
            if self._correct_spacing:
                text = self.correct_spacing(text, as_written)
            if self._unicodes_replacement and self._unicode_re.search(text):
                text = self.unicodes_replacement(text)
            if self._remove_specials_chars:
                text = _apply(self._specials, text)
            if self._decrease_repeated_chars and self.more_than_two_repeat_pattern.search(text):
                # hazm's own step scans every word with a backtracking pattern; without a
                # letter written three times in a row it cannot change anything.
                text = self.decrease_repeated_chars(text)
            if self._seperate_mi and "می" in text and not as_written:
                text = self._mi_re.sub(self._split_mi, text)
            return text

        def token_spacing(self, tokens: list[str]) -> list[str]:
            return verb_and_suffix_spacing(self, tokens, self._suffixes)

        def _split_mi(self, match: re.Match[str]) -> str:
            m = match.group(0)
            r = self._mi_head.sub("\\1\u200c", m)
            if self._verbs and r in self._verbs:
                return r
            return m

        def correct_spacing(self, text: str, as_written: bool = False) -> str:
            text = _apply(self._extra, text)
            if not as_written:
                result = []
                for line in text.split("\n"):
                    if line.strip() and self._tokenizer:
                        line = " ".join(self.token_spacing(self._tokenizer.tokenize(line)))
                    result.append(line)
                text = _apply(self._affix, "\n".join(result))
            if self._punct_gate is not None and not self._punct_gate.search(text):
                return text
            return _apply(self._punct, text)

    normalizer = DisplayNormalizer(**OPTIONS)
    if not all(hasattr(normalizer, n) for n in needed) or not all(
        hasattr(hc, n) for n in constants
    ):
        # A hazm whose internals moved: use its own (slower) normalize unchanged.
        return _PlainHazm(Normalizer(**OPTIONS))
    return normalizer


class _PlainHazm:
    """hazm's own ``Normalizer`` behind the same ``normalize(text, as_written)`` call."""

    def __init__(self, normalizer: Any) -> None:
        self._normalizer = normalizer

    def normalize(self, text: str, as_written: bool = False) -> str:
        if as_written:
            return text  # its spacing steps cannot be told apart: leave the text alone
        return str(self._normalizer.normalize(text))


def verb_and_suffix_spacing(
    normalizer: Any, tokens: list[str], suffixes: frozenset[str]
) -> list[str]:
    """hazm's ``token_spacing`` without its word-list joins.

    hazm joins two words whenever the pair with a ZWNJ is in its lexicon. That turns the
    passive ``کاهش یافته است`` ("has decreased") into the adjective ``کاهش‌یافته`` and
    ``پرداخت شده است`` into ``پرداخت‌شده``: a space between two words is the writer's
    (scrapers lose ZWNJs, not spaces). Inflection typed with a space is still joined: a
    verb form (``کرده اند`` -> ``کرده‌اند``) and a suffix after a word (``کتاب ها``).
    """
    verbs = normalizer._verbs
    words = normalizer._words
    result: list[str] = []
    for t, token in enumerate(tokens):
        joined = False
        if result and words:
            pair = result[-1] + "\u200c" + token
            if verbs and pair in verbs:
                joined = not (t < len(tokens) - 1 and token + "_" + tokens[t + 1] in verbs)
            elif token in suffixes and result[-1] in words:
                joined = True
        if joined:
            result[-1] = pair
        else:
            result.append(token)
    return result


#: The writer's marks stay in display text: harakat, tanvin and shadda (کتابِ, ضمناً, محمّد),
#: the ezafe hamza (دربارهٔ) and superscript alef (حتیٰ) are spelling, not noise. hazm
#: removes them for NLP; search folds them away on its own (``search_key``).
KEPT_MARKS = ("\\u0654", "\\u0670")
OPTIONS: dict[str, bool] = {
    "persian_numbers": False,
    "persian_style": False,
    "remove_diacritics": False,
}


def _keeping_marks(patterns: Iterable[tuple[str | re.Pattern[str], str]]) -> Patterns:
    """hazm's special-character patterns without the marks in ``KEPT_MARKS``."""
    out: Patterns = []
    for pattern, repl in patterns:
        if isinstance(pattern, str):
            for mark in KEPT_MARKS:
                pattern = pattern.replace(mark, "")
        out.append((pattern, repl))
    return out


def _apply(patterns: Compiled, text: str) -> str:
    for pattern, repl, triggers in patterns:
        if not triggers or any(t in text for t in triggers):
            text = pattern.sub(repl, text)
    return text
