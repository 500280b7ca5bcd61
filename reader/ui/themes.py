"""Light, sepia and dark themes: one QPalette for the widgets, one CSS for the page.

A theme is data, not a style sheet over every widget: Fusion draws every widget
from the palette on every platform, so three palettes give three consistent
looks, and the reading pane (a QTextDocument) gets matching colours through a
small CSS built by ``reading_css``. The look aims at a printed page: warm
paper in sepia, soft charcoal (never pure black) in dark.

CSS classes the reading document may use (GUI-A's ``article_document``):
``p.overline``, ``h1`` (title), ``p.lead``, ``p.meta`` (date, site, links),
``h2`` (sub-heading), ``p`` (body), ``span.hl`` (search match), ``p.note``
(muted remarks such as "date guessed from the news code"), ``a``.

Qt's rich-text CSS ignores ``text-align`` and page direction, so justification
and right-to-left direction are set on the document itself: call
``style_document(doc, theme, font_size, justify)`` before ``setHtml``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleOptionMenuItem,
)

from reader.ui.bidi import LRI, PDI
from reader.ui.page_measure import MIN_SIDE_MARGIN

log = logging.getLogger(__name__)

READING_FONT_FAMILY = "Vazirmatn"


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours of one theme (``#rrggbb`` strings)."""

    name: str
    window: str  # chrome: sidebar, toolbars, dialogs
    base: str  # list and reading page background
    alternate_base: str
    text: str  # body text
    muted: str  # meta lines, counts, placeholders
    heading: str  # article title and sub-headings
    accent: str  # overline, timeline bars, focus
    link: str
    selection: str  # selected rows / selected text background
    selection_text: str
    highlight_bg: str  # search-match marking in the page
    highlight_text: str
    button: str
    border: str
    dark: bool = False

    def palette(self) -> QPalette:
        """The QPalette for Fusion; disabled roles get the muted colour."""
        p = QPalette()
        roles = {
            QPalette.ColorRole.Window: self.window,
            QPalette.ColorRole.WindowText: self.text,
            QPalette.ColorRole.Base: self.base,
            QPalette.ColorRole.AlternateBase: self.alternate_base,
            QPalette.ColorRole.Text: self.text,
            QPalette.ColorRole.Button: self.button,
            QPalette.ColorRole.ButtonText: self.text,
            QPalette.ColorRole.BrightText: "#ffffff" if self.dark else "#000000",
            QPalette.ColorRole.Highlight: self.selection,
            QPalette.ColorRole.HighlightedText: self.selection_text,
            QPalette.ColorRole.Link: self.link,
            QPalette.ColorRole.LinkVisited: self.link,
            QPalette.ColorRole.ToolTipBase: self.base,
            QPalette.ColorRole.ToolTipText: self.text,
            QPalette.ColorRole.PlaceholderText: self.muted,
            QPalette.ColorRole.Light: _shade(self.button, 130),
            QPalette.ColorRole.Midlight: _shade(self.button, 115),
            QPalette.ColorRole.Mid: self.border,
            QPalette.ColorRole.Dark: _shade(self.border, 150 if not self.dark else 60),
            QPalette.ColorRole.Shadow: "#000000" if self.dark else "#5a5a5a",
            QPalette.ColorRole.Accent: self.accent,
        }
        for role, colour in roles.items():
            p.setColor(QPalette.ColorGroup.All, role, QColor(colour))
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            p.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.muted))
        p.setColor(
            QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(self.selection)
        )
        return p


