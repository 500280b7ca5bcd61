"""The reading pane keeps the reader's place in an article when the font or width
changes, and opens another article at its top."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from reader.core.article import Paragraph
from reader.core.library import StoredArticle
from reader.ui.dates import persian_digits
from reader.ui.reading_pane import ReadingPane

PARAGRAPHS = 40


def long_article(article_id: int = 1) -> StoredArticle:
    body = [
        Paragraph(
            f"بند {persian_digits(str(n))}: سردار باقری گفت از جمله موضوعات مهم این مقطع"
            " زمانی، مسئله افغانستان و وضعیت این کشور است و ایران و پاکستان"
            " در افغانستان نگرانی‌های فراوانی دارند."
        )
        for n in range(1, PARAGRAPHS + 1)
    ]
    return StoredArticle(id=article_id, title="گزارشی بلند", body=body, site="ایرنا")  # type: ignore[call-arg]


def shown(qtbot, item: StoredArticle) -> ReadingPane:  # type: ignore[no-untyped-def]
    pane = ReadingPane(None)
    qtbot.addWidget(pane)
    pane.resize(560, 500)
    pane.show()
    pane.show_article(item)
    qtbot.waitUntil(lambda: "بند ۴۰" in pane.toPlainText(), timeout=5000)
    qtbot.wait(50)
    return pane


def top_paragraph(pane: ReadingPane) -> str:
    """The first words of the paragraph at the top of the view."""
    cursor = pane.cursorForPosition(QPoint(pane.viewport().width() // 2, 4))
    return cursor.block().text().split(":")[0]


def test_zooming_keeps_the_paragraph_being_read_in_view(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    """The pixel offset was kept: at 24 pt the view showed paragraph 9 of a page read at 21."""
    pane = shown(qtbot, long_article())
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    reading = top_paragraph(pane)
    assert reading.startswith("بند ") and reading != "بند ۱"
    for size in (24, 11, 16):
        pane.configure(font_size=size)
        qtbot.wait(80)  # the display-text page replaces the first paint
        assert top_paragraph(pane) == reading, size
    pane.resize(900, 500)  # another width keeps it too
    qtbot.wait(80)
    assert top_paragraph(pane) == reading


def test_another_article_opens_at_its_top(qtbot, fast_display) -> None:  # type: ignore[no-untyped-def]
    """It opened where the one before was scrolled to (at its end after Space, so the
    next Space skipped it unread)."""
    pane = shown(qtbot, long_article(1))
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    pane.show_article(long_article(2))
    qtbot.wait(80)
    assert bar.value() == 0
    assert not pane.at_end()
