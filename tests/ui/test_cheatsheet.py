"""The ``?`` cheat sheet lists every action with its effective keys."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from reader.ui.actions import ACTION_SPECS, action_text
from reader.ui.cheatsheet import CheatSheetDialog, cheat_sheet_html, key_label, sections
from reader.ui.settings import Settings


def make_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_every_action_is_listed_once(qapp, tmp_path: Path) -> None:
    listed = [text for _title, rows in sections(make_settings(tmp_path)) for text, _ in rows]
    assert sorted(listed) == sorted(action_text(s) for s in ACTION_SPECS)


def test_menu_titles_lose_their_mnemonic(qapp, tmp_path: Path) -> None:
    titles = [title for title, _rows in sections(make_settings(tmp_path))]
    assert titles and all("&" not in t for t in titles)


def test_overrides_replace_defaults(qapp, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    spec = next(s for s in ACTION_SPECS if s.default_keys)
    settings.set_shortcuts(spec.id, ["Ctrl+Shift+F9"])
    rows = dict(row for _title, rows in sections(settings) for row in rows)
    assert rows[action_text(spec)] == [key_label("Ctrl+Shift+F9")]
    settings.set_shortcuts(spec.id, [])
    page = cheat_sheet_html(settings)
    assert "no shortcut" in page


def test_dialog_text_and_rtl_isolation(qapp, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    dialog = CheatSheetDialog(settings)
    text = dialog.browser.toPlainText()
    for spec in ACTION_SPECS:
        assert action_text(spec) in text
    assert "\u2066" + key_label("Ctrl+F") + "\u2069" in text
    assert 'dir="rtl"' in cheat_sheet_html(settings, right_to_left=True)
    # A later remap shows up without reopening the dialog.
    settings.set_shortcuts("toggle_star", ["F7"])
    assert "\u2066F7\u2069" in dialog.browser.toPlainText()


def test_rtl_document_blocks_are_right_to_left(qapp, tmp_path: Path) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = CheatSheetDialog(make_settings(tmp_path))
        doc = dialog.browser.document()
        directions = {
            doc.findBlockByNumber(i).blockFormat().layoutDirection()
            for i in range(doc.blockCount())
        }
        assert Qt.LayoutDirection.RightToLeft in directions
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_keys_come_from_the_window_when_it_binds_them(qtbot, tmp_path: Path) -> None:
    """The window mirrors Alt+Left/Right in RTL; the sheet must show what it binds."""
    from PySide6.QtWidgets import QWidget

    class Window(QWidget):
        def effective_keys(self, action_id, default):
            return ("Alt+Right",) if action_id == "back" else tuple(default)

    window = Window()
    qtbot.addWidget(window)
    dialog = CheatSheetDialog(make_settings(tmp_path), window)
    spec = next(s for s in ACTION_SPECS if s.id == "back")
    rows = dict(
        row for _t, rows in sections(dialog._settings, window.effective_keys) for row in rows
    )
    assert rows[action_text(spec)] == [key_label("Alt+Right")]
    assert "\u2066" + key_label("Alt+Right") + "\u2069" in dialog.browser.toPlainText()


def test_key_names_as_on_the_keycaps_in_the_persian_ui(qapp) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QDialogButtonBox

    from reader.ui.i18n import install_translator, remove_translators

    previous = QLocale()
    try:
        install_translator(qapp, "fa")
        assert key_label("Ctrl+Shift+O") == "Ctrl+Shift+O"
        assert key_label("Alt+Left") == "Alt+Left"
        assert key_label("Ctrl++") == "Ctrl++"
        assert key_label("Home") == "Home"  # not Qt's «خانه» ("house")
        # menus and the shortcut editor use the same names (Qt's native text)
        native = QKeySequence("Return").toString(QKeySequence.SequenceFormat.NativeText)
        assert native == "Return"  # not «بازگشت» ("go back")
        # Qt's other Persian texts stay translated
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text() != "Cancel"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
