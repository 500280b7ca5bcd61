"""What the library hands out: list rows, full stored articles and statistics.

``ArticleRow`` is what the article list needs per row (small, frozen, cheap to
cache); ``StoredArticle`` is the full record for the reading pane and the CLI.
Text is raw: the UI and CLI apply display text on the way out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reader.core.article import Article


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    title: str
    overline: str
    site: str | None
    source: str | None
    published: datetime | None
    read: bool
    starred: bool


@dataclass(slots=True, kw_only=True)
class StoredArticle(Article):
    """An ``Article`` as the library keeps it: its row id and the reader's marks.

    Deriving from ``Article`` keeps one definition of the article fields (and
    ``body_text``), so a field added to the record reaches the reading pane and
    the CLI too. ``raw`` is not loaded back (the library compresses it apart and
    nothing on the reading side needs it), so it stays empty.
    """

    id: int
    read: bool = False
    starred: bool = False
    imported_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LibraryStats:
    total: int
    undated: int
    sites: list[tuple[str, int]]
    sources: list[tuple[str, int]]
    months: list[tuple[int, int, int]]
    """(jalali_year, jalali_month, count), oldest first."""
    first_day: date | None = None
    last_day: date | None = None
