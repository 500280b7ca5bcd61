"""The article list: a QTableView styled as a list with a constant row height.

A fixed row height is what keeps a million rows fast: the view never asks the
model for size hints, so the first screen and a jump to the end cost a few page
reads. Unread rows are bold; the star column shows starred articles.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFocusEvent, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reader.ui.article_model import COL_DATE, COL_SITE, COL_STAR, COL_TITLE, ArticleModel
from reader.ui.bidi import has_rtl
from reader.ui.dates import ui_language
from reader.ui.item_painting import textless_item

log = logging.getLogger(__name__)

TEXT_PADDING = 6  # px inside title and site cells, on both sides

#: The share of a narrow list's width kept for titles before the site column shrinks.
TITLE_SHARE = 0.45
MIN_SITE_WIDTH = 56  # px: narrower than this, the site column is hidden
DATE_SAMPLES = {"fa": "۲۹ اردیبهشت ۱۴۰۰", "en": "29 Ordibehesht 1400"}
"""The widest date of each UI language (English spells months out in Latin letters)."""
COMPACT_DATE_SAMPLES = {"fa": "۱۴۰۰/۰۲/۲۹", "en": "1400/02/29"}
"""The same day in numbers, as a narrow list shows it."""
#: With spelled-out dates the titles must keep this many characters (after the site
#: column gave way); fewer, and the dates are shown in numbers.
COMPACT_TITLE_CHARS = 30
TITLE_SAMPLE = "تعاملات نظامی- دفاعی ایران و پاکستان گسترش بیشتری می‌یابد"
"""A typical headline, to find the average character width of the list's font."""


