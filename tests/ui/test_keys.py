"""Single-key shortcuts: Persian layout key events, physical keys, text fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser

from reader.ui.keys import KeyDispatcher, candidate_combinations, is_text_input

NO_MOD = Qt.KeyboardModifier.NoModifier
XKB_J = 0x24 + 8  # X11 keycode of the physical J key
XKB_K = 0x25 + 8


def persian_key(text: str, scan: int, vk: int = 0, mods=NO_MOD) -> QKeyEvent:  # type: ignore[no-untyped-def]
    """A key event as the Persian layout sends it: a Persian character and the key's codes."""
    return QKeyEvent(QEvent.Type.KeyPress, ord(text), mods, scan, vk, 0, text)


def latin_key(key: Qt.Key, text: str, mods=NO_MOD) -> QKeyEvent:  # type: ignore[no-untyped-def]
    return QKeyEvent(QEvent.Type.KeyPress, key, mods, 0, 0, 0, text)


def dispatcher() -> KeyDispatcher:
    d = KeyDispatcher()
    d.set_bindings(
        [
            ("next_article", [QKeySequence("J"), QKeySequence("Down")]),
            ("prev_article", [QKeySequence("K")]),
            ("page_up", [QKeySequence("Shift+Space")]),
            ("cheat_sheet", [QKeySequence("?")]),
            ("focus_search", [QKeySequence("/"), QKeySequence("Ctrl+F")]),
        ]
    )
    return d


def test_persian_layout_j_by_scan_code() -> None:
    # "ت" with the X11 keycode of J: the physical key decides.
    assert dispatcher().action_for(persian_key("ت", XKB_J)) == "next_article"


def test_persian_layout_by_windows_and_mac_virtual_key() -> None:
    event = persian_key("ت", 0x24, vk=ord("J"))
    assert candidate_combinations(event, "win32")[0].key() == Qt.Key.Key_J
    mac = persian_key("ت", 0, vk=0x26)
    assert candidate_combinations(mac, "darwin")[0].key() == Qt.Key.Key_J


def test_persian_character_table_without_codes() -> None:
    # No native codes (e.g. synthetic events): the Persian standard layout table.
    assert dispatcher().action_for(persian_key("ن", 0)) == "prev_article"
    assert dispatcher().action_for(persian_key("؟", 0)) == "cheat_sheet"


def test_latin_character_wins_over_physical_key() -> None:
    # On Dvorak the physical J key types "h": "h" is not bound, J's position is not used.
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_H, NO_MOD, XKB_J, 0, 0, "h")
    assert dispatcher().action_for(event) is None
    assert dispatcher().action_for(latin_key(Qt.Key.Key_J, "j")) == "next_article"


def test_shifted_and_special_keys() -> None:
    d = dispatcher()
    shift = Qt.KeyboardModifier.ShiftModifier
    assert d.action_for(latin_key(Qt.Key.Key_Question, "?", shift)) == "cheat_sheet"
    assert d.action_for(latin_key(Qt.Key.Key_Space, " ", shift)) == "page_up"
    assert d.action_for(latin_key(Qt.Key.Key_Down, "")) == "next_article"
    assert d.action_for(latin_key(Qt.Key.Key_Slash, "/")) == "focus_search"
    # Ctrl+F stays a window shortcut, not the dispatcher's.
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert d.action_for(latin_key(Qt.Key.Key_F, "\x06", ctrl)) is None


def test_never_fires_in_text_fields(qtbot) -> None:
    d = dispatcher()
    fired: list[str] = []
    d.set_handler(fired.append)
    edit = QLineEdit()
    browser = QTextBrowser()
    qtbot.addWidget(edit)
    qtbot.addWidget(browser)
    d.watch(edit)
    d.watch(browser)
    assert is_text_input(edit) and not is_text_input(browser)
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, "j")
    QApplication.sendEvent(edit, persian_key("ت", XKB_J))
    assert fired == []
    assert edit.text() == "jت"
    assert d.eventFilter(browser, persian_key("ت", XKB_J)) is True
    assert fired == ["next_article"]


def test_a_shift_letter_binding_fires_on_shift_and_the_letter() -> None:
    """Shift+N could be recorded in the shortcut editor but never fired: the typed "N"
    was matched as N alone."""
    shift = Qt.KeyboardModifier.ShiftModifier
    d = dispatcher()
    d.set_bindings(
        [
            ("next_article", [QKeySequence("J")]),
            ("next_unread", [QKeySequence("N")]),
            ("prev_unread", [QKeySequence("Shift+N")]),
        ]
    )
    assert d.action_for(latin_key(Qt.Key.Key_N, "N", shift)) == "prev_unread"
    assert d.action_for(latin_key(Qt.Key.Key_N, "n")) == "next_unread"
    assert d.action_for(latin_key(Qt.Key.Key_N, "N")) == "next_unread"  # Caps Lock: no Shift
    # Without a Shift binding of its own, Shift+J is still J (as before).
    assert d.action_for(latin_key(Qt.Key.Key_J, "J", shift)) == "next_article"
    # The physical key under the Persian layout (Shift+n types another letter there).
    assert d.action_for(persian_key("آ", 0x31 + 8, mods=shift)) == "prev_unread"


def test_a_shifted_symbol_recorded_with_its_shift_still_fires() -> None:
    shift = Qt.KeyboardModifier.ShiftModifier
    d = KeyDispatcher()
    d.set_bindings([("cheat_sheet", [QKeySequence("Shift+?")])])
    assert d.action_for(latin_key(Qt.Key.Key_Question, "?", shift)) == "cheat_sheet"


def test_the_editor_keeps_shift_letters_and_drops_a_symbols_shift() -> None:
    from reader.ui.keys import recorded_shortcut

    assert recorded_shortcut("Shift+N") == "Shift+N"
    assert recorded_shortcut("Shift+?") == "?"
    assert recorded_shortcut("Shift+Space") == "Shift+Space"
    assert recorded_shortcut("Ctrl+Shift+O") == "Ctrl+Shift+O"
    assert recorded_shortcut("Shift+5") == "Shift+5"
    assert recorded_shortcut("ت") == "J"
