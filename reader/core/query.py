"""What the user asked to see: the filters, search text and sort order.

The GUI's sidebar, search box and list header, and the CLI's ``list`` options all
become one ``ArticleQuery``; the library turns it into one SQL statement. It is
immutable so it can be handed to a worker thread and compared cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import TypedDict, Unpack


class SortKey(StrEnum):
    DATE = "date"
    TITLE = "title"
    SITE = "site"


class QueryChanges(TypedDict, total=False):
    """The fields of ``ArticleQuery`` (keep in step), as ``with_`` takes them."""

    date_from: date | None
    date_to: date | None
    sites: frozenset[str]
    sources: frozenset[str]
    text: str
    unread_only: bool
    starred_only: bool
    sort: SortKey
    descending: bool


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Filters combined with AND.

    ``date_from``/``date_to`` are inclusive calendar days in Tehran local time,
    given as Gregorian ``datetime.date`` (convert Jalali input with
    ``reader.core.jalali``). Empty ``sites``/``sources`` mean "any". ``text`` is
    the search box text in the query language of ``reader.core.search``.
    """

    date_from: date | None = None
    date_to: date | None = None
    sites: frozenset[str] = field(default_factory=frozenset)
    sources: frozenset[str] = field(default_factory=frozenset)
    text: str = ""
    unread_only: bool = False
    starred_only: bool = False
    sort: SortKey = SortKey.DATE
    descending: bool = True

    def with_(self, **changes: Unpack[QueryChanges]) -> ArticleQuery:
        """A copy with some fields changed (sidebar clicks become a new query)."""
        return replace(self, **changes)
