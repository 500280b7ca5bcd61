"""Put lost zero-width non-joiners (U+200C) back into Persian words.

How: each word is looked up in the evidence table (decisions made offline from counts).
A word the table does not settle is analysed as stem + suffix (``ها``/``های``..., clitics
after a silent ``ه``, ``تر``/``ترین``, a suffix after a stem that itself has a ZWNJ) or
as a word no source knows (compounds, productive heads: ``unknown_words.py``). Every
reading is scored by how common its stem is; the word changes only when one changing
reading clearly beats every other reading — a wrong split (``قالی‌باف``) is worse than a
missing ZWNJ, so weak evidence leaves it alone. Spellings learned from the reader's own
careful articles (``learned.py``) come first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from reader.core.persian.zwnj.context_words import CONTEXT_WORDS, spelled_in_context
from reader.core.persian.zwnj.grammar import CONSONANT_HEH as _CONSONANT_HEH
from reader.core.persian.zwnj.grammar import EZAFE_PLURAL, PLURAL, Reading
from reader.core.persian.zwnj.letters import (
    LOOKUP_FOLD,
    MARKED_WORD_RE,
    MARKS_RE,
    NON_JOINING,
    WORD_RE,
    ZWNJ,
    strip_zwnj,
    transfer_zwnj,
)
from reader.core.persian.zwnj.table import KEEP_LEXICON, KEEP_TEXT, KEEP_WEAK, ZwnjTable
from reader.core.persian.zwnj.unknown_words import UnknownWords

log = logging.getLogger(__name__)

#: Plural + clitic forms that follow the bare plural's spelling (see _plural_paradigm).
PLURAL_CLITICS = tuple(s for s in PLURAL if s not in ("ها", "های"))
# Which suffixes take a ZWNJ after which stem endings was read off the data: share of
# ZWNJ spellings among (known stem + suffix) forms in wordfreq / software translations.
#: Clitics with a ZWNJ after a silent final ه (گسترده‌ای 0.84, کرده‌اند, خانه‌اش 0.74,
#: خانه‌شان 0.70); not تان/مان/ی, which real text joins (≤ 0.4).
AFTER_SILENT_HEH = ("ایم", "اید", "اند", "است", "ایی", "ای", "ام", "ات", "اش", "شان")
#: After a final ی only اش takes one (زندگی‌اش 1.0; ی‌ای, ی‌شان are rare: ≤ 0.04).
AFTER_YE = ("اش",)
#: Comparatives: ZWNJ after ه (ساده‌ترین 0.87) and ترین after ی (جدی‌ترین 0.87); after other
#: letters real text mostly joins them (بزرگترین: ترین 0.25, تر 0.08), so they are left alone.
COMPARATIVE_AFTER_HEH = ("ترین", "تری", "تر")
COMPARATIVE_AFTER_YE = ("ترین",)
#: ...and after ت, where joining would write تت: every such form running text knows has
#: the ZWNJ (سخت‌تر, راحت‌تر, سخت‌ترین); spelling lists alone glue them (درستتر).
COMPARATIVE_AFTER_TEH = ("ترین", "تری", "تر")
#: Suffixes simply appended to a stem that has its own ZWNJ (گفت‌وگو + یی).
INHERIT = (
    "هایشان", "هایی", "های", "ها", "یی", "ای", "ان", "ی", "ش", "م", "ت", "شان", "تان", "مان",
)  # fmt: skip

#: Of those, the ones written after a ZWNJ when the stem ends in a silent ه
#: (شناخته‌شده‌ای, گواهی‌نامه‌ی, بی‌استفاده‌ای).
INHERIT_AFTER_HEH = ("ای", "ی")

#: A ی after a vowel is the glide before a clitic (تماشایتان = تماشا + ی + تان), not the
#: end of the stem.
_GLIDE_YE = re.compile("[اآو]ی$")

MIN_STEM = 2
#: Plural + ezafe (``EZAFE_PLURAL``): must be followed by its complement (نهادهای دولتی),
#: never by را or «.».
EZAFE_PENALTY = 3
NO_EZAFE_BEFORE = frozenset(
    [
        "را",
        "و",
        "که",
        "به",
        "از",
        "در",
        "با",
        "برای",
        "تا",
        "است",
        "بود",
        "شد",
        "نیز",
        "هم",
        "یا",
        "اما",
        "ولی",
        "می",
        "نمی",
        "شده",
        "کرد",
    ]
)
_CLAUSE_END = frozenset(".،؛:!?؟»)]\n")
VERB_STEM_PENALTY = 2
#: How many frequency classes a changing reading must beat the others by.
MARGIN = 1
#: Prefixes written with a ZWNJ before a known word (بی‌مورد, پیش‌تنظیم, هم‌رسانی,
#: نیم‌پایه) — only in words no source knows: known ones keep the table's decision
#: (پیشنهاد, همکاری, نیمکت). Firefox dev: +40 restored, +3 altered (پیش‌کارها).
PREFIXES = ("بی", "پیش", "هم", "نیم", "میان", "بین", "برون", "درون", "پاد")
#: The demonstrative pronouns' plurals آنها/اینها stay joined: both spellings are correct
#: Persian, and the evidence favours the joined one (the news samples here: 29 joined, 17
#: with a ZWNJ; wordfreq 4,365 against 1,820). "Leave a word alone when evidence is weak"
#: wins over spelling every plural alike; list pronouns here to spell them with a ZWNJ.
PLURAL_PRONOUNS: tuple[str, ...] = ()
#: Preverbs written joined before a continuous verb (برمی‌گردد, درنمی‌آید); "" = none.
PREVERBS = ("", "بر", "باز", "در", "فرا", "فرو", "وا", "ور")
#: Person endings after a past participle (رفته‌ام ... رفته‌اند, می‌رفته‌است).
PERFECT_ENDINGS = ("است", "اند", "ایم", "اید", "ام", "ای")
#: Clitics after a ZWNJ only for words no source knows at all: ی‌ای (indefinite after ی,
#: صندلی‌ای), ی‌چی (agent after ی, پایداری‌چی), ه‌ی (ezafe after a silent ه, افزونه‌ی) and
#: ه‌تان/ه‌مان (سلیقه‌تان). Not ی‌تان/ی‌شان/ی‌تر: careful writers disagree (Firefox's
#: translators write ورودی‌تان, GNOME's باتریتان) and wordfreq leans joined. The joined
#: spellings show a medial ه or a ی glued to ی; words that really end so (دنیای, گاهی,
#: راهی, مهمان) are all known. (Joined forms that running text or hazm know, such as
#: خانهتان, keep the table's decision; an old spelling list alone does not.)
UNKNOWN_AFTER_YE = ("ای", "چی")
UNKNOWN_AFTER_HEH = ("ی", "تان", "مان")
#: A stem whose own ZWNJ spelling is passed on to a glued suffix must be attested this well.
FIXED_STEM_MIN_ZIPF = 2


_PRONOUN_PLURALS = {p + s: p + ZWNJ + s for p in PLURAL_PRONOUNS for s in PLURAL}
_CONTEXT_TAILS = frozenset(key[-2:] for key in CONTEXT_WORDS)


class ZwnjRestorer(UnknownWords):
    """Restores ZWNJs word by word using a :class:`ZwnjTable`."""

    def __init__(self, table: ZwnjTable, learned: Mapping[str, str] | None = None) -> None:
        self._table = table
        #: spellings the reader's own careful articles settled (``learned.py``): they win
        self._learned: Mapping[str, str] = learned or {}
        self._cache: dict[str, str] = {}
        #: words whose spelling does not depend on their neighbours, as restored in text
        self._free_of_context: dict[str, str] = {}

    # -- public -----------------------------------------------------------------------
    def restore(self, text: str) -> str:
        """``text`` with ZWNJs restored in words that lack them; other characters untouched."""
        if MARKS_RE.search(text) is None:  # the common case: no word carries a mark
            return WORD_RE.sub(self._restore_in_text, text)
        return MARKED_WORD_RE.sub(self._replace, text)

    def restore_word(self, word: str, *, closed: bool = False) -> str:
        """The restored spelling of one ZWNJ-free word (the word itself when unsure).

        ``closed``: the next thing is punctuation, the line end or a word such as را/که/و
        that cannot follow an ezafe, so ``...های`` cannot be a plural + ezafe there.
        """
        closed = closed and word.endswith(EZAFE_PLURAL)
        cache_key = word + "\x00" if closed else word
        cached = self._cache.get(cache_key)
        if cached is None:
            folded = word.translate(LOOKUP_FOLD)
            cached = self._decide(folded, closed)
            if folded != word and cached != folded:
                cached = transfer_zwnj(word, cached)
            elif cached == folded:
                cached = word
            if len(self._cache) < 200_000:
                self._cache[cache_key] = cached
        return cached

    # -- internals --------------------------------------------------------------------
    def _replace(self, match: re.Match[str]) -> str:
        written = match.group()
        if not MARKS_RE.search(written):
            return self._restore_in_text(match, written)
        # decided on the bare letters; the writer's marks (کتابِ, دربارهٔ) go back on them
        restored = self._restore_in_text(match, MARKS_RE.sub("", written))
        return transfer_zwnj(strip_zwnj(written), restored)

    def _restore_in_text(self, match: re.Match[str], word: str | None = None) -> str:
        """``word`` (the match without its marks; the match itself if None) restored, its
        neighbours in view."""
        if word is None:
            word = match.group()
        known = self._free_of_context.get(word)
        if known is not None:  # the hot path: a word seen before, whatever its neighbours
            return known
        if word[-2:] in _CONTEXT_TAILS:  # a cheap gate: most words end otherwise
            folded = word.translate(LOOKUP_FOLD)
            if folded in CONTEXT_WORDS and folded not in self._learned:
                return spelled_in_context(match, word, folded)
        if word.endswith(EZAFE_PLURAL) and ZWNJ not in word:
            # ...های: a plural + ezafe, or a silent ه + ای? the next word tells
            return self.restore_word(word, closed=self._closed_after(match))
        if ZWNJ in word:
            # hazm already joined or split it (می‌روم, کتاب‌ها): only a table fix overrides.
            fix = self._table.fixes.get(strip_zwnj(word).translate(LOOKUP_FOLD))
            restored = word if fix is None else transfer_zwnj(strip_zwnj(word), fix)
        else:
            restored = self.restore_word(word)
        if len(self._free_of_context) < 200_000:
            self._free_of_context[word] = restored
        return restored

    def _closed_after(self, match: re.Match[str]) -> bool:
        """Nothing that can follow an ezafe comes next: punctuation, the line end, را, a
        verb (see ``restore_word``)."""
        text, end = match.string, match.end()
        while end < len(text) and text[end] == " ":
            end += 1
        if end >= len(text) or text[end] in _CLAUSE_END:
            return True
        nxt = WORD_RE.match(text, end)
        if nxt is None:
            return False
        following = nxt.group()
        return (
            following in NO_EZAFE_BEFORE
            or following.startswith(("می" + ZWNJ, "نمی" + ZWNJ))
            or self._table.is_verb(following.translate(LOOKUP_FOLD))
        )

    def _decide(self, key: str, closed: bool = False) -> str:
        learned = self._learned.get(key)
        if learned is not None:
            return learned
        if key in CONTEXT_WORDS:
            return key  # without its neighbours, the word stays as written
        table = self._table
        pronoun = self._plural_pronoun(key)
        if pronoun is not None:
            return pronoun
        fix = table.fixes.get(key)
        if fix is not None:
            return self._suffix_after_fixed_stem(key, fix)
        if "می" in key[:6] and not table.known(key):
            verb = self._continuous_verb(key)
            if verb is not None:
                return verb
        paradigm = self._plural_paradigm(key)
        if paradigm is not None:
            return paradigm
        strength = table.strength(key)
        if closed and table.zipf(key[:-2]) >= 2 and not _CONSONANT_HEH.search(key[:-2]):
            strength = 0  # the joined spelling's evidence mixes two readings: context decides
        if strength >= KEEP_LEXICON or len(key) < 4:
            return key
        readings = self._readings(key, closed)
        if not readings:
            return key
        if strength:  # a spelling list knows the joined form: it is a reading too
            readings.append(Reading(key, max(table.zipf(key), 0)))
        best: dict[str, int] = {}
        for r in readings:
            v = _visible_key(r.form)
            best[v] = max(best.get(v, -99), r.score)
        winner = max(best, key=lambda v: best[v])
        if winner == key:
            return key
        others = [s for v, s in best.items() if v != winner]
        if others and (best[winner] - max(others) < MARGIN or (closed and best[winner] < 1)):
            return key  # too close, or won only by the context penalty on an unattested stem
        return max(
            (r for r in readings if _visible_key(r.form) == winner), key=lambda r: r.score
        ).form

    def _plural_paradigm(self, key: str) -> str | None:
        """A plural + clitic (سالهاست, ماههایش) takes the ZWNJ its bare plural takes (سال‌ها):
        one paragraph should not show سال‌ها beside سالهاست. Careless text often glues the
        longer forms, so their own counts lean joined; the bare plural's decision is the
        better evidence. (Not for های: نهادهای is also نهاده‌ای, decided in context.)"""
        table = self._table
        for suffix in PLURAL_CLITICS:
            stem = key[: -len(suffix)]
            if not key.endswith(suffix) or len(stem) < MIN_STEM:
                continue
            bare = table.fixes.get(stem + "ها")
            if bare is not None and bare == table.fixes.get(stem, stem) + ZWNJ + "ها":
                return bare + suffix[2:]
        return None

    @staticmethod
    def _plural_pronoun(key: str) -> str | None:
        """آنها, اینهایی... -> آن‌ها, این‌هایی (see PLURAL_PRONOUNS)."""
        return _PRONOUN_PLURALS.get(key)

    def _suffix_after_fixed_stem(self, key: str, fix: str) -> str:
        """A source spelled the stem's ZWNJ but glued the suffix (تصمیم‌گیریها,
        شیوه‌نامهای): the suffix takes its own ZWNJ, as after any stem. Only when exactly one
        split explains the fix as (the stem's fixed spelling + the suffix joined)."""
        table = self._table
        found: list[str] = []
        for suffixes, ending in ((PLURAL, ""), (AFTER_SILENT_HEH, "ه")):
            for suffix in suffixes:
                stem = key[: -len(suffix)]
                if not key.endswith(suffix) or not stem.endswith(ending) or len(stem) < 3:
                    continue
                stem_fix = table.fixes.get(stem)
                if stem_fix is None or stem[-1] in NON_JOINING or fix != stem_fix + suffix:
                    continue
                if table.zipf(stem) < FIXED_STEM_MIN_ZIPF:
                    continue  # a spelling-list oddity (برگه‌ه), not a stem
                if ending and _CONSONANT_HEH.search(stem):
                    continue
                found.append(stem_fix + ZWNJ + suffix)
        return found[0] if len(found) == 1 else fix

    def _continuous_verb(self, key: str) -> str | None:
        """An unknown ``(ن)می`` + verb form, after an optional preverb: the continuous prefix
        takes a ZWNJ and the rest is restored on its own (میرفتهاست -> می‌رفته‌است,
        نمیرفتهاند -> نمی‌رفته‌اند, برمیگزیند -> برمی‌گزیند)."""
        table = self._table
        for preverb in PREVERBS:
            if not key.startswith(preverb):
                continue
            body = key[len(preverb) :]
            prefix = "نمی" if body.startswith("نمی") else "می" if body.startswith("می") else ""
            rest = body[len(prefix) :]
            if not prefix or len(rest) < 2:
                continue
            if table.is_verb(rest):
                return preverb + prefix + ZWNJ + table.fixes.get(rest, rest)
            continuous = table.fixes.get(prefix + rest, "")
            if preverb and continuous.startswith(prefix + ZWNJ):
                return preverb + continuous  # باز + می‌گشت (گشت alone reads as a noun)
            participle = self._participle(rest)
            if participle is not None:
                return preverb + prefix + ZWNJ + participle
        return None

    def _participle(self, word: str) -> str | None:
        """رفته, رفتهاند -> رفته, رفته‌اند when ``رفت`` is a verb form (past stem)."""
        table = self._table
        for ending in (*PERFECT_ENDINGS, ""):
            stem = word[: len(word) - len(ending)]
            if word.endswith(ending) and stem.endswith("ه") and table.is_verb(stem[:-1]):
                return stem + ZWNJ + ending if ending else stem
        return None

    def _stem(self, stem: str) -> tuple[str, int] | None:
        """(spelling, frequency class) of a known stem, or None."""
        table = self._table
        if len(stem) < MIN_STEM or not table.known(stem):
            return None
        return table.fixes.get(stem, stem), table.zipf(stem)

    def _readings(self, key: str, closed: bool = False) -> list[Reading]:
        table = self._table
        out: list[Reading] = []
        for suffix in PLURAL:
            if key.endswith(suffix):
                stem = key[: -len(suffix)]
                st = self._stem(stem)
                if st:
                    # a verb form (داشت) is a poor noun stem: داشته‌ایم, not داشت‌هایم
                    penalty = VERB_STEM_PENALTY if table.is_verb(stem) else 0
                    if closed and suffix == EZAFE_PLURAL:
                        penalty += EZAFE_PENALTY
                    out.append(Reading(st[0] + ZWNJ + suffix, st[1] - penalty))
        for suffixes, ending, min_stem in (
            (AFTER_SILENT_HEH, "ه", 3),
            (AFTER_YE, "ی", 3),
            (COMPARATIVE_AFTER_HEH, "ه", 3),
            (COMPARATIVE_AFTER_YE, "ی", 3),
            (COMPARATIVE_AFTER_TEH, "ت", 3),
        ):
            for suffix in suffixes:
                stem = key[: -len(suffix)]
                if (
                    key.endswith(suffix)
                    and stem.endswith(ending)
                    and len(stem) >= min_stem
                    and not _CONSONANT_HEH.search(stem)
                ):
                    st = self._stem(stem)
                    if st:
                        out.append(Reading(st[0] + ZWNJ + suffix, st[1]))
        for suffix in INHERIT:
            stem = key[: -len(suffix)]
            if key.endswith(suffix) and stem in table.fixes:
                fixed = table.fixes[stem]
                silent_heh = stem.endswith("ه") and not _CONSONANT_HEH.search(stem)
                glue = (
                    ZWNJ if suffix in PLURAL or (silent_heh and suffix in INHERIT_AFTER_HEH) else ""
                )
                # the stem's own ZWNJ is established: its derived forms share it
                out.append(Reading(fixed + glue + suffix, table.zipf(stem) + MARGIN))
        if not table.known(key) or (table.strength(key) == KEEP_WEAK and table.zipf(key) <= 0):
            # unknown, or only in an old spelling list that glues every clitic (سلیقهتان)
            for clitics, ending in ((UNKNOWN_AFTER_YE, "ی"), (UNKNOWN_AFTER_HEH, "ه")):
                for suffix in clitics:
                    stem = key[: -len(suffix)]
                    if (
                        key.endswith(suffix)
                        and stem.endswith(ending)
                        and len(stem) >= 4
                        and not _CONSONANT_HEH.search(stem)
                        and not _GLIDE_YE.search(stem)
                        and table.zipf(stem) >= 1
                    ):
                        out.append(
                            Reading(table.fixes.get(stem, stem) + ZWNJ + suffix, table.zipf(stem))
                        )
        if not table.known(key):
            if not out:
                out.extend(self._unknown_word(key, closed))
            for prefix in PREFIXES:
                rest = key[len(prefix) :]
                if key.startswith(prefix) and len(rest) >= 4 and table.zipf(rest) >= 2:
                    out.append(
                        Reading(prefix + ZWNJ + table.fixes.get(rest, rest), table.zipf(rest))
                    )
            if not out:
                out.extend(self._compounds(key))
        return out


def _visible_key(form: str) -> str:
    """What a reading looks like on screen, for comparing readings."""
    out = []
    for i, ch in enumerate(form):
        if ch == ZWNJ and (i == 0 or form[i - 1] in NON_JOINING):
            continue
        out.append(ch)
    return "".join(out)


_KEEP = KEEP_TEXT  # re-exported for tests that check strengths
