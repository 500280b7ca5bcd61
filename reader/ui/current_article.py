"""Keeping the current article current: across re-queries, and from clicks.

A model reset (new filters, sort, an import landing) empties the list's
selection. The article that was shown stays in the pane; its new row is looked
up on the worker and selected again, without re-rendering or adding history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject

from reader.ui.article_model import COL_STAR

if TYPE_CHECKING:
    from reader.core.query import ArticleQuery
    from reader.ui.article_list import ArticleList
    from reader.ui.article_model import ArticleModel
    from reader.ui.db_worker import LibraryService
    from reader.ui.navigation import Navigator
    from reader.ui.reading_pane import ReadingPane


class CurrentArticle(QObject):
    """Reselects the current article after a reset; a star-cell click toggles its star."""

    def __init__(
        self,
        article_list: ArticleList,
        model: ArticleModel,
        pane: ReadingPane,
        navigator: Navigator,
        service: LibraryService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._list = article_list
        self._model = model
        self._pane = pane
        self._navigator = navigator
        self._service = service
        self._reselect_id: int | None = None
        #: where the current row was on screen, and under which query (see _reselect)
        self._reselect_y: int | None = None
        self._query_before: ArticleQuery | None = None
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        article_list.clicked.connect(self._on_list_clicked)

    def show(self, article_id: int) -> None:
        """Select an article (e.g. the first imported one), widening nothing."""
        if not self._navigator.select_article(article_id):
            self._pane.request(article_id)

    def _before_reset(self) -> None:
        self._reselect_id = self._navigator.current_id
        self._reselect_y = self._list.row_y(self._list.current_row())
        self._query_before = self._model.query

    def _after_reset(self) -> None:
        """Keep the current article selected across a re-query (filters, sort, import).

        Its new row is looked up on the worker: for a search over a million
        articles that lookup costs more than the whole repaint of the list.
        """
        article_id, self._reselect_id = self._reselect_id, None
        if article_id is None:
            return
        query = self._model.query
        self._service.submit(
            lambda lib: lib.row_of(query, article_id),
            lambda row: self._reselect(query, article_id, row),
            tag="reselect",
        )

    def _reselect(self, query: ArticleQuery, article_id: int, row: int | None) -> None:
        if row is None or query != self._model.query or self._list.current_row() >= 0:
            return  # gone from the list, filters changed again, or the user moved on
        if self._navigator.current_id != article_id:
            return
        # The same query re-read (an import landed): the row stays where it was on
        # screen, as in a mail client; new filters scroll it into view instead.
        at_y = self._reselect_y if query == self._query_before else None
        self._list.blockSignals(True)  # same article: no re-render, no history
        self._list.select_row(row, at_y=at_y)
        self._list.blockSignals(False)

    def _on_list_clicked(self, index: QModelIndex) -> None:
        """A click on the star cell stars or unstars the (now current) article."""
        if index.column() == COL_STAR and index.row() == self._list.current_row():
            self._navigator.toggle_star()
