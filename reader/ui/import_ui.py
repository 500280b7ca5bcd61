"""Import from the window: file/folder dialogs, drag and drop, a background job.

The controller here is what the main window talks to; the job itself lives in
``import_job``, its dialogs in ``import_dialogs`` and the translated skip
reasons in ``import_reasons`` (all re-exported here). The pipeline itself
(format detection, parsing, dedup) is the core's ``import_paths``; these
modules only drive it and show what happened.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader.ui.i18n import arg
from reader.ui.import_dialogs import ImportProgressDialog, ImportReportDialog
from reader.ui.import_job import BATCH_SIGNAL_INTERVAL_S, ImportFn, ImportJob, JobResult
from reader.ui.import_reasons import reason_text

if TYPE_CHECKING:
    from reader.ui.db_worker import LibraryService

__all__ = [
    "BATCH_SIGNAL_INTERVAL_S",
    "ImportController",
    "ImportFn",
    "ImportJob",
    "ImportProgressDialog",
    "ImportReportDialog",
    "JobResult",
    "accepts",
    "paths_from",
    "reason_text",
]

log = logging.getLogger(__name__)

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
        self._quiet_end = False  # the window closed: no dialog, no article shown
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

    def window_closing(self) -> None:
        """The window closes: cancel a running import, and show nothing more for it.

        What landed stays (the next import of the same files resumes). The progress
        dialog stayed on screen after the window had gone, and the report of the
        cancelled import opened on its own once the job ended.
        """
        self._quiet_end = True
        self.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.hide()

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
        if self._quiet_end:
            return
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
        if self._quiet_end:
            return
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
        if self._interactive and not self._quiet_end:
            self._notify(
                QMessageBox.Icon.Warning,
                self.tr("Import failed"),
                arg(self.tr("The import stopped with an error:\n%1"), message),
            )
