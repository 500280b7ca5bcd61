"""The background import: one ``import_paths`` run on its own QThread.

An import can take minutes (Hamshahri is 320k articles), so it runs on its own
QThread with its own ``Library`` connection (SQLite WAL lets the window keep
reading meanwhile). The job reports progress through queued signals, announces
landed batches so the list fills while it runs, and can be cancelled between
batches.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

BATCH_SIGNAL_INTERVAL_S = 0.5
"""Minimum time between "batch landed" signals: each one re-queries the list."""


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
                report = import_fn(
                    library,
                    self._paths,
                    format=self._format,
                    progress=self._on_progress,
                    cancelled=self._cancel.is_set,
                )
                first = report.first_new_id
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
