"""Import from the window: file/folder dialogs, drag and drop, a background job.

An import can take minutes (Hamshahri is 320k articles), so it runs on its own
QThread with its own ``Library`` connection (SQLite WAL lets the window keep
reading meanwhile). The job reports progress through queued signals, announces
landed batches so the list fills while it runs, and can be cancelled between
batches. The pipeline itself (format detection, parsing, dedup) is the core's
``import_paths``; this module only drives it and shows what happened.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QMimeData,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import arg

if TYPE_CHECKING:
    from reader.core.library import Library
    from reader.ui.db_worker import LibraryService

log = logging.getLogger(__name__)

BATCH_SIGNAL_INTERVAL_S = 0.5
"""Minimum time between "batch landed" signals: each one re-queries the list."""


# --- drag and drop ------------------------------------------------------------------------


def paths_from(mime: QMimeData | None) -> list[Path]:
    """Local files and folders carried by a drag (remote URLs are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    paths: list[Path] = []
    for url in mime.urls():
        if url.isLocalFile():
            local = url.toLocalFile()
            if local:
                paths.append(Path(local))
    return paths


def accepts(mime: QMimeData | None) -> bool:
    """True when a drag carries at least one existing local file or folder."""
    return any(p.exists() for p in paths_from(mime))


# --- the background job ---------------------------------------------------------------------


@dataclass(slots=True)
class JobResult:
    """What the job hands back: the core's report plus the first new article."""

    report: Any  # reader.core.library.importing.ImportReport
    first_new_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


ImportFn = Callable[..., Any]


def _default_import_fn() -> ImportFn:
    from reader.core.library.importing import import_paths

    return import_paths


def _max_id(library: Library) -> int:
    """Largest article id in the library, found with ``get`` probes (ids are rowids)."""
    if library.total() == 0:
        return 0
    hi = 1
    while library.get(hi) is not None:
        hi *= 2
    lo = hi // 2  # get(lo) exists (or lo == 0)
    # ids may have gaps only if rows were removed; the library never deletes articles.
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if library.get(mid) is not None:
            lo = mid
        else:
            hi = mid
    return lo


def _first_new_id(library: Library, report: Any, max_before: int) -> int | None:
    """The id of the first article this import added, if any."""
    for name in ("first_new_id", "first_id"):
        value = getattr(report, name, None)
        if isinstance(value, int):
            return value
    if not getattr(report, "added", 0):
        return None
    candidate = max_before + 1
    return candidate if library.get(candidate) is not None else None


class _ImportWorker(QObject):
    """Lives on the job's thread; runs one import from start to end."""

    progressed = Signal(object)  # ImportProgress
    batchLanded = Signal(int)  # articles added so far
    done = Signal(object)  # JobResult
    failed = Signal(str)

    def __init__(
        self,
        library_path: Path,
        paths: Sequence[Path],
        cancel_event: threading.Event,
        import_fn: ImportFn | None,
        format: str | None,
    ) -> None:
        super().__init__()
        self._library_path = library_path
        self._paths = list(paths)
        self._cancel = cancel_event
        self._import_fn = import_fn
        self._format = format
        self._last_added = 0
        self._last_batch_signal = 0.0

    def _on_progress(self, progress: Any) -> None:
        self.progressed.emit(progress)
        added = int(getattr(progress, "articles_added", 0))
        now = time.monotonic()
        if added > self._last_added and now - self._last_batch_signal >= BATCH_SIGNAL_INTERVAL_S:
            self._last_added = added
            self._last_batch_signal = now
            self.batchLanded.emit(added)

    @Slot()
    def run(self) -> None:
        from reader.core.library import Library  # heavy: keep window start-up light

        try:
            import_fn = self._import_fn or _default_import_fn()
            with Library.open(self._library_path) as library:
                max_before = _max_id(library)
                report = import_fn(
                    library,
                    self._paths,
                    format=self._format,
                    progress=self._on_progress,
                    cancelled=self._cancel.is_set,
                )
                first = _first_new_id(library, report, max_before)
        except Exception as exc:  # shown to the user; the library stays consistent
            log.exception("import failed")
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.done.emit(JobResult(report=report, first_new_id=first))
        finally:
            # End the thread from inside: a GUI thread blocked in wait() (quitting
            # during an import) could not deliver a quit() request.
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()


class ImportJob(QObject):
    """One import on its own thread; signals arrive on the GUI thread."""

    progressed = Signal(object)  # ImportProgress
    batchLanded = Signal(int)  # articles added so far (throttled)
    finished = Signal(object)  # JobResult
    failed = Signal(str)

    def __init__(
        self,
        library_path: Path,
        paths: Sequence[Path],
        *,
        format: str | None = None,
        import_fn: ImportFn | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("ImportJob")
        self._worker = _ImportWorker(Path(library_path), paths, self._cancel, import_fn, format)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.batchLanded.connect(self.batchLanded)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._running = False

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the pipeline to stop after the current batch (what landed stays)."""
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._running

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the thread ends (tests, and quitting during an import)."""
        return self._thread.wait(timeout_ms)

    def _stop_thread(self) -> None:
        self._running = False
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_done(self, result: JobResult) -> None:
        self._stop_thread()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.failed.emit(message)


# --- dialogs ----------------------------------------------------------------------------------

_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), t)
    for p, t in (
        (r"no such file or folder", QT_TRANSLATE_NOOP("ImportReasons", "no such file or folder")),
        (r"not a regular file", QT_TRANSLATE_NOOP("ImportReasons", "not a regular file")),
        (r"empty file", QT_TRANSLATE_NOOP("ImportReasons", "empty file")),
        (r"format not recognised", QT_TRANSLATE_NOOP("ImportReasons", "format not recognised")),
        (r"not a text file", QT_TRANSLATE_NOOP("ImportReasons", "not a text file")),
        (r"cannot be imported", QT_TRANSLATE_NOOP("ImportReasons", "cannot be imported")),
        (
            r"binary file, not text \(contains NUL bytes\)",
            QT_TRANSLATE_NOOP("ImportReasons", "binary file, not text (contains NUL bytes)"),
        ),
        (
            r"binary file, not text \((\d+) control characters\)",
            QT_TRANSLATE_NOOP("ImportReasons", "binary file, not text (%1 control characters)"),
        ),
        (r"cannot read(?: file)?: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot read: %1")),
        (r"cannot open: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot open: %1")),
        (r"cannot read folder: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot read folder: %1")),
        (r"cannot decode: (.*)", QT_TRANSLATE_NOOP("ImportReasons", "cannot decode: %1")),
        (
            r"invalid (\S+) text at byte (\d+)",
            QT_TRANSLATE_NOOP("ImportReasons", "invalid %1 text at byte %2"),
        ),
        (r"(\d+) more bad records", QT_TRANSLATE_NOOP("ImportReasons", "%1 more bad records")),
        (
            r"no title found: the page has no Persian text lines",
            QT_TRANSLATE_NOOP(
                "ImportReasons", "no title found: the page has no Persian text lines"
            ),
        ),
    )
]
_RECORD = re.compile(r"record (\d+): (.*)", re.DOTALL)


