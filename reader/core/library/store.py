"""The ``Library``: one SQLite connection over one library file.

Every read takes an ``ArticleQuery`` and runs one SQL statement built by
``reader.core.library.sql``. Counts are cached per (query, data version) because
the GUI asks for the count of the same query on every page fetch; the cache is
invalidated by our own writes and, through ``PRAGMA data_version``, by commits of
other connections (an import running on another thread).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import Literal, Self

from reader.core.article import Article, Paragraph
from reader.core.library import sql
from reader.core.library.encode import decode_body, insert_article
from reader.core.library.hits import HitTables
from reader.core.library.records import ArticleRow, LibraryStats, StoredArticle
from reader.core.library.schema import (
    NO_DATE,
    SCHEMA_VERSION,
    SchemaError,
    migrate,
    schema_version,
)
from reader.core.library.timekeys import TEHRAN, from_epoch, local_day
from reader.core.query import ArticleQuery
from reader.core.search import search_terms

log = logging.getLogger(__name__)

_CHUNK = 500  # ids per UPDATE ... IN (...) statement
PROBE_MIN_HITS = 2000
PROBE_FRACTION = 50
"""With more FTS hits than max(PROBE_MIN_HITS, articles / PROBE_FRACTION), queries
walk a covering index and probe the hit list instead of looking up every hit."""


class LibraryError(Exception):
    """The library file cannot be opened or used; the message is for the user."""


def needs_migration(path: str | Path) -> bool:
    """True when ``Library.open(path)`` will upgrade the file's schema first.

    An upgrade rewrites tables and can take a minute on a million articles, so the
    GUI checks this (cheap: it reads the file header only) and shows "Upgrading
    library..." before opening. False for a missing, new or unreadable file (open
    creates it, or reports the error).
    """
    path = Path(path).expanduser()
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error:
        return False
    try:
        return 0 < schema_version(conn) < SCHEMA_VERSION
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _row(r: tuple) -> ArticleRow:
    return ArticleRow(
        id=r[0],
        title=r[1],
        overline=r[2],
        site=r[3] or None,
        source=r[4] or None,
        published=from_epoch(r[5]),
        read=bool(r[6]),
        starred=bool(r[7]),
    )


class Library:
    """An article library stored in one SQLite file (WAL, FTS5)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._writes = 0
        self._counts: OrderedDict[tuple, int] = OrderedDict()  # counts per data version
        self._hits = HitTables(conn, self._version)

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        on_migrate: Callable[[int, int], None] | None = None,
    ) -> Self:
        """Open (and create or migrate) the library at ``path``; ``LibraryError`` if impossible.

        ``on_migrate(found_version, new_version)`` is called just before an existing
        library's schema is upgraded (which may take a while), e.g. to show a message.
        """
        path = Path(path).expanduser()
        if not path.exists():
            if not create:
                raise LibraryError(f"no library at {path}")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create folder for library {path}: {exc}") from exc
        elif path.is_dir():
            raise LibraryError(f"library path {path} is a folder, not a file")
        try:
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=30.0
            )
        except sqlite3.Error as exc:
            raise LibraryError(f"cannot open library {path}: {exc}") from exc
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA mmap_size = 268435456")
            conn.execute("PRAGMA cache_size = -65536")
            found = schema_version(conn)
            if 0 < found < SCHEMA_VERSION:
                log.info("upgrading library %s from schema %d to %d", path, found, SCHEMA_VERSION)
                if on_migrate is not None:
                    on_migrate(found, SCHEMA_VERSION)
            migrate(conn)
        except (sqlite3.Error, SchemaError) as exc:
            conn.close()
            raise LibraryError(f"cannot use library {path}: {exc}") from exc
        return cls(path, conn)

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        return self._hits.get(match)[1]

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

    def _where(self, q: ArticleQuery, **kwargs: bool) -> sql.Where:
        return sql.where_for(q, probe_fts=self._probe(q), hits=self._hits_table, **kwargs)

    def _from(self, q: ArticleQuery, **kwargs: bool) -> tuple[str, sql.Where]:
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
                where = sql.where_for(q, fts=False, **kwargs)  # type: ignore[arg-type]
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

    def page(self, q: ArticleQuery, offset: int, limit: int) -> list[ArticleRow]:
        """Rows ``[offset, offset + limit)`` in q's order.

        Past the middle the reversed order is read from its start, so the last page
        of a million rows costs what the first one does.
        """
        if limit <= 0 or offset < 0:
            return []
        n = self.count(q)
        if offset >= n:
            return []
        limit = min(limit, n - offset)
        reverse = offset > n // 2
        if reverse:
            offset = n - offset - limit
        # Step 1 walks only the covering sort index (skipping ``offset`` entries is
        # cheap there); step 2 reads the wide rows of just this page.
        where = self._where(q, ordered=True)
        ids = [
            r[0]
            for r in self._conn.execute(
                f"SELECT id FROM articles{where.sql}"
                f"{sql.order_by(q, reverse=reverse)} LIMIT ? OFFSET ?",
                [*where.params, limit, offset],
            )
        ]
        if reverse:
            ids.reverse()
        return self.rows(ids)

    def rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """List rows of the given articles, in the given order (missing ids left out)."""
        found: dict[int, tuple] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for r in self._conn.execute(
                f"SELECT {sql.ROW_COLUMNS} FROM articles WHERE id IN ({marks})", chunk
            ):
                found[r[0]] = r
        return [_row(found[i]) for i in ids if i in found]

    def _sort_key(self, q: ArticleQuery, article_id: int) -> tuple[object, ...] | None:
        columns = ", ".join(sql.SORT_COLUMNS[q.sort])
        where = self._where(q)
        where.add("id = ?", article_id)
        return self._conn.execute(
            f"SELECT {columns} FROM articles{where.sql}", where.params
        ).fetchone()

    def row_of(self, q: ArticleQuery, article_id: int) -> int | None:
        """Position of ``article_id`` in q's order, or None if it does not match ``q``."""
        key = self._sort_key(q, article_id)
        if key is None:
            return None
        where = self._where(q)
        where.add(sql.after_clause(q, key, before=True), *key)
        return int(
            self._conn.execute(
                f"SELECT count(*) FROM articles{where.sql}", where.params
            ).fetchone()[0]
        )

    def next_unread(self, q: ArticleQuery, after_row: int, backwards: bool = False) -> int | None:
        """Row index of the next (or previous) unread article after ``after_row`` in q's order."""
        where = self._where(q, ordered=True)
        where.add("read = 0")
        n = self.count(q)
        if 0 <= after_row < n:
            anchor = self.page(q, after_row, 1)
            if not anchor:
                return None
            key = self._sort_key(q, anchor[0].id)
            if key is None:
                return None
            where.add(sql.after_clause(q, key, before=backwards), *key)
        elif (backwards and after_row < 0) or (not backwards and after_row >= n):
            return None
        found = self._conn.execute(
            f"SELECT id FROM articles{where.sql}{sql.order_by(q, reverse=backwards)} LIMIT 1",
            where.params,
        ).fetchone()
        return None if found is None else self.row_of(q, found[0])

    def get(self, article_id: int) -> StoredArticle | None:
        """The full stored record of one article."""
        r = self._conn.execute(
            "SELECT id, title, body, overline, lead, news_code, published, date_is_fallback,"
            " site, source, url, category, tags, origin_path, origin_index, format,"
            " read, starred, imported_at FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if r is None:
            return None
        import json

        return StoredArticle(
            id=r[0],
            title=r[1],
            body=[Paragraph(text, heading) for text, heading in decode_body(r[2])],
            overline=r[3],
            lead=r[4],
            news_code=r[5],
            published=from_epoch(r[6]),
            date_is_fallback=bool(r[7]),
            site=r[8] or None,
            source=r[9] or None,
            url=r[10],
            category=r[11],
            tags=json.loads(r[12]),
            origin_path=r[13],
            origin_index=r[14],
            format=r[15],
            read=bool(r[16]),
            starred=bool(r[17]),
            imported_at=datetime.fromtimestamp(r[18], TEHRAN),
        )

    def facet_counts(
        self, q: ArticleQuery, facet: Literal["site", "source"]
    ) -> list[tuple[str, int]]:
        """Article counts per site (or source) under q's other filters, biggest first."""
        if facet not in ("site", "source"):
            raise ValueError(f"unknown facet {facet!r}")
        source, where = self._from(q, sites=facet != "site", sources=facet != "source")
        where.add(f"{facet} <> ''")
        rows = self._conn.execute(
            f"SELECT {facet}, count(*) FROM {source}{where.sql} GROUP BY {facet}", where.params
        ).fetchall()
        rows.sort(key=lambda r: (-r[1], r[0]))
        return [(r[0], r[1]) for r in rows]

    def month_histogram(self, q: ArticleQuery) -> list[tuple[int, int, int]]:
        """(jalali_year, month, count) oldest first; q's date filters are ignored."""
        source, where = self._from(q, dates=False, by_month=True)
        where.add("jmonth IS NOT NULL")
        if source == "articles":  # the covering month index delivers the groups in order
            rows = self._conn.execute(
                f"SELECT jmonth, count(*) FROM {source}{where.sql} GROUP BY jmonth ORDER BY jmonth",
                where.params,
            ).fetchall()
        else:
            # Hits in id order: SQLite would sort every hit in a temp B-tree to group
            # them (227 ms for 214k hits); counting the integers here takes 134 ms.
            counts = Counter(
                jm
                for (jm,) in self._conn.execute(
                    f"SELECT jmonth FROM {source}{where.sql}", where.params
                )
            )
            rows = sorted(counts.items())
        return [(jm // 100, jm % 100, n) for jm, n in rows]

    def day_histogram(self, q: ArticleQuery, jy: int, jm: int) -> list[tuple[int, int]]:
        """(jalali_day, count) of one Jalali month; q's date filters are ignored."""
        where = self._where(q, dates=False, by_month=True)
        where.add("jmonth = ?", jy * 100 + jm)
        rows = self._conn.execute(
            f"SELECT jday, count(*) FROM articles{where.sql} GROUP BY jday ORDER BY jday",
            where.params,
        ).fetchall()
        return [(d, n) for d, n in rows]

    def date_bounds(self) -> tuple[date, date] | None:
        """First and last Tehran-local day with an article (None when nothing is dated)."""
        lo = self._conn.execute(
            "SELECT min(published) FROM articles WHERE published > ?", (NO_DATE,)
        ).fetchone()[0]
        if lo is None:
            return None
        hi = self._conn.execute("SELECT max(published) FROM articles").fetchone()[0]
        return local_day(lo), local_day(hi)

    def stats(self) -> LibraryStats:
        """Counts per site, source and Jalali month."""
        q = ArticleQuery()
        bounds = self.date_bounds()
        undated = self._conn.execute(
            "SELECT count(*) FROM articles WHERE published = ?", (NO_DATE,)
        ).fetchone()[0]
        return LibraryStats(
            total=self.total(),
            undated=int(undated),
            sites=self.facet_counts(q, "site"),
            sources=self.facet_counts(q, "source"),
            months=self.month_histogram(q),
            first_day=bounds[0] if bounds else None,
            last_day=bounds[1] if bounds else None,
        )

    def search_terms(self, text: str) -> list[str]:
        """Plain positive terms of a search text (for highlighting)."""
        return search_terms(text)

    # ------------------------------------------------------------------ writing
    def _set_flag(self, column: str, ids: Sequence[int], value: bool) -> None:
        ids = list(ids)
        with self.transaction() as conn:
            for i in range(0, len(ids), _CHUNK):
                chunk = ids[i : i + _CHUNK]
                conn.execute(
                    f"UPDATE articles SET {column} = ? WHERE id IN ({', '.join('?' * len(chunk))})",
                    [int(value), *chunk],
                )

    def set_read(self, ids: Sequence[int], read: bool) -> None:
        self._set_flag("read", ids, read)

    def set_starred(self, ids: Sequence[int], starred: bool) -> None:
        self._set_flag("starred", ids, starred)

    def add_articles(self, articles: Iterable[Article]) -> tuple[int, int]:
        """Insert articles in one transaction; (added, duplicates)."""
        added = duplicates = 0
        now = int(time.time())
        with self.transaction() as conn:
            for article in articles:
                if insert_article(conn, article, now) is None:
                    duplicates += 1
                else:
                    added += 1
        return added, duplicates
