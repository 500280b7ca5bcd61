"""Dates and meta items as the list and the pane show them, in both UI languages.

English UI: transliterated month names and Latin digits (Persian words in an
English line reorder); Persian UI: Persian names isolated right to left. Dates
stored as 00:00:00 (corpora that give only a day) are shown without a clock.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from reader.core.article import Paragraph
from reader.core.jalali import format_jalali, format_jalali_long
from reader.core.library import Library, StoredArticle
from reader.core.query import ArticleQuery, SortKey
from reader.ui.article_document import SEPARATOR, build_html
from reader.ui.article_list import ArticleList
from reader.ui.article_model import COL_DATE, COL_SITE, COL_STAR, COL_TITLE, ArticleModel
from reader.ui.dates import format_long, format_short, list_date

TEHRAN = ZoneInfo("Asia/Tehran")
EVENING = datetime(2021, 10, 12, 20, 53, tzinfo=TEHRAN)  # 20 Mehr 1400, a Tuesday
MIDNIGHT = datetime(2023, 11, 4, 0, 0, tzinfo=TEHRAN)  # 13 Aban 1402, date-only source
LRI, RLI, FSI, PDI, RLM, NBSP = "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u00a0"


def test_core_english_month_names_and_latin_digits() -> None:
    assert format_jalali(EVENING, lang="en") == "20 Mehr 1400, 20:53"
    assert format_jalali(EVENING, lang="en", with_time=False) == "20 Mehr 1400"
    assert format_jalali(datetime(2023, 5, 19, 9, 5, tzinfo=TEHRAN), lang="en") == (
        "29 Ordibehesht 1402, 09:05"
    )
    assert format_jalali_long(EVENING, lang="en") == "Tuesday 20 Mehr 1400, 20:53"
    # Persian stays the default and unchanged.
    assert format_jalali(EVENING) == "۲۰ مهر ۱۴۰۰، ۲۰:۵۳"
    assert format_jalali_long(EVENING, with_time=False) == "سه‌شنبه ۲۰ مهر ۱۴۰۰"


def test_midnight_means_no_time() -> None:
    assert format_short(MIDNIGHT) == "۱۳ آبان ۱۴۰۲"
    assert format_short(MIDNIGHT, persian=False, lang="en") == "13 Aban 1402"
    assert format_long(MIDNIGHT) == "شنبه ۱۳ آبان ۱۴۰۲"
    # One second past midnight is a real time.
    assert format_short(MIDNIGHT.replace(second=1)) == "۱۳ آبان ۱۴۰۲، ۰۰:۰۰"
    assert format_short(EVENING) == "۲۰ مهر ۱۴۰۰، ۲۰:۵۳"
    assert format_short(None) == ""


def test_list_date_is_isolated_rtl_in_persian_only() -> None:
    assert list_date(EVENING) == f"{RLM}{RLI}۲۰ مهر ۱۴۰۰{PDI}"
    assert list_date(EVENING, persian=True, lang="en") == "20 Mehr 1400"


def test_list_date_of_today_is_its_clock() -> None:
    today = EVENING.astimezone(TEHRAN).date()
    assert list_date(EVENING, today=today) == f"{RLM}{RLI}۲۰:۵۳{PDI}"
    assert list_date(EVENING, lang="en", today=today) == "20:53"
    assert list_date(EVENING, persian=False, today=today) == f"{RLM}{RLI}20:53{PDI}"
    assert list_date(MIDNIGHT, today=MIDNIGHT.date()) == f"{RLM}{RLI}۱۳ آبان ۱۴۰۲{PDI}"


@pytest.fixture
def date_library(tmp_path: Path) -> Path:
    from conftest import build_library, make_articles  # tests/ui/conftest.py

    articles = make_articles(3)
    articles[0].published = MIDNIGHT  # newest
    return build_library(tmp_path / "lib.sqlite", articles)


@pytest.fixture
def library(library_path: Path):  # type: ignore[no-untyped-def]
    lib = Library.open(library_path)
    yield lib
    lib.close()


def test_model_dates_follow_ui_language(qtbot, date_library: Path) -> None:  # type: ignore[no-untyped-def]
    with Library.open(date_library) as library:
        model = ArticleModel(library, today=lambda: date(2021, 10, 12))  # 20 Mehr 1400
        model.set_query(ArticleQuery(sort=SortKey.DATE, descending=True))
        assert model.index(0, COL_DATE).data() == f"{RLM}{RLI}۱۳ آبان ۱۴۰۲{PDI}"
        assert model.index(1, COL_DATE).data() == f"{RLM}{RLI}۱۹:۵۳{PDI}"  # today: its clock
        tip = model.index(1, COL_DATE).data(Qt.ItemDataRole.ToolTipRole)
        assert "۲۰ مهر ۱۴۰۰" in tip and "۱۹:۵۳" in tip  # the full date stays a hover away
        with qtbot.waitSignal(model.dataChanged):
            model.set_language("en")
        assert model.index(0, COL_DATE).data() == "13 Aban 1402"
        assert model.index(1, COL_DATE).data() == "19:53"


def _article(**changes: object) -> StoredArticle:
    fields: dict[str, object] = dict(
        id=1,
        title="تیتر",
        body=[Paragraph("متن")],
        site="دفاع‌پرس",
        source="خبرگزاری ایرنا",
        news_code="483462",
        published=EVENING,
        url="https://www.defapress.ir/fa/news/483462",
    )
    fields.update(changes)
    return StoredArticle(**fields)  # type: ignore[arg-type]


def _meta(page: str) -> list[str]:
    """The meta paragraph's lines, each split into its isolated items."""
    body = re.search(r'<p class="meta">(.*?)</p>', page, re.S)
    assert body is not None
    return body.group(1).split("<br>")


