"""The reading page's measure: how wide its lines are and when the pane is narrow.

Why a module of its own: the line length is a typographic rule (about 75 characters
of body text, the column centred in a wider pane) that depends only on the reading
font and the pane's width, not on which article is shown. The side margins are set on
the document's root frame, not as viewport margins, so the page colour still fills the
whole pane and the scroll bar stays at its edge.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QTextDocument

MEASURE_CHARS = 75  # a comfortable line length; wider panes centre the column
NARROW_CHARS = 40  # narrower than this many characters: titles are set smaller
#: The most of the pane's width one side margin takes: the document margin grows with
#: the font (``themes.style_document``), and at 40 pt it took 23% of a 560 px pane.
#: At the usual sizes (15-16 pt) in a pane of 450 px or more the margin is unchanged.
MAX_SIDE_MARGIN_SHARE = 0.06
MIN_SIDE_MARGIN = 12  # px: the page margin never gets smaller (styled and capped alike)
# Typical Persian news prose, to find the average character width of the reading font.
MEASURE_SAMPLE = (
    "به گزارش گروه سایر رسانه‌های دفاع‌پرس، سردار سرلشکر پاسدار «محمد باقری» رئیس ستاد کل"
    " نیروهای مسلح در بدو ورود به پایگاه هوایی اظهار داشت"
)


def measure_width(document: QTextDocument) -> float:
    """Pixels of ``MEASURE_CHARS`` characters of body text in the document's font."""
    metrics = QFontMetricsF(document.defaultFont())
    return metrics.horizontalAdvance(MEASURE_SAMPLE) / len(MEASURE_SAMPLE) * MEASURE_CHARS


def is_narrow(document: QTextDocument, width: int) -> bool:
    """A pane ``width`` pixels wide is narrower than ``NARROW_CHARS`` characters."""
    return width < measure_width(document) * NARROW_CHARS / MEASURE_CHARS


def side_margin(document_margin: float, width: int) -> int:
    """One side margin of the page: the document's, at most ``MAX_SIDE_MARGIN_SHARE`` of
    the pane's ``width``, so a large font keeps the width for its text."""
    cap = max(MIN_SIDE_MARGIN, round(width * MAX_SIDE_MARGIN_SHARE))
    return min(round(document_margin), cap)


def apply_measure(document: QTextDocument, width: int) -> None:
    """Side margins that keep lines near ``MEASURE_CHARS`` in a pane ``width`` wide.

    The font-sized document margin stays above and below the text; at the sides it is
    capped by the pane's width (``side_margin``), and a wider pane centres the column.
    """
    margin = side_margin(document.documentMargin(), width)
    inner = width - 2 * margin
    side = margin + max(0, round((inner - measure_width(document)) / 2))
    root = document.rootFrame()
    fmt = root.frameFormat()
    if fmt.leftMargin() == side and fmt.rightMargin() == side:
        return
    fmt.setLeftMargin(side)
    fmt.setRightMargin(side)
    root.setFrameFormat(fmt)
