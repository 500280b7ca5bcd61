"""Table model over the library: a row count plus a bounded cache of row pages.

With a million articles the model must never hold every row: it asks the
library for ``count(query)`` once per query and fetches rows in pages of
``PAGE_SIZE`` as the view paints them, keeping at most ``MAX_PAGES`` pages in an
LRU cache. Sorting and filtering are the library's job (one SQL query), so a
header click or a filter change builds a new ``ArticleQuery`` and resets the
model; there is no proxy model. Page reads use the model's own ``Library`` on
the GUI thread (a page of 200 rows is ~1 ms), which keeps scrolling synchronous.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reader.core.query import ArticleQuery, SortKey
from reader.ui.bidi import rtl_title
from reader.ui.dates import format_short

if TYPE_CHECKING:
    from reader.core.library import ArticleRow, Library

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 20

COL_STAR, COL_TITLE, COL_SITE, COL_DATE = range(4)
_SORT_OF_COLUMN = {COL_TITLE: SortKey.TITLE, COL_SITE: SortKey.SITE, COL_DATE: SortKey.DATE}
_COLUMN_OF_SORT = {v: k for k, v in _SORT_OF_COLUMN.items()}

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
ReadRole = Qt.ItemDataRole.UserRole + 2
StarredRole = Qt.ItemDataRole.UserRole + 3
OverlineRole = Qt.ItemDataRole.UserRole + 4

STAR = "★"

Index = QModelIndex | QPersistentModelIndex


class ArticleModel(QAbstractTableModel):
    """Rows of ``library.page(query, ...)`` for the article list."""

    queryChanged = Signal(object)  # the new ArticleQuery (e.g. after a header click)

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._query = ArticleQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self.persian_digits = True

    # --- query -------------------------------------------------------------------------

    @property
    def query(self) -> ArticleQuery:
        return self._query

    @property
    def library(self) -> Library:
        return self._library

    def set_query(self, query: ArticleQuery) -> None:
        """Show the rows of ``query`` (a reset: counts once, pages fetched lazily)."""
        changed = query != self._query
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        try:
            self._count = self._library.count(query)
        except Exception:
            log.exception("count failed for %r", query)
            self._count = 0
        self.endResetModel()
        if changed:
            self.queryChanged.emit(query)

    def refresh(self) -> None:
        """Re-read the current query (after an import or another writer)."""
        self.set_query(self._query)

    # --- rows --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def row_at(self, row: int) -> ArticleRow | None:
        """The row object at ``row`` (fetching its page if needed)."""
        if not 0 <= row < self._count:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(page_no)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _fetch(self, page_no: int) -> list[ArticleRow]:
        try:
            page = self._library.page(self._query, page_no * PAGE_SIZE, PAGE_SIZE)
        except Exception:
            log.exception("page %d failed", page_no)
            page = []
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_row_count(self) -> int:
        """Rows currently held in memory (bounded by PAGE_SIZE * MAX_PAGES)."""
        return sum(len(p) for p in self._pages.values())

    def article_id(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item is not None else None

    def row_of(self, article_id: int) -> int | None:
        """Row of an article in the current order: the cache first, then the library."""
        for page_no, page in self._pages.items():
            for i, item in enumerate(page):
                if item.id == article_id:
                    return page_no * PAGE_SIZE + i
        try:
            return self._library.row_of(self._query, article_id)
        except Exception:
            log.exception("row_of failed")
            return None

    def update_flags(
        self, ids: Iterable[int], *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Reflect read/star changes in cached rows at once (the write runs on the worker)."""
        wanted = set(ids)
        changes: dict[str, bool] = {}
        if read is not None:
            changes["read"] = read
        if starred is not None:
            changes["starred"] = starred
        for page_no, page in self._pages.items():
            for i, item in enumerate(page):
                if item.id in wanted:
                    page[i] = replace(item, **changes)
                    row = page_no * PAGE_SIZE + i
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    # --- display -----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return rtl_title(item.title)
            if column == COL_SITE:
                return item.site or ""
            if column == COL_DATE:
                return format_short(item.published, self.persian_digits)
            if column == COL_STAR:
                return STAR if item.starred else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return f"{item.overline}\n{item.title}" if item.overline else item.title
        if role == ArticleIdRole:
            return item.id
        if role == ReadRole:
            return item.read
        if role == StarredRole:
            return item.starred
        if role == OverlineRole:
            return item.overline
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_STAR, COL_DATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_STAR: STAR,
            COL_TITLE: self.tr("Title"),
            COL_SITE: self.tr("Site"),
            COL_DATE: self.tr("Date"),
        }.get(section)

    # --- sorting (in SQL) --------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_OF_COLUMN.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(self._query.with_(sort=key, descending=descending))

    @staticmethod
    def sort_column(query: ArticleQuery) -> int:
        return _COLUMN_OF_SORT[query.sort]
