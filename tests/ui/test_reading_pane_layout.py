"""The reading pane's layout: it reflows to narrow panes, and mixed Latin/Persian text,
addresses, dates and search marks keep their reading order."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from reader.core.article import Paragraph
from reader.core.library import StoredArticle
from reader.ui.reading_pane import ReadingPane

EVENING = datetime(2021, 10, 12, 20, 53, tzinfo=ZoneInfo("Asia/Tehran"))
LRI, RLI, FSI, PDI, NBSP = "\u2066", "\u2067", "\u2068", "\u2069", "\u00a0"


def article(**changes: object) -> StoredArticle:
    fields: dict[str, object] = dict(
        id=1,
        title="تعاملات نظامی- دفاعی ایران و پاکستان گسترش بیشتری می‌یابد",
        body=[
            Paragraph("سردار باقری گفت: از جمله موضوعات مهم این مقطع زمانی، مسئله افغانستان است.")
        ],
        site="دفاع‌پرس",
        source="خبرگزاری ایرنا",
        news_code="483462",
        published=EVENING,
        url="https://www.defapress.ir/fa/news/483462",
    )
    fields.update(changes)
    return StoredArticle(**fields)  # type: ignore[arg-type]


def shown(qtbot, item: StoredArticle, width: int = 300, **config: object) -> ReadingPane:  # type: ignore[no-untyped-def]
    """A pane ``width`` px wide showing ``item`` as display text."""
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    pane.resize(width, 500)
    pane.show()
    if config:
        pane.configure(**config)  # type: ignore[arg-type]
    pane.show_article(item)
    qtbot.waitUntil(lambda: "Select an article" not in pane.toPlainText(), timeout=5000)
    qtbot.wait(50)  # the display-text page replaces the first paint
    return pane


def fits(pane: ReadingPane) -> bool:
    """The page is laid out within the pane: nothing clipped, no sideways scrolling."""
    document = pane.document()
    return (
        pane.horizontalScrollBar().maximum() == 0
        and document.idealWidth() <= pane.viewport().width() + 1
    )


# --- H1: the meta line breaks between its items ------------------------------------


def test_a_narrow_pane_wraps_the_meta_line_between_items(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    pane = shown(qtbot, article(), width=300)
    assert fits(pane), (pane.document().idealWidth(), pane.viewport().width())
    block = pane.document().begin()
    while block.isValid() and "·" not in block.text():
        block = block.next()
    assert block.isValid() and block.layout().lineCount() > 2  # two meta lines, wrapped
    text = block.text()
    for item in ("۲۰\u00a0مهر\u00a0۱۴۰۰", "خبرگزاری\u00a0ایرنا"):
        assert item in text  # an item itself never breaks


def test_a_narrow_pane_wraps_latin_titles_and_long_dates(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    """A heading's large type may wrap a Latin run; a date's weekday and clock may go on
    lines of their own (the date "20 Mehr 1400" itself stays whole)."""
    item = article(title="عرضه iPhone 15 Pro Max با قیمت", published=EVENING)
    for language in ("fa", "en"):
        pane = shown(qtbot, item, width=260, language=language)
        assert fits(pane), (language, pane.document().idealWidth(), pane.viewport().width())
    assert "20\u00a0Mehr\u00a01400" in block_with(pane, "Mehr").text()


# --- H3: a search mark inside a Latin run keeps the run's word order ---------------


def test_a_search_mark_stays_inside_its_latin_run() -> None:
    from reader.ui.article_document import build_html

    title = "عرضه iPhone 15 Pro Max با قیمت 1,299 دلار"
    plain = build_html(article(title=title))
    assert f"{LRI}iPhone 15 Pro Max{PDI}" in plain  # a heading may wrap it
    for term, marked in (
        ("Pro", f'{LRI}iPhone 15 <span class="hl">Pro</span> Max{PDI}'),
        ("iPhone", f'{LRI}<span class="hl">iPhone</span> 15 Pro Max{PDI}'),
        ("عرضه", f'<span class="hl">عرضه</span> {LRI}iPhone 15 Pro Max{PDI}'),
    ):
        page = build_html(article(title=title), terms=[term])
        assert marked in page, term
        assert page.count(LRI) == plain.count(LRI)  # one isolate per run, as without marks
        assert sum(page.count(c) for c in (LRI, RLI, FSI)) == page.count(PDI)


def test_a_search_mark_across_an_isolate_edge_stays_well_formed() -> None:
    from reader.ui.article_document import Highlighter, render_text

    marked = render_text("خبر iPhone 15", Highlighter.of(["خبر iPhone"]))
    assert marked == f'<span class="hl">خبر </span>{LRI}<span class="hl">iPhone</span>{NBSP}15{PDI}'


# --- M1: a web or e-mail address is one left-to-right run, and a link ---------------

URL = "https://www.apple.com/ir/iphone-15-pro/?utm_source=test&x=1"


def block_with(pane: ReadingPane, needle: str):  # type: ignore[no-untyped-def]
    block = pane.document().begin()
    while block.isValid() and needle not in block.text():
        block = block.next()
    assert block.isValid(), needle
    return block


def x_of(block, position: int) -> float:  # type: ignore[no-untyped-def]
    """Where the character at ``position`` of ``block`` is drawn (its leading edge)."""
    line = block.layout().lineForTextPosition(position)
    return line.cursorToX(position)[0]


def test_an_address_is_one_left_to_right_run() -> None:
    from reader.ui.bidi import isolate_ltr_runs

    assert isolate_ltr_runs(f"نشانی: {URL} و ایمیل info@example.com.") == (
        f"نشانی: {LRI}{URL}{PDI} و ایمیل {LRI}info@example.com{PDI}."
    )
    assert isolate_ltr_runs(f"(متن {URL})، پایان") == f"(متن {LRI}{URL}{PDI})، پایان"


def test_an_address_in_the_text_reads_left_to_right_and_is_a_link(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    short = "https://apple.com/ir/?utm=test&x=1"
    body = [Paragraph(f"نشانی: {short} و {URL}"), Paragraph("و javascript:alert(1) پایان")]
    pane = shown(qtbot, article(body=body), width=1200)
    block = block_with(pane, "apple")
    assert block.layout().lineForTextPosition(block.text().index("test")).lineNumber() == 0
    text = block.text()
    pieces = [text.index(p) + 1 for p in ("https", "apple", "ir", "utm", "test")]  # not an edge
    xs = [x_of(block, p) for p in pieces]
    assert xs == sorted(xs), xs  # drawn left to right, in one piece
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + text.index("utm"))
    assert cursor.charFormat().anchorHref() == short
    block = block_with(pane, "alert")
    cursor.setPosition(block.position() + block.text().index("alert"))
    assert not cursor.charFormat().isAnchor()  # only http(s) addresses are links


# --- H2: a very long token wraps at safe points instead of widening the page -------

LONG_URL = "https://example.com/" + "a" * 300
LONG_WORD = "واژه‌ای‌بسیار‌بلند‌بدون‌فاصله" * 20


def test_a_long_token_wraps_instead_of_widening_the_page(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextOption

    body = [Paragraph(f"آدرس: {LONG_URL} پایان."), Paragraph(LONG_WORD)]
    pane = shown(qtbot, article(body=body), width=400)
    assert fits(pane), (pane.document().idealWidth(), pane.viewport().width())
    assert block_with(pane, "aaaa").layout().lineCount() > 3
    # still never a break inside a word of normal length
    assert pane.document().defaultTextOption().wrapMode() == QTextOption.WrapMode.WordWrap


def test_break_points_never_cut_a_persian_word() -> None:
    from reader.ui.line_breaks import break_points

    normal = "بین‌المللی‌ترین دانش‌آموزان iPhone 15 Pro Max https://www.irna.ir/news/85"
    assert break_points(normal) == set()
    assert break_points("ب" * 40) == set()  # all joined: no break can avoid cutting them
    address = "https://fa.wikipedia.org/wiki/جمهوری_اسلامی_ایران_و_پاکستان_و_افغانستان"
    points = break_points(address)
    assert points
    for i in points:
        assert not (address[i - 1].isalpha() and address[i].isalpha()), address[i - 3 : i + 3]
    assert {i for i in break_points(LONG_WORD) if LONG_WORD[i - 1] != "\u200c"} == set()


def test_a_long_address_copies_without_its_break_points(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from reader.ui.line_breaks import ZWSP

    pane = shown(qtbot, article(body=[Paragraph(f"آدرس: {LONG_URL} پایان.")]), width=400)
    assert ZWSP in pane.toPlainText()  # the page has break points...
    pane.selectAll()
    pane.copy()
    copied = QApplication.clipboard().text()
    assert LONG_URL in copied  # ...a copy has none
    QApplication.clipboard().clear()
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the same by key
    assert LONG_URL in QApplication.clipboard().text()
    QApplication.clipboard().clear()
    menu = pane.context_menu(pane.rect().center())  # and from the right-click menu
    [copy] = [a for a in menu.actions() if a.objectName() == "edit-copy"]
    copy.trigger()
    copied = QApplication.clipboard().text()
    assert LONG_URL in copied
    # none of the page's display-only marks, no-break spaces or line separators
    assert not set(copied) & set("\u200b\u2066\u2067\u2068\u2069\u200f\u00a0\u2028\u2029")
    # a search mark still finds its term in a token with break points
    from reader.ui.article_document import build_html

    assert '<span class="hl">example</span>' in build_html(
        article(body=[Paragraph(LONG_URL)]), terms=["example"]
    )


# --- L5: the Gregorian date in the UI's language; items in the UI's order -----------


def test_persian_ui_spells_the_gregorian_date_in_persian() -> None:
    from reader.ui.article_document import build_html

    page = build_html(article(), lang="fa")
    assert f"{RLI}۱۲{NBSP}اکتبر{NBSP}۲۰۲۱{PDI}" in page and "October" not in page
    assert f"{RLI}12{NBSP}اکتبر{NBSP}2021{PDI}" in build_html(article(), persian=False, lang="fa")
    assert f"{LRI}12{NBSP}October{NBSP}2021{PDI}" in build_html(article(), lang="en")


def test_meta_items_read_in_the_ui_direction(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    for language, ltr in (("en", True), ("fa", False)):
        pane = shown(qtbot, article(), width=1200, language=language)
        block = block_with(pane, "·")
        text = block.text()
        firsts = ("Tuesday", "دفاع") if ltr else ("سه", "دفاع")
        seconds = ("October", "Source") if ltr else ("اکتبر", "Source")  # no translator here
        for first, second in zip(firsts, seconds, strict=True):
            a, b = x_of(block, text.index(first) + 1), x_of(block, text.index(second) + 1)
            assert (a < b) == ltr, (language, first, second, a, b)


# --- L2: an untitled article is headed by its first words, muted -------------------


def test_an_untitled_article_is_headed_by_its_first_words(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    from reader.ui.themes import get_theme

    text = "خبری که عنوان ندارد و فقط متن دارد و ادامه دارد تا آخر. جملهٔ دوم."
    pane = shown(qtbot, article(title="", body=[Paragraph(text)]), width=600, theme="dark")
    block = pane.document().begin()
    while block.isValid() and block.blockFormat().headingLevel() != 1:
        block = block.next()
    assert block.isValid()
    assert block.text() == "خبری که عنوان ندارد و فقط متن دارد …"
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + 1)
    assert cursor.charFormat().foreground().color().name() == get_theme("dark").muted
    short = shown(qtbot, article(title=" ", lead="لید کوتاه.", body=[]), width=600)
    assert "لید کوتاه." in short.toPlainText().split("\n")[0]


def test_a_narrow_pane_sets_the_title_smaller(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    """At 800 px a ten-word title had filled the first screen, two words a line."""

    def title_size(pane: ReadingPane) -> float:
        block = pane.document().begin()
        while block.isValid() and block.blockFormat().headingLevel() != 1:
            block = block.next()
        assert block.isValid()
        return block.begin().fragment().charFormat().font().pointSizeF()

    wide = title_size(shown(qtbot, article(), width=900))
    pane = shown(qtbot, article(), width=260)
    narrow = title_size(pane)
    assert narrow < wide * 0.9
    pane.resize(900, 500)  # widening sets it large again
    qtbot.waitUntil(lambda: title_size(pane) == wide, timeout=3000)


# --- side margins: capped by the pane's width ----------------------------------------


def side_margins(pane: ReadingPane) -> tuple[float, float]:
    fmt = pane.document().rootFrame().frameFormat()
    return fmt.leftMargin(), fmt.rightMargin()


def test_a_large_font_keeps_the_pane_width_for_its_text(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    """At 40 pt the margin was font × 1.6 = 64 px a side: 23% of a 560 px pane."""
    pane = shown(qtbot, article(), width=560, font_size=40)
    left, right = side_margins(pane)
    width = pane.viewport().width()
    assert left == right
    assert (left + right) / width <= 0.13, (left, width)
    assert pane.document().documentMargin() == 64  # above and below, the font's margin


def test_usual_font_sizes_keep_their_margins(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    for size in (11, 15, 16):
        pane = shown(qtbot, article(), width=560, font_size=size)
        margin = pane.document().documentMargin()
        left, right = side_margins(pane)
        # The font's margin, or more where a wide pane centres its column.
        assert left >= margin and right >= margin, (size, left, margin)


def test_a_wide_pane_still_centres_a_large_font_column(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    pane = shown(qtbot, article(), width=2400, font_size=40)
    left, right = side_margins(pane)
    assert left == right
    text_width = pane.viewport().width() - left - right
    assert abs(text_width - pane.measure_width()) <= 2  # the 75-character column, centred
