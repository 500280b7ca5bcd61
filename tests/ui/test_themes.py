"""Themes: palettes reach widgets, the reading CSS follows theme, size and justification."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser

from reader.ui.themes import (
    DARK,
    LIGHT,
    SEPIA,
    THEMES,
    OutlinedFusion,
    apply_theme,
    get_theme,
    isolate_shortcut,
    reading_css,
    style_document,
)


@pytest.fixture
def restore_palette(qapp: QApplication):
    style = qapp.style().name()
    palette = QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("name", ["light", "sepia", "dark"])
def test_apply_theme_sets_fusion_and_palette(restore_palette: QApplication, name: str) -> None:
    theme = apply_theme(restore_palette, name)
    assert theme.name == name
    style = restore_palette.style()
    assert isinstance(style, OutlinedFusion) and style.baseStyle().name().lower() == "fusion"
    widget = QTextBrowser()
    assert widget.palette().color(QPalette.ColorRole.Base) == QColor(theme.base)
    assert widget.palette().color(QPalette.ColorRole.Text) == QColor(theme.text)


def test_unknown_theme_falls_back_to_light() -> None:
    assert get_theme("neon") is LIGHT


def test_dark_is_not_pure_black_and_text_is_readable() -> None:
    base = QColor(DARK.base)
    assert base != QColor("#000000")
    assert base.lightness() > 10
    for theme in THEMES.values():
        # Contrast of body text against the page: lightness gap of at least 55 %.
        gap = abs(QColor(theme.text).lightness() - QColor(theme.base).lightness())
        assert gap > 140, theme.name


def test_sepia_is_warm_paper() -> None:
    paper = QColor(SEPIA.base)
    assert paper.red() > paper.green() > paper.blue()


def test_reading_css_contents() -> None:
    css = reading_css(SEPIA, 16, justify=True)
    assert SEPIA.text in css and SEPIA.highlight_bg in css
    assert "font-size: 16pt" in css
    css = reading_css(DARK, 12, justify=False)
    assert "font-size: 12pt" in css
    assert DARK.link in css


LONG = " ".join(["این متن برای آزمایش ترازبندی پاراگراف فارسی نوشته شده است."] * 12)


def _render(justify: bool) -> QImage:
    doc = QTextDocument()
    style_document(doc, LIGHT, 14, justify)
    doc.setHtml(f"<h1>عنوان</h1><p>متن <span class='hl'>خبر</span> {LONG}</p>")
    doc.setTextWidth(500)
    image = QImage(500, int(doc.size().height()) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    return image


def test_style_document_applies_css_direction_and_justification(qapp: QApplication) -> None:
    doc = QTextDocument()
    style_document(doc, LIGHT, 18, justify=True)
    doc.setHtml(f'<h1>عنوان</h1><p>متن <span class="hl">خبر</span> {LONG}</p>')
    option = doc.defaultTextOption()
    assert option.alignment() & Qt.AlignmentFlag.AlignJustify
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    body = doc.findBlockByNumber(1)
    assert body.textDirection() == Qt.LayoutDirection.RightToLeft
    assert body.blockFormat().lineHeight() == 175.0
    it = body.begin()
    formats = []
    while not it.atEnd():
        formats.append(it.fragment().charFormat())
        it += 1
    assert any(f.background().color() == QColor(LIGHT.highlight_bg) for f in formats)
    # Justified and ragged layouts of the same text must paint differently.
    assert _render(True) != _render(False)


def test_menu_shortcuts_keep_their_key_order_right_to_left(
    restore_palette: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle

    drawn: list[str] = []

    def record(self: QProxyStyle, element, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]
        if element == QStyle.ControlElement.CE_MenuItem and option.text:
            drawn.append(option.text)

    apply_theme(restore_palette, "light")
    monkeypatch.setattr(QProxyStyle, "drawControl", record)
    menu = QMenu()
    menu.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    action = QAction("تنظیمات", menu)
    action.setShortcut(QKeySequence("Ctrl+,"))
    menu.addAction(action)
    menu.grab()
    assert drawn == ["تنظیمات\t\u2066Ctrl+,\u2069"]  # not drawn as ",+Ctrl"


def test_isolate_shortcut() -> None:
    assert isolate_shortcut("Quit\tCtrl+Q") == "Quit\t\u2066Ctrl+Q\u2069"
    assert isolate_shortcut("No shortcut") == "No shortcut"
    assert isolate_shortcut("Quit\t\u2066Ctrl+Q\u2069") == "Quit\t\u2066Ctrl+Q\u2069"