def test_meta_line_english_ui() -> None:
    dates, sources = _meta(build_html(_article(), persian=False, lang="en"))
    # the weekday and the clock may go on lines of their own in a narrow pane
    assert f"{LRI}Tuesday 20{NBSP}Mehr{NBSP}1400, 20:53{PDI}" in dates
    assert f"{LRI}12{NBSP}October{NBSP}2021{PDI}" in dates
    # Label and value are one unit, without a breakable space inside.
    assert f"{FSI}Source:{NBSP}خبرگزاری{NBSP}ایرنا{PDI}" in sources
    assert f"{FSI}News{NBSP}code:{NBSP}483462{PDI}" in sources
    assert f"{FSI}دفاع‌پرس{PDI}" in sources


def test_meta_items_are_isolated_units_in_persian_ui() -> None:
    dates, sources = _meta(build_html(_article(published=MIDNIGHT), persian=True, lang="fa"))
    assert f"{RLI}شنبه ۱۳{NBSP}آبان{NBSP}۱۴۰۲{PDI}" in dates  # no ۰۰:۰۰
    for line in (dates, sources):
        items = line.split(SEPARATOR)
        for item in items:
            assert item[0] in (LRI, RLI, FSI) and item.endswith(PDI), item
            text = re.sub(r"<[^>]*>", "", item).removeprefix(f"{RLI}شنبه ")
            assert " " not in text, item  # an item (past its weekday) never breaks


