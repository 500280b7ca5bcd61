"""ArticleModel: row count from SQL, bounded page cache, sorting by re-query."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.library import Library
from reader.core.query import ArticleQuery, SortKey
from reader.ui import article_model
from reader.ui.article_model import COL_DATE, COL_SITE, COL_TITLE, ArticleModel, ReadRole


@pytest.fixture
def library(library_path):  # type: ignore[no-untyped-def]
    lib = Library.open(library_path)
    yield lib
    lib.close()


def test_rows_and_paging_stay_bounded(qtbot, library, monkeypatch) -> None:
    monkeypatch.setattr(article_model, "PAGE_SIZE", 4)
    monkeypatch.setattr(article_model, "MAX_PAGES", 2)
    model = ArticleModel(library)
    model.set_query(ArticleQuery())
    assert model.rowCount() == 30
    titles = [model.index(r, COL_TITLE).data() for r in range(30)]
    assert len(set(titles)) == 30
    assert model.cached_row_count() <= 8
    # Newest first by default: the date column decreases down the list.
    assert model.row_at(0).published > model.row_at(29).published


def test_filter_resets_count(qtbot, library) -> None:
    model = ArticleModel(library)
    model.set_query(ArticleQuery(sites=frozenset({"ایرنا"})))
    assert model.rowCount() == 10
    assert {model.index(r, COL_SITE).data() for r in range(10)} == {"ایرنا"}


def test_header_sort_requeries_in_sql(qtbot, library) -> None:
    model = ArticleModel(library)
    model.set_query(ArticleQuery())
    with qtbot.waitSignal(model.queryChanged) as blocker:
        model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert blocker.args[0].sort is SortKey.TITLE
    assert model.query.descending is False
    titles = [model.row_at(r).title for r in range(model.rowCount())]
    assert titles == sorted(titles) or titles[0] <= titles[-1]
    model.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).published < model.row_at(29).published


def test_latin_title_reads_rtl_and_dates_are_jalali(qtbot, library) -> None:
    model = ArticleModel(library)
    model.set_query(ArticleQuery(sort=SortKey.DATE, descending=True))
    first = model.index(0, COL_TITLE).data()
    assert first.startswith("\u200f\u2067iPhone") and first.endswith("\u2069")
    rtl = "\u200f\u2067{}\u2069"
    assert model.index(0, COL_DATE).data() == rtl.format("۲۰ مهر ۱۴۰۰")
    model.set_persian_digits(False)
    assert model.index(0, COL_DATE).data() == rtl.format("20 مهر 1400")


def test_update_flags_changes_cached_rows(qtbot, library) -> None:
    model = ArticleModel(library)
    model.set_query(ArticleQuery())
    article_id = model.article_id(3)
    assert model.index(3, 0).data(ReadRole) is False
    with qtbot.waitSignal(model.dataChanged):
        model.update_flags([article_id], read=True)
    assert model.index(3, 0).data(ReadRole) is True
    assert model.row_of(article_id) == 3


def test_titles_follow_the_display_transform(qtbot, library) -> None:
    model = ArticleModel(library)
    model.persian_digits = False  # titles keep their digits as stored
    model.set_query(ArticleQuery(sort=SortKey.TITLE, descending=False))
    raw = model.row_at(3).title
    assert raw in model.index(3, COL_TITLE).data()
    with qtbot.waitSignal(model.dataChanged):
        model.set_title_display(lambda title: f"[{title}]")
    assert f"[{raw}]" in model.index(3, COL_TITLE).data()
    model.set_title_display(None)
    assert f"[{raw}]" not in model.index(3, COL_TITLE).data()


def test_a_title_display_failure_shows_the_title_as_stored(qtbot, library) -> None:
    model = ArticleModel(library)
    model.persian_digits = False
    model.set_query(ArticleQuery(sort=SortKey.TITLE, descending=False))

    def broken(title: str) -> str:
        raise RuntimeError("boom")

    model.set_title_display(broken)
    assert model.row_at(3).title in model.index(3, COL_TITLE).data()


def test_an_untitled_row_says_so(qtbot, tmp_path) -> None:
    from conftest import build_library, make_articles  # tests/ui/conftest.py

    from reader.core.library import Library

    articles = make_articles(2)
    articles[0].title = ""
    with Library.open(build_library(tmp_path / "lib.sqlite", articles)) as library:
        model = ArticleModel(library)
        model.set_query(ArticleQuery())
        titles = {model.index(row, COL_TITLE).data() for row in range(2)}
        assert "(untitled)" in titles and "" not in titles
