"""The settings dialog: language, look, reading behaviour and keyboard shortcuts.

Edits stay in the dialog until OK, then go to ``Settings`` in one pass, which
emits ``changed`` per key so the window re-themes and re-renders live. The UI
language is the exception: every widget would have to re-translate itself, so
it is complete only after a restart (the main window switches its menus and
direction live), and the dialog says so. Shortcuts are stored only
when they differ from an action's defaults, so later default changes still reach
users who never remapped that action.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.ui.actions import ACTION_SPECS, ActionSpec, action_text, menu_title
from reader.ui.bidi import LRI, PDI
from reader.ui.i18n import arg
from reader.ui.keys import recorded_shortcut
from reader.ui.settings import (
    DEFAULTS,
    FONT_SIZE_MAX,
    FONT_SIZE_MIN,
    MARK_READ_DELAY_MAX_MS,
    Settings,
)

log = logging.getLogger(__name__)

DEFAULT_DELAY_MS = int(DEFAULTS["mark_read_delay_ms"])


def normalize_key(text: str) -> str:
    """A key string in Qt's portable form, so "ctrl+f" and "Ctrl+F" compare equal."""
    seq = QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
    return seq.toString(QKeySequence.SequenceFormat.PortableText) or text


def find_conflicts(assignments: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """Keys bound to more than one action: key -> action ids (in registry order)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action_id, keys in assignments.items():
        for key in dict.fromkeys(normalize_key(k) for k in keys if k):
            owners[key].append(action_id)
    return {key: ids for key, ids in owners.items() if len(ids) > 1}


def _name_key_edit(edit: QKeySequenceEdit, name: str) -> None:
    """Name a shortcut field for screen readers: the focus is on its inner line edit
    (the field's focus proxy), which had no name, so "edit, blank" was all one heard."""
    edit.setAccessibleName(name)
    inner = edit.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(name)


class SettingsDialog(QDialog):
    """Modal preferences window; ``accept()`` writes everything to ``Settings``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._specs: list[ActionSpec] = list(ACTION_SPECS)
        self._key_columns = max(2, *(len(s.default_keys) for s in self._specs))
        self._edits: list[list[QKeySequenceEdit]] = []

        tabs = QTabWidget()
        tabs.addTab(self._build_general(), self.tr("General"))
        tabs.addTab(self._build_reading(), self.tr("Reading"))
        tabs.addTab(self._build_shortcuts(), self.tr("Shortcuts"))
        self.tabs = tabs

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(
            self.tr("Reset to defaults")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._load(settings)

    # --- pages ------------------------------------------------------------------------------

    def _build_general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox(objectName="languageCombo")
        self.language.addItem(self.tr("Automatic (system language)"), "auto")
        self.language.addItem("فارسی", "fa")  # language names are shown in their own language
        self.language.addItem("English", "en")
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("The whole window switches language when you press OK."))
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)

        self.theme = QComboBox(objectName="themeCombo")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Sepia"), "sepia")
        self.theme.addItem(self.tr("Dark"), "dark")
        form.addRow(self.tr("&Theme:"), self.theme)

        self.digits = QComboBox(objectName="digitsCombo")
        self.digits.addItem(self.tr("Persian digits (۱۲۳)"), "persian")
        self.digits.addItem(self.tr("Latin digits (123)"), "latin")
        form.addRow(self.tr("&Digits in articles:"), self.digits)
        # Digits the user never picked follow the language, in the dialog too: choosing
        # Persian on an English system kept the Latin digits of the English UI, saved
        # as if picked.
        self._digits_follow = False
        self.digits.currentIndexChanged.connect(self._on_digits_picked)
        self.language.currentIndexChanged.connect(self._on_language_picked)
        return page

    def _on_digits_picked(self) -> None:
        self._digits_follow = False

    def _on_language_picked(self) -> None:
        if self._digits_follow:
            self._follow_language()

    def _follow_language(self) -> None:
        """Show the digits of the chosen language, still following it."""
        with QSignalBlocker(self.digits):
            self._select(self.digits, self._settings.default_digits(self.language.currentData()))
        self._digits_follow = True

    def _build_reading(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.font_size = QSpinBox(objectName="fontSizeSpin")
        self.font_size.setRange(FONT_SIZE_MIN, FONT_SIZE_MAX)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setMaximumWidth(110)
        form.addRow(self.tr("&Font size:"), self.font_size)

        self.justify = QCheckBox(self.tr("&Justify paragraphs"), objectName="justifyCheck")
        form.addRow("", self.justify)

        self.mark_read = QCheckBox(
            self.tr("&Mark articles as read when selected"), objectName="markReadCheck"
        )
        self.mark_read_delay = QDoubleSpinBox(objectName="markReadDelaySpin")
        self.mark_read_delay.setRange(0.0, MARK_READ_DELAY_MAX_MS / 1000)
        self.mark_read_delay.setDecimals(1)
        self.mark_read_delay.setSingleStep(0.5)
        self.mark_read_delay.setSuffix(self.tr(" s"))
        self.mark_read_delay.setAccessibleName(self.tr("Seconds before an article counts as read"))
        self.mark_read.toggled.connect(self.mark_read_delay.setEnabled)
        delay_row = QHBoxLayout()
        delay_row.addWidget(self.mark_read)
        delay_row.addWidget(QLabel(self.tr("after")))
        delay_row.addWidget(self.mark_read_delay)
        delay_row.addStretch(1)
        form.addRow(self.tr("Read status:"), delay_row)

        self.raw_text = QCheckBox(
            self.tr("Show text exactly as imported (no zero-width non-joiner restoration)"),
            objectName="rawTextCheck",
        )
        form.addRow(self.tr("Text:"), self.raw_text)
        return page

    def _build_shortcuts(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        headers = [self.tr("Action"), self.tr("Menu"), self.tr("Shortcut")]
        headers += [self.tr("Alternative")] * (self._key_columns - 1)
        table = QTableWidget(len(self._specs), len(headers), objectName="shortcutTable")
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(self.tr("Shortcuts"))
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(self._key_columns):
            table.setColumnWidth(2 + col, 140)
        for row, spec in enumerate(self._specs):
            name = QTableWidgetItem(action_text(spec))
            name.setData(Qt.ItemDataRole.UserRole, spec.id)
            table.setItem(row, 0, name)
            menu = QTableWidgetItem(menu_title(spec.menu).replace("&", ""))
            table.setItem(row, 1, menu)
            edits = []
            for col in range(self._key_columns):
                edit = QKeySequenceEdit()
                edit.setMaximumSequenceLength(1)
                edit.setClearButtonEnabled(True)
                edit.keySequenceChanged.connect(partial(self._on_key_recorded, edit))
                name = self.tr("Shortcut for %1") if col == 0 else self.tr("Alternative for %1")
                _name_key_edit(edit, arg(name, action_text(spec)))
                table.setCellWidget(row, 2 + col, edit)
                edits.append(edit)
            self._edits.append(edits)
        table.resizeRowsToContents()
        self.shortcut_table = table
        layout.addWidget(table)

        self.conflicts = QLabel(objectName="conflictLabel")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.conflicts.setStyleSheet(f"color: {'#ff8a80' if dark else '#b03a2e'};")
        layout.addWidget(self.conflicts)
        hint = QLabel(
            self.tr(
                "Click a field and press the new key. Single-letter keys also work "
                "with the Persian keyboard layout."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        return page

    # --- values -------------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _set_delay(self, delay_ms: int) -> None:
        off = delay_ms < 0
        self.mark_read.setChecked(not off)
        self.mark_read_delay.setValue((DEFAULT_DELAY_MS if off else delay_ms) / 1000)
        self.mark_read_delay.setEnabled(not off)

    def _load(self, settings: Settings) -> None:
        self._digits_follow = False
        self._select(self.language, settings.language)
        self._select(self.theme, settings.theme)
        self._select(self.digits, settings.digits)
        self._digits_follow = not settings.digits_chosen
        self.font_size.setValue(settings.font_size)
        self.justify.setChecked(settings.justify)
        self.raw_text.setChecked(settings.show_raw_text)
        self._set_delay(settings.mark_read_delay_ms)
        for spec, edits in zip(self._specs, self._edits, strict=True):
            self._set_keys(edits, settings.shortcuts_for(spec.id, default=spec.default_keys))
        self._update_conflicts()

    def _set_keys(self, edits: list[QKeySequenceEdit], keys: tuple[str, ...]) -> None:
        for i, edit in enumerate(edits):
            edit.blockSignals(True)
            edit.setKeySequence(
                QKeySequence(keys[i], QKeySequence.SequenceFormat.PortableText)
                if i < len(keys)
                else QKeySequence()
            )
            edit.blockSignals(False)

    def restore_defaults(self) -> None:
        """Put every field back to its default (saved only on OK)."""
        self._select(self.language, DEFAULTS["language"])
        self._select(self.theme, DEFAULTS["theme"])
        self._follow_language()  # as after a reset of Settings: digits follow the language
        self.font_size.setValue(DEFAULTS["font_size"])
        self.justify.setChecked(DEFAULTS["justify"])
        self.raw_text.setChecked(DEFAULTS["show_raw_text"])
        self._set_delay(DEFAULTS["mark_read_delay_ms"])
        for spec, edits in zip(self._specs, self._edits, strict=True):
            self._set_keys(edits, spec.default_keys)
        self._update_conflicts()

    def assigned_keys(self) -> dict[str, tuple[str, ...]]:
        """Action id -> keys currently shown in the shortcut table (portable text)."""
        result = {}
        for spec, edits in zip(self._specs, self._edits, strict=True):
            keys = []
            for edit in edits:
                text = edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
                if text and text not in keys:
                    keys.append(text)
            result[spec.id] = tuple(keys)
        return result

    def _on_key_recorded(self, edit: QKeySequenceEdit, sequence: QKeySequence) -> None:
        """A key is shown (and saved) as the window matches it: typed under the Persian
        layout as its Latin key, Shift+/ as "?" (Shift+letter is a key of its own)."""
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        latin = recorded_shortcut(text)
        if latin != text:
            edit.blockSignals(True)
            edit.setKeySequence(QKeySequence(latin, QKeySequence.SequenceFormat.PortableText))
            edit.blockSignals(False)
        self._update_conflicts()

    def mark_read_delay_ms(self) -> int:
        if not self.mark_read.isChecked():
            return -1
        return round(self.mark_read_delay.value() * 1000)

    def _update_conflicts(self) -> None:
        conflicts = find_conflicts(self.assigned_keys())
        texts = {spec.id: action_text(spec) for spec in self._specs}
        clashing = {aid for ids in conflicts.values() for aid in ids}
        for row, spec in enumerate(self._specs):
            item = self.shortcut_table.item(row, 0)
            if spec.id in clashing:
                item.setBackground(QBrush(QColor(231, 76, 60, 70)))
            else:
                item.setBackground(QBrush())
        # The key is isolated: a Latin first letter ("J") made the whole label a
        # left-to-right paragraph in the Persian UI, left-aligned and out of order.
        lines = [
            arg(
                self.tr("“%1” is used by: %2"),
                LRI
                + QKeySequence(key, QKeySequence.SequenceFormat.PortableText).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                + PDI,
                self.tr(", ").join(texts[i] for i in ids),
            )
            for key, ids in conflicts.items()
        ]
        if lines:
            lines.append(self.tr("Give each key to one action before saving."))
        self.conflicts.setText("\n".join(lines))
        self.conflicts.setVisible(bool(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not lines)

    def has_conflicts(self) -> bool:
        return bool(find_conflicts(self.assigned_keys()))

    def accept(self) -> None:
        if self.has_conflicts():
            self.tabs.setCurrentIndex(2)
            return
        s = self._settings
        s.language = self.language.currentData()
        s.theme = self.theme.currentData()
        if self._digits_follow:
            s.follow_language_digits()
        else:
            s.digits = self.digits.currentData()
        s.font_size = self.font_size.value()
        s.justify = self.justify.isChecked()
        s.show_raw_text = self.raw_text.isChecked()
        s.mark_read_delay_ms = self.mark_read_delay_ms()
        assigned = self.assigned_keys()
        for spec in self._specs:
            keys = assigned[spec.id]
            defaults = tuple(normalize_key(k) for k in spec.default_keys)
            if tuple(normalize_key(k) for k in keys) == defaults:
                s.reset_shortcut(spec.id)
            else:
                s.set_shortcuts(spec.id, keys)
        s.sync()
        super().accept()
