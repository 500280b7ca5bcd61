"""The state of one import while it runs: its transaction, its progress, its report.

``import_paths`` decides which file is read where (in this process or a worker)
and in what order; this holds what that loop needs between files: the open
transaction and the fingerprint rows committed with it, the counts and time
estimate that progress reports, and the writing of one file's records (resume
point, bad records, notes) into the library and the report.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core import importers
from reader.core.importers.base import ImportError_
from reader.core.library import workers as wk
from reader.core.library.encode import insert_encoded
from reader.core.library.import_report import ImportProgress, ImportReport
from reader.core.library.store import Library

log = logging.getLogger(__name__)

ETA_MIN_SPAN = 0.5
"""Seconds of work after the first finished file before the time left is measured from
it; until then it is only estimated once 1% of the bytes are done. Measured from the
start, a first file of 200 bytes (a stray image sorted first) before 20 MB of pages made
"about 12 h left" of a 3-second import."""
MAX_PROBLEMS_PER_FILE = 20
MAX_NOTES = 1000
"""Notes kept per import: enough to show what happened, bounded for a huge corpus."""


@dataclass(slots=True)
class FileToImport:
    """A file that needs (re)reading, with what is known about it."""

    path: Path
    key: str
    st: os.stat_result
    importer: str | None
    """None until detected (detection may run in a worker)."""
    start: int
    changed: bool = False
    """Read completely before, and changed since (edited, or a newer scrape)."""


class ImportRun:
    """State of one ``import_paths`` call."""

    def __init__(
        self,
        library: Library,
        progress: Callable[[ImportProgress], None] | None,
        cancelled: Callable[[], bool] | None,
        batch_size: int,
        progress_interval: float,
    ) -> None:
        self.library = library
        self.conn = library.connection
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)
        self.batch_size = max(1, batch_size)
        self.progress_interval = progress_interval
        self.report = ImportReport()
        self.started = time.monotonic()
        self.last_progress = 0.0
        self.pending = 0
        self.in_tx = False
        self.files_done = 0
        self.files_total = 0
        self.bytes_total = 0
        self.bytes_done = 0
        self.current = ""
        self.eta_from: tuple[float, int] | None = None
        """(time, bytes done) when the first file was done: the time left is measured
        from there, leaving out start-up (worker processes, the folder walk)."""
        self.now = int(time.time())
        self.file_rows: list[tuple[object, ...]] = []
        self.known: dict[str, tuple[int, int, int, int]] | None = None

    # transactions and progress ----------------------------------------------------
    def begin(self) -> None:
        if not self.in_tx:
            self.conn.execute("BEGIN IMMEDIATE")
            self.in_tx = True

    def commit(self) -> None:
        self.flush_files()
        if self.in_tx:
            self.conn.execute("COMMIT")
            self.in_tx = False
            self.library._changed()
        self.pending = 0
        self.tick(force=True)

    def rollback(self) -> None:
        self.file_rows.clear()
        if self.in_tx:
            self.conn.execute("ROLLBACK")
            self.in_tx = False
            self.library._changed()

    def tick(self, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if not force and now - self.last_progress < self.progress_interval:
            return
        self.last_progress = now
        elapsed = now - self.started
        done = self.report.added + self.report.duplicates
        eta = None
        left = self.bytes_total - self.bytes_done
        if self.bytes_done and self.files_total > 1 and elapsed > 0.5:
            since, bytes_then = self.eta_from or (self.started, 0)
            if now - since >= ETA_MIN_SPAN and self.bytes_done > bytes_then:
                eta = (now - since) * left / (self.bytes_done - bytes_then)
            elif self.bytes_done * 100 >= self.bytes_total:
                eta = elapsed * left / self.bytes_done
        self.progress(
            ImportProgress(
                files_done=self.files_done,
                files_total=self.files_total,
                articles_added=self.report.added,
                duplicates=self.report.duplicates,
                current_file=self.current,
                rate=done / elapsed if elapsed > 0 else 0.0,
                elapsed=elapsed,
                eta=eta,
            )
        )

    def file_finished(self, size: int) -> None:
        # Progress first, while ``current`` is still the file in progress: the window says
        # "file k+1 of n: <current>" from ``files_done`` = k.
        self.tick()
        self.files_done += 1
        self.bytes_done += size
        if self.eta_from is None:
            self.eta_from = (time.monotonic(), self.bytes_done)
        self.report.files += 1

    # files ------------------------------------------------------------------------
    def save_file(self, f: FileToImport, done: int, complete: bool) -> None:
        """Record a file's progress; written with the batch it belongs to (same commit)."""
        self.begin()
        row = (f.key, f.st.st_size, f.st.st_mtime_ns, f.importer or "", done, int(complete))
        self.file_rows.append((*row, self.now))

    def flush_files(self) -> None:
        if not self.file_rows:
            return
        self.begin()
        self.conn.executemany(
            "INSERT INTO files (path, size, mtime_ns, format, records_done, complete, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size,"
            " mtime_ns = excluded.mtime_ns, format = excluded.format,"
            " records_done = excluded.records_done, complete = excluded.complete,"
            " imported_at = excluded.imported_at",
            self.file_rows,
        )
        self.file_rows.clear()

    def known_state(self, key: str) -> tuple[int, int, int, int] | None:
        """Fingerprint row of a file; all rows are read once (one query, not one per file)."""
        if self.known is None:
            self.known = {
                r[0]: (r[1], r[2], r[3], r[4])
                for r in self.conn.execute(
                    "SELECT path, size, mtime_ns, records_done, complete FROM files"
                )
            }
        return self.known.get(key)

    def prepare(
        self, path: Path, fmt: str | None, st: os.stat_result | None = None
    ) -> FileToImport | None:
        """Fingerprint check; None when the file is unchanged or unreadable.

        ``current`` (the file progress names) is left alone for a file to be read: with
        worker processes the files are prepared far ahead of the one being written, and
        progress said "file 2 of 3,001: page-00158.txt".
        """
        try:
            st = st or path.stat()  # the walk's stat, when it had one (one per file)
            key = os.path.abspath(path)  # not resolve(): one lstat per path component
        except OSError as exc:
            self.current = str(path)
            self.report.skipped.append((str(path), f"cannot read: {exc.strerror or exc}"))
            return None
        state = self.known_state(key)
        start = 0
        if state is not None and state[0] == st.st_size and state[1] == st.st_mtime_ns:
            if state[3]:
                self.current = str(path)
                self.report.unchanged_files += 1
                return None
            start = state[2]  # resume a half-imported file
            log.info("resuming %s at record %d", path, start)
        changed = state is not None and bool(state[3]) and start == 0
        return FileToImport(path, key, st, fmt, start, changed)

    def detect(self, f: FileToImport) -> bool:
        """Find the file's importer in this process; False (and a skip reason) if none."""
        self.current = str(f.path)
        if f.importer:
            return True
        try:
            head = importers.read_head(f.path)
        except OSError as exc:
            self.report.skipped.append((str(f.path), f"cannot read: {exc.strerror or exc}"))
            return False
        importer = importers.detect(f.path, head)
        if importer is None:
            self.report.skipped.append((str(f.path), wk.unreadable_reason(head)))
            return False
        f.importer = importer.name
        return True

    def apply(self, f: FileToImport, items: Iterable[wk.Item], error: str | None = None) -> bool:
        """Write one file's records; False when the user cancelled inside it.

        ``error``: why a worker stopped reading the file (after the records in ``items``).
        A file refused before its first record is not recorded as imported, so the next
        run reads it again (with the right ``--format``, or once it is fixed); a file that
        stopped part-way keeps what it gave.
        """
        self.current = str(f.path)
        origin = str(f.path)
        index = f.start
        problems = 0
        stopped = error is not None
        added_before, duplicates_before = self.report.added, self.report.duplicates
        try:
            for item in items:
                if item[0] == "n":  # a note on the record that follows: no record itself
                    if len(self.report.notes) < MAX_NOTES:
                        self.report.notes.append((origin, f"record {item[1] + 1}: {item[2]}"))
                    continue
                index += 1
                if item[0] == "p":
                    problems += 1
                    if problems <= MAX_PROBLEMS_PER_FILE:
                        self.report.skipped.append((origin, f"record {item[1] + 1}: {item[2]}"))
                    continue
                self.begin()
                new_id = insert_encoded(self.conn, item[1])
                if new_id is None:
                    self.report.duplicates += 1
                else:
                    self.report.added += 1
                    if self.report.first_new_id is None:
                        self.report.first_new_id = new_id
                self.pending += 1
                if self.pending >= self.batch_size:
                    self.save_file(f, index, complete=False)
                    self.commit()
                elif index & 63 == 0:
                    self.tick()
                if index & 15 == 0 and self.cancelled():
                    self.save_file(f, index, complete=False)
                    self.report.cancelled = True
                    return False
        except ImportError_ as exc:
            stopped = True
            self.report.skipped.append((origin, str(exc) or "cannot be imported"))
        except sqlite3.Error:
            raise  # the library itself is in trouble: stop, keep committed batches
        except Exception as exc:  # an importer bug must not stop the other files
            stopped = True
            log.exception("importer %s failed on %s", f.importer, f.path)
            self.report.skipped.append((origin, f"{type(exc).__name__}: {exc}"))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()
        if problems > MAX_PROBLEMS_PER_FILE:
            more = problems - MAX_PROBLEMS_PER_FILE
            self.report.skipped.append((origin, f"{more} more bad records"))
        if error is not None:
            self.report.skipped.append((origin, error))
        if stopped and index == f.start:
            return True  # refused before its first record: not imported, read it again
        self.save_file(f, index, complete=True)
        nothing_new = self.report.added == added_before
        if f.changed and nothing_new and self.report.duplicates > duplicates_before:
            self.report.changed_files_kept += 1
        return True

    def apply_result(self, f: FileToImport, result: wk.FileResult) -> None:
        self.current = str(f.path)
        if result.unreadable is not None:
            self.report.skipped.append((str(f.path), result.unreadable))
            return
        f.importer = result.importer
        self.apply(f, result.items, result.error or None)
