"""ArticleQuery -> one SQL statement.

All filtering and sorting happens in SQLite. Full-text conditions are written as
``id IN (SELECT rowid FROM fts WHERE fts MATCH ?)``: measured on this machine a
plain join with the FTS table took up to 122 ms where this form takes 0.3-6 ms,
because SQLite can then drive the query from the covering date/site indexes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypedDict

from reader.core.library.schema import NO_DATE
from reader.core.library.timekeys import day_range
from reader.core.query import ArticleQuery, SortKey
from reader.core.search import ParsedQuery, parse

ROW_COLUMNS = "id, title, overline, site, source, published, read, starred"

# Sort key columns per SortKey; every key ends with id for a stable tie-break and
# all parts go the same direction so reading the reversed order is exact.
SORT_COLUMNS: dict[SortKey, tuple[str, ...]] = {
    SortKey.DATE: ("published", "id"),
    SortKey.TITLE: ("title_key", "published", "id"),
    SortKey.SITE: ("site", "published", "id"),
}


@dataclass(slots=True)
class Where:
    """A WHERE clause and its parameters."""

    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


@lru_cache(maxsize=256)
def parsed(text: str) -> ParsedQuery:
    """Parse once per distinct search text (the GUI re-queries the same text often)."""
    return parse(text)


def _in(
    column: str, values: list[str] | frozenset[str], where: Where, negate: bool = False
) -> None:
    values = sorted(values)
    marks = ", ".join("?" * len(values))
    where.add(f"{column} {'NOT IN' if negate else 'IN'} ({marks})", *values)


def _agency_column(
    column: str, q: ArticleQuery, values: frozenset[str], ordered: bool, by_month: bool = False
) -> str:
    """``+column`` (no index) when an ordered page query would pick the wrong index.

    With several sites SQLite prefers the site index and then sorts every match in
    a temp B-tree (hundreds of ms for big agencies); walking the covering sort
    index in order and filtering stops after one page instead.
    """
    if by_month:
        return "+" + column  # histograms: the covering month index beats agency indexes
    if ordered and len(values) > 1 and not (q.sort == SortKey.SITE and column == "site"):
        return "+" + column
    return column


class WhereOptions(TypedDict, total=False):
    """The ``where_for`` switches the planner's callers pass on (``LibraryBase._where``)."""

    dates: bool
    sites: bool
    sources: bool
    ordered: bool
    fts_exists: bool
    by_month: bool


def where_for(
    q: ArticleQuery,
    *,
    dates: bool = True,
    sites: bool = True,
    sources: bool = True,
    ordered: bool = False,
    probe_fts: bool = False,
    fts_exists: bool = False,
    hits: Callable[[str], str] | None = None,
    by_month: bool = False,
    fts: bool = True,
) -> Where:
    """WHERE clause for ``q``; a facet or histogram switches off its own filter.

    ``ordered`` is for statements that read rows in q's order (pages); ``fts=False``
    leaves the full-text match out (the caller joins the hit list itself).
    """
    where = Where()
    if dates and (q.date_from or q.date_to):
        lo, hi = day_range(q.date_from, q.date_to)
        # undated articles (NO_DATE) never match a date filter
        where.add("published >= ?", lo if lo is not None else NO_DATE + 1)
        if hi is not None:
            where.add("published < ?", hi)
    if sites and q.sites:
        _in(_agency_column("site", q, q.sites, ordered, by_month), q.sites, where)
    if sources and q.sources:
        _in(_agency_column("source", q, q.sources, ordered, by_month), q.sources, where)
    if q.unread_only:
        where.add("read = 0")
    if q.starred_only:
        where.add("starred = 1")
    if q.text.strip():
        p = parsed(q.text.strip())
        if sites and p.sites:
            _in("site", p.sites, where)
        if sites and p.excluded_sites:
            _in("site", p.excluded_sites, where, negate=True)
        if sources and p.sources:
            _in("source", p.sources, where)
        if sources and p.excluded_sources:
            _in("source", p.excluded_sources, where, negate=True)
        # "id IN" drives the query from the FTS hits (row lookups: best for few
        # hits); "+id IN" walks an index and probes the hit list (best for many).
        # ``hits`` maps a MATCH expression to a TEMP table of its rowids (built once).
        column = "+id" if probe_fts else "id"
        match = p.full_match()
        exclude = None if match else p.exclude_match()
        if fts and (match or exclude):
            expr = match or exclude or ""
            # Prefix terms re-expand on every probe (seconds): they use the hit list.
            per_row = bool(match and probe_fts and fts_exists and "*" not in match)
            if hits is not None and not per_row:
                source = f"SELECT rowid FROM {hits(expr)}"
            else:
                source = "SELECT rowid FROM fts WHERE fts MATCH ?"
            if per_row:
                # a shallow page walking the sort index: probe FTS5 per row by rowid
                where.add(
                    "EXISTS (SELECT 1 FROM fts WHERE fts MATCH ? AND fts.rowid = articles.id)",
                    match,
                )
            elif match:
                where.add(f"{column} IN ({source})", *([] if hits else [match]))
            else:
                where.add(f"+id NOT IN ({source})", *([] if hits else [exclude]))
    return where


def text_only(q: ArticleQuery) -> bool:
    """True when the search text is q's only filter (its count comes from FTS alone)."""
    if q.date_from or q.date_to or q.sites or q.sources or q.unread_only or q.starred_only:
        return False
    p = parsed(q.text.strip())
    return not (p.sites or p.sources or p.excluded_sites or p.excluded_sources)


def order_by(q: ArticleQuery, *, reverse: bool = False) -> str:
    """ORDER BY clause of ``q`` (``reverse`` reads the same order backwards)."""
    descending = q.descending != reverse
    direction = "DESC" if descending else "ASC"
    return " ORDER BY " + ", ".join(f"{c} {direction}" for c in SORT_COLUMNS[q.sort])


def after_clause(q: ArticleQuery, key: tuple[object, ...], *, before: bool = False) -> str:
    """Condition "row comes after (or before) ``key`` in q's order" as a row-value compare."""
    columns = SORT_COLUMNS[q.sort]
    greater = q.descending == before  # descending order: "after" means smaller values
    op = ">" if greater else "<"
    marks = ", ".join("?" * len(key))
    return f"({', '.join(columns)}) {op} ({marks})"
