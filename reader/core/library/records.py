"""What the library hands out: list rows, full stored articles and statistics.

``ArticleRow`` is what the article list needs per row (small, frozen, cheap to
cache); ``StoredArticle`` is the full record for the reading pane and the CLI.
Text is raw: the UI and CLI apply display text on the way out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reader.core.article import Paragraph


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


@dataclass(slots=True)
class StoredArticle:
    id: int
    title: str
    body: list[Paragraph] = field(default_factory=list)
    overline: str = ""
    lead: str = ""
    news_code: str | None = None
    published: datetime | None = None
    date_is_fallback: bool = False
    site: str | None = None
    source: str | None = None
    url: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    origin_path: str = ""
    origin_index: int | None = None
    format: str = ""
    read: bool = False
    starred: bool = False
    imported_at: datetime | None = None

    @property
    def body_text(self) -> str:
        """Body paragraphs separated by one blank line (the CLI's JSON form)."""
        return "\n\n".join(p.text for p in self.body)


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
