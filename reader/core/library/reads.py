"""Reading articles: pages of list rows in a query's order, positions, full records.

Deep pages are as cheap as the first: past the middle the reversed order is
read, and the sort index alone is walked before the wide rows of just one page
are fetched.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reader.core.article import Paragraph
from reader.core.library import sql
from reader.core.library.encode import decode_body
from reader.core.library.planning import CHUNK, SHALLOW_PAGE, LibraryBase
from reader.core.library.records import ArticleRow, StoredArticle
from reader.core.library.timekeys import TEHRAN, from_epoch
from reader.core.query import ArticleQuery
from reader.core.search import search_terms


def _row(r: tuple[Any, ...]) -> ArticleRow:
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


class LibraryReads(LibraryBase):
    """The reading half of ``Library``: rows, positions and full articles."""

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
        where = self._where(q, ordered=True, fts_exists=offset + limit <= SHALLOW_PAGE)
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
        found: dict[int, tuple[Any, ...]] = {}
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
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
        key: tuple[object, ...] | None = self._conn.execute(
            f"SELECT {columns} FROM articles{where.sql}", where.params
        ).fetchone()
        return key

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

    def search_terms(self, text: str) -> list[str]:
        """Plain positive terms of a search text (for highlighting)."""
        return search_terms(text)
