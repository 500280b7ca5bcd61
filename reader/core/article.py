"""The article record every importer produces and the library stores.

One record type for every input format keeps the importers independent of the
library: a parser only has to fill this dataclass, and the library only has to
store it. Text fields hold the *raw* text as read (never normalized); display
normalization happens on the way out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class Paragraph:
    """One body block: a paragraph of running text or a sub-heading."""

    text: str
    heading: bool = False


@dataclass(slots=True)
class Article:
    """A news article as parsed from one file or one record of a corpus.

    ``published`` is timezone-aware (Asia/Tehran) or ``None`` when the date could
    not be read; a date is never guessed. ``date_is_fallback`` is true when the
    date came from an identifier (news ID, URL, DOCID) rather than a date field.
    ``origin_path``/``origin_index`` trace the article back to its file and, for
    multi-record files, the record's index in that file.
    """

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
    raw: str = ""

    def texts(self) -> list[str]:
        """The article's own text fields, as read: overline, title, lead, body paragraphs."""
        return [self.overline, self.title, self.lead, *(p.text for p in self.body)]

    @property
    def body_text(self) -> str:
        """Body paragraphs separated by one blank line (the CLI's JSON form)."""
        return "\n\n".join(p.text for p in self.body)
