"""Folding for date matching: digits to ASCII, Arabic letter variants to Persian.

Pages mix Persian, Arabic-Indic and Latin digits, Arabic ``ي``/``ك`` in month
names, ZWNJ and bidi marks; the date patterns are written once, for the folded
form. Matching happens on folded text only; values are never stored folded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from reader.core.arabic_letters import ARABIC_LETTER_VARIANTS

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_DIGIT_TABLE = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN_TABLE = str.maketrans("0123456789" + _ARABIC_DIGITS, _PERSIAN_DIGITS * 2)
_FOLD_TABLE = str.maketrans(
    {
        **{c: str(i) for i, c in enumerate(_PERSIAN_DIGITS)},
        **{c: str(i) for i, c in enumerate(_ARABIC_DIGITS)},
        **ARABIC_LETTER_VARIANTS,
        "\u0640": None,  # tatweel
        "\u200c": " ",  # ZWNJ
        "\u200d": None,  # ZWJ
        "\u200e": " ",
        "\u200f": " ",
        "\u202a": " ",
        "\u202b": " ",
        "\u202c": " ",
        "\u202d": " ",
        "\u202e": " ",
        "\u2066": " ",
        "\u2067": " ",
        "\u2068": " ",
        "\u2069": " ",
        "\u00a0": " ",
        "\u066b": ".",  # Arabic decimal separator, sometimes used in dates
        "\u066c": ",",
    }
)


class _Replacer:
    """``str.translate`` for sparse replacements.

    ``str.translate`` with a dict costs ~0.3 µs per character on Persian text; most
    lines need few or no replacements, so they are found with a regex instead.
    """

    def __init__(self, table: Mapping[int, int | str | None]) -> None:
        self.map = {chr(k): (chr(v) if isinstance(v, int) else (v or "")) for k, v in table.items()}
        self.rx = re.compile("[" + "".join(re.escape(c) for c in self.map) + "]")

    def __call__(self, s: str) -> str:
        if self.rx.search(s) is None:
            return s
        get = self.map.__getitem__
        return self.rx.sub(lambda m: get(m.group()), s)


_fold_digits = _Replacer(_DIGIT_TABLE)
_to_persian = _Replacer(_TO_PERSIAN_TABLE)
_fold_matching = _Replacer(_FOLD_TABLE)


def fold_digits(s: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits -> ASCII; everything else unchanged."""
    return _fold_digits(s)


def to_persian_digits(s: str) -> str:
    """ASCII and Arabic-Indic digits -> Persian digits (۰-۹)."""
    return _to_persian(s)


def fold_for_matching(s: str) -> str:
    """Digits to ASCII, ``ي ى ئ``->``ی``, ``ك``->``ک``, ZWNJ/bidi marks/NBSP to spaces.

    For pattern matching only (labels, month names); never store the result.
    """
    return _fold_matching(s)