def test_meta_line_in_the_pane_keeps_label_and_value_together(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.reading_pane import ReadingPane

    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    pane.configure(language="en", persian_digits=False)
    pane.show_article(_article(source="ایرنا"))
    qtbot.waitUntil(lambda: "Source:" in pane.toPlainText(), timeout=5000)
    lines = pane.toPlainText().replace(NBSP, " ")
    assert "Source: ایرنا" in lines
    assert "News code: 483462" in lines
    assert "Tuesday 20 Mehr 1400, 20:53" in lines


def test_titles_and_sites_paint_right_to_left_in_english_ui(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    view = ArticleList()
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    model = ArticleModel(library)
    view.setModel(model)
    model.set_query(ArticleQuery())
    for column, rtl in ((COL_TITLE, True), (COL_SITE, True), (COL_DATE, False), (COL_STAR, False)):
        index = model.index(0, column)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        view.itemDelegateForIndex(index).initStyleOption(option, index)
        expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert option.direction == expected, column
        if rtl:
            assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert view.textElideMode() == Qt.TextElideMode.ElideRight  # the logical end, in RTL: left


def _title_cell(qtbot, library, direction: Qt.LayoutDirection):  # type: ignore[no-untyped-def]
    view = ArticleList()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    model = ArticleModel(library)
    view.setModel(model)
    model.set_query(ArticleQuery())
    view.resize(420, 300)
    view.horizontalHeader().resizeSection(COL_SITE, 60)
    view.show()
    qtbot.waitExposed(view)
    return view.viewport().grab(view.visualRect(model.index(1, COL_TITLE))).toImage()


def test_elided_title_paints_alike_in_both_ui_directions(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    """Pixels: a long Persian title is laid out and elided the same way in either UI."""
    rtl = _title_cell(qtbot, library, Qt.LayoutDirection.RightToLeft)
    ltr = _title_cell(qtbot, library, Qt.LayoutDirection.LeftToRight)
    assert rtl.size() == ltr.size()
    assert rtl == ltr


def test_title_text_keeps_clear_of_the_cell_edges(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    """The ellipsis of a long title does not run into the site name next to it."""
    image = _title_cell(qtbot, library, Qt.LayoutDirection.RightToLeft)
    background = image.pixelColor(0, 0)
    ink = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    assert ink, "nothing painted"
    clear = 8  # px: the delegate's padding plus the style's own text margin
    assert ink[0] >= clear and ink[-1] < image.width() - clear, (ink[0], ink[-1], image.width())


def test_an_english_headline_is_laid_out_left_to_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Its ellipsis then sits on the right, at its end, not before its first word."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from reader.ui.article_list import RightToLeftDelegate

    model = QStandardItemModel()
    for title in ("English only headline", "عرضه iPhone 15", "۲۰۲۳"):
        model.appendRow(QStandardItem(title))
    delegate = RightToLeftDelegate()
    directions = []
    for row in range(3):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, 0))
        directions.append(option.direction)
    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    assert directions == [ltr, rtl, rtl]


def test_a_narrow_list_gives_the_site_column_up_for_titles(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    model = ArticleModel(library)
    view = ArticleList()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_query(ArticleQuery())
    view.show()
    view.resize(700, 300)
    qtbot.waitUntil(lambda: view.viewport().width() > 600)
    wide_site = view.horizontalHeader().sectionSize(COL_SITE)
    assert not view.isColumnHidden(COL_SITE) and wide_site > 80
    view.resize(260, 300)  # an 800-pixel window
    qtbot.waitUntil(lambda: view.viewport().width() < 300)
    assert view.isColumnHidden(COL_SITE)
    header = view.horizontalHeader()
    others = header.sectionSize(COL_STAR) + header.sectionSize(COL_DATE)
    assert header.sectionSize(COL_TITLE) == view.viewport().width() - others  # all the rest
    view.resize(700, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(COL_SITE))
    assert view.horizontalHeader().sectionSize(COL_SITE) == wide_site


def test_a_compact_list_date_is_numeric_jalali() -> None:
    assert list_date(MIDNIGHT, compact=True) == f"{RLM}{RLI}۱۴۰۲/۰۸/۱۳{PDI}"
    assert list_date(MIDNIGHT, persian=False, compact=True) == f"{RLM}{RLI}1402/08/13{PDI}"
    assert list_date(MIDNIGHT, lang="en", compact=True) == "1402/08/13"
    today = EVENING.astimezone(TEHRAN).date()
    assert list_date(EVENING, lang="en", today=today, compact=True) == "20:53"  # still the clock


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_narrow_list_shows_numeric_dates_so_titles_get_the_room(qtbot, library, language) -> None:  # type: ignore[no-untyped-def]
    """In an 800 px window "13 Farvardin 1396" took as much room as the titles."""
    model = ArticleModel(library, today=lambda: date(2000, 1, 1))
    model.set_language(language)
    view = ArticleList()
    qtbot.addWidget(view)
    view.setModel(model)
    view.fit_date_column(language)
    model.set_query(ArticleQuery(sort=SortKey.DATE, descending=True))
    view.show()
    view.resize(700, 300)
    qtbot.waitUntil(lambda: view.viewport().width() > 600)
    header = view.horizontalHeader()
    wide_date = header.sectionSize(COL_DATE)
    spelled = model.index(0, COL_DATE).data()
    assert "/" not in spelled
    view.resize(260, 300)  # an 800-pixel window
    qtbot.waitUntil(lambda: view.viewport().width() < 300)
    numeric = model.index(0, COL_DATE).data()
    assert re.search(r"[0-9۰-۹]{4}/[0-9۰-۹]{2}/[0-9۰-۹]{2}", numeric), numeric
    assert bool(re.search("[۰-۹]", numeric)) == (language == "fa")  # Persian digits in Persian
    tip = model.index(0, COL_DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "/" not in tip and tip  # the full date stays a hover away
    assert header.sectionSize(COL_DATE) < wide_date * 0.8
    assert header.sectionSize(COL_TITLE) > header.sectionSize(COL_DATE)
    view.resize(700, 300)
    qtbot.waitUntil(lambda: "/" not in model.index(0, COL_DATE).data())
    assert header.sectionSize(COL_DATE) == wide_date
    assert not view.isColumnHidden(COL_SITE)


def test_numeric_dates_give_their_room_to_titles_not_the_site(qtbot, library) -> None:  # type: ignore[no-untyped-def]
    """Once the site column is gone it stays gone while the dates are numeric."""
    model = ArticleModel(library)
    view = ArticleList()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_query(ArticleQuery())
    view.show()
    for width in range(200, 700, 10):
        view.resize(width, 300)
        qtbot.wait(1)
        if model.compact_dates:
            assert view.isColumnHidden(COL_SITE), width
