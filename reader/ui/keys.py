"""Single-key shortcuts that keep working under the Persian keyboard layout.

With the Persian layout active the j key types "ت", so a ``QAction`` shortcut
"J" never fires. The dispatcher matches the typed character first (so Dvorak or
AZERTY users get their own letters) and, when that character is not Latin,
the physical key: X11/Wayland scan codes, Windows and macOS virtual keys, and
finally a table of the Persian standard layout.

Single-key shortcuts are dispatched only by an event filter on the article list
and the reading pane, never as window-wide shortcuts, so typing in the search
box or toggling a checkbox with Space in the sidebar is never stolen.
Shortcuts with Ctrl/Alt/Meta, function keys and Esc stay ordinary
window-wide ``QAction`` shortcuts (Qt already maps those by Latin key).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)

# PC set-1 scan codes of the US layout's keys (= Linux evdev codes; X11 keycode = code + 8).
_SCAN_CODES = {
    "Q": 0x10, "W": 0x11, "E": 0x12, "R": 0x13, "T": 0x14, "Y": 0x15, "U": 0x16,
    "I": 0x17, "O": 0x18, "P": 0x19, "A": 0x1E, "S": 0x1F, "D": 0x20, "F": 0x21,
    "G": 0x22, "H": 0x23, "J": 0x24, "K": 0x25, "L": 0x26, "Z": 0x2C, "X": 0x2D,
    "C": 0x2E, "V": 0x2F, "B": 0x30, "N": 0x31, "M": 0x32, "/": 0x35,
}  # fmt: skip
# macOS kVK_ANSI_* virtual key codes.
_MAC_VIRTUAL_KEYS = {
    "A": 0x00, "S": 0x01, "D": 0x02, "F": 0x03, "H": 0x04, "G": 0x05, "Z": 0x06,
    "X": 0x07, "C": 0x08, "V": 0x09, "B": 0x0B, "Q": 0x0C, "W": 0x0D, "E": 0x0E,
    "R": 0x0F, "Y": 0x10, "T": 0x11, "O": 0x1F, "U": 0x20, "I": 0x22, "P": 0x23,
    "L": 0x25, "J": 0x26, "K": 0x28, "N": 0x2D, "M": 0x2E, "/": 0x2C,
}  # fmt: skip
# Windows virtual keys: letters are their ASCII capitals; "/" is VK_OEM_2.
_WIN_VIRTUAL_KEYS = {**{c: ord(c) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, "/": 0xBF}
# Persian standard layout (Windows "Persian", xkb "ir"): character -> US key.
_PERSIAN_LAYOUT = {
    "ض": "Q", "ص": "W", "ث": "E", "ق": "R", "ف": "T", "غ": "Y", "ع": "U", "ه": "I",
    "خ": "O", "ح": "P", "ش": "A", "س": "S", "ی": "D", "ي": "D", "ب": "F", "ل": "G",
    "ا": "H", "ت": "J", "ن": "K", "م": "L", "ظ": "Z", "ط": "X", "ز": "C", "ر": "V",
    "ذ": "B", "د": "N", "پ": "M", "؟": "?",
}  # fmt: skip

_BY_XKB = {code + 8: key for key, code in _SCAN_CODES.items()}
_BY_WIN_SCAN = {code: key for key, code in _SCAN_CODES.items()}
_BY_WIN_VK = {code: key for key, code in _WIN_VIRTUAL_KEYS.items()}
_BY_MAC_VK = {code: key for key, code in _MAC_VIRTUAL_KEYS.items()}

_GLOBAL_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def physical_latin_key(event: QKeyEvent, platform: str = sys.platform) -> str | None:
    """The US-layout key ("J", "/") at the physical position pressed, if known."""
    if platform.startswith("win"):
        key = _BY_WIN_VK.get(event.nativeVirtualKey())
        return key or _BY_WIN_SCAN.get(event.nativeScanCode() & 0xFF)
    if platform == "darwin":
        return _BY_MAC_VK.get(event.nativeVirtualKey())
    return _BY_XKB.get(event.nativeScanCode())


def latin_shortcut(portable: str) -> str:
    """A key recorded under the Persian layout as its US-layout key: "ت" -> "J".

    The shortcut editor records the character the layout typed, so a user with the
    Persian layout active pressing the j key gets "ت", which the dispatcher never
    matches (it looks up the US key at that position) and which hid a clash with
    "J". Keys of any other layout are returned unchanged (portable text).
    """
    combination = _single_key(portable)
    if combination is None:
        return portable
    code = combination.key().value
    latin = _PERSIAN_LAYOUT.get(chr(code)) if 0 < code < 0x110000 else None
    if latin is None:
        return portable
    return _portable(QKeyCombination(combination.keyboardModifiers(), Qt.Key(ord(latin))))


def recorded_shortcut(portable: str) -> str:
    """A key as the shortcut editor should keep it: as the dispatcher matches it.

    A key recorded under the Persian layout becomes its Latin key (``latin_shortcut``),
    and a shifted symbol loses the Shift its character already carries: Qt's key editor
    records Shift+/ as "Shift+?", which is the "?" key (it would hide a clash with "?").
    Shift+letter stays: it is a shortcut of its own.
    """
    portable = latin_shortcut(portable)
    combination = _single_key(portable)
    if combination is None:
        return portable
    code = combination.key().value
    if combination.keyboardModifiers() != Qt.KeyboardModifier.ShiftModifier or not (
        0x20 < code < 0x7F and not chr(code).isalnum()
    ):
        return portable
    return _portable(QKeyCombination(Qt.KeyboardModifier.NoModifier, Qt.Key(code)))


def _single_key(portable: str) -> QKeyCombination | None:
    """The one key of a shortcut in portable text; None for none or a sequence of keys."""
    seq = QKeySequence(portable, QKeySequence.SequenceFormat.PortableText)
    return seq[0] if seq.count() == 1 else None


def _portable(combination: QKeyCombination) -> str:
    return QKeySequence(combination).toString(QKeySequence.SequenceFormat.PortableText)


def is_global_key(combination: QKeyCombination) -> bool:
    """True for keys safe as window-wide shortcuts (Ctrl/Alt/Meta combos, F-keys, Esc)."""
    if combination.keyboardModifiers() & _GLOBAL_MODIFIERS:
        return True
    key = combination.key()
    return key == Qt.Key.Key_Escape or Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value


def is_text_input(widget: QWidget | None) -> bool:
    """True when ``widget`` takes typed text (where single-key shortcuts must not fire)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


