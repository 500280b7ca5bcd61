"""A checkable list of facet values (agency names) with article counts.

Counts come from ``Library.facet_counts`` and change with every other filter.
A checked value must not disappear when its count drops to 0 — otherwise the
user could not uncheck it — so checked names survive every count update.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1

type Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class FacetEntry:
    name: str
    count: int
    checked: bool = False


class FacetModel(QAbstractListModel):
    """Rows of (name, count, checked); ``checkedChanged`` after a user toggle."""

    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[FacetEntry] = []

    # --- reading -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.checked else Qt.CheckState.Unchecked
        if role == COUNT_ROLE:
            return entry.count
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def entries(self) -> list[FacetEntry]:
        """A copy of the rows, for tests and debugging."""
        return [FacetEntry(e.name, e.count, e.checked) for e in self._entries]

    def checked_names(self) -> frozenset[str]:
        return frozenset(e.name for e in self._entries if e.checked)

    def row_of(self, name: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.name == name:
                return row
        return None

    # --- writing -------------------------------------------------------------
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = _as_check_state(value) == Qt.CheckState.Checked
        entry = self._entries[index.row()]
        if entry.checked == checked:
            return False
        entry.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True

    def toggle(self, row: int) -> None:
        """Flip one row's check box (keyboard Space / click on the name)."""
        index = self.index(row, 0)
        current = self._entries[row].checked
        self.setData(
            index,
            Qt.CheckState.Unchecked if current else Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def set_counts(self, counts: Iterable[tuple[str, int]]) -> None:
        """Replace the counts, keeping check marks and checked zero-count names.

        The library returns values biggest first; checked names it no longer
        lists are appended with a count of 0.
        """
        checked = self.checked_names()
        entries = [FacetEntry(name, int(count), name in checked) for name, count in counts if name]
        listed = {e.name for e in entries}
        entries.extend(FacetEntry(name, 0, True) for name in sorted(checked - listed))
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def set_checked(self, names: frozenset[str]) -> None:
        """Check exactly ``names`` (restoring state); unknown names get count 0.

        Does not emit ``checkedChanged``: this is the program speaking, not the user.
        """
        self.beginResetModel()
        for entry in self._entries:
            entry.checked = entry.name in names
        known = {e.name for e in self._entries}
        self._entries.extend(FacetEntry(name, 0, True) for name in sorted(names - known))
        # Unchecked zero-count leftovers of an earlier state are no longer needed.
        self._entries = [e for e in self._entries if e.checked or e.count > 0]
        self.endResetModel()


def _as_check_state(value: object) -> Qt.CheckState:
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked
