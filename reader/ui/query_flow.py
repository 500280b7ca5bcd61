"""One query for the list, the sidebar and the pane.

The sidebar's filters become the model's query (keeping the model's sort), the
pane highlights the query's search text, and the sidebar's facet counts follow
every query change — after the list has repainted, since both want the CPU.
Imports landing in batches re-run the query, coalesced by a short timer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from reader.core.query import ArticleQuery
    from reader.ui.article_list import ArticleList
    from reader.ui.article_model import ArticleModel
    from reader.ui.reading_pane import ReadingPane
    from reader.ui.sidebar import Sidebar

STARTUP_FACETS_DELAY_MS = 60
LIBRARY_REFRESH_MS = 400  # coalesces the re-queries while an import lands batches


class QueryFlow(QObject):
    """Carries query changes between the sidebar, the article model and the pane."""

    def __init__(
        self,
        sidebar: Sidebar,
        model: ArticleModel,
        article_list: ArticleList,
        pane: ReadingPane,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sidebar = sidebar
        self._model = model
        self._list = article_list
        self._pane = pane
        self.library_timer = QTimer(self)
        self.library_timer.setSingleShot(True)
        self.library_timer.setInterval(LIBRARY_REFRESH_MS)
        self.library_timer.timeout.connect(self.refresh_library)
        sidebar.filtersChanged.connect(self.requery)
        model.queryChanged.connect(self._on_query_changed)

    def requery(self) -> None:
        """The sidebar changed: one new query, keeping the sort and the current article."""
        self.set_query(self._sidebar.apply(self._model.query))

    def set_query(self, query: ArticleQuery) -> None:
        self._model.set_query(query)
        self._list.sync_sort_indicator(self._model)
        self._pane.set_search_text(query.text)

    def restore(self, query: ArticleQuery) -> None:
        """The last session's query, in the sidebar too; facets after the first paint."""
        self._sidebar.set_state(query)
        self._model.set_query(query)
        self._list.sync_sort_indicator(self._model)
        # Facet counts after the first paint: they would compete with it for the CPU.
        QTimer.singleShot(STARTUP_FACETS_DELAY_MS, lambda: self._sidebar.refresh(self._model.query))
        self._pane.set_search_text(query.text)

    def _on_query_changed(self, query: ArticleQuery) -> None:
        # Facet counts once the list has repainted: they compete with it for the CPU.
        QTimer.singleShot(0, lambda: self._sidebar.refresh(self._model.query))
        self._pane.set_search_text(query.text)

    def refresh_library(self) -> None:
        """The library changed (import): re-count, keep the selection, refresh facets."""
        self.set_query(self._model.query)
        self._sidebar.refresh(self._model.query)
