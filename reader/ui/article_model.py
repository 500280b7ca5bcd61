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
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reader.core.persian.digits import latin_digits, persian_digits
from reader.core.query import ArticleQuery, SortKey
from reader.ui.bidi import rtl_title
from reader.ui.dates import format_long, list_date
from reader.ui.sidebar.jalali_ranges import tehran_today

if TYPE_CHECKING:
    from reader.core.library import ArticleRow, Library

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 20

COL_STAR, COL_TITLE, COL_SITE, COL_DATE = range(4)
_SORT_OF_COLUMN = {COL_TITLE: SortKey.TITLE, COL_SITE: SortKey.SITE, COL_DATE: SortKey.DATE}
_COLUMN_OF_SORT = {v: k for k, v in _SORT_OF_COLUMN.items()}

ArticleIdRole = Qt.ItemDataRole.UserRole.value + 1
ReadRole = Qt.ItemDataRole.UserRole.value + 2
StarredRole = Qt.ItemDataRole.UserRole.value + 3
OverlineRole = Qt.ItemDataRole.UserRole.value + 4

STAR = "★"

# Roles as plain ints: ``data`` compares them for every cell, and enum compares are slow.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole.value
# Direction marks and isolates: for the eye only, a screen reader may spell them out.
_BIDI_MARKS = str.maketrans(dict.fromkeys("\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
_CENTER = Qt.AlignmentFlag.AlignCenter.value
_RIGHT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
).value

Index = QModelIndex | QPersistentModelIndex


def untitled() -> str:
    """What an article without a title is called in the list and the window title."""
    return QCoreApplication.translate("ArticleModel", "(untitled)")


def _digits(text: str, persian: bool) -> str:
    """Title digits as the reading pane shows them (numbers in Persian context only)."""
    return persian_digits(text) if persian else latin_digits(text)


class ArticleModel(QAbstractTableModel):
    """Rows of ``library.page(query, ...)`` for the article list."""

    queryChanged = Signal(object)  # the new ArticleQuery (e.g. after a header click)
    #: the library could not be read (a damaged file): SQLite's words; once, until a
    #: re-query whose reads all work
    readFailed = Signal(str)

    def __init__(
        self,
        library: Library | None,
        parent: Any = None,
        today: Callable[[], date] = tehran_today,
    ) -> None:
        super().__init__(parent)
        self._library = library
        #: Tehran's today, asked again at each query: today's rows show their clock
        self._today_of = today
        self._today = today()
        self._query = ArticleQuery()
        self._count = 0
        self._failure_said = False
        self._failed_since_reset = False  # a read failed under the current reset
        self._pages: OrderedDict[int, list[list[Any]]] = OrderedDict()
        self.persian_digits = True
        # Raw title -> display title (hazm's letters and spacing, ZWNJs restored); None
        # shows titles as stored until display text has loaded.
        self.title_display: Callable[[str], str] | None = None
        self.language = "fa"  # "fa" | "en": how dates are spelled (see reader.ui.dates)
        self.compact_dates = False  # numeric dates, for a narrow list (set by the view)
        # Set by the view (font and palette are the view's): unread rows, star, muted columns.
        self.bold_font = QFont()
        self.bold_font.setBold(True)
        self.star_brush = QBrush(QColor("#d89b00"))
        self.muted_brush: QBrush | None = None

    # --- query -------------------------------------------------------------------------

    @property
    def query(self) -> ArticleQuery:
        return self._query

    @property
    def library(self) -> Library | None:
        return self._library

    def set_library(self, library: Library | None) -> None:
        """Read from this library from now on (``None``: no rows, e.g. while it upgrades)."""
        self._library = library
        self.refresh()

    def set_query(self, query: ArticleQuery) -> None:
        """Show the rows of ``query`` (a reset: counts once, pages fetched lazily)."""
        changed = query != self._query
        # Only a whole re-query without a failed read makes a new failure news: the count
        # may work while the rows behind it cannot be read, and every refresh (an import,
        # another writer) opened one more warning.
        if not self._failed_since_reset:
            self._failure_said = False
        self._failed_since_reset = False
        self.beginResetModel()
        self._today = self._today_of()
        self._query = query
        self._pages.clear()
        try:
            self._count = self._library.count(query) if self._library is not None else 0
        except Exception as exc:
            log.exception("count failed for %r", query)
            self._count = 0
            self._read_failed(exc)
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

    def _entry(self, row: int) -> list[Any] | None:
        """``[ArticleRow, display texts or None]`` at ``row``, fetching its page if needed."""
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

    def row_at(self, row: int) -> ArticleRow | None:
        """The row object at ``row`` (fetching its page if needed)."""
        entry = self._entry(row)
        return entry[0] if entry is not None else None

    def _fetch(self, page_no: int) -> list[list[Any]]:
        if self._library is None:
            return []
        try:
            rows = self._library.page(self._query, page_no * PAGE_SIZE, PAGE_SIZE)
        except Exception as exc:
            log.exception("page %d failed", page_no)
            rows = []
            self._read_failed(exc)
        page = [[item, None] for item in rows]
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _read_failed(self, exc: Exception) -> None:
        """Tell the window, once: an empty list would otherwise pass for "no articles"."""
        if not isinstance(exc, sqlite3.DatabaseError):
            return
        self._failed_since_reset = True
        if not self._failure_said:
            self._failure_said = True
            self.readFailed.emit(str(exc))

    def cached_row_count(self) -> int:
        """Rows currently held in memory (bounded by PAGE_SIZE * MAX_PAGES)."""
        return sum(len(p) for p in self._pages.values())

    def article_id(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item is not None else None

    def row_of(self, article_id: int) -> int | None:
        """Row of an article in the current order: the cache first, then the library."""
        for page_no, page in self._pages.items():
            for i, entry in enumerate(page):
                if entry[0].id == article_id:
                    return page_no * PAGE_SIZE + i
        if self._library is None:
            return None
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
            for i, entry in enumerate(page):
                if entry[0].id in wanted:
                    page[i] = [replace(entry[0], **changes), None]
                    row = page_no * PAGE_SIZE + i
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    # --- display -----------------------------------------------------------------------

    def _texts(self, entry: list[Any]) -> tuple[str, str, str, str]:
        item: ArticleRow = entry[0]
        texts = (
            STAR if item.starred else "",
            rtl_title(_digits(self._title(item.title), self.persian_digits))
            if item.title.strip()
            else untitled(),
            item.site or "",
            list_date(
                item.published,
                self.persian_digits,
                self.language,
                self._today,
                compact=self.compact_dates,
            ),
        )
        entry[1] = texts
        return texts

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every role of every visible cell on each paint: keep it flat.
        entry = self._entry(index.row())
        if entry is None:
            return None
        if role == _DISPLAY:
            return (entry[1] or self._texts(entry))[index.column()]
        item: ArticleRow = entry[0]
        if role == _FONT:
            return None if item.read else self.bold_font
        if role == _FOREGROUND:
            column = index.column()
            if column == COL_STAR:
                return self.star_brush
            return self.muted_brush if column != COL_TITLE else None
        if role == _ALIGNMENT:
            # Persian titles and names sit on the right even in the English UI.
            return _CENTER if index.column() in (COL_STAR, COL_DATE) else _RIGHT
        if role == _TOOLTIP and index.column() == COL_TITLE:
            return f"{item.overline}\n{item.title}" if item.overline else item.title
        if role == _TOOLTIP and index.column() == COL_DATE and item.published is not None:
            return format_long(item.published, self.persian_digits, self.language)
        if role == ArticleIdRole:
            return item.id
        if role == ReadRole:
            return item.read
        if role == StarredRole:
            return item.starred
        if role == OverlineRole:
            return item.overline
        if role == _ACCESSIBLE_TEXT:
            return self._spoken(entry, index.column())
        return None

    def _spoken(self, entry: list[Any], column: int) -> str:
        """What a screen reader says for a cell (asked only when one is running).

        The painted row shows read state in bold and the star as a glyph; a screen
        reader hears neither. The title cell, the one the keyboard moves along, says
        the whole row: title, site, full date, and unread or starred.
        """
        item: ArticleRow = entry[0]
        _star, title, site, _date = entry[1] or self._texts(entry)
        when = (
            format_long(item.published, self.persian_digits, self.language)
            if item.published is not None
            else ""
        )
        if column == COL_STAR:
            if item.starred:
                return QCoreApplication.translate("ArticleModel", "Starred")
            return QCoreApplication.translate("ArticleModel", "Not starred")
        if column == COL_SITE:
            text = site
        elif column == COL_DATE:
            text = when
        else:
            parts = [title, site, when]
            if not item.read:
                parts.append(QCoreApplication.translate("ArticleModel", "unread"))
            if item.starred:
                parts.append(QCoreApplication.translate("ArticleModel", "starred"))
            text = QCoreApplication.translate("ArticleModel", ", ").join(p for p in parts if p)
        return text.translate(_BIDI_MARKS)

    def _title(self, raw: str) -> str:
        show = self.title_display
        if show is None:
            return raw
        try:
            return show(raw)
        except Exception:
            # Painting must go on: one title that display text chokes on is shown as stored.
            log.exception("display text failed for a list title: shown as stored")
            return raw

    def set_title_display(self, show: Callable[[str], str] | None) -> None:
        """Titles through ``show`` (display text) from now on; cached row texts are rebuilt."""
        self.title_display = show
        self._forget_texts()

    def set_persian_digits(self, persian: bool) -> None:
        """Dates in Persian or Latin digits; cached row texts are rebuilt."""
        self.persian_digits = persian
        self._forget_texts()

    def set_language(self, language: str) -> None:
        """Dates spelled for the UI language ("fa" or "en"); cached row texts are rebuilt."""
        if language == self.language:
            return
        self.language = language
        self._forget_texts()

    def set_compact_dates(self, compact: bool) -> None:
        """Numeric dates (a narrow list) or spelled-out ones; cached row texts are rebuilt."""
        if compact == self.compact_dates:
            return
        self.compact_dates = compact
        self._forget_texts()

    def _forget_texts(self) -> None:
        for page in self._pages.values():
            for entry in page:
                entry[1] = None
        if self._count:
            # Titles follow the digits setting too: every column is repainted.
            self.dataChanged.emit(self.index(0, COL_STAR), self.index(self._count - 1, COL_DATE))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and section == COL_STAR:
            return self.tr("Starred")  # not "black star"
        if role != Qt.ItemDataRole.DisplayRole:
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
