"""LibraryService: every slow library call runs on one worker thread.

A ``Library`` wraps one sqlite3 connection, which must stay on the thread that
opened it, so the service owns one ``QThread`` that opens its own ``Library`` on
the library path and runs submitted jobs there in order. Results come back to
the GUI thread through a queued signal, so callbacks may touch widgets.

Tagged jobs replace each other: when the user types fast, only the newest
"facets" or "count" query is worth running, and only its result is delivered.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from reader.core.library import Library

log = logging.getLogger(__name__)

Job = Callable[["Library"], Any]


@dataclass(slots=True)
class _Pending:
    job_id: int
    fn: Job
    tag: str | None
    writes: bool


def tune_for_gui(library: Library, cache_mb: int = 16) -> None:
    """Keep a GUI process's memory small: no mmap, a modest page cache.

    Memory-mapped pages count in the process's resident size, and with a
    multi-gigabyte library the default 256 MB map alone would break the
    200 MB budget; the OS page cache serves re-reads just as well.
    """
    try:
        library.connection.execute("PRAGMA mmap_size = 0")
        library.connection.execute(f"PRAGMA cache_size = {-1024 * cache_mb}")
    except Exception:  # tuning only: never fatal
        log.debug("could not tune the library connection", exc_info=True)


class _WorkerThread(QThread):
    """Runs jobs one after another against its own ``Library``."""

    jobFinished = Signal(int, object, object)  # job id, result, exception or None

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = library_path
        self._cond = threading.Condition()
        self._queue: deque[_Pending] = deque()
        self._stopping = False

    def enqueue(self, job: _Pending) -> None:
        with self._cond:
            self._queue.append(job)
            self._cond.notify()

    def drop_tagged(self, tag: str) -> list[int]:
        """Remove queued (not yet running) jobs with ``tag``; returns their ids."""
        with self._cond:
            dropped = [j.job_id for j in self._queue if j.tag == tag]
            if dropped:
                self._queue = deque(j for j in self._queue if j.tag != tag)
            return dropped

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._queue.clear()
            self._cond.notify()

    def run(self) -> None:
        from reader.core.library import Library  # imported here: keep start-up light

        library: Library | None = None
        open_error: Exception | None = None
        try:
            library = Library.open(self._path)
            tune_for_gui(library)
        except Exception as exc:  # reported to every job instead of dying silently
            log.exception("cannot open library %s", self._path)
            open_error = exc
        try:
            while True:
                with self._cond:
                    while not self._queue and not self._stopping:
                        self._cond.wait()
                    if self._stopping:
                        return
                    job = self._queue.popleft()
                if library is None:
                    self.jobFinished.emit(job.job_id, None, open_error)
                    continue
                try:
                    result = job.fn(library)
                except Exception as exc:
                    log.debug("job %d failed", job.job_id, exc_info=True)
                    self.jobFinished.emit(job.job_id, None, exc)
                else:
                    self.jobFinished.emit(job.job_id, result, None)
        finally:
            if library is not None:
                library.close()


@dataclass(slots=True)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    tag: str | None
    writes: bool


class LibraryService(QObject):
    """Runs ``fn(library)`` off the GUI thread and hands results back to it."""

    libraryChanged = Signal()
    busyChanged = Signal(bool)

    def __init__(self, library_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(library_path)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, _Callbacks] = {}
        self._latest_by_tag: dict[str, int] = {}
        self._thread = _WorkerThread(self._path)
        self._thread.setObjectName("LibraryServiceWorker")
        self._thread.jobFinished.connect(self._on_job_finished)
        self._thread.start()

    @property
    def library_path(self) -> Path:
        return self._path

    def submit(
        self,
        fn: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        tag: str | None = None,
        writes: bool = False,
    ) -> int:
        """Queue ``fn(library)``; callbacks run on the GUI thread.

        With ``tag``, a queued job with the same tag is dropped and an earlier
        running one's result is discarded. With ``writes=True``,
        ``libraryChanged`` is emitted once the job succeeded.
        """
        job_id = next(self._ids)
        if tag is not None:
            self.cancel_pending(tag)
            self._latest_by_tag[tag] = job_id
        was_idle = not self._callbacks
        self._callbacks[job_id] = _Callbacks(on_done, on_error, tag, writes)
        self._thread.enqueue(_Pending(job_id, fn, tag, writes))
        if was_idle:
            self.busyChanged.emit(True)
        return job_id

    def cancel_pending(self, tag: str) -> None:
        """Forget queued jobs with ``tag`` and ignore the result of a running one."""
        was_busy = bool(self._callbacks)
        for job_id in self._thread.drop_tagged(tag):
            self._callbacks.pop(job_id, None)
        self._latest_by_tag.pop(tag, None)
        if was_busy and not self._callbacks:
            self.busyChanged.emit(False)

    def is_busy(self) -> bool:
        return bool(self._callbacks)

    def notify_changed(self) -> None:
        """Announce that the library changed (e.g. an import on another thread)."""
        self.libraryChanged.emit()

    def close(self, timeout_ms: int = 5000) -> None:
        """Stop the worker; queued jobs are dropped, a running one is awaited."""
        if self._thread.isRunning():
            self._thread.stop()
            if not self._thread.wait(timeout_ms):
                log.warning("library worker did not stop within %d ms", timeout_ms)
        self._callbacks.clear()

    @Slot(int, object, object)
    def _on_job_finished(self, job_id: int, result: object, error: object) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if not self._callbacks:
            self.busyChanged.emit(False)
        if callbacks is None:
            return
        if callbacks.tag is not None:
            if self._latest_by_tag.get(callbacks.tag) != job_id:
                return  # superseded by a newer job with the same tag
            del self._latest_by_tag[callbacks.tag]
        if isinstance(error, Exception):
            if callbacks.on_error is not None:
                callbacks.on_error(error)
            else:
                log.error("library job failed: %s", error, exc_info=error)
            return
        if callbacks.writes:
            self.libraryChanged.emit()
        if callbacks.on_done is not None:
            callbacks.on_done(result)
