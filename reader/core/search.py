"""The search box's query language, turned into an FTS5 MATCH expression.

Syntax (terms are ANDed): ``word``, ``"a phrase"`` (or ``«a phrase»``), ``-word`` /
``-"phrase"`` (exclude; any dash or a leading tatweel too), ``a | b`` (either),
``word*`` or ``word *`` (prefix), ``AND``/``OR``/``NOT`` in capitals, and field
prefixes ``title:``/``lead:``/``body:`` (and their Persian names), ``site:name``,
``source:name``. ``site:``/``source:`` are not text searches but agency filters
(folded through the canonical agency table; a name may be several words). FTS5's
own ``NEAR(a b, n)`` and ``{column}:`` are read as the words and the field.

Every term goes through ``search_key`` (the same folding as the index), and is
emitted as a quoted FTS5 string, so user input can never produce an FTS5 syntax
error: odd input (unbalanced quotes, a lone ``-`` or ``|``) degrades to plain
terms instead of raising.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.core.persian.search_key import (
    indexed_chars,
    search_key,
    search_key_offsets,
    spelling_variants,
)

log = logging.getLogger(__name__)

_TOKEN = re.compile(r'\s*(?:(\|)|(-?)(?:(\w+):)?(?:"([^"]*)"?|([^\s"|]+)))', re.UNICODE)
_TEXT_FIELDS = {
    "title": "title",
    "عنوان": "title",
    "تیتر": "title",
    "lead": "lead",
    "لید": "lead",
    "body": "body",
}
_AGENCY_FIELDS = {"site": "site", "source": "source", "سایت": "site", "منبع": "source"}
_FIELDS = _TEXT_FIELDS.keys() | _AGENCY_FIELDS.keys()


@dataclass(frozen=True, slots=True)
class Term:
    """One searchable unit as typed: a word or phrase, maybe a prefix, maybe title-only."""

    text: str
    phrase: bool = False
    prefix: bool = False
    field: str | None = None

    def forms(self) -> list[str]:
        """The text as typed, and as the index may hold a word typed with a ZWNJ: apart
        (``دانش‌آموز`` is often written ``دانش آموز``), and an ezafe ``ه‌ی`` as ``ۀ``."""
        if ZWNJ_MARK not in self.text:
            return [self.text]
        forms = [self.text.replace(ZWNJ_MARK, ""), self.text.replace(ZWNJ_MARK, " ")]
        if self.text.endswith("ه" + ZWNJ_MARK + "ی"):
            forms.append(self.text[:-2].replace(ZWNJ_MARK, ""))  # کابینه‌ی: کابینۀ
        return forms

    def fts(self) -> str | None:
        keys = [k for k in dict.fromkeys(_key(f) for f in self.forms()) if k]
        if not keys or not any(ch.isalnum() for ch in keys[0]):
            return None
        key = keys[0]
        spellings = spelling_variants(key)  # آمریکا and امریکا, پائیز and پاییز
        if self.phrase and 1 < key.count(" ") + 1 <= MAX_JOINED_RUN:
            spellings += spelling_variants(key.replace(" ", ""))  # "اسلام آباد": اسلام‌آباد
        for other in keys[1:]:
            spellings += spelling_variants(other)
        spellings = list(dict.fromkeys(spellings))
        exprs = []
        for spelling in spellings:
            expr = '"' + spelling.replace('"', '""') + '"'
            if self.prefix:
                expr += " *"
            if self.field:
                expr = f"{self.field} : {expr}"
            exprs.append(expr)
        return exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"


@dataclass(slots=True)
class ParsedQuery:
    """The query split into FTS groups and agency filters."""

    groups: list[list[Term]] = field(default_factory=list)
    """AND of groups; each group is an OR of terms."""
    excluded: list[Term] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    excluded_sites: list[str] = field(default_factory=list)
    excluded_sources: list[str] = field(default_factory=list)

    def match(self) -> str | None:
        """FTS5 MATCH expression of the positive part (None when there is none).

        Words typed one after another may be one word the article writes joined or with
        a ZWNJ (which the search key drops): ``اسلام آباد`` also finds ``اسلام‌آباد``,
        ``گفت و گو`` finds ``گفت‌وگو``. So a run of plain words is matched as the words
        or as any of them run together.
        """
        parts: list[str] = []
        groups = self.groups
        i = 0
        while i < len(groups):
            run = _plain_run(groups, i)
            if len(run) > 1:
                parts.append(_joinable(run))
                i += len(run)
                continue
            exprs = [e for e in (t.fts() for t in groups[i]) if e]
            if len(exprs) == 1:
                parts.append(exprs[0])
            elif exprs:
                parts.append("(" + " OR ".join(exprs) + ")")
            i += 1
        return " AND ".join(parts) if parts else None

    def exclude_match(self) -> str | None:
        """FTS5 expression matching any excluded term (None when there is none)."""
        exprs = [e for e in (t.fts() for t in self.excluded) if e]
        return " OR ".join(exprs) if exprs else None

    def full_match(self) -> str | None:
        """One MATCH expression for positive and excluded terms (None without positives)."""
        match = self.match()
        if match is None:
            return None
        exclude = self.exclude_match()
        return f"({match}) NOT ({exclude})" if exclude else match

    def terms(self) -> list[str]:
        """The positive words and phrases, for ``Highlighter.of``: a prefix term ends in
        ``*``, and words typed one after another come as a phrase too (``اسلام آباد``
        finds ``اسلام‌آباد``, whose mark must cover both words)."""
        terms: list[str] = []
        i = 0
        while i < len(self.groups):
            run = _plain_run(self.groups, i)
            if len(run) > 1:
                # a short word of the run (و in گفت و گو) is marked only within the run
                words = [t.text.replace(ZWNJ_MARK, " ") for t in run]
                terms += [w for w in words if len(search_key(w)) >= MIN_PREFIX_MARK]
                terms.append(" ".join(words))
                i += len(run)
                continue
            for t in self.groups[i]:
                if t.fts():
                    # a ZWNJ's two sides may stand apart or together: the pane marks both
                    forms = [f.replace(ZWNJ_MARK, " ") for f in t.forms()[1:] or t.forms()]
                    terms += [f + ("*" if t.prefix else "") for f in forms]
            i += 1
        return terms


#: At most this many words typed in a row are tried joined (2**(n-1) ways to join them).
MAX_JOINED_RUN = 4
#: Stands for a ZWNJ typed in the query (the search key drops ZWNJs), so that a term
#: knows its two sides may be written apart. A private-use character: never typed.
ZWNJ_MARK = "\ue000"


def _key(text: str) -> str:
    """The index's words of ``text`` (a ZWNJ typed in it dropped), space-separated.

    ASCII punctuation separates words as it does for the tokenizer: ``(امریکا`` is
    the word امریکا, whose spellings (آمریکا) are then looked up too.
    """
    return " ".join(indexed_chars(search_key(text.replace(ZWNJ_MARK, ""))).split())


def _plain_run(groups: list[list[Term]], start: int) -> list[Term]:
    """The plain words (no phrase, prefix or OR; one field) from ``groups[start]`` on."""
    run: list[Term] = []
    for group in groups[start : start + MAX_JOINED_RUN]:
        term = group[0] if len(group) == 1 else None
        if term is None or term.phrase or term.prefix or term.fts() is None:
            break
        if " " in _key(term.text):
            break  # "a-b" is already two words in the index
        if run and term.field != run[0].field:
            break
        run.append(term)
    return run


def _joinable(run: list[Term]) -> str:
    """``run``'s words as they are, or with neighbours written as one word."""
    ways: list[str] = []
    for mask in range(1 << (len(run) - 1)):  # bit i: join word i and word i + 1
        words: list[str] = [run[0].text]
        for i, term in enumerate(run[1:]):
            if mask >> i & 1:
                words[-1] += term.text
            else:
                words.append(term.text)
        exprs = [Term(w, field=run[0].field).fts() for w in words]
        ways.append(" AND ".join(e for e in exprs if e))
    return "(" + " OR ".join(f"({w})" for w in ways) + ")"


def _canonical(name: str) -> str:
    try:
        from reader.core.agencies import canonical_agency
    except ImportError:  # agency table not there yet: use the name as typed
        return name.strip()
    try:
        return canonical_agency(name) or name.strip()
    except Exception as exc:  # never let the search box raise
        log.debug("canonical_agency(%r) failed: %s", name, exc)
        return name.strip()


def parse(text: str) -> ParsedQuery:
    """Parse search-box text; never raises (bad syntax degrades to plain terms).

    The whole text is folded first, so detached affixes typed by the user
    (``كتاب ها``, ``می شود``) join exactly as they do in the index.
    """
    return _parse(search_key(_typed_marks(text).replace("\u200c", ZWNJ_MARK)))


# A Persian keyboard has no straight double quote: «» (and the “” „“ of word
# processors) quote a phrase too. Inside a straight-quoted phrase they stay text.
_QUOTES = "«»“”„‟"


# A term starting with another dash excludes, as "-" does: word processors and phones
# turn "-" into ‐ – − —, and a Persian keyboard's Shift+minus types the tatweel (ـ),
# which never starts a word.
_MINUS = re.compile("(?<!\\S)[\u2010-\u2015\u2212\ufe63\uff0d\u0640]+(?=\\S)")


def _typed_marks(text: str) -> str:
    """The query with the quote and minus marks the parser knows in place of variants."""
    text = _MINUS.sub("-", text)
    if not any(q in text for q in _QUOTES):
        return text
    out: list[str] = []
    inside = False  # within "..."
    for ch in text:
        if ch == '"':
            inside = not inside
        elif ch in _QUOTES and not inside:
            ch = '"'
        out.append(ch)
    return "".join(out)


# FTS5 syntax typed by people who know it: NEAR(a b, 5) and {title}: column filters.
_NEAR = re.compile(r"\bNEAR\s*\(([^()]*?)(?:,\s*\d+\s*)?(?:\)|$)")
_COLUMNS = re.compile(r"\{\s*([^{}]*?)\s*\}\s*:")
_OPERATORS = {"AND", "OR", "NOT"}
#: At most this many words after ``site:`` are tried as one agency name (رادیو فردا).
MAX_AGENCY_WORDS = 4


def _fts_syntax(text: str) -> str:
    """FTS5 operators people type, turned into the query language's own."""
    if "NEAR" in text:
        text = _NEAR.sub(lambda m: f" {m.group(1)} ", text)
    if "{" in text:
        text = _COLUMNS.sub(lambda m: f"{m.group(1)}:" if " " not in m.group(1) else " ", text)
    return text


def _known_agency(name: str) -> str | None:
    try:
        from reader.core.agencies import known_agency
    except ImportError:
        return None
    try:
        return known_agency(name)
    except Exception as exc:  # never let the search box raise
        log.debug("known_agency(%r) failed: %s", name, exc)
        return None


def _agency_name(value: str, tokens: list[re.Match[str]], at: int) -> tuple[str, int]:
    """``value`` and the plain words after it that make one agency name, and how many.

    ``site:رادیو فردا`` is the agency رادیو فردا, not رادیو plus the word فردا.
    """
    words = [value]
    for m in tokens[at : at + MAX_AGENCY_WORDS - 1]:
        bar, minus, fld, quoted, word = m.groups()
        if bar or minus or fld or quoted is not None or not word or word in _OPERATORS:
            break
        words.append(word)
    for n in range(len(words), 1, -1):
        if _known_agency(" ".join(words[:n])) is not None:
            return " ".join(words[:n]), n - 1
    return value, 0


def _parse(text: str) -> ParsedQuery:
    query = ParsedQuery()
    pending_or = False
    pending_not = False  # "NOT word"
    pending_field: tuple[str, str] | None = None  # "title:" typed before a space
    # where the last word went (a group or the excluded terms), for a "*" typed apart
    last: tuple[list[Term], int] | None = None
    text = _fts_syntax(text)
    tokens: list[re.Match[str]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            pos += 1
            continue
        pos = m.end()
        tokens.append(m)
    i = 0
    while i < len(tokens):
        bar, minus, fld, quoted, word = tokens[i].groups()
        i += 1
        if bar or (word == "OR" and not (minus or fld)):
            pending_or = bool(query.groups)
            continue
        if word in _OPERATORS and not (minus or fld):
            pending_not = word == "NOT"  # AND is what words next to each other mean
            continue
        if pending_not:
            minus, pending_not = "-", False
        if fld is None and word and word.endswith(":") and word[:-1].lower() in _FIELDS:
            # "title: ایران" applies the field to the next word; a bare "title:" is no term
            pending_field = (minus, word[:-1])
            continue
        if pending_field is not None:
            if fld is None:
                minus, fld = minus or pending_field[0], pending_field[1]
            pending_field = None
        fld_name = (fld or "").lower()
        if fld and fld_name not in _TEXT_FIELDS and fld_name not in _AGENCY_FIELDS:
            # "http://..." or "1400:10": not a field prefix, search the whole token
            word = f"{fld}:{word or quoted or ''}"
            quoted, fld_name = None, ""
        value = quoted if quoted is not None else word or ""
        if fld_name in _AGENCY_FIELDS:
            if quoted is None and value:
                value, used = _agency_name(value, tokens, i)
                i += used
            if value.strip():
                name = _canonical(value)
                kind = _AGENCY_FIELDS[fld_name]
                target = {
                    ("site", False): query.sites,
                    ("site", True): query.excluded_sites,
                    ("source", False): query.sources,
                    ("source", True): query.excluded_sources,
                }[(kind, bool(minus))]
                target.append(name)
            last = None
            continue
        if value == "*" and quoted is None and not minus:
            # "ایر *": the star typed apart makes the word before it a prefix (in
            # "ایران -ایر *" the excluded ایر, not ایران)
            if last is not None and not pending_or:
                terms, at = last
                if not terms[at].phrase:
                    terms[at] = Term(terms[at].text, prefix=True, field=terms[at].field)
            continue
        prefix = quoted is None and value.endswith("*")
        value = value.rstrip("*") if prefix else value
        if not value.strip():
            continue
        term = Term(
            text=value,
            phrase=quoted is not None,
            prefix=prefix,
            field=_TEXT_FIELDS.get(fld_name),
        )
        if minus:
            query.excluded.append(term)
            pending_or = False
            last = (query.excluded, len(query.excluded) - 1)
        elif pending_or and query.groups:
            query.groups[-1].append(term)
            pending_or = False
            last = (query.groups[-1], len(query.groups[-1]) - 1)
        else:
            query.groups.append([term])
            last = (query.groups[-1], 0)
    return query


def search_terms(text: str) -> list[str]:
    """The positive terms of a query, for highlighting (``ParsedQuery.terms``)."""
    return parse(text).terms()


#: A word of fewer letters is marked only where it is a whole word, as the search
#: found it (``و``, ``می``, ``از`` would mark the start of half the words); a longer
#: one also where a word starts with it (the pane may show ``خانه‌ی`` that the index
#: holds as ``خانه ی``).
MIN_PREFIX_MARK = 3


@dataclass(frozen=True, slots=True)
class Highlighter:
    """Finds search terms in text the way the index does: through the search key, word by
    word (punctuation between the words of a phrase, or none, as in ``اسلام‌آباد``)."""

    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, terms: Sequence[str]) -> Highlighter:
        """``terms`` as ``search_terms`` gives them; every spelling searched is marked."""
        alternatives: set[str] = set()
        for term in terms:
            term = term.strip()
            prefix = term.endswith("*")
            words = indexed_chars(search_key(term.rstrip("*"))).split()
            if not words:
                continue
            for spelling in spelling_variants(" ".join(words)):  # آمریکا for امریکا
                tokens = spelling.split()
                whole = not prefix and len(tokens[-1]) < MIN_PREFIX_MARK
                body = " *".join(re.escape(token) for token in tokens)
                alternatives.add(body + (r"(?!\S)" if whole else ""))
        if not alternatives:
            return cls(None)
        ordered = sorted(alternatives, key=lambda a: (-len(a), a))  # longest wins
        return cls(re.compile(r"(?<!\S)(?:" + "|".join(ordered) + ")"))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Non-overlapping (start, end) ranges of ``text`` that match a term, in order."""
        if self.pattern is None or not text:
            return []
        key, origins = search_key_offsets(text)
        found: list[tuple[int, int]] = []
        for m in self.pattern.finditer(indexed_chars(key)):
            start, end = origins[m.start()], origins[m.end() - 1] + 1
            while end < len(text) and unicodedata.category(text[end]) == "Mn":
                end += 1  # the word's last diacritics (ضمناً) belong to its mark
            found.append((start, end))
        return found
