"""Pieces of Persian word grammar the restorer's analyses share.

Kept apart so the analysis of known words (``restorer.py``) and of words no source knows
(``unknown_words.py``) read the same suffix lists and score readings the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Plural and its clitic chains: written after a ZWNJ in ZWNJ-correct news text.
PLURAL = (
    "هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "هاست", "های", "ها",
)  # fmt: skip

#: Plural + ezafe: must be followed by its complement (نهادهای دولتی), never by را or «.».
EZAFE_PLURAL = "های"
#: Stems whose final ه is usually a consonant (راه, گروه): no ZWNJ before ای/ام...
CONSONANT_HEH = re.compile("(?:[اآو]ه)$")


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to spell a word, and how well the evidence supports it."""

    form: str
    score: int
