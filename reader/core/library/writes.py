"""Writing to the library: read/starred marks and adding articles (tests, fixtures).

The import pipeline (``reader.core.library.importing``) writes in its own
batches; these are the small writes the GUI and CLI make.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from reader.core.article import Article
from reader.core.library.encode import insert_article
from reader.core.library.planning import CHUNK, LibraryBase


class LibraryWrites(LibraryBase):
    """The writing half of ``Library``."""

    def _set_flag(self, column: str, ids: Sequence[int], value: bool) -> None:
        ids = list(ids)
        with self.transaction() as conn:
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i : i + CHUNK]
                conn.execute(
                    f"UPDATE articles SET {column} = ? WHERE id IN ({', '.join('?' * len(chunk))})",
                    [int(value), *chunk],
                )

    def set_read(self, ids: Sequence[int], read: bool) -> None:
        """Mark articles read (or unread) in one transaction."""
        self._set_flag("read", ids, read)

    def set_starred(self, ids: Sequence[int], starred: bool) -> None:
        """Star (or unstar) articles in one transaction."""
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
