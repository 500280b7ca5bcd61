"""Typed user preferences over QSettings.

QSettings hands back strings from INI files and native types from the registry,
so every caller reading it directly would need its own parsing and defaults.
One typed wrapper validates each value once, falls back to the default on
garbage, and announces every change through ``changed(key)`` so the window can
re-theme or re-render live. Tests inject a ``QSettings`` on a temp INI file.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

log = logging.getLogger(__name__)

ORGANIZATION = "Khabarkhan"
APPLICATION = "Khabarkhan"

LANGUAGES = ("auto", "fa", "en")
THEMES = ("light", "sepia", "dark")
DIGITS = ("persian", "latin")
FONT_SIZE_MIN = 8
FONT_SIZE_MAX = 40
#: The longest wait before an article counts as read (the dialog's 30 s); a larger one
#: from a hand-edited file overflowed Qt's timer on every selection.
MARK_READ_DELAY_MAX_MS = 30_000

DEFAULTS: dict[str, Any] = {
    "language": "auto",
    "theme": "light",
    "font_size": 15,
    "digits": "persian",  # when unset, digits follow the UI language: see Settings.digits
    "mark_read_delay_ms": 1000,
    "justify": False,
    "show_raw_text": False,
}
"""Default for every typed preference; also what "Reset to defaults" restores."""

_SHORTCUTS_GROUP = "shortcuts"
_STATE_GROUP = "state"
_FIRST_RUN_KEY = "first_run/demo_offered"


def _to_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
    return default


def _to_int(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str | float):
        try:
            return int(float(value))
        except ValueError:
            return default
    return default


def _to_key_list(value: object) -> tuple[str, ...] | None:
    """A stored shortcut list; INI files return a one-item list as a bare string."""
    if value is None:
        return None
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if str(v))
    return None


class Settings(QObject):
    """The app's preferences; read with properties, write with setters or assignment."""

    changed = Signal(str)
    """Emitted with the key ("theme", "font_size", "shortcuts", ...) after a value changes."""

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qs = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)

    @property
    def qsettings(self) -> QSettings:
        """The underlying store (for code that must save Qt blobs of its own)."""
        return self._qs

    def sync(self) -> None:
        self._qs.sync()

    # --- typed preferences -------------------------------------------------------------

    def _choice(self, key: str, allowed: Sequence[str]) -> str:
        value = self._qs.value(key, DEFAULTS[key])
        if isinstance(value, str) and value in allowed:
            return value
        log.warning("ignoring invalid setting %s=%r", key, value)
        return str(DEFAULTS[key])

    def _store(self, key: str, value: object) -> None:
        """Write a value; emit ``changed`` only when the effective value differs."""
        unchanged = getattr(self, key) == value
        self._qs.setValue(key, value)
        if not unchanged:
            self.changed.emit(key)

    @property
    def language(self) -> str:
        """ "auto" (follow the system locale), "fa" or "en"."""
        return self._choice("language", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}; expected one of {LANGUAGES}")
        digits_before = self.digits
        self._store("language", value)
        if self.digits != digits_before:  # digits that follow the language changed too
            self.changed.emit("digits")

    @property
    def theme(self) -> str:
        """ "light", "sepia" or "dark"."""
        return self._choice("theme", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r}; expected one of {THEMES}")
        self._store("theme", value)

    @property
    def font_size(self) -> int:
        """Reading-pane font size in points (the pane's zoom)."""
        size = _to_int(self._qs.value("font_size"), DEFAULTS["font_size"])
        return max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, size))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._store("font_size", max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, int(value))))

    @property
    def digits(self) -> str:
        """The digits of article text and dates: "persian" (۱۲۳) or "latin" (123).

        Until the user picks one, digits follow the UI language: Persian digits in
        the Persian UI, Latin digits in the English one.
        """
        value = self._qs.value("digits")
        if isinstance(value, str) and value in DIGITS:
            return value
        if value is not None:
            log.warning("ignoring invalid setting digits=%r", value)
        return self.default_digits()

    def default_digits(self, language: str | None = None) -> str:
        """The digits that suit a language setting (the current one by default)."""
        from reader.ui.i18n import effective_language

        chosen = self.language if language is None else language
        return "persian" if effective_language(chosen) == "fa" else "latin"

    @digits.setter
    def digits(self, value: str) -> None:
        if value not in DIGITS:
            raise ValueError(f"unknown digits {value!r}; expected one of {DIGITS}")
        self._store("digits", value)

    @property
    def digits_chosen(self) -> bool:
        """True once the user picked the digits; until then they follow the UI language."""
        return self._qs.value("digits") in DIGITS

    def follow_language_digits(self) -> None:
        """Forget the user's digits: they follow the UI language again."""
        if self._qs.contains("digits"):
            before = self.digits
            self._qs.remove("digits")
            if self.digits != before:
                self.changed.emit("digits")

    @property
    def mark_read_delay_ms(self) -> int:
        """Delay before a selected article is marked read; -1 means never automatically."""
        delay = _to_int(self._qs.value("mark_read_delay_ms"), DEFAULTS["mark_read_delay_ms"])
        return -1 if delay < 0 else min(delay, MARK_READ_DELAY_MAX_MS)

    @mark_read_delay_ms.setter
    def mark_read_delay_ms(self, value: int) -> None:
        self._store(
            "mark_read_delay_ms", -1 if value < 0 else min(int(value), MARK_READ_DELAY_MAX_MS)
        )

    @property
    def justify(self) -> bool:
        """Justify reading-pane paragraphs instead of aligning them right."""
        return _to_bool(self._qs.value("justify"), DEFAULTS["justify"])

    @justify.setter
    def justify(self, value: bool) -> None:
        self._store("justify", bool(value))

    @property
    def show_raw_text(self) -> bool:
        """Show article text as stored, without ZWNJ restoration or normalization."""
        return _to_bool(self._qs.value("show_raw_text"), DEFAULTS["show_raw_text"])

    @show_raw_text.setter
    def show_raw_text(self, value: bool) -> None:
        self._store("show_raw_text", bool(value))

    def reset_to_defaults(self) -> None:
        """Restore every typed preference and every shortcut to its default."""
        for key, value in DEFAULTS.items():
            if key == "digits":
                continue
            setattr(self, key, value)
        self.follow_language_digits()
        self.reset_all_shortcuts()

    # --- shortcuts ----------------------------------------------------------------------

    def shortcut_override(self, action_id: str) -> tuple[str, ...] | None:
        """The user's keys for an action, or None when it uses its defaults."""
        return _to_key_list(self._qs.value(f"{_SHORTCUTS_GROUP}/{action_id}"))

    def shortcut_overrides(self) -> dict[str, tuple[str, ...]]:
        """Every overridden action id with its keys."""
        self._qs.beginGroup(_SHORTCUTS_GROUP)
        try:
            ids = self._qs.childKeys()
        finally:
            self._qs.endGroup()
        result: dict[str, tuple[str, ...]] = {}
        for action_id in ids:
            keys = self.shortcut_override(action_id)
            if keys is not None:
                result[action_id] = keys
        return result

    def shortcuts_for(
        self, action_id: str, default: Sequence[str] | None = None
    ) -> tuple[str, ...]:
        """The effective keys of an action: the user's override, else its defaults.

        ``default`` saves a lookup in ``reader.ui.actions.ACTION_SPECS``; without it
        the spec's ``default_keys`` are used (empty for an unknown id).
        """
        override = self.shortcut_override(action_id)
        if override is not None:
            return override
        if default is not None:
            return tuple(default)
        from reader.ui.actions import ACTION_SPECS  # lazy: actions imports Qt widgets

        for spec in ACTION_SPECS:
            if spec.id == action_id:
                return tuple(spec.default_keys)
        return ()

    def set_shortcuts(self, action_id: str, keys: Sequence[str]) -> None:
        """Store the user's keys for an action (an empty sequence means "no shortcut")."""
        cleaned = [k for k in keys if k]
        if self.shortcut_override(action_id) == tuple(cleaned):
            return
        self._qs.setValue(f"{_SHORTCUTS_GROUP}/{action_id}", cleaned)
        self.changed.emit("shortcuts")

    def reset_shortcut(self, action_id: str) -> None:
        key = f"{_SHORTCUTS_GROUP}/{action_id}"
        if self._qs.contains(key):
            self._qs.remove(key)
            self.changed.emit("shortcuts")

    def reset_all_shortcuts(self) -> None:
        if self.shortcut_overrides():
            self._qs.remove(_SHORTCUTS_GROUP)
            self.changed.emit("shortcuts")

    # --- window state blobs and other restored state ----------------------------------

    def window_state(self, name: str) -> QByteArray | None:
        """A saved Qt blob (``saveGeometry``/``saveState``), or None if never saved."""
        value = self._qs.value(f"{_STATE_GROUP}/{name}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def set_window_state(self, name: str, blob: QByteArray | bytes) -> None:
        self._qs.setValue(f"{_STATE_GROUP}/{name}", QByteArray(blob))

    def state_value(self, name: str, default: object = None) -> object:
        """Any other restored value (filters, sort, selected id); callers validate it."""
        return self._qs.value(f"{_STATE_GROUP}/{name}", default)

    def set_state_value(self, name: str, value: object) -> None:
        self._qs.setValue(f"{_STATE_GROUP}/{name}", value)

    # --- first run ----------------------------------------------------------------------

    @property
    def demo_offered(self) -> bool:
        """True once the empty-library demo offer was answered, so it is asked only once."""
        return _to_bool(self._qs.value(_FIRST_RUN_KEY), False)

    @demo_offered.setter
    def demo_offered(self, value: bool) -> None:
        self._qs.setValue(_FIRST_RUN_KEY, bool(value))
