"""The article list: a QTableView styled as a list with a constant row height.

A fixed row height is what keeps a million rows fast: the view never asks the
model for size hints, so the first screen and a jump to the end cost a few page
reads. Unread rows are bold; the star column shows starred articles.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reader.ui.article_model import (
    COL_DATE,
    COL_SITE,
    COL_STAR,
    COL_TITLE,
    ArticleModel,
    ReadRole,
    StarredRole,
)

STAR_COLOUR = QColor("#d89b00")


class _RowDelegate(QStyledItemDelegate):
    """Bold for unread rows, a golden star; never computes per-row sizes."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(ReadRole) is False:
            option.font.setBold(True)
        if index.column() == COL_STAR and index.data(StarredRole):
            option.palette.setColor(QPalette.ColorRole.Text, STAR_COLOUR)
            option.palette.setColor(QPalette.ColorRole.HighlightedText, STAR_COLOUR)
        elif index.column() in (COL_SITE, COL_DATE):
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
            option.palette.setColor(QPalette.ColorRole.Text, muted)


class ArticleList(QTableView):
    """The list of articles of the current query (object name ``articleList``)."""

    currentArticleChanged = Signal(object)  # article id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(_RowDelegate(self))
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._apply_row_height()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)

    def _apply_row_height(self) -> None:
        height = QFontMetrics(self.font()).height()
        self.verticalHeader().setDefaultSectionSize(round(height * 1.9))
        self.verticalHeader().setMinimumSectionSize(round(height * 1.2))

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STAR, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_SITE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Interactive)
        metrics = QFontMetrics(self.font())
        header.resizeSection(COL_STAR, metrics.horizontalAdvance("★") + 16)
        header.resizeSection(COL_SITE, metrics.horizontalAdvance("خبرگزاری جمهوری") + 16)
        header.resizeSection(COL_DATE, metrics.horizontalAdvance("۲۰ اردیبهشت ۱۴۰۰، ۲۰:۵۳") + 20)
        if isinstance(model, ArticleModel):
            self.sync_sort_indicator(model)
            header.sortIndicatorChanged.connect(model.sort)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)

    def sync_sort_indicator(self, model: ArticleModel) -> None:
        """Show the query's sort on the header without triggering a re-sort."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        order = (
            Qt.SortOrder.DescendingOrder if model.query.descending else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicator(ArticleModel.sort_column(model.query), order)
        header.blockSignals(False)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_row_height()

    def keyboardSearch(self, search: str) -> None:
        """Disabled: type-ahead would walk a million rows; letters are shortcuts here."""

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected, and scroll it into view."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, COL_TITLE)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.model()
        if not current.isValid() or not isinstance(model, ArticleModel):
            self.currentArticleChanged.emit(None)
            return
        self.currentArticleChanged.emit(model.article_id(current.row()))
