"""The settings dialog: loads settings, writes them on OK, resets, flags key conflicts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QKeySequenceEdit

from reader.ui.actions import ACTION_SPECS
from reader.ui.settings import DEFAULTS, Settings
from reader.ui.settings_dialog import SettingsDialog, find_conflicts


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def row_of(dialog: SettingsDialog, action_id: str) -> int:
    return next(i for i, s in enumerate(ACTION_SPECS) if s.id == action_id)


def edit(dialog: SettingsDialog, action_id: str, col: int = 0) -> QKeySequenceEdit:
    return dialog.shortcut_table.cellWidget(row_of(dialog, action_id), 2 + col)


def ok_button(dialog: SettingsDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_loads_current_values(qtbot, settings: Settings) -> None:
    settings.theme = "sepia"
    settings.font_size = 21
    settings.mark_read_delay_ms = -1
    settings.set_shortcuts("toggle_star", ["F7"])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "sepia"
    assert dialog.font_size.value() == 21
    assert not dialog.mark_read.isChecked()
    assert not dialog.mark_read_delay.isEnabled()
    assert edit(dialog, "toggle_star").keySequence() == QKeySequence("F7")
    assert edit(dialog, "next_article", 1).keySequence() == QKeySequence("Down")
    assert not dialog.has_conflicts()


def test_ok_writes_everything(qtbot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    seen: list[str] = []
    settings.changed.connect(seen.append)
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.digits.setCurrentIndex(dialog.digits.findData("latin"))
    dialog.font_size.setValue(18)
    dialog.justify.setChecked(True)
    dialog.raw_text.setChecked(True)
    dialog.mark_read.setChecked(True)
    dialog.mark_read_delay.setValue(2.5)
    edit(dialog, "toggle_star").setKeySequence(QKeySequence("F7"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (settings.language, settings.theme, settings.digits) == ("fa", "dark", "latin")
    assert settings.font_size == 18 and settings.justify and settings.show_raw_text
    assert settings.mark_read_delay_ms == 2500
    # Only the remapped action is stored as an override.
    assert settings.shortcut_overrides() == {"toggle_star": ("F7",)}
    assert "theme" in seen and "shortcuts" in seen


def test_turning_mark_read_off(qtbot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.mark_read.setChecked(False)
    dialog.accept()
    assert settings.mark_read_delay_ms == -1


def test_cancel_writes_nothing(qtbot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.reject()
    assert settings.theme == DEFAULTS["theme"]


def test_conflict_is_flagged_and_blocks_ok(qtbot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    edit(dialog, "toggle_star").setKeySequence(QKeySequence("M"))  # M is toggle_read
    assert dialog.has_conflicts()
    assert not ok_button(dialog).isEnabled()
    assert not dialog.conflicts.isHidden()
    assert "Toggle read" in dialog.conflicts.text() and "Toggle star" in dialog.conflicts.text()
    dialog.accept()  # refused while the conflict stands
    assert dialog.result() != dialog.DialogCode.Accepted
    assert settings.shortcut_overrides() == {}
    edit(dialog, "toggle_star").clear()
    assert ok_button(dialog).isEnabled()
    assert dialog.conflicts.isHidden()


def test_reset_to_defaults(qtbot, settings: Settings) -> None:
    settings.theme = "dark"
    settings.set_shortcuts("toggle_star", ["F7"])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.theme.currentData() == "light"
    assert edit(dialog, "toggle_star").keySequence() == QKeySequence("S")
    dialog.accept()
    assert settings.theme == "light"
    assert settings.shortcut_overrides() == {}


def test_recording_a_key_with_the_keyboard(qtbot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    field = edit(dialog, "about")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: field.keySequence() == QKeySequence("F2"), timeout=3000)
    dialog.accept()
    assert settings.shortcuts_for("about", default=()) == ("F2",)


def test_find_conflicts_normalizes_keys() -> None:
    conflicts = find_conflicts({"a": ("ctrl+f",), "b": ("Ctrl+F", "X"), "c": ("x",)})
    assert conflicts == {"Ctrl+F": ["a", "b"], "X": ["b", "c"]}


def test_language_note_says_when_it_applies(qtbot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    note = dialog.findChild(type(dialog.conflicts), "languageNote")
    assert "whole window switches language when you press OK" in note.text()


def test_digits_never_picked_follow_the_language_chosen(qtbot, settings: Settings) -> None:
    """On an English system, choosing Persian kept the English UI's Latin digits, and OK
    saved them as if the reader had picked them."""
    settings.language = "en"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.digits.currentData() == "latin"
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    assert dialog.digits.currentData() == "persian"
    dialog.accept()
    assert (settings.language, settings.digits) == ("fa", "persian")
    assert not settings.digits_chosen  # still following: English again brings Latin digits
    settings.language = "en"
    assert settings.digits == "latin"


def test_digits_picked_stay_and_reset_follows_the_language_again(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.language = "fa"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.digits.setCurrentIndex(dialog.digits.findData("latin"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    assert dialog.digits.currentData() == "latin"  # picked: the language leaves it alone
    dialog.accept()
    assert settings.digits == "latin" and settings.digits_chosen
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.restore_defaults()
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    assert dialog.digits.currentData() == "persian"
    dialog.accept()
    assert not settings.digits_chosen and settings.digits == "persian"
