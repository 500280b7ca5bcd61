"""Words no source knows: compounds, productive heads, reduplications.

The table settles every word some source knows; a word none knows is usually a compound
(``دفاع‌پرس``, ``ترجیح‌داده‌شده``) or a plural of a new stem (``کلوچک‌ها``). These analyses
propose readings for such words; ``ZwnjRestorer`` weighs them like any other reading.
"""

from __future__ import annotations

import re

from reader.core.persian.zwnj.grammar import CONSONANT_HEH as _CONSONANT_HEH
from reader.core.persian.zwnj.grammar import EZAFE_PLURAL, PLURAL, Reading
from reader.core.persian.zwnj.letters import NON_JOINING, ZWNJ
from reader.core.persian.zwnj.table import ZwnjTable

#: Minimum frequency class and length of both halves of a two-word compound.
COMPOUND_MIN_ZIPF = 3
COMPOUND_MIN_LEN = 3
#: Second halves that are really suffixes or too ambiguous to split off.
_NOT_A_HEAD = re.compile("^(?:ا|ی|ه|ت|ش|م|گر|گری|وار|ور|مند|چی|زاده)")
#: Productive second elements written after a ZWNJ by careful writers (انجام‌شده).
HEADS = (
    "شده", "شدگان", "کننده", "کنندگان", "سازی", "گذاری", "گیری", "پذیر", "پذیری", "رسانی",
    "آمیز", "نامه", "افزار", "بندی", "یابی", "نگاری", "دهی",
)  # fmt: skip
UNKNOWN_PLURAL_MIN_STEM = 4


class UnknownWords:
    """The analyses of words no source knows (mixed into ``ZwnjRestorer``)."""

    _table: ZwnjTable

    def _decide(self, key: str, closed: bool = False) -> str:
        raise NotImplementedError  # ZwnjRestorer's whole-word decision

    def _unknown_word(self, key: str, closed: bool) -> list[Reading]:
        """A word no source knows: a long plural of an unknown stem (کلوچک‌ها), or a known
        word + a productive second element that careful text writes after a ZWNJ
        (رمزگذاری‌شده, غیرفعال‌سازی). Known words never get here (پیگیری, جایگزین)."""
        table = self._table
        out: list[Reading] = []
        for suffix in PLURAL:
            stem = key[: -len(suffix)]
            if key.endswith(suffix) and len(stem) >= UNKNOWN_PLURAL_MIN_STEM:
                if suffix == EZAFE_PLURAL and closed and not _CONSONANT_HEH.search(key[:-2]):
                    # X+های is also Xه+ای; with an unknown stem only the context can tell:
                    # nothing can follow an ezafe here, so not a plural + ezafe
                    inner = self._inner_compound(key[:-2])
                    out.append(Reading((inner or key[:-2]) + ZWNJ + "ای", 0))
                elif stem[-1] not in NON_JOINING:
                    # (for های: a complement follows, the plural + ezafe reading)
                    inner = self._inner_compound(stem)
                    out.append(Reading((inner or stem) + ZWNJ + suffix, 0))
                break
        for head in HEADS:
            left = key[: -len(head)]
            if not key.endswith(head) or len(left) < 3 or left[-1] in NON_JOINING:
                continue
            if table.zipf(left) >= 2:
                out.append(Reading(table.fixes.get(left, left) + ZWNJ + head, table.zipf(left)))
            else:
                # a compound before the head (ترجیح‌داده‌شده, مقیاس‌بندی‌شده)
                inner = self._inner_compound(left)
                if inner is not None:
                    out.append(Reading(inner + ZWNJ + head, 0))
        return out

    def _inner_compound(self, part: str) -> str | None:
        """The restored spelling of a word inside a longer unknown word, when the restorer
        puts a ZWNJ into it on its own (بصریسازی -> بصری‌سازی, پیشبارگیری); else None."""
        if len(part) < 5:
            return None
        restored = self._decide(part)
        return restored if ZWNJ in restored else None

    def _compounds(self, key: str) -> list[Reading]:
        """Two frequent words written together (دفاع + پرس), split after a joining letter."""
        table = self._table
        out: list[Reading] = []
        for i in range(COMPOUND_MIN_LEN, len(key) - COMPOUND_MIN_LEN + 1):
            left, right = key[:i], key[i:]
            if left[-1] in NON_JOINING:
                continue  # a ZWNJ would be invisible there
            if _NOT_A_HEAD.match(right) and not (
                right[0] == "ا" and len(right) >= COMPOUND_MIN_LEN + 1
            ):
                continue  # the "word" is really a suffix (but رفع + اشکال: a long word)
            if table.is_verb(left) or (right.startswith("ب") and table.is_verb(right)):
                continue  # a verb is no compound part: گام + بیا is Gambia (but سهم‌خواهی)
            zl, zr = table.zipf(left), table.zipf(right)
            if min(zl, zr) < COMPOUND_MIN_ZIPF:
                continue
            if table.strength(left) == 0 and left not in table.fixes:
                continue
            lf = table.fixes.get(left, left)
            rf = table.fixes.get(right, right)
            out.append(Reading(lf + ZWNJ + rf, min(zl, zr)))
        out.extend(self._paired_compounds(key))
        out.extend(self._reduplication(key))
        return out

    def _reduplication(self, key: str) -> list[Reading]:
        """A word repeated around به (گام‌به‌گام, دست‌به‌دست): ZWNJs on both sides of به."""
        half, rest = divmod(len(key) - 2, 2)
        word = key[:half]
        if rest or half < 2 or key != word + "به" + word or self._table.zipf(word) < 2:
            return []
        spelled = self._table.fixes.get(word, word)
        return [Reading(spelled + ZWNJ + "به" + ZWNJ + spelled, self._table.zipf(word))]

    def _paired_compounds(self, key: str) -> list[Reading]:
        """A verb stem + و + a word (رفت‌وبرگشت, شست‌وشو, زد‌وخورد): a ZWNJ before the و.
        Only after a verb stem: two nouns around a و are usually one word (نانوثانیه)."""
        table = self._table
        out: list[Reading] = []
        for i in range(COMPOUND_MIN_LEN, len(key) - COMPOUND_MIN_LEN):
            left, right = key[:i], key[i + 1 :]
            if key[i] != "و" or left[-1] in NON_JOINING or not table.is_verb(left):
                continue
            zl, zr = table.zipf(left), table.zipf(right)
            if min(zl, zr) >= COMPOUND_MIN_ZIPF:
                lf = table.fixes.get(left, left)
                rf = table.fixes.get(right, right)
                out.append(Reading(lf + ZWNJ + "و" + rf, min(zl, zr)))
        return out
