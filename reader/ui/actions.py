"""The single registry of user actions and their default shortcuts.

Menus, the key dispatcher, the settings dialog (shortcut remapping) and the
cheat sheet all read ``ACTION_SPECS``, so an action and its keys are declared
once. ``text`` and menu titles are English source strings marked for
translation; translate them at runtime with ``action_text``/``menu_title``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Actions"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: stable id (settings key), English text, menu id, default keys.

    Keys are ``QKeySequence`` portable strings ("J", "Ctrl+F", "Alt+Left").
    """

    id: str
    text: str
    menu: str
    default_keys: tuple[str, ...] = ()


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("go", QT_TRANSLATE_NOOP("Menus", "&Go")),
    ("article", QT_TRANSLATE_NOOP("Menus", "&Article")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)


def _spec(id_: str, text: str, menu: str, *keys: str) -> ActionSpec:
    return ActionSpec(id_, text, menu, tuple(keys))


ACTION_SPECS: list[ActionSpec] = [
    _spec("import_files", QT_TRANSLATE_NOOP("Actions", "Import files…"), "file", "Ctrl+O"),
    _spec("import_folder", QT_TRANSLATE_NOOP("Actions", "Import folder…"), "file", "Ctrl+Shift+O"),
    _spec("settings", QT_TRANSLATE_NOOP("Actions", "Settings…"), "file", "Ctrl+,"),
    _spec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "file", "Ctrl+Q"),
    _spec("focus_search", QT_TRANSLATE_NOOP("Actions", "Search"), "view", "/", "Ctrl+F"),
    _spec("clear_search", QT_TRANSLATE_NOOP("Actions", "Clear search"), "view", "Esc"),
    _spec("focus_sidebar", QT_TRANSLATE_NOOP("Actions", "Focus filters"), "view", "Ctrl+1"),
    _spec("focus_list", QT_TRANSLATE_NOOP("Actions", "Focus article list"), "view", "Ctrl+2"),
    _spec("focus_pane", QT_TRANSLATE_NOOP("Actions", "Focus reading pane"), "view", "Ctrl+3"),
    _spec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom in"), "view", "Ctrl+=", "Ctrl++"),
    _spec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom out"), "view", "Ctrl+-"),
    _spec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "Actual size"), "view", "Ctrl+0"),
    _spec("full_screen", QT_TRANSLATE_NOOP("Actions", "Full-screen reading"), "view", "F11"),
    _spec("next_article", QT_TRANSLATE_NOOP("Actions", "Next article"), "go", "J", "Down"),
    _spec("prev_article", QT_TRANSLATE_NOOP("Actions", "Previous article"), "go", "K", "Up"),
    _spec("next_unread", QT_TRANSLATE_NOOP("Actions", "Next unread"), "go", "N"),
    _spec("prev_unread", QT_TRANSLATE_NOOP("Actions", "Previous unread"), "go", "P"),
    _spec("page_down", QT_TRANSLATE_NOOP("Actions", "Page down / next unread"), "go", "Space"),
    _spec("page_up", QT_TRANSLATE_NOOP("Actions", "Page up"), "go", "Shift+Space"),
    _spec("first_article", QT_TRANSLATE_NOOP("Actions", "First article"), "go", "Home"),
    _spec("last_article", QT_TRANSLATE_NOOP("Actions", "Last article"), "go", "End"),
    _spec("back", QT_TRANSLATE_NOOP("Actions", "Back"), "go", "Alt+Left"),
    _spec("forward", QT_TRANSLATE_NOOP("Actions", "Forward"), "go", "Alt+Right"),
    _spec("toggle_read", QT_TRANSLATE_NOOP("Actions", "Toggle read"), "article", "M"),
    _spec("toggle_star", QT_TRANSLATE_NOOP("Actions", "Toggle star"), "article", "S"),
    _spec(
        "open_original",
        QT_TRANSLATE_NOOP("Actions", "Open original in browser"),
        "article",
        "O",
        "Return",
        "Enter",
    ),
    _spec("cheat_sheet", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), "help", "?"),
    _spec("about", QT_TRANSLATE_NOOP("Actions", "About Khabarkhan"), "help"),
]


def action_text(spec: ActionSpec) -> str:
    """The action's text in the current UI language."""
    return QCoreApplication.translate(CONTEXT, spec.text)


def menu_title(menu_id: str) -> str:
    """The menu's title in the current UI language."""
    for mid, title in MENUS:
        if mid == menu_id:
            return QCoreApplication.translate("Menus", title)
    raise KeyError(menu_id)
