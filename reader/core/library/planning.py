"""The library's connection state and query planning, shared by its read and write parts.

Every read takes an ``ArticleQuery`` and runs one SQL statement built by
``reader.core.library.sql``; this base decides how SQLite should run it (drive
from the full-text hit list, or walk an index and probe the hits) and keeps the
counts. Counts are cached per (query, data version) because the GUI asks for the
count of the same query on every page fetch; the cache is invalidated by our own
writes and, through ``PRAGMA data_version``, by commits of other connections (an
import running on another thread).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Unpack

from reader.core.library import sql
from reader.core.library.hits import HitTables
from reader.core.query import ArticleQuery

log = logging.getLogger(__name__)

CHUNK = 500
"""Ids per ``... WHERE id IN (...)`` statement (well under SQLite's old 999-parameter limit)."""
PROBE_MIN_HITS = 2000
PROBE_FRACTION = 50
"""With more FTS hits than max(PROBE_MIN_HITS, articles / PROBE_FRACTION), queries
walk a covering index and probe the hit list instead of looking up every hit."""
SHALLOW_PAGE = 1000
"""Pages ending within this many rows probe the FTS index row by row (about 25 µs a
probe) instead of materialising the hit list first (about 80 ms for 500k hits): the
first screen of a common word's results then costs a few milliseconds."""


class LibraryBase:
    """One SQLite connection, its count cache and the query planner."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._writes = 0
        # counts per data version
        self._counts: OrderedDict[tuple[object, ...], int] = OrderedDict()
        self._hits = HitTables(conn, self._version)

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (for the import pipeline and benchmarks)."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; commits on success, rolls back on any exception."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            self._changed()
            raise
        self._conn.execute("COMMIT")
        self._changed()

    def _changed(self) -> None:
        self._writes += 1
        self._counts.clear()

    def _version(self) -> tuple[int, int]:
        return (self._conn.execute("PRAGMA data_version").fetchone()[0], self._writes)

    # ------------------------------------------------------------------ reading
    def total(self) -> int:
        """Number of articles in the library."""
        return self.count(ArticleQuery())

    def count(self, q: ArticleQuery) -> int:
        """Number of articles matching ``q``."""
        key = (q, self._version())
        hit = self._counts.get(key)
        if hit is not None:
            self._counts.move_to_end(key)
            return hit
        n = self._text_only_count(q)
        if n is None:
            source, where = self._from(q)
            n = int(
                self._conn.execute(
                    f"SELECT count(*) FROM {source}{where.sql}", where.params
                ).fetchone()[0]
            )
        self._counts[key] = n
        while len(self._counts) > 64:
            self._counts.popitem(last=False)
        return n

    # -- full-text planning: how many hits decides how SQLite should run the query
    def _fts_hits(self, match: str) -> int:
        return self._hits.count(match)

    def _hits_table(self, match: str) -> str:
        return self._hits.get(match)[0]

    def _probe(self, q: ArticleQuery) -> bool:
        """Walk an index and probe the FTS hits (many hits) rather than look rows up."""
        text = q.text.strip()
        if not text:
            return False
        match = sql.parsed(text).full_match()
        if match is None:
            return False
        return self._fts_hits(match) > max(PROBE_MIN_HITS, self._all() // PROBE_FRACTION)

    def _all(self) -> int:
        key = ("all", self._version())
        n = self._counts.get(key)
        if n is None:
            n = int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])
            self._counts[key] = n
        return n

    def _where(self, q: ArticleQuery, **kwargs: Unpack[sql.WhereOptions]) -> sql.Where:
        return sql.where_for(q, probe_fts=self._probe(q), hits=self._hits_table, **kwargs)

    def _from(self, q: ArticleQuery, **kwargs: Unpack[sql.WhereOptions]) -> tuple[str, sql.Where]:
        """FROM source and WHERE clause of a count or GROUP BY over q's matches.

        With a search, the hit list (a TEMP table sorted by id) drives the statement
        and each hit's filter columns are looked up in the narrow ``article_facets``
        rows: the cost follows the number of hits. Only when the hits are many AND a
        date or agency filter narrows the articles is the covering index range walked
        instead, probing the hit list (the cost follows the range).
        """
        match = self._match(q)
        if match is not None:
            narrowed = (kwargs.get("dates", True) and bool(q.date_from or q.date_to)) or (
                (kwargs.get("sites", True) and bool(q.sites))
                or (kwargs.get("sources", True) and bool(q.sources))
            )
            if not (narrowed and self._probe(q)):
                where = sql.where_for(q, fts=False, **kwargs)
                table = self._hits_table(match)
                return f"{table} AS h CROSS JOIN article_facets ON id = h.rowid", where
        return "articles", self._where(q, **kwargs)

    def _match(self, q: ArticleQuery) -> str | None:
        text = q.text.strip()
        return sql.parsed(text).full_match() if text else None

    def _text_only_count(self, q: ArticleQuery) -> int | None:
        """Count straight from the FTS index when the search text is the only filter."""
        text = q.text.strip()
        if not text:
            return self._all() if sql.text_only(q) else None
        if not sql.text_only(q):
            return None
        p = sql.parsed(text)
        match = p.full_match()
        if match is not None:
            return self._fts_hits(match)
        exclude = p.exclude_match()
        if exclude is not None:
            return self._all() - self._fts_hits(exclude)
        return self._all()