def _combination(key: int | Qt.Key, shift: bool) -> QKeyCombination:
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    return QKeyCombination(mods, Qt.Key(key))


def _letter_candidates(key: str, shift: bool) -> list[QKeyCombination]:
    """A letter key: with Shift held, Shift+letter first, then the bare letter.

    Letters match whatever their case (Caps Lock types "J" without Shift), so Shift
    alone never kept ``J`` from firing; a binding of its own (Shift+N, as the shortcut
    editor records it) comes first. Before, the typed capital was only ever matched
    without Shift, and a recorded Shift+letter never fired.
    """
    bare = _combination(ord(key), False)
    return [_combination(ord(key), True), bare] if shift else [bare]


def candidate_combinations(event: QKeyEvent, platform: str = sys.platform) -> list[QKeyCombination]:
    """The shortcut combinations this key press may mean, best first."""
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    text = event.text()
    if len(text) == 1 and text.isprintable() and not text.isspace():
        candidates: list[QKeyCombination] = []
        if text.isascii():
            if text.isalpha():
                return _letter_candidates(text.upper(), shift)
            # The character already carries Shift ("?" is Shift+/): match it bare, and
            # as a Shift combination too, the way Qt's key editor may have recorded it.
            candidates.append(_combination(ord(text), False))
            if shift:
                candidates.append(_combination(ord(text), True))
            return candidates
        latin = _PERSIAN_LAYOUT.get(text)
        physical = physical_latin_key(event, platform)
        for key in (physical, latin):
            if key is None:
                continue
            if key == "/" and shift:
                key = "?"
            if key.isalpha():
                candidates.extend(_letter_candidates(key, shift))
            else:
                candidates.append(_combination(ord(key), False))
        return candidates
    return [_combination(event.key(), shift)]


class KeyDispatcher(QObject):
    """Event filter that runs single-key shortcuts on the widgets it watches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bindings: dict[QKeyCombination, str] = {}
        self._handler: Callable[[str], None] | None = None

    def set_handler(self, handler: Callable[[str], None]) -> None:
        """``handler(action_id)`` is called when a bound key is pressed."""
        self._handler = handler

    def set_bindings(self, bindings: Iterable[tuple[str, Iterable[QKeySequence]]]) -> None:
        """Bind each action id to its single-key sequences (others are ignored)."""
        self._bindings.clear()
        for action_id, sequences in bindings:
            for seq in sequences:
                if seq.count() != 1:
                    continue  # chords are not used here
                combination = seq[0]
                if is_global_key(combination):
                    continue
                self._bindings.setdefault(combination, action_id)

    def action_for(self, event: QKeyEvent) -> str | None:
        if event.modifiers() & _GLOBAL_MODIFIERS:
            return None
        for combination in candidate_combinations(event):
            action_id = self._bindings.get(combination)
            if action_id is not None:
                return action_id
        return None

    def watch(self, widget: QWidget) -> None:
        """Filter key presses of ``widget`` (and its viewport for scroll areas)."""
        widget.installEventFilter(self)
        if isinstance(widget, QAbstractScrollArea):
            widget.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if is_text_input(QApplication.focusWidget()) or is_text_input(
            watched if isinstance(watched, QWidget) else None
        ):
            return False
        assert isinstance(event, QKeyEvent)
        action_id = self.action_for(event)
        if action_id is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # claim the key so no window shortcut takes it
            return True
        log.debug("key %r -> %s", event.text(), action_id)
        if self._handler is not None:
            self._handler(action_id)
        return True
