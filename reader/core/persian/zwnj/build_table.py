"""Offline builder of the ZWNJ count table (a developer tool, not used at run time).

Why offline: every decision that can be made from evidence (which spelling of a word real
text uses) is made once here, so the app only does dictionary look-ups. The table keeps,
for every word form known from the sources, either the ZWNJ spelling to restore or a
"keep as written" mark with how strong the evidence for the joined spelling is, plus a
rough frequency and an adjective flag the run-time suffix analysis needs for stems.

Sources (see resources/zwnj/README.md for provenance and licences):
- wordfreq's Persian list (``small_fa.msgpack.gz``): frequencies of written forms in
  mixed real text; the main evidence for "joined vs. ZWNJ" in running text;
- ZWNJ-correct running text (the MIT-licensed pn_summary train/dev and MirasText samples);
- hazm's ``words.dat`` (forms, rough frequencies, POS) and its verb conjugations;
- the Persian Hunspell list (Debian ``myspell-fa``, ``fa_IR.dic``);
- parsivar's normalizer dictionaries of joined -> ZWNJ spellings;
- shekar's vocabulary (``data/files/vocab.csv``): which compounds exist with a ZWNJ.

Run: ``uv run --with msgpack python -m reader.core.persian.zwnj.build_table --wordfreq
PATH --hunspell PATH --parsivar DIR --text FILE... --out resources/zwnj/table.tsv.gz``.
"""

from __future__ import annotations

import argparse
import fnmatch
import gzip
import io
import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from reader.core.persian.zwnj.letters import LOOKUP_FOLD, WORD_RE, ZWNJ, strip_zwnj, visible

log = logging.getLogger(__name__)

#: Scale that turns a wordfreq frequency into a pseudo count (1e-6 -> 10).
WORDFREQ_SCALE = 1e7
#: Pseudo count of one occurrence in the ZWNJ-correct training text.
TRAIN_WEIGHT = 10.0
#: Software translations (LibreOffice, Firefox, GNOME) are careful with ZWNJs but are not
#: news: one occurrence there counts as this share of a news occurrence.
EXTRA_WEIGHT = 0.3
#: A ZWNJ spelling wins when its count reaches this share of the joined spelling's count.
#: wordfreq mixes careful and careless writing: careless writers drop the ZWNJ of plain
#: ZWNJ words about half the time (سالها 468 vs سال‌ها 282), while words that really are
#: written joined have almost no ZWNJ spellings (بیشتر 9120 vs بیش‌تر 132).
RATIO = 0.45
#: می/نمی verb forms are dropped far more often in chat text (میکنم 3631 vs می‌کنم 1349).
VERB_RATIO = 0.1

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ـ": None, "\u200d": None})
_DIACRITICS_RE = re.compile("[\u064b-\u065f\u0670]")

#: A verb form that hazm also lists as a noun this often is a fine noun stem (سود, بازگشت).
VERB_NOUN_FREQ = 100_000

# Strength of the evidence that a word is written joined (used by the run-time restorer).
KEEP_TEXT = 3  # real text writes it joined more often than with a ZWNJ
KEEP_LEXICON = 2  # hazm knows the joined form with a non-zero frequency
KEEP_WEAK = 1  # only a spelling list knows it (or hazm with frequency 0)


def fold(word: str) -> str:
    """The look-up form: diacritics and tatweel gone, letters folded as the restorer folds
    them before a look-up (``LOOKUP_FOLD``), ZWNJs tidied."""
    word = _DIACRITICS_RE.sub("", unicodedata.normalize("NFC", word).translate(_FOLD))
    word = word.translate(LOOKUP_FOLD)
    word = re.sub(f"{ZWNJ}+", ZWNJ, word).strip(ZWNJ)
    return word


def _is_word(word: str) -> bool:
    m = WORD_RE.fullmatch(word)
    return m is not None and len(strip_zwnj(word)) >= 2


def load_wordfreq(path: Path) -> dict[str, float]:
    """wordfreq's cB-bucketed list -> {form: pseudo count}."""
    import msgpack  # only needed to build the table

    with gzip.open(path) as fh:
        data = msgpack.load(fh, raw=False, strict_map_key=False)
    counts: dict[str, float] = {}
    for bucket, words in enumerate(data[1:]):
        freq = 10 ** (-bucket / 100)
        for w in words:
            w = fold(w)
            if _is_word(w):
                counts[w] = counts.get(w, 0.0) + freq * WORDFREQ_SCALE
    return counts


