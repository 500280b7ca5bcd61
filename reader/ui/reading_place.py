"""The reader's place in the page, kept across a re-layout.

Why a module of its own: zoom, another pane width and the swap from raw to display
text all lay the page out again, and a kept pixel offset then points at another part
of the article (pixel 4000 was half-way down at 15 pt and a fifth of the way at 24 pt).
The place is kept instead as the block at the top of the view and how far into it the
view starts, which survives every re-layout of the same article.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit

#: A block's number in the document and the share of its height above the view's top.
ReadingPlace = tuple[int, float]


def reading_place(view: QTextEdit) -> ReadingPlace | None:
    """Where the reader is in ``view``: None at the page's top (nothing to keep)."""
    top = view.verticalScrollBar().value()
    if top <= 0:
        return None
    document = view.document()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.bottom() > top:
            share = (top - rect.top()) / rect.height() if rect.height() > 0 else 0.0
            return block.blockNumber(), min(max(share, 0.0), 1.0)
        block = block.next()
    return None


def place_offset(view: QTextEdit, place: ReadingPlace) -> int:
    """The scroll offset that puts ``place`` at the top of ``view`` again (the page's
    end when the block is gone)."""
    number, share = place
    document = view.document()
    block = document.findBlockByNumber(number)
    if not block.isValid():
        return view.verticalScrollBar().maximum()
    rect = document.documentLayout().blockBoundingRect(block)
    return round(rect.top() + share * rect.height())
