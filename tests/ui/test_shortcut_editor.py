"""The shortcut editor with the Persian keyboard layout and in the Persian UI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QKeySequenceEdit

from reader.core.library import Library
from reader.ui.actions import ACTION_SPECS
from reader.ui.article_model import ReadRole, StarredRole
from reader.ui.db_worker import LibraryService
from reader.ui.keys import latin_shortcut
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.settings_dialog import SettingsDialog


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def edit(dialog: SettingsDialog, action_id: str, col: int = 0) -> QKeySequenceEdit:
    row = next(i for i, s in enumerate(ACTION_SPECS) if s.id == action_id)
    return dialog.shortcut_table.cellWidget(row, 2 + col)


def type_persian(widget: QKeySequenceEdit, char: str) -> None:
    """A key press as the Persian layout sends it: the letter's code point, no scan code."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, ord(char), Qt.KeyboardModifier.NoModifier, char)
        )


@pytest.mark.parametrize(
    ("recorded", "bound"),
    [
        ("ت", "J"),
        ("Ctrl+ت", "Ctrl+J"),
        ("ب", "F"),
        ("؟", "?"),
        ("J", "J"),
        ("F7", "F7"),
        ("Ctrl+Shift+O", "Ctrl+Shift+O"),
        ("Alt+Left", "Alt+Left"),
    ],
)
def test_persian_layout_keys_become_their_latin_keys(recorded: str, bound: str) -> None:
    assert latin_shortcut(recorded) == bound


def test_a_key_recorded_under_the_persian_layout_is_its_latin_key(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    field = edit(dialog, "about")
    field.setFocus()
    type_persian(field, "ت")  # the j key: it was saved as "ت" and never fired
    qtbot.waitUntil(lambda: not field.keySequence().isEmpty(), timeout=3000)
    assert field.keySequence() == QKeySequence("J")
    assert dialog.has_conflicts()  # "J" is "Next article"'s key
    assert not dialog.conflicts.isHidden()


def test_a_shortcut_saved_as_a_persian_letter_works(
    qtbot, tmp_path, library_path, fast_display
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    settings.mark_read_delay_ms = -1
    settings.set_shortcuts("toggle_star", ["ب"])  # saved by an earlier version
    library = Library.open(library_path)
    window = MainWindow(library, LibraryService(library_path), settings)
    qtbot.addWidget(window)
    try:
        window.show()
        window.article_list.setFocus()
        window.article_list.select_row(0)
        QApplication.sendEvent(
            window.article_list,
            QKeyEvent(QEvent.Type.KeyPress, 0x628, Qt.KeyboardModifier.NoModifier, "ب"),
        )
        assert window.model.index(0, 0).data(StarredRole) is True
    finally:
        window.close()
        window.library = None  # a later test's language change re-counts: not on a closed file
        library.close()


@pytest.fixture
def persian_ui(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from reader.ui.i18n import install_translator, remove_translators

    previous_locale = QLocale()
    previous_direction = qapp.layoutDirection()
    install_translator(qapp, "fa")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous_locale)
        qapp.setLayoutDirection(previous_direction)


def ink_columns(image: QImage, top: int, bottom: int) -> tuple[int, int]:
    """The leftmost and rightmost columns with text on them between two rows."""
    background = image.pixelColor(image.width() - 1, top).lightness()
    columns = [
        x
        for x in range(image.width())
        if any(
            abs(image.pixelColor(x, y).lightness() - background) > 60 for y in range(top, bottom)
        )
    ]
    return columns[0], columns[-1]


def test_the_conflict_note_reads_right_to_left_in_the_persian_ui(
    qtbot, settings, persian_ui
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    edit(dialog, "about").setKeySequence(QKeySequence("J"))
    label = dialog.conflicts
    assert "خبر بعدی" in label.text()  # translated
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 300, timeout=3000)
    # The label takes its direction from its text: starting with the key "J", the note was
    # a left-to-right paragraph, its two lines left-aligned and its words out of order.
    image = label.grab().toImage()
    line = label.fontMetrics().lineSpacing()
    for top in (0, line):  # the list of actions, then "give each key to one action"
        left, right = ink_columns(image, top + 2, top + line - 2)
        assert right > image.width() - 16, (top, left, right, image.width())


def test_a_recorded_shift_letter_shortcut_fires(
    qtbot, tmp_path, library_path, fast_display
) -> None:  # type: ignore[no-untyped-def]
    """Shift+S is recorded, listed and saved like any key: it must fire too (it fired
    as S, "Star", whatever it was recorded for)."""
    settings = Settings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    settings.mark_read_delay_ms = -1
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    field = edit(dialog, "toggle_read", col=1)
    field.setFocus()
    shift = Qt.KeyboardModifier.ShiftModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_S, shift, "S"))
    qtbot.waitUntil(lambda: not field.keySequence().isEmpty(), timeout=3000)
    assert field.keySequence() == QKeySequence("Shift+S")
    assert not dialog.has_conflicts()  # S is "Star"'s key, Shift+S another
    dialog.accept()
    assert "Shift+S" in settings.shortcuts_for("toggle_read", ())
    library = Library.open(library_path)
    window = MainWindow(library, LibraryService(library_path), settings)
    qtbot.addWidget(window)
    try:
        window.show()
        window.article_list.setFocus()
        window.article_list.select_row(0)
        assert window.model.index(0, 0).data(ReadRole) is False
        qtbot.keyClick(window.article_list, Qt.Key.Key_S, shift)
        assert window.model.index(0, 0).data(ReadRole) is True
        assert window.model.index(0, 0).data(StarredRole) is False
    finally:
        window.close()
        window.library = None
        library.close()