class RightToLeftDelegate(QStyledItemDelegate):
    """Paints a cell's text as a right-to-left paragraph, whatever the UI direction.

    Persian titles and site names laid out in the English UI's left-to-right
    paragraph get the ellipsis on the wrong side (next to the first word, where
    the title starts) and are cut without a mark at their real end. Under the
    text's own direction ``ElideRight`` drops the logical end and puts "…" on the
    left, where a Persian reader expects it. Only these two columns use it: the
    star and date cells keep the fast default painting.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text  # type: ignore[attr-defined]
        # an English headline is the one left-to-right title: its "…" goes on the right
        rtl = has_rtl(text) or not any(ch.isascii() and ch.isalpha() for ch in text)
        option.direction = (  # type: ignore[attr-defined]
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The cell's background over its whole width, the text inset by ``TEXT_PADDING``.

        Without the inset a long title's ellipsis runs into the site name beside it.
        """
        opt, style, widget, text = textless_item(self, option, index)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        opt.text = text  # type: ignore[attr-defined]
        opt.rect = opt.rect.adjusted(TEXT_PADDING, 0, -TEXT_PADDING, 0)  # type: ignore[attr-defined]
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # type: ignore[attr-defined]
        opt.backgroundBrush = QBrush()  # type: ignore[attr-defined]
        opt.state &= ~QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            # Keep the selected text colour without painting the highlight twice.
            highlighted = opt.palette.color(QPalette.ColorRole.HighlightedText)  # type: ignore[attr-defined]
            opt.palette.setColor(QPalette.ColorRole.Text, highlighted)  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


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
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._apply_row_height()
        self._rtl_delegate = RightToLeftDelegate(self)
        self.setItemDelegateForColumn(COL_TITLE, self._rtl_delegate)
        self.setItemDelegateForColumn(COL_SITE, self._rtl_delegate)
        self._site_width = 0  # the site column's own width, set with the model
        self._date_widths = (0, 0)  # the date column's width: spelled out, in numbers
        self._compact_titles = 0  # px: titles narrower than this get numeric dates
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
        self._site_width = metrics.horizontalAdvance("خبرگزاری جمهوری") + 16
        header.resizeSection(COL_SITE, self._site_width)
        if isinstance(model, ArticleModel):
            self.fit_date_column(ui_language())
            self._style_model(model)
            self.sync_sort_indicator(model)
            header.sortIndicatorChanged.connect(model.sort)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)

    def fit_date_column(self, language: str) -> None:
        """Make the date column as wide as the widest date of the UI language (spelled
        out, or in numbers when the list is narrow: ``fit_columns``)."""
        bold = QFont(self.font())
        bold.setBold(True)  # unread rows are bold
        metrics = QFontMetrics(bold)
        full = metrics.horizontalAdvance(DATE_SAMPLES.get(language, DATE_SAMPLES["en"]))
        numeric = metrics.horizontalAdvance(
            COMPACT_DATE_SAMPLES.get(language, COMPACT_DATE_SAMPLES["en"])
        )
        self._date_widths = (full + 16, numeric + 16)
        char = metrics.horizontalAdvance(TITLE_SAMPLE) / len(TITLE_SAMPLE)
        self._compact_titles = round(char * COMPACT_TITLE_CHARS)
        self.horizontalHeader().resizeSection(COL_DATE, self._date_widths[self.compact_dates()])
        self.fit_columns()

    def fit_restored_date_column(self) -> None:
        """After the header's saved state: a date column saved narrow, with numeric dates
        in a narrow window, is widened back to the spelled-out date (a wide window would
        otherwise cut "13 Farvardin 1396" to "13 Farva…"); a narrow window turns it
        numeric again when shown."""
        full = self._date_widths[0]
        header = self.horizontalHeader()
        if not self.compact_dates() and header.sectionSize(COL_DATE) < full:
            header.resizeSection(COL_DATE, full)

    def compact_dates(self) -> bool:
        """Whether the list shows its dates in numbers (it is narrow)."""
        model = self.model()
        return isinstance(model, ArticleModel) and model.compact_dates

    def sync_sort_indicator(self, model: ArticleModel) -> None:
        """Show the query's sort on the header without triggering a re-sort."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        order = (
            Qt.SortOrder.DescendingOrder if model.query.descending else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicator(ArticleModel.sort_column(model.query), order)
        header.blockSignals(False)

    def _style_model(self, model: ArticleModel) -> None:
        """Give the model the view's bold font and muted colour (no Python delegate: speed)."""
        bold = QFont(self.font())
        bold.setBold(True)
        model.bold_font = bold
        model.muted_brush = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """In a narrow list the other columns give way to the titles, the title being
        what a reader scans: first the site column shrinks, down to hidden (the site is
        in the sidebar and the page); then the dates are shown in numbers
        (``1396/01/13``: in an 800 px window "13 Farvardin 1396" took as much room as
        the titles), the full date staying in the cell's tooltip. Both are decided on
        the spelled-out date's width, so the choice does not flip back and forth."""
        model = self.model()
        header = self.horizontalHeader()
        if not isinstance(model, ArticleModel) or header.count() <= COL_DATE:
            return
        full, numeric = self._date_widths
        width = self.viewport().width()
        date = full if model.compact_dates else header.sectionSize(COL_DATE)
        titles = width - header.sectionSize(COL_STAR) - date
        site = min(self._site_width, titles - round(width * TITLE_SHARE))
        hidden = site < MIN_SITE_WIDTH
        # A list never shown has no width of its own yet: its dates stay spelled out.
        compact = hidden and titles < self._compact_titles and self.isVisible()
        if hidden != self.isColumnHidden(COL_SITE):
            self.setColumnHidden(COL_SITE, hidden)
        if not hidden and header.sectionSize(COL_SITE) != site:
            header.resizeSection(COL_SITE, site)
        if compact != model.compact_dates:
            log.debug("list %d px wide: %s dates", width, "numeric" if compact else "full")
            model.set_compact_dates(compact)
            header.resizeSection(COL_DATE, numeric if compact else full)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange):
            self._apply_row_height()
            model = self.model()
            if isinstance(model, ArticleModel):
                self._style_model(model)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focus alone never opens an article.

        Qt's item views make the first row current when they gain focus without a
        current row (Tab, Ctrl+2, Esc from the search box right after a re-query). That
        row was current but not selected, so the pane switched to an unhighlighted
        article, away from the one being read (whose row is still being looked up
        after the re-query), and marked it read. ``j``, ``n`` or a click choose instead.
        """
        if self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        QAbstractScrollArea.focusInEvent(self, event)  # not QAbstractItemView's
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.viewport().update()

    def keyboardSearch(self, search: str) -> None:
        """Disabled: type-ahead would walk a million rows; letters are shortcuts here."""

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, *, at_y: int | None = None) -> None:
        """Make ``row`` current and selected, and scroll it into view.

        ``at_y``: put the row at this height in the viewport instead (where it was
        before the list changed under it), so articles arriving above the one being
        read do not move it on screen.
        """
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, COL_TITLE)
        self.setCurrentIndex(index)
        if at_y is None:
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            return
        bar = self.verticalScrollBar()
        bar.setValue(self.verticalHeader().sectionPosition(row) - at_y)

    def row_y(self, row: int) -> int | None:
        """The row's height in the viewport, or None when it is not on screen."""
        if row < 0:
            return None
        y = self.rowViewportPosition(row)
        if y < 0 or y + self.rowHeight(row) > self.viewport().height():
            return None
        return y

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.model()
        if not current.isValid() or not isinstance(model, ArticleModel):
            self.currentArticleChanged.emit(None)
            return
        self.currentArticleChanged.emit(model.article_id(current.row()))
