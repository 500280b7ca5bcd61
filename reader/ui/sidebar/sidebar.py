"""The sidebar: search, state toggles, date filter with timeline, agency facets.

It owns no data. ``apply(q)`` writes the user's choices into an
``ArticleQuery``; ``refresh(q)`` asks the library (through the
``LibraryService`` worker, never on the GUI thread) for the counts that
decorate the filters. Each kind of request has a tag, so a burst of filter
changes replaces queued work instead of piling it up, and a generation number,
so a late answer never overwrites a newer one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.query import ArticleQuery, SortKey
from reader.ui.sidebar.date_filter import DateFilter
from reader.ui.sidebar.facet_list import FacetList
from reader.ui.sidebar.formatting import is_persian_ui
from reader.ui.sidebar.heading import SectionHeading
from reader.ui.sidebar.jalali_ranges import Preset, tehran_today
from reader.ui.sidebar.search_box import SearchBox
from reader.ui.sidebar.timeline import Timeline, month_bars
from reader.ui.sidebar.toggles import StateToggles

log = logging.getLogger(__name__)


class ServiceLike(Protocol):
    """What the sidebar needs from ``reader.ui.db_worker.LibraryService``."""

    def submit(
        self,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None] | None = ...,
        on_error: Callable[[Exception], None] | None = ...,
        *,
        tag: str | None = ...,
    ) -> int: ...


class Sidebar(QWidget):
    """All filters of the reader window; ``filtersChanged`` after any user change."""

    filtersChanged = Signal()
    searchEscaped = Signal()
    searchDone = Signal()  # Enter or Down in the search box: on to the results

    def __init__(
        self,
        service: ServiceLike,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = tehran_today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._service = service
        self._query: ArticleQuery | None = None
        self._generation: dict[str, int] = {}
        self._keys: dict[str, object] = {}  # per tag: the question last asked
        service.libraryChanged.connect(self._forget_answers)

        self.search = SearchBox(self)
        self.toggles_heading = SectionHeading("", self)
        self.toggles = StateToggles(self)
        self.date_heading = SectionHeading("", self)
        self.date_filter = DateFilter(self, today=today)
        # The heading labels the preset box: Linux screen readers take a combo box's name
        # from its label (its own name is the value shown).
        self.date_heading.label.setBuddy(self.date_filter.preset_box)
        self.date_clear = QToolButton(self)
        self.date_clear.setObjectName("dateFilterClear")
        self.date_clear.setAutoRaise(True)
        self.date_clear.clicked.connect(self._clear_dates)
        self.date_heading.add_trailing(self.date_clear)
        self.timeline = Timeline(self)
        self.site_filter = FacetList("siteFilter", "", self)
        self.source_filter = FacetList("sourceFilter", "", self)

        # The search box stays put; the filters below scroll when the window is short.
        content = QWidget(self)
        content.setObjectName("sidebarContent")
        self._content = content
        content.setBackgroundRole(QPalette.ColorRole.Window)
        content.setAutoFillBackground(True)
        filters = QVBoxLayout(content)
        filters.setContentsMargins(8, 0, 8, 8)
        filters.setSpacing(4)
        filters.addWidget(self.toggles_heading)
        filters.addWidget(self.toggles)
        filters.addWidget(self.date_heading)
        filters.addWidget(self.date_filter)
        filters.addSpacing(2)
        filters.addWidget(self.timeline)
        filters.addWidget(self.site_filter, 1)
        filters.addWidget(self.source_filter, 1)
        filters.addStretch(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("sidebarScroll")
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: it drew no focus mark, so one Tab seemed lost.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(8, 0, 8, 0)
        search_row.addWidget(self.search)
        layout.addLayout(search_row)
        layout.addWidget(self.scroll_area, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # The filters' own minimum changes with the language and the font: tell the splitter.
        content.installEventFilter(self)

        self.search.searchChanged.connect(self._user_changed)
        self.search.escapePressed.connect(self.searchEscaped)
        self.search.resultsRequested.connect(self.searchDone)
        self.toggles.changed.connect(self._user_changed)
        self.date_filter.rangeChanged.connect(self._on_date_filter_changed)
        self.timeline.rangeSelected.connect(self._on_timeline_range)
        self.timeline.zoomChanged.connect(self._request_days)
        self.site_filter.selectionChanged.connect(self._user_changed)
        self.source_filter.selectionChanged.connect(self._user_changed)

        self.retranslate()
        self._update_date_clear()
        self.set_persian_digits(is_persian_ui())

    # --- public API (GUI contract) --------------------------------------------
    def apply(self, q: ArticleQuery) -> ArticleQuery:
        """``q`` with the sidebar's filters set (dates, agencies, text, toggles)."""
        date_from, date_to = self.date_filter.date_range()
        return q.with_(
            date_from=date_from,
            date_to=date_to,
            sites=self.site_filter.checked(),
            sources=self.source_filter.checked(),
            text=self.search.text().strip(),
            unread_only=self.toggles.unread.isChecked(),
            starred_only=self.toggles.starred.isChecked(),
        )

    def set_state(self, q: ArticleQuery) -> None:
        """Show the filters of ``q`` (restored state) without emitting ``filtersChanged``."""
        self.search.set_text_silently(q.text)
        self.date_filter.set_range(q.date_from, q.date_to)
        self.timeline.set_selection(q.date_from, q.date_to)
        self._update_date_clear()
        self.site_filter.set_checked(frozenset(q.sites))
        self.source_filter.set_checked(frozenset(q.sources))
        self.toggles.set_state(q.unread_only, q.starred_only)

    def refresh(self, q: ArticleQuery) -> None:
        """Re-request facet counts and histograms for the window's current query.

        Each count ignores part of the query (a facet its own selection, the
        histograms the dates), so a request whose relevant part did not change
        since the last one is skipped: ticking a site re-counts only sources and
        months; a timeline click only the facets. On a 1M-article library each
        of these queries costs 0.1-0.8 s of worker time, so this halves the lag.
        ``libraryChanged`` from the service forgets everything.
        """
        self._query = q
        self._submit(
            "sidebar.sites",
            lambda lib: lib.facet_counts(q, "site"),
            self.site_filter.set_counts,
            key=_counting_key(q, sites=frozenset()),
        )
        self._submit(
            "sidebar.sources",
            lambda lib: lib.facet_counts(q, "source"),
            self.source_filter.set_counts,
            key=_counting_key(q, sources=frozenset()),
        )
        self._submit(
            "sidebar.months",
            lambda lib: lib.month_histogram(q),
            lambda histogram: self._on_months(histogram, _is_filtered(q)),
            key=_counting_key(q, date_from=None, date_to=None),
        )
        self._request_days()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        """Empty the search box (emits ``filtersChanged`` if it had text)."""
        self.search.clear_search()

    def set_persian_digits(self, persian: bool) -> None:
        """Persian digits and month names (the app calls this from its settings)."""
        self.date_filter.set_persian(persian)
        self.timeline.set_persian(persian)
        self.site_filter.set_persian_digits(persian)
        self.source_filter.set_persian_digits(persian)

    def retranslate(self) -> None:
        self.toggles_heading.setText(self.tr("Show"))
        self.date_heading.setText(self.tr("Date"))
        self.date_clear.setText(self.tr("Clear"))
        self.date_clear.setToolTip(self.tr("Show all dates again"))
        # Three buttons say "Clear": a screen reader names what each one clears.
        self.date_clear.setAccessibleName(self.tr("Clear the date filter"))
        self.site_filter.heading.setText(self.tr("Sites"))
        self.site_filter.view.setAccessibleName(self.tr("Sites"))
        self.site_filter.filter_box.setAccessibleName(self.tr("Filter the sites"))
        self.site_filter.clear_button.setAccessibleName(self.tr("Clear the chosen sites"))
        self.site_filter.setToolTip(self.tr("The agency or website that published the article"))
        self.site_filter.set_empty_text(self.tr("No sites"))
        self.source_filter.heading.setText(self.tr("Sources"))
        self.source_filter.view.setAccessibleName(self.tr("Sources"))
        self.source_filter.filter_box.setAccessibleName(self.tr("Filter the sources"))
        self.source_filter.clear_button.setAccessibleName(self.tr("Clear the chosen sources"))
        self.source_filter.setToolTip(self.tr("The agency the article was originally taken from"))
        self.source_filter.set_empty_text(self.tr("No sources"))
        self.timeline.setToolTip("")
        self.timeline.setAccessibleName(self.tr("Timeline of articles per month"))
        self.timeline.describe()
        self.search.retranslate()
        self.toggles.retranslate()
        self.date_filter.retranslate()
        self.site_filter.retranslate()
        self.source_filter.retranslate()
        self.timeline.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the filters allow, never narrower.

        The filters sit in a scroll area that scrolls only up and down, and a scroll
        area asks for no width of its own: a sidebar dragged to 200 px cut
        "Starred only" and the date fields in half. The widest filter row (the two
        date fields, the toggles in Persian) plus the vertical scroll bar is the floor,
        taken from the widgets' own size hints, so it follows the language and the font.
        """
        hint = super().minimumSizeHint()
        content = self._content.minimumSizeHint().width()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.scroll_area.frameWidth()
        margins = self.layout().contentsMargins()
        width = content + scroll_bar + frame + margins.left() + margins.right()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a retranslated label may need more width
        return super().eventFilter(watched, event)

    # --- internals -----------------------------------------------------------
    def _user_changed(self, *_args: object) -> None:
        self.filtersChanged.emit()

    def _on_date_filter_changed(self) -> None:
        self.timeline.set_selection(*self.date_filter.date_range())
        self._update_date_clear()
        self.filtersChanged.emit()

    def _on_timeline_range(self, date_from: date, date_to: date) -> None:
        self.date_filter.set_range(date_from, date_to)
        self._update_date_clear()
        self.filtersChanged.emit()

    def _clear_dates(self) -> None:
        self.date_filter.select_preset(Preset.EVERYTHING)

    def _update_date_clear(self) -> None:
        self.date_clear.setVisible(self.date_filter.date_range() != (None, None))

    def _on_months(self, histogram: list[tuple[int, int, int]], filtered: bool) -> None:
        self.timeline.set_months(histogram, filtered)
        bars = month_bars(histogram)
        if bars:
            self.date_filter.set_bounds((bars[0].first, bars[-1].last))
        elif not filtered:
            self.date_filter.set_bounds(None)  # an empty library: the fields show today
        # (a search without hits keeps the fields where they were, not on today)

    def _request_days(self) -> None:
        zoom = self.timeline.zoomed_month()
        if zoom is None or self._query is None:
            return
        jy, jm = zoom
        q = self._query.with_(date_from=None, date_to=None)
        self._submit(
            "sidebar.days",
            lambda lib: lib.day_histogram(q, jy, jm),
            lambda histogram: self.timeline.set_days(jy, jm, histogram),
            key=(_counting_key(q), jy, jm),
        )

    def _forget_answers(self) -> None:
        """The library changed: every count must be asked again."""
        self._keys.clear()

    def _submit(
        self,
        tag: str,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        *,
        key: object,
    ) -> None:
        if self._keys.get(tag) == key:
            return  # the same question is answered (or on its way)
        self._keys[tag] = key
        generation = self._generation.get(tag, 0) + 1
        self._generation[tag] = generation

        def done(result: Any) -> None:
            # The answer may arrive after the window (and this widget) is gone.
            if shiboken6.isValid(self) and self._generation.get(tag) == generation:
                on_done(result)

        def failed(error: Exception) -> None:
            log.warning("sidebar query %s failed: %s", tag, error)
            if shiboken6.isValid(self) and self._generation.get(tag) == generation:
                self._keys.pop(tag, None)  # ask again next time

        self._service.submit(fn, done, failed, tag=tag)


def _counting_key(q: ArticleQuery, **ignored: Any) -> object:
    """The part of ``q`` a count depends on (sort order never matters).

    Read and star marks change while reading without ``libraryChanged`` (the
    list must not re-query under the reader), so counts under the unread or
    starred toggle are never reused: the key is then unique.
    """
    if q.unread_only or q.starred_only:
        return object()
    return q.with_(sort=SortKey.DATE, descending=True, **ignored)


def _is_filtered(q: ArticleQuery) -> bool:
    """Whether ``q`` asks for less than the whole library (dates aside)."""
    return bool(q.text or q.sites or q.sources or q.unread_only or q.starred_only)