def _excluded(name: str, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in exclude)


def _texts(path: Path, exclude: tuple[str, ...] = ()) -> list[str]:
    """Text of one source file: gettext ``.mo`` catalogues, ``.xpi`` language packs (zip of
    .ftl/.properties/.dtd), folders of those, or any other file read as UTF-8 text.
    Files or zip members matching an ``exclude`` glob are skipped (evaluation text)."""
    if _excluded(str(path), exclude):
        return []
    if path.is_dir():
        return [t for f in sorted(path.rglob("*")) if f.is_file() for t in _texts(f, exclude)]
    if path.suffix == ".mo":
        import gettext

        with path.open("rb") as fh:
            # the parsed catalog is private: not in typeshed
            catalog = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
        return [v for v in catalog.values() if isinstance(v, str)]
    if path.suffix == ".xpi":
        import zipfile

        with zipfile.ZipFile(path) as zf:
            return [
                zf.read(n).decode("utf-8", "replace")
                for n in zf.namelist()
                if n.endswith((".ftl", ".properties", ".dtd")) and not _excluded(n, exclude)
            ]
    return [path.read_text(encoding="utf-8", errors="replace").replace("[n]", "\n")]


def load_text_counts(paths: list[Path], exclude: tuple[str, ...] = ()) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in (t for path in paths for t in _texts(path, exclude)):
        for m in WORD_RE.finditer(text):
            w = fold(m.group())
            if _is_word(w):
                counts[w] += 1
    return counts


def _combine(news: Counter[str], extra: Counter[str], weight: float) -> dict[str, float]:
    """News counts plus down-weighted counts from other careful text (in news units)."""
    out: dict[str, float] = dict(news)
    for w, c in extra.items():
        out[w] = out.get(w, 0.0) + c * weight
    return out


def load_hazm() -> tuple[dict[str, int], set[str], set[str]]:
    """hazm words.dat -> ({form: freq}, adjectives, single-word verb forms with a ZWNJ)."""
    import hazm
    from hazm import Lemmatizer

    words: dict[str, int] = {}
    adjectives: set[str] = set()
    data = Path(hazm.__file__).parent / "data" / "words.dat"
    for line in data.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        w = fold(parts[0])
        if not _is_word(w):
            continue
        freq = int(parts[1]) if parts[1].isdigit() else 0
        words[w] = max(words.get(w, 0), freq)
        if "AJ" in parts[2].split(","):
            adjectives.add(strip_zwnj(w))
    verbs = {
        fold(v)
        for v in Lemmatizer(joined_verb_parts=False).verbs
        if " " not in v and _is_word(fold(v))
    }
    return words, adjectives, verbs


