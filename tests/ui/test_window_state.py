"""Saved query and article: round trip, and garbage degrading to defaults."""

from __future__ import annotations

from datetime import date

from reader.core.query import ArticleQuery, SortKey
from reader.ui import window_state


def test_query_round_trip(settings) -> None:
    q = ArticleQuery(
        date_from=date(2021, 10, 1),
        date_to=date(2021, 10, 12),
        sites=frozenset({"ایرنا", "ایسنا"}),
        text='"سفر رسمی" -کرونا',
        unread_only=True,
        sort=SortKey.SITE,
        descending=False,
    )
    window_state.save_query(settings, q)
    window_state.save_article(settings, 42)
    assert window_state.load_query(settings) == q
    assert window_state.load_article(settings) == 42


def test_garbage_gives_defaults(settings) -> None:
    settings.set_state_value(window_state.QUERY_KEY, "{not json")
    settings.set_state_value(window_state.ARTICLE_KEY, "x")
    assert window_state.load_query(settings) == ArticleQuery()
    assert window_state.load_article(settings) is None
    assert window_state.query_from_json('{"sort": "nonsense"}') == ArticleQuery()


def test_a_date_column_saved_narrow_is_widened_in_a_wide_window(
    qtbot, library_path, settings, fast_display
) -> None:  # type: ignore[no-untyped-def]
    """A narrow window shows numeric dates in a narrow column; the next session's wide
    window must not squeeze spelled-out dates into that column."""
    from reader.core.library import Library
    from reader.ui.article_model import COL_DATE
    from reader.ui.db_worker import LibraryService
    from reader.ui.main_window import MainWindow

    def session(width: int) -> MainWindow:
        library = Library.open(library_path)
        window = MainWindow(library, LibraryService(library_path), settings)
        qtbot.addWidget(window)
        window.resize(width, 560)
        window.show()
        qtbot.waitExposed(window)
        return window

    narrow = session(700)
    narrow.splitter.setSizes([240, 200, 260])
    qtbot.waitUntil(lambda: narrow.model.compact_dates, timeout=3000)
    numeric_width = narrow.article_list.horizontalHeader().sectionSize(COL_DATE)
    narrow.close()
    narrow.library.close()

    wide = session(1800)
    try:
        wide.splitter.setSizes([240, 900, 660])
        qtbot.wait(50)
        header = wide.article_list.horizontalHeader()
        assert not wide.model.compact_dates
        assert header.sectionSize(COL_DATE) > numeric_width
        assert header.sectionSize(COL_DATE) >= wide.article_list._date_widths[0]
    finally:
        wide.close()
        wide.library.close()