def _shade(colour: str, factor: int) -> str:
    """Lighter (factor > 100) or darker (< 100) variant of a colour."""
    c = QColor(colour)
    return (c.lighter(factor) if factor >= 100 else c.darker(10000 // max(factor, 1))).name()


LIGHT = Theme(
    name="light",
    window="#f3f2ef",
    base="#fdfdfb",
    alternate_base="#f6f5f2",
    text="#1f2328",
    muted="#64686f",
    heading="#15181c",
    accent="#2f6690",
    link="#1f5f99",
    selection="#cfe0f1",
    selection_text="#10151b",
    highlight_bg="#fbe38e",
    highlight_text="#1f2328",
    button="#ecebe7",
    border="#c9c7c1",
)

SEPIA = Theme(
    name="sepia",
    window="#ebe1c9",
    base="#f6eed9",
    alternate_base="#f0e6cd",
    text="#3a2e22",
    muted="#6e5c47",
    heading="#2c2118",
    accent="#9a5b2c",
    link="#8a4b1c",
    selection="#dcc79c",
    selection_text="#2c2118",
    highlight_bg="#e9c46a",
    highlight_text="#2c2118",
    button="#e4d8bb",
    border="#c4b08c",
)

DARK = Theme(
    name="dark",
    window="#25272b",
    base="#1d1f23",
    alternate_base="#222428",
    text="#d9d7d2",
    muted="#9a9891",
    heading="#ecebe6",
    accent="#7fb0dc",
    link="#8cbcf0",
    selection="#34506e",
    selection_text="#f2f1ec",
    highlight_bg="#7a6418",
    highlight_text="#fff7d6",
    button="#2e3136",
    border="#474a50",
    dark=True,
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, SEPIA, DARK)}


def get_theme(name: str) -> Theme:
    """The named theme; an unknown name (old settings file) falls back to light."""
    theme = THEMES.get(name)
    if theme is None:
        log.warning("unknown theme %r; using light", name)
        return LIGHT
    return theme


class OutlinedFusion(QProxyStyle):
    """Fusion, with check boxes and text boxes outlined in the palette's ``Mid`` colour
    (the theme's border) on a dark window: Fusion outlines them with the window colour
    darkened, which vanishes on charcoal."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: Any, option: Any, painter: Any, widget: Any = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # Fusion's focus rectangle is the selection colour at 30 % opacity, nearly
            # invisible on the light themes, and only after a Tab: Ctrl+1..3 showed none.
            _focus_ring(option.rect, option.palette, painter, 1.5)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED_PRIMITIVES:
            _outline(option, painter)
        if element in _RINGED_PRIMITIVES and option.state & QStyle.StateFlag.State_HasFocus:
            _focus_ring(option.rect, option.palette, painter)

    def drawControl(self, element: Any, option: Any, painter: Any, widget: Any = None) -> None:
        if (
            element == QStyle.ControlElement.CE_MenuItem
            and option.direction == Qt.LayoutDirection.RightToLeft
            and "\t" in option.text
        ):
            option = QStyleOptionMenuItem(option)
            option.text = isolate_shortcut(option.text)
        super().drawControl(element, option, painter, widget)
        if (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractScrollArea)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and option.state & QStyle.StateFlag.State_HasFocus
        ):
            # the list, the page, the facet lists: a frame in the accent colour
            _focus_ring(option.rect, option.palette, painter)

    def drawComplexControl(
        self, control: Any, option: Any, painter: Any, widget: Any = None
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox:  # the date boxes
            _outline(option, painter)
        if control in _RINGED_CONTROLS and option.state & QStyle.StateFlag.State_HasFocus:
            _focus_ring(option.rect, option.palette, painter)

    def pixelMetric(self, metric: Any, option: Any = None, widget: Any = None) -> int:
        if (
            metric == QStyle.PixelMetric.PM_DefaultFrameWidth
            and isinstance(widget, QAbstractScrollArea)
            and widget.frameShape() != QFrame.Shape.NoFrame
        ):
            return FOCUS_RING_WIDTH  # room for the whole focus ring outside the viewport
        return super().pixelMetric(metric, option, widget)


def isolate_shortcut(text: str) -> str:
    """A menu item's "label\tshortcut" with the shortcut kept left to right.

    In a right-to-left menu the bidi algorithm turns "Ctrl+," into ",+Ctrl": the comma and
    plus are neutral and take the paragraph's direction. An isolate keeps the key names in
    the order the cheat sheet and the shortcut editor show.
    """
    label, tab, shortcut = text.partition("\t")
    if not shortcut or shortcut.startswith(LRI):
        return text
    return f"{label}{tab}{LRI}{shortcut}{PDI}"


_OUTLINED_PRIMITIVES = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)


_RINGED_PRIMITIVES = (
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
)
_RINGED_CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
FOCUS_RING_WIDTH = 2  # px: WCAG 2.4.13 asks for a 2 px outline around the control


def focus_colour(palette: QPalette) -> QColor:
    """The keyboard focus colour: the theme's accent (at least 3:1 against the window
    and the page in every theme; ``tests/ui/test_contrast.py``)."""
    return palette.color(QPalette.ColorRole.Accent)


def _focus_ring(rect: Any, palette: QPalette, painter: QPainter, width: float = 0) -> None:
    """A solid ring in the accent colour just inside ``rect``."""
    width = width or FOCUS_RING_WIDTH
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(focus_colour(palette), width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), 2.5, 2.5)
    painter.restore()


def _outline(option: Any, painter: QPainter) -> None:
    palette = option.palette
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return  # light themes: Fusion's own outline is visible
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid).lighter(125), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
    painter.restore()


def apply_theme(app: QApplication, name: str) -> Theme:
    """Switch the whole application to a theme (Fusion style + palette); returns it."""
    theme = get_theme(name)
    if not isinstance(app.style(), OutlinedFusion):
        app.setStyle(OutlinedFusion())
    app.setPalette(theme.palette())
    app.setProperty("khabarkhanTheme", theme.name)
    return theme


def style_document(doc: QTextDocument, theme: Theme, font_size: int, justify: bool) -> None:
    """Give a reading document the theme's CSS, the reading font, RTL and alignment.

    Call before ``setHtml``: the default style sheet applies only to HTML parsed
    after it is set. Blocks without an explicit ``align`` follow the default text
    option, so body paragraphs are justified (or right-aligned) right to left.
    """
    doc.setDefaultStyleSheet(reading_css(theme, font_size, justify))
    font = QFont(READING_FONT_FAMILY)
    font.setPointSize(max(6, int(font_size)))
    doc.setDefaultFont(font)
    option = QTextOption(doc.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeading)
    # between words only: breaking inside a Persian word cuts its joined letters apart
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(max(MIN_SIDE_MARGIN, round(font_size * 1.6)))


def reading_css(theme: Theme, font_size: int, justify: bool) -> str:
    """Default style sheet for the reading pane's QTextDocument.

    Sizes are derived from the body size so zooming scales the whole page; the
    generous line height and paragraph spacing suit Persian script, whose dots
    and descenders crowd at Qt's default leading. ``justify`` cannot be
    expressed here (Qt's CSS ignores ``text-align``); ``style_document`` applies
    it, and it is part of the signature so callers pass the full page style.
    """
    size = max(6, int(font_size))
    para_gap = round(size * 0.9)
    return f"""
body {{
  color: {theme.text};
  background-color: {theme.base};
  font-family: "{READING_FONT_FAMILY}";
  font-size: {size}pt;
}}
p {{
  line-height: 175%;
  margin-top: 0px;
  margin-bottom: {para_gap}px;
}}
p.overline {{
  color: {theme.accent};
  font-size: {round(size * 0.9)}pt;
  margin-bottom: 4px;
  line-height: 140%;
}}
h1 {{
  color: {theme.heading};
  font-size: {round(size * 1.45)}pt;
  font-weight: bold;
  line-height: 145%;
  margin-top: 0px;
  margin-bottom: {round(size * 0.7)}px;
}}
p.lead {{
  color: {theme.heading};
  font-weight: 500;
  font-size: {round(size * 1.05)}pt;
  line-height: 170%;
  margin-bottom: {para_gap}px;
}}
p.meta {{
  color: {theme.muted};
  font-size: {round(size * 0.8)}pt;
  line-height: 150%;
  margin-bottom: {round(size * 1.3)}px;
}}
p.note {{
  color: {theme.muted};
  font-size: {round(size * 0.8)}pt;
}}
h2 {{
  color: {theme.heading};
  font-size: {round(size * 1.2)}pt;
  font-weight: bold;
  margin-top: {round(size * 1.1)}px;
  margin-bottom: {round(size * 0.5)}px;
}}
a {{
  color: {theme.link};
  text-decoration: none;
}}
span.hl {{
  background-color: {theme.highlight_bg};
  color: {theme.highlight_text};
}}
"""