def load_hunspell(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {w for w in (fold(x.split("/")[0]) for x in lines) if _is_word(w)}


def load_parsivar(folder: Path) -> set[str]:
    forms: set[str] = set()
    for f in sorted(folder.glob("Dic*_new.txt")):
        for line in f.read_text(encoding="utf-8-sig").splitlines():
            parts = line.replace("\ufeff", "").split()
            if len(parts) == 2 and _is_word(fold(parts[1])):
                forms.add(fold(parts[1]))
    return forms


#: shekar's vocabulary counts come from a large, normalised web corpus: its ZWNJ spellings
#: are taken as a spelling list (which compounds exist with a ZWNJ), not as usage counts —
#: its normaliser rewrote many joined forms (ورزشکاران 0 beside ورزش‌کاران 881,679).
SHEKAR_MIN_COUNT = 1000


def load_shekar(path: Path) -> set[str]:
    """ZWNJ spellings from shekar's ``vocab.csv`` (``word,count``) seen at least
    ``SHEKAR_MIN_COUNT`` times and at least twice as often as the same word joined."""
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, number = line.rpartition(",")
        if number.isdigit():
            counts[word] = int(number)
    forms: set[str] = set()
    for word, count in counts.items():
        folded = fold(word)
        if ZWNJ not in folded or not _is_word(folded) or count < SHEKAR_MIN_COUNT:
            continue
        if count >= 2 * counts.get(strip_zwnj(word), 0):
            forms.add(folded)
    return forms


def load_agencies() -> set[str]:
    """One-word agency names with a ZWNJ from the project's own table (دفاع‌پرس)."""
    from reader.core.agencies import all_agencies

    return {fold(n) for n in all_agencies() if " " not in n and ZWNJ in n and _is_word(fold(n))}


def zipf(count: float) -> int:
    """A 0..9 frequency class from a pseudo count."""
    return max(0, min(9, round(math.log10(count + 1))))


_PLURAL_END = re.compile("(?:ها|های|هایی|هایم|هایت|هایش|هاست|هایمان|هایتان|هایشان)$")
#: Below this pseudo count a joined plural seen only in careless text proves little.
WEAK_JOINED_PLURAL = 100.0


def _joined_strength(key: str, joined_text: float, text: dict[str, float]) -> int:
    """How strongly real text shows ``key`` written joined.

    A rare joined plural of a common stem (انسانهاست) is most likely a careless spelling of
    the ZWNJ form that wordfreq's list happens to cut off, so it is only weak evidence.
    """
    m = _PLURAL_END.search(key)
    if m and joined_text < WEAK_JOINED_PLURAL and text.get(key[: m.start()], 0.0) > joined_text:
        return KEEP_WEAK
    return KEEP_TEXT


def build(
    wordfreq: dict[str, float],
    train: dict[str, float],
    hazm_words: dict[str, int],
    adjectives: set[str],
    verbs: set[str],
    hunspell: set[str],
    parsivar: set[str],
) -> list[tuple[str, str, int]]:
    """Decide every known key: (key, form to show or "" to keep, packed code)."""
    text: dict[str, float] = defaultdict(float)
    for w, c in wordfreq.items():
        text[w] += c
    for w, c in train.items():
        text[w] += c * TRAIN_WEIGHT

    zwnj_verbs = {v for v in verbs if ZWNJ in v}
    plain_verbs = {v for v in verbs if ZWNJ not in v}
    forms: dict[str, set[str]] = defaultdict(set)
    for source in (text, hazm_words, zwnj_verbs, hunspell, parsivar):
        for w in source:
            forms[strip_zwnj(w)].add(w)

    rows: list[tuple[str, str, int]] = []
    for key, surfaces in forms.items():
        groups: dict[str, list[str]] = defaultdict(list)
        for s in surfaces:
            groups[visible(s)].append(s)
        group_text = {v: sum(text.get(s, 0.0) for s in ss) for v, ss in groups.items()}
        joined_text = group_text.get(key, 0.0)
        total = sum(group_text.values())
        hz = hazm_words.get(key, 0)
        code_extra = (
            (zipf(max(total, hz / 1e4)) << 2)
            | ((key in adjectives) << 6)
            | ((key in plain_verbs and hz < VERB_NOUN_FREQ) << 7)
        )

        candidates = [v for v in groups if v != key]
        choice = ""
        strength = KEEP_WEAK
        if candidates:
            candidates.sort(key=lambda v: group_text[v], reverse=True)
            best = candidates[0]
            best_text = group_text[best]
            second = group_text[candidates[1]] if len(candidates) > 1 else 0.0
            if best_text > 0 or joined_text > 0:
                ratio = VERB_RATIO if any(v in zwnj_verbs for v in groups[best]) else RATIO
                if best_text > 0 and best_text >= ratio * joined_text and best_text >= 2 * second:
                    choice = best
                elif joined_text > 0:
                    strength = _joined_strength(key, joined_text, text)
            else:
                # No running-text evidence: trust spelling lists (verb tables first), unless
                # two ZWNJ readings tie or hazm gives the joined form a frequency the ZWNJ
                # form does not beat.
                def lex(v: str, groups: dict[str, list[str]] = groups) -> tuple[int, int]:
                    ss = groups[v]
                    rank = max(
                        3
                        if s in zwnj_verbs
                        else 2
                        if hazm_words.get(s, 0) > 0
                        else 1
                        if s in hunspell or s in parsivar
                        else 0
                        for s in ss
                    )
                    return rank, max(hazm_words.get(s, 0) for s in ss)

                ranked = sorted(candidates, key=lex, reverse=True)
                best = ranked[0]
                tie = len(ranked) > 1 and lex(ranked[1])[0] == lex(best)[0]
                if not tie and (hz == 0 or lex(best)[1] >= 2 * hz):
                    choice = best
                elif hz > 0:
                    strength = KEEP_LEXICON
        elif joined_text > 0:
            strength = _joined_strength(key, joined_text, text)
        elif hz > 0:
            strength = KEEP_LEXICON

        if choice:
            spelled = max(groups[choice], key=lambda s: (text.get(s, 0.0), s.count(ZWNJ)))
            rows.append((key, spelled, code_extra))
        else:
            rows.append((key, "", strength | code_extra))
    rows.sort()
    return rows


_INFLECTED = re.compile(
    "(?:ها|های|هایی|هایم|هایت|هایش|هاست|هایمان|هایتان|هایشان|ان|ات|ی|یی|م|ت|ش|ند|ید|یم|د)$"
)


def prune(rows: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """Drop weak, rare, inflected joined forms (224k fa.dic plurals and the like) whose
    absence changes no decision of the restorer: they are neither blockers nor useful stems,
    and they cost ~30 MB of memory at run time. Checked by restoring each with and without."""
    from reader.core.persian.zwnj.restorer import ZwnjRestorer
    from reader.core.persian.zwnj.table import ZwnjTable

    fixes = {k: f for k, f, _ in rows if f}
    codes = {k: c for k, _, c in rows}
    candidates = {
        k
        for k, f, c in rows
        if not f and c & 3 == KEEP_WEAK and (c >> 2) & 15 == 0 and _INFLECTED.search(k)
    }
    full = ZwnjRestorer(ZwnjTable(fixes, codes))
    pruned_codes = {k: c for k, c in codes.items() if k not in candidates}
    pruned = ZwnjRestorer(ZwnjTable(fixes, pruned_codes))
    needed = {
        k
        for k in candidates
        if full.restore_word(k) != pruned.restore_word(k)
        or full.restore_word(k, closed=True) != pruned.restore_word(k, closed=True)
    }
    log.info("pruning %d of %d weak inflected keys", len(candidates) - len(needed), len(candidates))
    drop = candidates - needed
    return [row for row in rows if row[0] not in drop]


def write_table(rows: list[tuple[str, str, int]], out: Path) -> None:
    """Two tab-separated sections (``[codes]`` key/code, ``[fixes]`` key/spelling)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same rows give the same bytes, so a rebuild can be checked with cmp
    with (
        open(out, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz,
        io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh,
    ):
        fh.write("# ZWNJ evidence table, built by reader/core/persian/zwnj/build_table.py\n")
        fh.write("[codes]\n")
        fh.writelines(f"{key}\t{code}\n" for key, _, code in rows)
        fh.write("[fixes]\n")
        fh.writelines(f"{key}\t{form}\n" for key, form, _ in rows if form)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordfreq", type=Path, required=True)
    parser.add_argument("--hunspell", type=Path, required=True)
    parser.add_argument("--parsivar", type=Path, required=True)
    parser.add_argument("--shekar", type=Path, help="shekar's data/files/vocab.csv")
    parser.add_argument("--text", type=Path, nargs="*", default=[], help="ZWNJ-correct news")
    parser.add_argument(
        "--extra-text", type=Path, nargs="*", default=[], help="other ZWNJ-careful text"
    )
    parser.add_argument("--extra-weight", type=float, default=EXTRA_WEIGHT)
    parser.add_argument(
        "--exclude",
        nargs="*",
        default=[],
        help="glob(s) of files or zip members never counted (the evaluation sets' sources)",
    )
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    hazm_words, adjectives, verbs = load_hazm()
    rows = build(
        load_wordfreq(args.wordfreq),
        _combine(
            load_text_counts(args.text, tuple(args.exclude)),
            load_text_counts(args.extra_text, tuple(args.exclude)),
            args.extra_weight,
        ),
        hazm_words,
        adjectives,
        verbs,
        load_hunspell(args.hunspell),
        load_parsivar(args.parsivar)
        | load_agencies()
        | (load_shekar(args.shekar) if args.shekar else set()),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_table(prune(rows), args.out)
    fixes = sum(1 for _, form, _ in rows if form)
    log.info("%d keys, %d with a ZWNJ spelling -> %s", len(rows), fixes, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
