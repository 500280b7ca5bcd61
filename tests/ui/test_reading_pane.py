"""The reading pane: escaping, no remote resources, RTL page, bidi runs, highlighting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from reader.core.article import Paragraph
from reader.core.library import StoredArticle
from reader.ui.article_document import Highlighter, build_html
from reader.ui.reading_pane import ReadingPane

# Display-only marks: RLM, isolates and the break points of long tokens (ZWSP).
NO_ISOLATES = {cp: None for cp in (0x200B, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069)}


def show(qtbot, pane: ReadingPane, article: StoredArticle) -> None:  # type: ignore[no-untyped-def]
    """Show an article and wait for the display-text page from the worker."""
    pane.show_article(article)
    qtbot.waitUntil(lambda: "Select an article" not in pane.toPlainText(), timeout=5000)


def hostile_article() -> StoredArticle:
    return StoredArticle(
        id=7,
        title='<script>alert("x")</script> تیتر',
        overline="<b>روتیتر</b>",
        lead='<img src="http://evil.example/t.png"> لید خبر',
        body=[
            Paragraph('متن <a href="http://evil.example">پیوند</a> و <iframe src="x">'),
            Paragraph("زیرتیتر", heading=True),
            Paragraph("(برابر با 12 October 2021)"),
        ],
        site="ایرنا",
        url="javascript:alert(1)",
    )


def test_article_text_is_never_html(qtbot, fast_display) -> None:
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    requested: list[str] = []
    original = pane.loadResource

    def spy(type_, url):  # type: ignore[no-untyped-def]
        requested.append(url.toString())
        return original(type_, url)

    pane.loadResource = spy  # type: ignore[method-assign]
    show(qtbot, pane, hostile_article())
    text = pane.toPlainText().translate(NO_ISOLATES)
    assert '<script>alert("x")</script> تیتر' in text
    assert '<img src="http://evil.example/t.png">' in text
    assert '<a href="http://evil.example">' in text
    html = pane.toHtml()
    assert "<script" not in html and "<img" not in html
    assert "evil.example/t.png" not in "".join(requested)
    # javascript: URL is not turned into a link
    assert "javascript:" not in html


def test_load_resource_refuses_everything(qtbot) -> None:
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    assert pane.loadResource(2, QUrl("http://example.com/a.png")) is None


def test_page_is_right_to_left(qtbot, fast_display) -> None:
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    show(qtbot, pane, hostile_article())
    block = pane.document().begin()
    while block.isValid():
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        block = block.next()


def test_latin_runs_are_isolated() -> None:
    page = build_html(hostile_article())
    assert "(برابر با \u206612\u00a0October\u00a02021\u2069)" in page


def test_highlight_folds_spelling_variants() -> None:
    h = Highlighter.of(["كتاب"])  # Arabic kaf in the query
    text = "این کتاب‌ها و كتاب"
    spans = h.spans(text)
    assert [text[s:e] for s, e in spans] == ["کتاب", "كتاب"]
    page = build_html(hostile_article(), terms=["لید"])
    assert '<span class="hl">لید</span>' in page


def test_links_open_only_on_click(qtbot, monkeypatch, fast_display) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "reader.ui.reading_pane.QDesktopServices.openUrl", lambda url: opened.append(url.toString())
    )
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    article = hostile_article()
    article.url = "https://www.defapress.ir/fa/news/483462"
    show(qtbot, pane, article)
    assert opened == [] and pane.openLinks() is False
    pane.anchorClicked.emit(QUrl(article.url))
    pane.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://www.defapress.ir/fa/news/483462"]


def test_empty_hint_follows_the_ui_direction_and_articles_stay_rtl(qtbot, fast_display) -> None:
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    pane.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    pane.show_article(None)
    block = pane.document().begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    show(qtbot, pane, hostile_article())
    block = pane.document().begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_wide_pane_centres_a_readable_column(qtbot, fast_display) -> None:
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    show(qtbot, pane, hostile_article())
    margin = pane.document().documentMargin()
    assert margin >= 12
    root = pane.document().rootFrame().frameFormat()
    assert root.leftMargin() == margin and root.rightMargin() == margin  # narrow: full width
    pane.resize(1800, 600)
    qtbot.waitUntil(lambda: pane.document().rootFrame().frameFormat().leftMargin() > margin)
    root = pane.document().rootFrame().frameFormat()
    assert root.leftMargin() == root.rightMargin()
    column = pane.viewport().width() - 2 * root.leftMargin()
    assert abs(column - pane.measure_width()) <= 2
    wide = root.leftMargin()
    pane.configure(font_size=24)  # zoom: the column grows with the font
    qtbot.waitUntil(lambda: pane.document().rootFrame().frameFormat().leftMargin() < wide)


def test_title_is_set_tight_and_kept_apart_from_the_lead(qtbot, fast_display) -> None:
    from PySide6.QtGui import QFontMetricsF

    from reader.ui import typesetting

    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    show(qtbot, pane, hostile_article())
    document = pane.document()
    line = QFontMetricsF(document.defaultFont()).height()
    block = document.begin()
    while block.isValid() and block.blockFormat().headingLevel() != 1:
        block = block.next()
    assert block.isValid()
    fmt = block.blockFormat()
    assert fmt.lineHeight() == typesetting.HEADING_LINE_HEIGHT_PERCENT < 100
    assert fmt.bottomMargin() >= line * typesetting.HEADING_GAP_LINES - 1
    body = block.next().blockFormat()
    assert body.lineHeight() > fmt.lineHeight()


def test_article_that_kept_its_zwnjs_is_not_restored(qtbot, monkeypatch) -> None:
    """A writer who used ZWNJs wrote the joined words on purpose: only stripped text is
    restored (and only while the reader wants restoration)."""
    from reader.core.persian import display

    z = "\u200c"
    asked: list[bool] = []

    def fake_display(text: str, **kw: bool) -> str:
        asked.append(kw["restore_zwnj"])
        return text

    monkeypatch.setattr(display, "display_text", fake_display)
    monkeypatch.setattr(display, "is_ready", lambda: True)
    monkeypatch.setattr(display, "warm_up", lambda **_kw: None)
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    careful = StoredArticle(
        id=1, title="کتابها", body=[Paragraph(f"آن{z}ها می{z}روند"), Paragraph(f"کتاب{z}ها")]
    )
    show(qtbot, pane, careful)
    assert asked and not any(asked)
    asked.clear()
    pane.show_article(StoredArticle(id=2, title="دفترها", body=[Paragraph("آنها میروند")]))
    qtbot.waitUntil(lambda: "دفترها" in pane.toPlainText(), timeout=5000)
    assert asked and all(asked)


def test_a_display_text_failure_shows_the_article_as_stored(qtbot, monkeypatch) -> None:
    from reader.core.persian import display

    def broken(text: str, **_kw: bool) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(display, "display_text", broken)
    monkeypatch.setattr(display, "is_ready", lambda: True)
    monkeypatch.setattr(display, "warm_up", lambda **_kw: None)
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    show(qtbot, pane, StoredArticle(id=1, title="خبر اول", body=[Paragraph("متن اول")]))
    pane.show_article(StoredArticle(id=2, title="خبر دوم", body=[Paragraph("متن دوم")]))
    qtbot.waitUntil(lambda: "متن دوم" in pane.toPlainText(), timeout=5000)
    assert "متن اول" not in pane.toPlainText()


def test_line_breaks_in_a_field_are_kept() -> None:
    article = StoredArticle(id=3, title="تیتر", lead="بند اول لید\nبند دوم لید", body=[])
    page = build_html(article)
    assert "بند اول لید<br>بند دوم لید" in page


def test_a_paragraph_without_persian_letters_is_set_left_to_right(qtbot, fast_display) -> None:
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    article = StoredArticle(
        id=4,
        title="تیتر فارسی",
        body=[Paragraph("متن فارسی با 2 عدد"), Paragraph("Текст на русском языке, 2024.")],
    )
    show(qtbot, pane, article)
    directions = {}
    block = pane.document().begin()
    while block.isValid():
        directions[block.text().translate(NO_ISOLATES)] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions["متن فارسی با 2 عدد"] == Qt.LayoutDirection.RightToLeft
    assert directions["Текст на русском языке, 2024."] == Qt.LayoutDirection.LeftToRight


def test_lines_never_break_inside_a_word(qtbot, fast_display) -> None:
    from PySide6.QtGui import QTextOption

    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    show(qtbot, pane, StoredArticle(id=5, title="دانش‌آموز جان‌باخته", body=[]))
    wrap = pane.document().defaultTextOption().wrapMode()
    assert wrap == QTextOption.WrapMode.WordWrap


def test_while_hazm_loads_the_page_is_already_spelled_right(qtbot, monkeypatch) -> None:
    """The first page is not shown raw for the seconds hazm takes to load: the hazm-free
    display text (Arabic letters folded, ZWNJs restored) is set at once."""
    from reader.core.persian import display
    from reader.core.persian.zwnj import get_restorer

    get_restorer()  # the table is in; hazm is not (as ~0.3 s after start)
    monkeypatch.setattr(display, "is_ready", lambda: False)
    monkeypatch.setattr(display, "warm_up", lambda **_kw: None)
    monkeypatch.setattr(display, "display_text", lambda text, **_kw: "")  # never arrives
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    pane.show_article(StoredArticle(id=1, title="تيتر", body=[Paragraph("همکاريهاي گسترده")]))
    shown = pane.toPlainText().translate(NO_ISOLATES)
    assert "همکاری\u200cهای گسترده" in shown and "تیتر" in shown


def test_highlight_marks_every_spelling_searched() -> None:
    marks = Highlighter.of(["امریکا"]).spans("سفر به آمریکا و امریکا")
    assert len(marks) == 2
