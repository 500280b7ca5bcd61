"""Sidebar filters against a real temp library: each filter changes the query, facets count."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSplitter, QWidget

from reader.core.article import Article, Paragraph
from reader.core.library import Library
from reader.core.query import ArticleQuery, SortKey
from reader.ui.sidebar import Sidebar
from reader.ui.sidebar.facet_list import FILTER_THRESHOLD, FacetList
from reader.ui.sidebar.jalali_ranges import Preset
from reader.ui.sidebar.search_box import DEBOUNCE_MS

TEHRAN = ZoneInfo("Asia/Tehran")

# (published, site, source): Mehr 1402 has 3 articles, Aban 1402 has 2, Dey 1402 has 1.
ROWS = [
    (datetime(2023, 9, 25, 10, tzinfo=TEHRAN), "آلفا", "منبع یک"),  # 3 Mehr 1402
    (datetime(2023, 10, 1, 10, tzinfo=TEHRAN), "آلفا", "منبع دو"),  # 9 Mehr 1402
    (datetime(2023, 10, 1, 12, tzinfo=TEHRAN), "بتا", "منبع یک"),  # 9 Mehr 1402
    (datetime(2023, 10, 25, 9, tzinfo=TEHRAN), "بتا", "منبع دو"),  # 3 Aban 1402
    (datetime(2023, 11, 1, 9, tzinfo=TEHRAN), "گاما", "منبع یک"),  # 10 Aban 1402
    (datetime(2024, 1, 1, 9, tzinfo=TEHRAN), "آلفا", "منبع یک"),  # 11 Dey 1402
]


def make_article(i: int, published: datetime, site: str, source: str) -> Article:
    return Article(
        title=f"خبر {i} درباره بازار",
        body=[Paragraph(f"متن خبر شماره {i} از {site}")],
        published=published,
        site=site,
        source=source,
        url=f"https://example.org/{i}",
        origin_path=f"/tmp/sidebar-{i}.txt",
        format="scraped",
    )


class SyncService(QObject):
    """Runs jobs at once on the calling thread: same shape as LibraryService.submit."""

    libraryChanged = Signal()

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.tags: list[str | None] = []

    def submit(
        self,
        fn: Callable[[Library], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        tag: str | None = None,
    ) -> int:
        self.tags.append(tag)
        try:
            result = fn(self.library)
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            return len(self.tags)
        if on_done is not None:
            on_done(result)
        return len(self.tags)


@pytest.fixture
def sidebar_library(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "sidebar.sqlite")
    library.add_articles(make_article(i, *row) for i, row in enumerate(ROWS))
    yield library
    library.close()


@pytest.fixture
def sidebar(qtbot, sidebar_library: Library) -> Sidebar:  # type: ignore[no-untyped-def]
    widget = Sidebar(SyncService(sidebar_library), today=lambda: date(2023, 10, 1))
    qtbot.addWidget(widget)
    widget.resize(280, 760)
    # The main window's loop: every filter change re-queries and refreshes the sidebar.
    widget.filtersChanged.connect(lambda: widget.refresh(widget.apply(ArticleQuery())))
    widget.refresh(widget.apply(ArticleQuery()))
    widget.show()
    return widget


def facet_counts(widget: Sidebar, name: str) -> dict[str, int]:
    facet = widget.findChild(FacetList, name)
    assert facet is not None
    return {e.name: e.count for e in facet.model.entries()}


def click_facet(qtbot, widget: Sidebar, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Click on a facet row's name, as a user would."""
    facet = widget.findChild(FacetList, name)
    assert facet is not None
    row = facet.model.row_of(value)
    assert row is not None
    index = facet.proxy.mapFromSource(facet.model.index(row, 0))
    rect = facet.view.visualRect(index)
    qtbot.mouseClick(facet.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_object_names(sidebar: Sidebar) -> None:
    for name in ("searchBox", "dateFilter", "timeline", "siteFilter", "sourceFilter"):
        assert sidebar.findChild(QWidget, name) is not None, name
    assert sidebar.findChild(QCheckBox, "unreadToggle") is not None
    assert sidebar.findChild(QCheckBox, "starredToggle") is not None


def test_search_box_is_first_and_untouched_sidebar_changes_nothing(sidebar: Sidebar) -> None:
    layout = sidebar.layout()
    assert layout.itemAt(0).layout().itemAt(0).widget() is sidebar.findChild(QLineEdit, "searchBox")
    q = ArticleQuery(sort=ArticleQuery().sort, descending=False)
    assert sidebar.apply(q) == q


def test_search_is_debounced(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    box = sidebar.findChild(QLineEdit, "searchBox")
    emitted: list[int] = []
    sidebar.filtersChanged.connect(lambda: emitted.append(1))
    qtbot.keyClicks(box, "bazar")  # QTest can only type ASCII
    assert emitted == []  # nothing yet: still typing
    qtbot.waitUntil(lambda: emitted == [1], timeout=DEBOUNCE_MS * 10)
    qtbot.wait(DEBOUNCE_MS * 2)
    assert emitted == [1]  # five keys, one query
    assert sidebar.apply(ArticleQuery()).text == "bazar"
    assert "phrase" in box.placeholderText()


def test_escape_clears_search_and_asks_for_the_list(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    box = sidebar.findChild(QLineEdit, "searchBox")
    qtbot.keyClicks(box, "title:bazar")
    with qtbot.waitSignal(sidebar.searchEscaped, timeout=1000):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert sidebar.apply(ArticleQuery()).text == ""


def test_clear_and_focus_search(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    box = sidebar.findChild(QLineEdit, "searchBox")
    box.setText("نفت")
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter searches at once
    assert sidebar.apply(ArticleQuery()).text == "نفت"
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        sidebar.clear_search()
    assert box.text() == ""
    sidebar.activateWindow()
    sidebar.focus_search()
    qtbot.waitUntil(box.hasFocus, timeout=1000)


def test_toggles_change_the_query(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    unread = sidebar.findChild(QCheckBox, "unreadToggle")
    starred = sidebar.findChild(QCheckBox, "starredToggle")
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        unread.click()
    assert sidebar.apply(ArticleQuery()).unread_only
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        starred.click()
    q = sidebar.apply(ArticleQuery())
    assert q.unread_only and q.starred_only


def test_facets_show_library_counts(sidebar: Sidebar) -> None:
    assert facet_counts(sidebar, "siteFilter") == {"آلفا": 3, "بتا": 2, "گاما": 1}
    assert facet_counts(sidebar, "sourceFilter") == {"منبع یک": 4, "منبع دو": 2}
    entries = sidebar.findChild(FacetList, "siteFilter").model.entries()
    assert [e.count for e in entries] == sorted((e.count for e in entries), reverse=True)


def test_checking_a_site_filters_and_updates_other_counts(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        click_facet(qtbot, sidebar, "siteFilter", "آلفا")
    q = sidebar.apply(ArticleQuery())
    assert q.sites == frozenset({"آلفا"})
    # Sources now count only site آلفا's articles; sites still count under no site filter.
    assert facet_counts(sidebar, "sourceFilter") == {"منبع یک": 2, "منبع دو": 1}
    assert facet_counts(sidebar, "siteFilter")["بتا"] == 2
    # Multi-select: a second site joins the first.
    click_facet(qtbot, sidebar, "siteFilter", "گاما")
    assert sidebar.apply(ArticleQuery()).sites == frozenset({"آلفا", "گاما"})
    assert facet_counts(sidebar, "sourceFilter") == {"منبع یک": 3, "منبع دو": 1}
    # Clicking again unchecks.
    click_facet(qtbot, sidebar, "siteFilter", "آلفا")
    assert sidebar.apply(ArticleQuery()).sites == frozenset({"گاما"})


def test_source_facet_changes_the_query(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    click_facet(qtbot, sidebar, "sourceFilter", "منبع دو")
    assert sidebar.apply(ArticleQuery()).sources == frozenset({"منبع دو"})
    assert facet_counts(sidebar, "siteFilter") == {"آلفا": 1, "بتا": 1}


def test_checked_value_stays_visible_at_zero(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    click_facet(qtbot, sidebar, "siteFilter", "گاما")  # only published in Aban
    assert [b.jm for b in sidebar.timeline.bars()] == [8]  # the timeline follows the site
    sidebar.date_filter.select_preset(Preset.THIS_MONTH)  # Mehr 1402
    assert facet_counts(sidebar, "siteFilter") == {"آلفا": 2, "بتا": 1, "گاما": 0}
    assert facet_counts(sidebar, "sourceFilter") == {}
    facet = sidebar.findChild(FacetList, "siteFilter")
    assert facet.clear_button.isVisible()
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        facet.clear_button.click()
    assert sidebar.apply(ArticleQuery()).sites == frozenset()
    assert facet_counts(sidebar, "siteFilter") == {"آلفا": 2, "بتا": 1}  # 0 and unchecked: gone


def test_starred_toggle_drops_facet_counts(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    sidebar.findChild(QCheckBox, "starredToggle").click()
    assert facet_counts(sidebar, "siteFilter") == {}
    assert sidebar.findChild(FacetList, "siteFilter").empty_label.isVisible()


def test_filter_box_only_for_long_lists(qtbot) -> None:  # type: ignore[no-untyped-def]
    facet = FacetList("siteFilter", "Sites")
    qtbot.addWidget(facet)
    facet.show()
    facet.set_counts([(f"agency {i}", 100 - i) for i in range(FILTER_THRESHOLD)])
    assert not facet.filter_box.isVisible()
    facet.set_counts([(f"agency {i}", 100 - i) for i in range(FILTER_THRESHOLD + 3)])
    assert facet.filter_box.isVisible()
    facet.set_checked(frozenset({"agency 2"}))
    qtbot.keyClicks(facet.filter_box, "AGENCY 1")  # case-insensitive
    shown = {facet.proxy.index(r, 0).data() for r in range(facet.proxy.rowCount())}
    assert shown == {
        "agency 1",
        "agency 10",
        "agency 11",
        "agency 12",
        "agency 13",
        "agency 14",
        "agency 2",
    }  # the checked one stays visible


def test_persian_digits_in_counts(sidebar: Sidebar) -> None:
    from reader.ui.sidebar.formatting import format_count

    assert format_count(1234, True) == "۱٬۲۳۴"
    assert format_count(1234, False) == "1,234"
    sidebar.set_persian_digits(True)
    facet = sidebar.findChild(FacetList, "siteFilter")
    assert facet.delegate.persian_digits


def test_state_round_trip(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    q = ArticleQuery(
        date_from=date(2023, 9, 23),
        date_to=date(2023, 10, 22),
        sites=frozenset({"بتا", "روزنه"}),
        sources=frozenset({"منبع دو"}),
        text='"بازار سهام" -نفت',
        unread_only=True,
        starred_only=False,
    )
    emitted: list[int] = []
    sidebar.filtersChanged.connect(lambda: emitted.append(1))
    sidebar.set_state(q)
    assert sidebar.apply(ArticleQuery()) == q
    assert emitted == []
    # A site no longer in the library still shows (checked, count 0) so it can be unchecked.
    assert facet_counts(sidebar, "siteFilter")["روزنه"] == 0
    # And back to "everything".
    sidebar.set_state(ArticleQuery())
    assert sidebar.apply(ArticleQuery()) == ArticleQuery()
    qtbot.wait(DEBOUNCE_MS * 2)
    assert emitted == []


def test_timeline_click_sets_the_date_range(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    timeline = sidebar.timeline
    bars = timeline.bars()
    assert [(b.jy, b.jm, b.count) for b in bars] == [
        (1402, 7, 3),
        (1402, 8, 2),
        (1402, 9, 0),
        (1402, 10, 1),
    ]
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        qtbot.mouseClick(
            timeline, Qt.MouseButton.LeftButton, pos=timeline.slot_rect(1).center().toPoint()
        )
    q = sidebar.apply(ArticleQuery())
    assert (q.date_from, q.date_to) == (date(2023, 10, 23), date(2023, 11, 21))  # Aban 1402
    assert sidebar.date_filter.preset_box.currentData() == "custom"
    # The other filters now count within Aban only.
    assert facet_counts(sidebar, "siteFilter") == {"بتا": 1, "گاما": 1}


def test_timeline_drag_and_day_zoom(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    timeline = sidebar.timeline
    start = timeline.slot_rect(0).center().toPoint()
    end = timeline.slot_rect(2).center().toPoint()
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, end)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    q = sidebar.apply(ArticleQuery())
    assert (q.date_from, q.date_to) == (date(2023, 9, 23), date(2023, 12, 21))  # Mehr..Azar

    qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=start)
    assert timeline.zoomed_month() == (1402, 7)
    days = timeline.bars()
    assert len(days) == 30
    assert {b.jd: b.count for b in days if b.count} == {3: 1, 9: 2}
    # Click day 9 (a single day range).
    qtbot.mouseClick(
        timeline, Qt.MouseButton.LeftButton, pos=timeline.slot_rect(8).center().toPoint()
    )
    q = sidebar.apply(ArticleQuery())
    assert (q.date_from, q.date_to) == (date(2023, 10, 1), date(2023, 10, 1))
    assert sidebar.date_filter.preset_box.currentData() == "today"  # today is 2023-10-01
    # The header's back control returns to months.
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(12, 10))
    assert timeline.zoomed_month() is None
    assert len(timeline.bars()) == 4


def test_real_service_fills_the_facets(qtbot, sidebar_library: Library) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.db_worker import LibraryService

    service = LibraryService(sidebar_library.path)
    try:
        widget = Sidebar(service)
        qtbot.addWidget(widget)
        widget.refresh(ArticleQuery(sites=frozenset({"آلفا"})))
        qtbot.waitUntil(lambda: facet_counts(widget, "sourceFilter") != {}, timeout=5000)
        assert facet_counts(widget, "sourceFilter") == {"منبع یک": 2, "منبع دو": 1}
        qtbot.waitUntil(lambda: len(widget.timeline.bars()) == 4, timeout=5000)
    finally:
        service.close()


def test_date_clear_button(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    assert not sidebar.date_clear.isVisible()
    sidebar.date_filter.select_preset(Preset.THIS_YEAR)
    assert sidebar.date_clear.isVisible()
    assert sidebar.apply(ArticleQuery()).date_from == date(2023, 3, 21)
    with qtbot.waitSignal(sidebar.filtersChanged, timeout=1000):
        sidebar.date_clear.click()
    q = sidebar.apply(ArticleQuery())
    assert (q.date_from, q.date_to) == (None, None)
    assert not sidebar.date_clear.isVisible()


def test_count_updates_keep_scroll_and_current_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    facet = FacetList("siteFilter", "Sites")
    qtbot.addWidget(facet)
    facet.resize(220, 200)
    facet.show()
    counts = [(f"agency {i:02}", 100 - i) for i in range(40)]
    facet.set_counts(counts)
    facet.view.setCurrentIndex(facet.proxy.index(30, 0))
    facet.view.scrollTo(facet.proxy.index(30, 0))
    scrolled = facet.view.verticalScrollBar().value()
    assert scrolled > 0
    qtbot.keyClick(facet.view, Qt.Key.Key_Space)  # keyboard toggles the current row
    assert facet.checked() == frozenset({"agency 30"})
    facet.set_counts([(name, n - 1) for name, n in counts])
    assert facet.view.verticalScrollBar().value() == scrolled
    assert facet.view.currentIndex().data() == "agency 30"
    assert facet.checked() == frozenset({"agency 30"})


def test_refresh_asks_only_what_changed(qtbot, sidebar: Sidebar, sidebar_library: Library) -> None:  # type: ignore[no-untyped-def]
    service = sidebar._service
    assert isinstance(service, SyncService)
    service.tags.clear()
    sidebar.refresh(sidebar.apply(ArticleQuery()))
    assert service.tags == []  # nothing changed: nothing asked
    click_facet(qtbot, sidebar, "siteFilter", "آلفا")
    assert sorted(service.tags) == ["sidebar.months", "sidebar.sources"]  # not the sites
    service.tags.clear()
    sidebar.refresh(sidebar.apply(ArticleQuery(sort=SortKey.TITLE)))  # sort is irrelevant
    assert service.tags == []
    sidebar.date_filter.select_preset(Preset.THIS_MONTH)
    assert sorted(service.tags) == ["sidebar.sites", "sidebar.sources"]  # not the histogram
    # An import (or a read mark) changes the library: everything is asked again.
    service.tags.clear()
    sidebar_library.add_articles(
        [make_article(99, datetime(2023, 10, 2, 9, tzinfo=TEHRAN), "آلفا", "منبع دو")]
    )
    service.libraryChanged.emit()
    sidebar.refresh(sidebar.apply(ArticleQuery()))
    assert sorted(service.tags) == ["sidebar.months", "sidebar.sites", "sidebar.sources"]
    assert facet_counts(sidebar, "sourceFilter") == {"منبع یک": 1, "منبع دو": 2}
    # Read marks change without libraryChanged: under "unread only" counts are always fresh.
    sidebar.findChild(QCheckBox, "unreadToggle").click()
    service.tags.clear()
    sidebar.refresh(sidebar.apply(ArticleQuery()))
    assert sorted(service.tags) == ["sidebar.months", "sidebar.sites", "sidebar.sources"]


def test_each_facet_list_names_what_it_lacks(sidebar: Sidebar) -> None:
    assert sidebar.site_filter.empty_label.text() == "No sites"
    assert sidebar.source_filter.empty_label.text() == "No sources"


def test_a_search_without_hits_keeps_the_date_fields_and_says_nothing_matches(
    sidebar: Sidebar,
) -> None:
    fields = (sidebar.date_filter.from_edit.text(), sidebar.date_filter.to_edit.text())
    assert fields == ("1402/07/01", "1402/10/30")  # the library's first and last month
    assert sidebar.timeline.filtered is False
    sidebar.refresh(sidebar.apply(ArticleQuery()).with_(text="ناموجود"))
    assert sidebar.timeline.bars() == [] and sidebar.timeline.filtered is True
    # not today's date, and the timeline does not claim the library has no dated articles
    assert (sidebar.date_filter.from_edit.text(), sidebar.date_filter.to_edit.text()) == fields


@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_narrow_sidebar_clips_no_filter(qtbot, qapp, sidebar_library, language) -> None:  # type: ignore[no-untyped-def]
    """Dragged to 200 px, "Starred only" and the date fields were cut in half: the
    splitter now stops at the filters' own width, in either language."""
    from reader.ui.app import set_language

    set_language(qapp, language)
    try:
        widget = Sidebar(SyncService(sidebar_library), today=lambda: date(2023, 10, 1))
        widget.refresh(widget.apply(ArticleQuery()))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(widget)
        splitter.addWidget(QWidget())
        qtbot.addWidget(splitter)
        splitter.resize(760, 520)
        splitter.show()
        qtbot.waitExposed(splitter)
        splitter.setSizes([150, 610])
        qtbot.wait(20)
        assert widget.width() >= widget.minimumSizeHint().width() > 150
        viewport = widget.scroll_area.viewport()
        for child in (widget.toggles.unread, widget.toggles.starred):
            assert child.width() >= child.sizeHint().width(), child.text()
        date_filter = widget.date_filter
        for child in (date_filter.from_edit, date_filter.to_edit, date_filter.preset_box):
            assert child.width() >= child.minimumSizeHint().width(), child.objectName()
            right = child.mapTo(viewport, child.rect().topRight()).x()
            assert right <= viewport.width(), child.objectName()
    finally:
        set_language(qapp, "en")
