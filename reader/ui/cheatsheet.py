"""The ``?`` cheat sheet: every action and its current keys, grouped by menu.

Generated from ``ACTION_SPECS`` and the user's effective shortcuts, so it can
never disagree with the menus or the settings. Key names are isolated
left-to-right (U+2066…U+2069) so "Ctrl+Shift+O" is not scrambled by the bidi
algorithm inside a right-to-left page.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader.ui.actions import ACTION_SPECS, MENUS, action_text, menu_title
from reader.ui.settings import Settings

log = logging.getLogger(__name__)

LRI = "\u2066"
PDI = "\u2069"


def _has_rtl_letters(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


def key_label(portable: str) -> str:
    """A key in the platform's notation, as printed on the keycaps ("Ctrl+Shift+O", "Home").

    The Persian UI keeps Qt's key names in Latin (``i18n.LatinKeyNames``); should a
    translated name still come back, a combination mixing Persian modifier names with
    Latin keys ("کنترل+شیفت+O") would be scrambled by the bidi algorithm even inside an
    isolate, so combinations fall back to the portable form ("Ctrl+Shift+O").
    """
    seq = QKeySequence(portable, QKeySequence.SequenceFormat.PortableText)
    text = seq.toString(QKeySequence.SequenceFormat.NativeText)
    if not text:
        return portable
    if "+" in text and _has_rtl_letters(text):
        return seq.toString(QKeySequence.SequenceFormat.PortableText) or portable
    return text


def _plain_menu_title(menu_id: str) -> str:
    return menu_title(menu_id).replace("&&", "\0").replace("&", "").replace("\0", "&")


KeysFor = Callable[[str, Sequence[str]], Sequence[str]]
"""``(action id, default keys) -> effective keys``, e.g. ``MainWindow.effective_keys``."""


def sections(
    settings: Settings, keys_for: KeysFor | None = None
) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(menu title, [(action text, [key labels])]) in menu order, translated.

    ``keys_for`` lets the window supply the keys it really binds (it mirrors
    Alt+←/→ in right-to-left layouts); without it the settings are used.
    """
    if keys_for is None:
        keys_for = settings.shortcuts_for
    result = []
    for menu_id, _title in MENUS:
        rows = []
        for spec in ACTION_SPECS:
            if spec.menu != menu_id:
                continue
            keys = keys_for(spec.id, spec.default_keys)
            rows.append((action_text(spec), [key_label(k) for k in keys]))
        if rows:
            result.append((_plain_menu_title(menu_id), rows))
    return result


def _balanced_split(sizes: list[int]) -> int:
    """Where to cut the menus (kept in order) into two columns of similar height."""
    total = sum(sizes) + 2 * len(sizes)  # a title counts like two rows
    best, best_diff, running = len(sizes), total, 0
    for i, n in enumerate(sizes):
        running += n + 2
        diff = abs(total - 2 * running)
        if diff < best_diff:
            best, best_diff = i + 1, diff
    return best


def cheat_sheet_html(
    settings: Settings, *, right_to_left: bool | None = None, keys_for: KeysFor | None = None
) -> str:
    """The cheat sheet as a small HTML page laid out in two columns of menus."""
    if right_to_left is None:
        right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    palette = QGuiApplication.palette()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    key_bg = palette.color(QPalette.ColorRole.AlternateBase).name()
    accent = palette.color(QPalette.ColorRole.Link).name()
    direction = "rtl" if right_to_left else "ltr"
    align = "right" if right_to_left else "left"
    none = html.escape(QCoreApplication.translate("CheatSheet", "no shortcut"))

    blocks = []
    for title, rows in sections(settings, keys_for):
        lines = [
            f'<tr><td colspan="2" align="{align}" style="padding-top:10px">'
            f'<span style="color:{accent}; font-weight:bold; font-size:large">'
            f"{html.escape(title)}</span></td></tr>"
        ]
        for text, keys in rows:
            if keys:
                key_html = f' <span style="color:{muted}">·</span> '.join(
                    f'<span style="background-color:{key_bg}; font-weight:bold">'
                    f"&nbsp;{LRI}{html.escape(k)}{PDI}&nbsp;</span>"
                    for k in keys
                )
            else:
                key_html = f'<span style="color:{muted}">{none}</span>'
            cells = [
                f'<td width="58%" style="padding:3px 6px" align="{align}">{html.escape(text)}</td>',
                f'<td style="padding:3px 6px" align="{align}">{key_html}</td>',
            ]
            if right_to_left:  # Qt lays table columns out left to right whatever the dir
                cells.reverse()
            lines.append(f"<tr>{''.join(cells)}</tr>")
        blocks.append((len(rows), f'<table width="100%" cellspacing="0">{"".join(lines)}</table>'))

    split = _balanced_split([n for n, _ in blocks])
    first = "".join(b for _, b in blocks[:split])
    second = "".join(b for _, b in blocks[split:])
    left, right = (second, first) if right_to_left else (first, second)
    hint = html.escape(
        QCoreApplication.translate(
            "CheatSheet",
            "Single-letter keys also work with the Persian keyboard layout. "
            "Change shortcuts in Settings.",
        )
    )
    return (
        f'<html><body dir="{direction}">'
        f'<table width="100%" cellspacing="12"><tr>'
        f'<td width="50%" valign="top">{left}</td>'
        f'<td width="50%" valign="top">{right}</td>'
        f"</tr></table>"
        f'<p align="center" style="color:{muted}">{hint}</p>'
        f"</body></html>"
    )


class CheatSheetDialog(QDialog):
    """Modeless window listing every shortcut; ``?`` again or Esc closes it.

    When the parent (the main window) has ``effective_keys(id, defaults)``, the
    sheet shows exactly the keys the window binds.
    """

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        keys_for: KeysFor | None = None,
    ) -> None:
        super().__init__(parent)
        self._keys_for = keys_for or getattr(parent, "effective_keys", None)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._settings = settings
        self.browser = QTextBrowser()
        self.browser.setObjectName("cheatSheetText")
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(860, 640)
        self.refresh()
        settings.changed.connect(self._on_setting_changed)

    def refresh(self) -> None:
        self.browser.setHtml(cheat_sheet_html(self._settings, keys_for=self._keys_for))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange)
        if event.type() in changes and hasattr(self, "browser"):  # not during __init__
            self.refresh()

    def _on_setting_changed(self, key: str) -> None:
        if key in ("shortcuts", "theme", "language"):
            self.refresh()
