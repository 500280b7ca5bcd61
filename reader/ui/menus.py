"""The window's menus and actions, built from ``ACTION_SPECS``.

One ``QAction`` per spec, in the menu the spec names and on the window itself
(so its shortcut works even with the menu bar hidden in full screen). Shortcuts
are split between Qt and the ``KeyDispatcher``: keys with a modifier become
QAction shortcuts, single keys go to the dispatcher, which also matches them
under the Persian keyboard layout.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from reader.ui.actions import ACTION_SPECS, MENUS, action_text, menu_title
from reader.ui.keys import KeyDispatcher, is_global_key, latin_shortcut
from reader.ui.settings import Settings

log = logging.getLogger(__name__)

_MIRRORED = {"back": "forward", "forward": "back"}


def mirror_keys(keys: Sequence[str]) -> tuple[str, ...]:
    """Swap Left and Right: in right-to-left reading, ← points forward."""
    out = []
    for key in keys:
        if "Left" in key:
            out.append(key.replace("Left", "Right"))
        elif "Right" in key:
            out.append(key.replace("Right", "Left"))
        else:
            out.append(key)
    return tuple(out)


def effective_keys(
    settings: Settings, action_id: str, default: Sequence[str], right_to_left: bool
) -> tuple[str, ...]:
    """The user's keys for an action (or its defaults), arrows mirrored under RTL."""
    # A key saved under the Persian layout ("ت") is bound as the key at its place ("J").
    keys = tuple(latin_shortcut(k) for k in settings.shortcuts_for(action_id, default))
    if action_id in _MIRRORED and right_to_left:
        keys = mirror_keys(keys)
    return keys


class WindowActions:
    """The menus and ``QAction`` objects of one main window, keyed by action id."""

    def __init__(
        self,
        window: QMainWindow,
        handlers: Mapping[str, Callable[[], None]],
        keys_for: Callable[[str, Sequence[str]], tuple[str, ...]],
    ) -> None:
        self._keys_for = keys_for
        self.actions_by_id: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for menu_id, _title in MENUS:
            self.menus[menu_id] = window.menuBar().addMenu("")
        for spec in ACTION_SPECS:
            action = QAction(window)
            action.setObjectName(f"action_{spec.id}")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            handler = handlers.get(spec.id)
            if handler is not None:
                action.triggered.connect(lambda _checked=False, h=handler: h())
            else:
                log.warning("action %s has no handler", spec.id)
            if spec.id == "full_screen":
                action.setCheckable(True)
            self.menus[spec.menu].addAction(action)
            window.addAction(action)  # window-wide shortcuts even when the menu bar is hidden
            self.actions_by_id[spec.id] = action
        self.dispatcher = KeyDispatcher(window)
        self.dispatcher.set_handler(self.trigger)

    def trigger(self, action_id: str) -> None:
        """Run an action by id (the key dispatcher's entry point)."""
        action = self.actions_by_id.get(action_id)
        if action is not None and action.isEnabled():
            action.trigger()

    def set_enabled(self, action_ids: Sequence[str], enabled: bool) -> None:
        for action_id in action_ids:
            action = self.actions_by_id.get(action_id)
            if action is not None:
                action.setEnabled(enabled)

    def apply_shortcuts(self) -> None:
        """Window shortcuts for modifier keys, the dispatcher for single keys."""
        bindings = []
        for spec in ACTION_SPECS:
            action = self.actions_by_id[spec.id]
            sequences = [
                QKeySequence(k, QKeySequence.SequenceFormat.PortableText)
                for k in self._keys_for(spec.id, spec.default_keys)
            ]
            sequences = [s for s in sequences if not s.isEmpty()]
            action.setShortcuts([s for s in sequences if is_global_key(s[0])])
            bindings.append((spec.id, sequences))
            text = action_text(spec)
            if sequences and action.shortcut().isEmpty():
                # Single-key shortcuts are not QAction shortcuts; show them in the menu anyway.
                text += "\t" + sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
        self.dispatcher.set_bindings(bindings)

    def retranslate(self) -> None:
        for menu_id, menu in self.menus.items():
            menu.setTitle(menu_title(menu_id))
        self.apply_shortcuts()
