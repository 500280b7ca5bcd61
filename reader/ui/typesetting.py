"""Block by block typesetting of the reading page, after Qt has imported its HTML.

Why a module of its own: Qt's HTML import gives every block an automatic direction (a
paragraph starting with a number or a Latin word would turn left to right), and its CSS
ignores ``text-align`` and sets line heights meant for fonts with tight metrics. These
are set here, per block, for the page's direction, justification and font.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextBlockFormat, QTextCursor, QTextFormat

from reader.ui.bidi import first_strong_is_rtl, has_rtl

LINE_HEIGHT_PERCENT = 150  # of Vazirmatn's own (already tall) line spacing
HEADING_LINE_HEIGHT_PERCENT = 92  # a title is one unit: tighter than body text
HEADING_GAP_LINES = 0.9  # space under a heading, in body lines
VAZIRMATN_SCALE = 0.78
#: A title's size against the body's in a narrow pane (Qt sets an h1 at twice the body:
#: its +3 size step wins over the style sheet's size).
NARROW_TITLE_SCALE = 1.3


def typeset_blocks(
    document: Any,
    justify: bool,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft,
) -> None:
    """Right-to-left blocks, right-aligned or justified, with a generous line height.

    Set per block because Qt's HTML import gives every block an automatic
    direction (a paragraph starting with a number or Latin word would turn
    left-to-right) and its CSS ignores ``text-align`` from the style sheet.
    """
    gap = QFontMetricsF(document.defaultFont()).height() * HEADING_GAP_LINES
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        block_direction = direction
        text = block.text()
        if not has_rtl(text) and first_strong_is_rtl(text) is False:
            # a paragraph with no right-to-left letter at all (English, Russian) is set
            # left to right, so it is not ragged on the wrong side
            block_direction = Qt.LayoutDirection.LeftToRight
        rtl = block_direction == Qt.LayoutDirection.RightToLeft
        fmt.setLayoutDirection(block_direction)
        heading = fmt.headingLevel() > 0
        if justify and not heading:
            fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        else:
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        if heading:
            height = HEADING_LINE_HEIGHT_PERCENT
            # The tighter leading takes space from under the last line too: give it
            # back below the block, so the title stays apart from the lead.
            fmt.setBottomMargin(max(fmt.bottomMargin(), gap))
        elif fmt.lineHeightType() == proportional:
            # The theme's CSS heights are meant for fonts with tight metrics;
            # Vazirmatn's own line spacing is already tall.
            height = round(fmt.lineHeight() * VAZIRMATN_SCALE)
        else:
            height = LINE_HEIGHT_PERCENT
        fmt.setLineHeight(height, proportional)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()


def set_title_size(document: Any, point_size: float) -> None:
    """Set the title (``h1``) blocks' text at ``point_size``.

    Qt gives an ``h1`` a +3 size step that decides its size over any point size (the
    style sheet's too), so the step is taken off each piece of the title's text.
    """
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            pieces = block.begin()
            while not pieces.atEnd():
                piece = pieces.fragment()
                fmt = piece.charFormat()
                fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                fmt.setFontPointSize(point_size)
                cursor.setPosition(piece.position())
                cursor.setPosition(
                    piece.position() + piece.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(fmt)
                pieces += 1
        block = block.next()
    cursor.endEditBlock()