def reason_text(reason: str) -> str:
    """A skip reason from the core in the UI language (unknown reasons stay as they are).

    The core is Qt-free and reports reasons in English; the common ones are
    translated here, numbers get the UI's digits, and anything else (an
    importer's own message) is shown verbatim rather than lost.
    """
    record = _RECORD.fullmatch(reason)
    if record:
        template = QCoreApplication.translate("ImportReasons", "record %1: %2")
        return arg(template, _num(int(record.group(1))), reason_text(record.group(2)))
    for pattern, template in _REASONS:
        match = pattern.fullmatch(reason)
        if match:
            values = [_num(int(g)) if g.isdigit() else g for g in match.groups()]
            return arg(QCoreApplication.translate("ImportReasons", template), *values)
    return reason


def _num(n: int) -> str:
    return QLocale().toString(int(n))


def _file_name(path: object) -> str:
    text = str(path or "")
    return Path(text).name or text


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
        self._file = QLabel()
        self._file.setObjectName("importCurrentFile")
        self._file.setTextFormat(Qt.TextFormat.PlainText)
        self._file.setWordWrap(True)
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
            count += " · " + self.tr("%Ln duplicate(s) skipped", "", duplicates)
        self._count.setText(count)
        current = getattr(progress, "current_file", "") or ""
        if files_total:
            self._bar.setRange(0, files_total)
            self._bar.setValue(files_done)
            self._file.setText(
                arg(
                    self.tr("File %1 of %2: %3"),
                    _num(min(files_done + 1, files_total)),
                    _num(files_total),
                    _file_name(current),
                )
            )
        elif current:
            self._file.setText(_file_name(current))
        if self.is_cancelling():
            return
        rate = float(getattr(progress, "rate", 0.0) or 0.0)
        eta = getattr(progress, "eta", None)
        parts = []
        if rate > 0:
            parts.append(arg(self.tr("%1 articles/s"), _num(round(rate))))
        if eta is not None:
            parts.append(self.time_left(float(eta)))
        self._rate.setText(" · ".join(parts))

    def time_left(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("about %Ln second(s) left", "", max(1, round(seconds)))
        if seconds < 3600:
            return self.tr("about %Ln minute(s) left", "", round(seconds / 60))
        hours, rest = divmod(round(seconds / 60), 60)
        return arg(self.tr("about %1 h %2 min left"), _num(hours), _num(rest))


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
        self.setMinimumSize(560, 200)
        self.show_first_requested = False
        added = int(getattr(report, "added", 0))
        duplicates = int(getattr(report, "duplicates", 0))
        unchanged = int(getattr(report, "unchanged_files", 0))
        skipped: list[tuple[str, str]] = list(getattr(report, "skipped", []) or [])
        lines = []
        if getattr(report, "cancelled", False):
            lines.append(self.tr("The import was cancelled; the articles read so far were kept."))
        lines.append(self.tr("%Ln new article(s) added.", "", added))
        if duplicates:
            lines.append(self.tr("%Ln duplicate(s) were already in the library.", "", duplicates))
        if unchanged:
            lines.append(self.tr("%Ln unchanged file(s) were not read again.", "", unchanged))
        if skipped:
            lines.append(self.tr("%Ln file(s) or record(s) skipped:", "", len(skipped)))
        elapsed = getattr(report, "elapsed", None)
        if elapsed is not None:
            lines.append(arg(self.tr("Time: %1 s"), QLocale().toString(float(elapsed), "f", 1)))
        self.summary = QLabel("\n".join(lines))
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

        self.skipped_list = QTreeWidget()
        self.skipped_list.setObjectName("skippedFiles")
        self.skipped_list.setHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.skipped_list.setRootIsDecorated(False)
        self.skipped_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.skipped_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.skipped_list.header().setStretchLastSection(True)
        for path, reason in skipped:
            item = QTreeWidgetItem([_file_name(path), reason_text(str(reason))])
            item.setToolTip(0, str(path))
            item.setToolTip(1, str(reason))  # the original wording, for bug reports
            self.skipped_list.addTopLevelItem(item)
        self.skipped_list.resizeColumnToContents(0)
        self.skipped_list.setVisible(bool(skipped))
        layout.addWidget(self.skipped_list, 1)

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

    def skipped_rows(self) -> list[tuple[str, str]]:
        return [
            (
                self.skipped_list.topLevelItem(i).toolTip(0),
                self.skipped_list.topLevelItem(i).toolTip(1),
            )
            for i in range(self.skipped_list.topLevelItemCount())
        ]

    def _show_first(self) -> None:
        self.show_first_requested = True
        self.accept()


# --- controller used by the main window ---------------------------------------------------------


class ImportController(QObject):
    """File → Import…, drops and command-line paths all go through here.

    Signals for the main window: ``batchImported`` (re-query the list: it fills
    as batches land), ``importFinished(JobResult)``, ``showArticleRequested(id)``
    (select the first new article), ``runningChanged(bool)``.
    """

    batchImported = Signal()
    importFinished = Signal(object)
    importFailed = Signal(str)
    showArticleRequested = Signal(int)
    runningChanged = Signal(bool)

    def __init__(
        self,
        library_path: Path,
        parent_widget: QWidget | None = None,
        service: LibraryService | None = None,
        *,
        import_fn: ImportFn | None = None,
        interactive: bool = True,
    ) -> None:
        super().__init__(parent_widget)
        self._library_path = Path(library_path)
        self._widget = parent_widget
        self._service = service
        self._import_fn = import_fn
        self._interactive = interactive
        self.job: ImportJob | None = None
        self.progress_dialog: ImportProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.message_box: QMessageBox | None = None
        self._select_first = False
        self._last_dir = str(Path.home())
        app = QCoreApplication.instance()
        if app is not None:  # never let Python destroy a running QThread at exit
            app.aboutToQuit.connect(self.shutdown)

    def is_running(self) -> bool:
        return self.job is not None

    # -- entry points

    def import_files(self) -> None:
        """File → Import files…"""
        files, _ = QFileDialog.getOpenFileNames(
            self._widget,
            self.tr("Import files"),
            self._last_dir,
            self.tr("News files (*.txt *.json *.jsonl *.csv *.tsv *.xml *.gz);;All files (*)"),
        )
        if files:
            self._last_dir = str(Path(files[0]).parent)
            self.start([Path(f) for f in files])

    def import_folder(self) -> None:
        """File → Import folder…"""
        folder = QFileDialog.getExistingDirectory(
            self._widget, self.tr("Import folder"), self._last_dir
        )
        if folder:
            self._last_dir = folder
            self.start([Path(folder)])

    def handle_drop(self, mime: QMimeData | None) -> bool:
        """Import what was dropped on the window; True if anything was started."""
        paths = [p for p in paths_from(mime) if p.exists()]
        return bool(paths) and self.start(paths)

    def start(
        self, paths: Sequence[Path], *, select_first: bool = False, format: str | None = None
    ) -> bool:
        """Start importing ``paths``; False (with a message) if an import is running.

        ``select_first`` asks for the first new article to be shown without asking
        (command-line paths and the demo articles).
        """
        if self.job is not None:
            if self._interactive:
                self._notify(
                    QMessageBox.Icon.Information,
                    self.tr("Import in progress"),
                    self.tr("Please wait until the current import has finished."),
                )
            return False
        self._select_first = select_first
        job = ImportJob(
            self._library_path, list(paths), format=format, import_fn=self._import_fn, parent=self
        )
        self.job = job
        job.batchLanded.connect(self._on_batch)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        dialog = ImportProgressDialog(self._widget)
        dialog.cancelRequested.connect(job.cancel)
        job.progressed.connect(dialog.update_progress)
        self.progress_dialog = dialog
        if self._interactive:
            # Tiny imports finish before the dialog would be worth showing.
            QTimer.singleShot(300, self._show_progress_if_running)
        job.start()
        self.runningChanged.emit(True)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self, timeout_ms: int = 15000) -> bool:
        """Cancel a running import and wait for its thread (the app is quitting).

        What was committed stays; the next import of the same files resumes.
        Returns False if the thread did not stop in time.
        """
        job = self.job
        if job is None:
            return True
        job.cancel()
        stopped = job.wait(timeout_ms)
        if not stopped:
            log.warning("import thread did not stop within %d ms", timeout_ms)
        return stopped

    # -- job events

    def _show_progress_if_running(self) -> None:
        if self.job is not None and self.progress_dialog is not None:
            self.progress_dialog.show()

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _finish_job(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._close_progress()
        self.runningChanged.emit(False)
        if self._service is not None:
            self._service.notify_changed()

    @Slot(int)
    def _on_batch(self, _added: int) -> None:
        if self._service is not None:
            self._service.notify_changed()
        self.batchImported.emit()

    @Slot(object)
    def _on_finished(self, result: JobResult) -> None:
        self._finish_job()
        self.batchImported.emit()
        self.importFinished.emit(result)
        report = result.report
        quiet = self._select_first and not getattr(report, "skipped", None)
        if self._select_first and result.first_new_id is not None:
            self.showArticleRequested.emit(result.first_new_id)
        if not self._interactive or quiet:
            return
        dialog = ImportReportDialog(
            report, None if self._select_first else result.first_new_id, self._widget
        )
        self.report_dialog = dialog
        dialog.finished.connect(lambda _code: self._on_report_closed(dialog, result))
        dialog.open()

    def _on_report_closed(self, dialog: ImportReportDialog, result: JobResult) -> None:
        if dialog.show_first_requested and result.first_new_id is not None:
            self.showArticleRequested.emit(result.first_new_id)
        dialog.deleteLater()
        if self.report_dialog is dialog:
            self.report_dialog = None

    def _notify(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A window-modal message that does not block the event loop (imports keep running)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish_job()
        self.importFailed.emit(message)
        if self._interactive:
            self._notify(
                QMessageBox.Icon.Warning,
                self.tr("Import failed"),
                arg(self.tr("The import stopped with an error:\n%1"), message),
            )
