"""Moving through articles: next/previous, unread, paging, history, read/star marks.

The list's current row is the single source of "the current article"; every
move changes it, and the window reacts by asking the pane to show it. History
(Alt+←/→) records articles in the order they were read, so going back works
across filter changes. Marking read happens after a delay so skimming past an
article with j does not mark it. Writes run on the library worker; the model's
cached rows are updated at once so the list does not wait for SQLite.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.ui.article_model import ReadRole, StarredRole

if TYPE_CHECKING:
    from reader.ui.article_list import ArticleList
    from reader.ui.article_model import ArticleModel
    from reader.ui.db_worker import LibraryService
    from reader.ui.reading_pane import ReadingPane

log = logging.getLogger(__name__)

HISTORY_LIMIT = 500


class History:
    """Back/forward through article ids, like a browser's history."""

    def __init__(self) -> None:
        self._items: list[int] = []
        self._pos = -1

    def visit(self, article_id: int) -> None:
        if 0 <= self._pos < len(self._items) and self._items[self._pos] == article_id:
            return
        del self._items[self._pos + 1 :]
        self._items.append(article_id)
        if len(self._items) > HISTORY_LIMIT:
            del self._items[0]
        self._pos = len(self._items) - 1

    def back(self) -> int | None:
        if self._pos <= 0:
            return None
        self._pos -= 1
        return self._items[self._pos]

    def forward(self) -> int | None:
        if self._pos >= len(self._items) - 1:
            return None
        self._pos += 1
        return self._items[self._pos]


class Navigator(QObject):
    """Runs the Go and Article actions against the list, model, pane and library."""

    statusMessage = Signal(str)

    def __init__(
        self,
        article_list: ArticleList,
        model: ArticleModel,
        pane: ReadingPane,
        service: LibraryService,
        mark_read_delay_ms: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = article_list
        self.model = model
        self.pane = pane
        self.service = service
        self.history = History()
        self._delay = mark_read_delay_ms
        self._navigating_history = False
        self._current_id: int | None = None
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.timeout.connect(self._mark_current_read)
        article_list.currentArticleChanged.connect(self._on_current_changed)

    # --- the current article -----------------------------------------------------------

    @property
    def current_id(self) -> int | None:
        return self._current_id

    def _on_current_changed(self, article_id: int | None) -> None:
        self._current_id = article_id
        self.pane.request(article_id)
        self._mark_timer.stop()
        if article_id is None:
            return
        if not self._navigating_history:
            self.history.visit(article_id)
        delay = self._delay()
        if delay >= 0:
            self._mark_timer.start(delay)

    def _mark_current_read(self) -> None:
        row = self.list.current_row()
        if row < 0 or self.model.index(row, 0).data(ReadRole) is not False:
            return
        self.set_read(True)

    def select_article(self, article_id: int) -> bool:
        """Make an article current if the current query contains it."""
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self.list.select_row(row)
        return True

    # --- moves -------------------------------------------------------------------------

    def move(self, delta: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = self.list.current_row()
        target = 0 if row < 0 else max(0, min(count - 1, row + delta))
        self.list.select_row(target)

    def first(self) -> None:
        self.list.select_row(0)

    def last(self) -> None:
        self.list.select_row(self.model.rowCount() - 1)

    def next_unread(self, backwards: bool = False) -> None:
        query = self.model.query
        row = self.list.current_row()
        if row < 0 and backwards:
            row = self.model.rowCount()

        def found(target: int | None) -> None:
            if query != self.model.query:
                return  # the filters changed meanwhile
            if target is None:
                self.statusMessage.emit(self.tr("No more unread articles"))
                return
            self.list.select_row(target)

        self.service.submit(
            lambda lib: lib.next_unread(query, row, backwards), found, tag="next_unread"
        )

    def page_down(self) -> None:
        """Space: scroll the pane; at its end, go to the next unread article."""
        if self.pane.article is None or self.pane.at_end():
            self.next_unread()
        else:
            self.pane.page_down()

    def page_up(self) -> None:
        self.pane.page_up()

    def back(self) -> None:
        self._go_history(self.history.back())

    def forward(self) -> None:
        self._go_history(self.history.forward())

    def _go_history(self, article_id: int | None) -> None:
        if article_id is None:
            return
        self._navigating_history = True
        try:
            if not self.select_article(article_id):
                self._current_id = article_id  # not under the current filters: pane only
                self.list.clearSelection()
                self.pane.request(article_id)
        finally:
            self._navigating_history = False

    # --- marks -------------------------------------------------------------------------

    def toggle_read(self) -> None:
        row = self.list.current_row()
        if row >= 0:
            self.set_read(not self.model.index(row, 0).data(ReadRole))

    def toggle_star(self) -> None:
        row = self.list.current_row()
        if row >= 0:
            self.set_starred(not self.model.index(row, 0).data(StarredRole))

    def set_read(self, read: bool) -> None:
        article_id = self._current_id
        if article_id is None:
            return
        self._mark_timer.stop()
        self.model.update_flags([article_id], read=read)
        self.service.submit(lambda lib: lib.set_read([article_id], read), writes=False)

    def set_starred(self, starred: bool) -> None:
        article_id = self._current_id
        if article_id is None:
            return
        self.model.update_flags([article_id], starred=starred)
        self.service.submit(lambda lib: lib.set_starred([article_id], starred), writes=False)

    def open_original(self) -> None:
        if not self.pane.open_original():
            self.statusMessage.emit(self.tr("This article has no original address"))
