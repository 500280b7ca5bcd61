"""The dialogs of an import: progress while it runs, the report at its end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.bidi import FSI, PDI
from reader.ui.i18n import arg
from reader.ui.import_reasons import number_text, reason_text

MIN_NAME_WIDTH = 40
"""px a file name keeps in the progress line however narrow the dialog: a few letters
around the ellipsis still tell files apart."""


def _file_name(path: object) -> str:
    text = str(path or "")
    return Path(text).name or text


def _isolated(text: str) -> str:
    """A file name as one unit in its own direction: a Latin name inside a Persian
    sentence (or a Persian one inside an English sentence) keeps its order, and the
    sentence's punctuation stays on the sentence's side."""
    return f"{FSI}{text}{PDI}" if text else text


class ImportProgressDialog(QDialog):
    """Count, current file, rate, time left and Cancel for a running import."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setWindowTitle(self.tr("Importing articles"))
        self.setMinimumWidth(460)
        self._count = QLabel(self.tr("Preparing…"))
        self._count.setObjectName("importCount")
        font = self._count.font()
        font.setBold(True)
        self._count.setFont(font)
        # One line, the name elided in the middle to the label's width (the full path is
        # its tooltip): wrapped, a long name without spaces was cut off on both sides and
        # clipped at the bottom, and unwrapped it would widen the dialog past the screen.
        self._file = QLabel()
        self._file.setObjectName("importCurrentFile")
        self._file.setTextFormat(Qt.TextFormat.PlainText)
        self._file.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._file_parts: tuple[str, str] = ("", "")  # (line with %1 for the name, name)
        self._rate = QLabel()
        self._rate.setObjectName("importRate")
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._cancel_button = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.rejected.connect(self._request_cancel)
        layout = QVBoxLayout(self)
        for w in (self._count, self._file, self._bar, self._rate, self._buttons):
            layout.addWidget(w)

    def reject(self) -> None:  # Esc / window close: cancel, keep showing until the end
        self._request_cancel()

    def _request_cancel(self) -> None:
        if self._cancel_button.isEnabled():
            self._cancel_button.setEnabled(False)
            self._rate.setText(self.tr("Cancelling after the current batch…"))
            self.cancelRequested.emit()

    def is_cancelling(self) -> bool:
        return not self._cancel_button.isEnabled()

    def count_text(self) -> str:
        return self._count.text()

    def file_text(self) -> str:
        return self._file.text()

    def rate_text(self) -> str:
        return self._rate.text()

    @Slot(object)
    def update_progress(self, progress: Any) -> None:
        added = int(getattr(progress, "articles_added", 0))
        duplicates = int(getattr(progress, "duplicates", 0))
        files_done = int(getattr(progress, "files_done", 0))
        files_total = int(getattr(progress, "files_total", 0))
        count = self.tr("%Ln article(s) imported", "", added)
        if duplicates:
            count += self.separator() + self.tr("%Ln duplicate(s) skipped", "", duplicates)
        self._count.setText(count)
        current = str(getattr(progress, "current_file", "") or "")
        if files_total:
            self._bar.setRange(0, files_total)
            self._bar.setValue(files_done)
            line = arg(
                self.tr("File %1 of %2: %3"),
                number_text(min(files_done + 1, files_total)),
                number_text(files_total),
                "%1",
            )
            self._set_file(line, current)
        elif current:
            self._set_file("%1", current)
        if self.is_cancelling():
            return
        rate = float(progress.rate or 0.0)
        eta = progress.eta
        parts = []
        if rate > 0:
            parts.append(arg(self.tr("%1 articles/s"), number_text(round(rate))))
        if eta is not None:
            parts.append(self.time_left(float(eta)))
        self._rate.setText(self.separator().join(parts))

    def _set_file(self, line: str, path: str) -> None:
        self._file_parts = (line, _file_name(path))
        self._file.setToolTip(path)
        self._show_file()

    def _show_file(self) -> None:
        line, name = self._file_parts
        if not line:
            return
        width = self._file.contentsRect().width()
        if not self._file.isVisible() or width <= 0:  # not laid out yet
            margins = self.layout().contentsMargins()
            width = max(self.width(), self.minimumWidth()) - margins.left() - margins.right()
        metrics = self._file.fontMetrics()
        room = width - metrics.horizontalAdvance(arg(line, "")) - metrics.horizontalAdvance("…")
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, max(room, MIN_NAME_WIDTH))
        self._file.setText(arg(line, _isolated(shown)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_file()

    def separator(self) -> str:
        """Between the parts of a progress line: a middle dot in English.

        Persian takes a comma: next to Persian digits a middle dot reads as a zero
        ("۴۱ · " looked like "۴۱ ۰").
        """
        return self.tr(" · ", "between the parts of one progress line")

    def time_left(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("about %Ln second(s) left", "", max(1, round(seconds)))
        if seconds < 3600:
            return self.tr("about %Ln minute(s) left", "", round(seconds / 60))
        hours, rest = divmod(round(seconds / 60), 60)
        return arg(self.tr("about %1 h %2 min left"), number_text(hours), number_text(rest))


class _WrappedText(QStyledItemDelegate):
    """A cell as tall as its text wrapped to the column's width (a tree view otherwise
    gives every row one line's height, and a long reason ends in "…")."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return base
        width = max(view.columnWidth(index.column()) - 12, 40)
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(base.width(), max(base.height(), bounds.height() + 6))


class ImportReportDialog(QDialog):
    """The end of an import: what was added, and every skipped file with its reason."""

    def __init__(
        self,
        report: Any,
        first_new_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import finished"))
        self.setMinimumWidth(560)
        self.show_first_requested = False
        added = int(getattr(report, "added", 0))
        duplicates = int(getattr(report, "duplicates", 0))
        unchanged = int(getattr(report, "unchanged_files", 0))
        skipped: list[tuple[str, str]] = list(getattr(report, "skipped", []) or [])
        notes: list[tuple[str, str]] = list(getattr(report, "notes", []) or [])
        lines = []
        if getattr(report, "cancelled", False):
            lines.append(self.tr("The import was cancelled; the articles read so far were kept."))
        lines.append(self.tr("%Ln new article(s) added.", "", added))
        if duplicates:
            lines.append(self.tr("%Ln duplicate(s) were already in the library.", "", duplicates))
        if unchanged:
            lines.append(self.tr("%Ln unchanged file(s) were not read again.", "", unchanged))
        kept = int(getattr(report, "changed_files_kept", 0))
        if kept:
            lines.append(
                self.tr(
                    "%Ln changed file(s) held only articles already in the library; "
                    "their first import is kept.",
                    "",
                    kept,
                )
            )
        if skipped:
            lines.append(self.tr("%Ln file(s) or record(s) skipped:", "", len(skipped)))
        if notes:
            lines.append(
                self.tr(
                    "%Ln article(s) imported with something left out (listed below).",
                    "",
                    len(notes),
                )
            )
        elapsed = report.elapsed
        if elapsed:
            lines.append(arg(self.tr("Time: %1 s"), QLocale().toString(float(elapsed), "f", 1)))
        self.summary = QLabel("\n".join(lines))
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # At the top: with no list below it, a centred summary floated in an empty dialog.
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

        self.skipped_list = QTreeWidget()
        self.skipped_list.setObjectName("skippedFiles")
        self.skipped_list.setHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.skipped_list.setRootIsDecorated(False)
        self.skipped_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.skipped_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.skipped_list.header().setStretchLastSection(True)
        # A long reason wraps instead of ending in "…". Rows keep the height they were laid
        # out with, so they are laid out again whenever a column's width changes.
        self.skipped_list.setWordWrap(True)
        self.skipped_list.setItemDelegateForColumn(1, _WrappedText(self.skipped_list))
        self._relayout = QTimer(self)  # a child: it dies with the dialog
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.skipped_list.doItemsLayout)
        self.skipped_list.header().sectionResized.connect(self._relayout.start)
        for path, reason in skipped:
            item = QTreeWidgetItem([_file_name(path), reason_text(str(reason))])
            item.setToolTip(0, str(path))
            item.setToolTip(1, str(reason))  # the original wording, for bug reports
            self.skipped_list.addTopLevelItem(item)
        self._skipped_count = len(skipped)
        muted = self.palette().placeholderText()
        for path, note in notes:
            shown = arg(self.tr("imported; %1"), reason_text(str(note)))
            item = QTreeWidgetItem([_file_name(path), shown])
            item.setToolTip(0, str(path))
            item.setToolTip(1, str(note))
            item.setForeground(1, muted)  # imported: less urgent than a skip
            self.skipped_list.addTopLevelItem(item)
        self.skipped_list.resizeColumnToContents(0)
        listed = bool(skipped or notes)
        self.skipped_list.setVisible(listed)
        layout.addWidget(self.skipped_list, 1)
        # Ctrl+C copies the selected rows (all rows when none is selected) as
        # "full path<TAB>reason" lines: a list of a thousand skipped files is something
        # to paste into a bug report or a file, not to copy out by hand.
        # (The view's own Ctrl+C copied the current cell's text: a bare file name.)
        self.skipped_list.installEventFilter(self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.show_first_button: QPushButton | None = None
        if added and first_new_id is not None:
            self.show_first_button = buttons.addButton(
                self.tr("Show first new article"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.show_first_button.setDefault(True)
            self.show_first_button.clicked.connect(self._show_first)
        layout.addWidget(buttons)
        if listed:
            self.setMinimumHeight(200)
            self.resize(720, 380)
        else:
            self.resize(720, self.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.skipped_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            self.copy_rows()
            return True
        return super().eventFilter(watched, event)

    def copy_rows(self) -> None:
        """Put the selected rows (or every row) on the clipboard, one per line."""
        view = self.skipped_list
        items = view.selectedItems() or [
            view.topLevelItem(i) for i in range(view.topLevelItemCount())
        ]
        rows = sorted({view.indexOfTopLevelItem(item): item for item in items}.items())
        text = "\n".join(f"{item.toolTip(0)}\t{item.text(1)}" for _, item in rows)
        if text:
            QGuiApplication.clipboard().setText(text + "\n")

    def skipped_rows(self) -> list[tuple[str, str]]:
        """(path, reason) of each skipped file or record, in the core's words."""
        return self._rows(0, self._skipped_count)

    def note_rows(self) -> list[tuple[str, str]]:
        """(path, note) of each article imported with something left out."""
        return self._rows(self._skipped_count, self.skipped_list.topLevelItemCount())

    def _rows(self, first: int, end: int) -> list[tuple[str, str]]:
        items = [self.skipped_list.topLevelItem(i) for i in range(first, end)]
        return [(item.toolTip(0), item.toolTip(1)) for item in items]

    def _show_first(self) -> None:
        self.show_first_requested = True
        self.accept()
