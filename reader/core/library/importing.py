"""The import pipeline: files and folders -> articles in the library.

Why it looks like this:
- Every file gets a fingerprint row (path, size, mtime_ns, records_done, complete)
  committed in the *same* transaction as its articles, so a killed import leaves
  a consistent library and the next run skips finished files without parsing
  them and resumes a half-done multi-record file at ``records_done``.
- Articles are written in batches (``batch_size``) to amortise commits; progress
  is reported after each commit and at least every 0.2 s.
- Parsing and search-key folding cost more than the SQL, so for many files they
  run in worker processes (``reader.core.library.workers``) while this process
  only writes; results are applied strictly in file order, so ids and resume
  points are the same as in a single-process run. Big files stream in-process
  (memory stays flat whatever the corpus size).
- A bad file is skipped with a reason; one bad record inside a corpus file is
  reported and the rest of the file still imports. Nothing here raises for bad
  input: the report says what happened. A file refused before its first record
  gets no fingerprint row, so the next run (right ``--format``, file fixed) reads
  it again; a record imported with something left out is a note
  (``ImportReport.notes``), not a skip.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from reader.core import importers
from reader.core.importers.base import ImportError_
from reader.core.library import workers as wk
from reader.core.library.collect import collect_files
from reader.core.library.encode import insert_encoded
from reader.core.library.store import Library

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.2
ETA_MIN_SPAN = 0.5
"""Seconds of work after the first finished file before the time left is measured from
it; until then it is only estimated once 1% of the bytes are done. Measured from the
start, a first file of 200 bytes (a stray image sorted first) before 20 MB of pages made
"about 12 h left" of a 3-second import."""
MAX_PROBLEMS_PER_FILE = 20
MAX_NOTES = 1000
"""Notes kept per import: enough to show what happened, bounded for a huge corpus."""
IMPORT_MMAP_SIZE = 0
"""``PRAGMA mmap_size`` while importing. Every page an import reads through the
memory map (index pages for duplicate checks, FTS segments being merged) stays
in the process's RSS as a file-backed page: a 300k-article import grew to the
full 256 MB map on top of its own memory. Without the map those reads go through
SQLite's page cache, which ``cache_size`` bounds (64 MB)."""


@dataclass(frozen=True, slots=True)
class ImportProgress:
    files_done: int
    files_total: int
    articles_added: int
    duplicates: int
    current_file: str
    rate: float
    """Articles (added + duplicates) per second so far."""
    elapsed: float
    eta: float | None
    """Seconds left (from bytes of the files still to do), None when unknown."""


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    duplicates: int = 0
    unchanged_files: int = 0
    changed_files_kept: int = 0
    """Changed files read again whose every article was in the library already: the
    first import's text is kept (articles are matched by identity, not replaced)."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    """(file, what) for records that were imported with something left out or guessed
    (a field of the wrong type, a page without a title line): not skipped, but said."""
    cancelled: bool = False
    elapsed: float = 0.0
    files: int = 0
    """Files looked at (imported, unchanged or skipped)."""
    first_new_id: int | None = None
    """Id of the first article this import added (the GUI selects it)."""


@dataclass(slots=True)
class _File:
    """A file that needs (re)reading, with what is known about it."""

    path: Path
    key: str
    st: os.stat_result
    importer: str | None
    """None until detected (detection may run in a worker)."""
    start: int
    changed: bool = False
    """Read completely before, and changed since (edited, or a newer scrape)."""


class _Run:
    """State of one ``import_paths`` call."""

    def __init__(
        self,
        library: Library,
        progress: Callable[[ImportProgress], None] | None,
        cancelled: Callable[[], bool] | None,
        batch_size: int,
    ) -> None:
        self.library = library
        self.conn = library.connection
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)
        self.batch_size = max(1, batch_size)
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
        if not force and now - self.last_progress < PROGRESS_INTERVAL:
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
    def save_file(self, f: _File, done: int, complete: bool) -> None:
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
    ) -> _File | None:
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
        return _File(path, key, st, fmt, start, changed)

    def detect(self, f: _File) -> bool:
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

    def apply(self, f: _File, items: Iterable[wk.Item], error: str | None = None) -> bool:
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

    def apply_result(self, f: _File, result: wk.FileResult) -> None:
        self.current = str(f.path)
        if result.unreadable is not None:
            self.report.skipped.append((str(f.path), result.unreadable))
            return
        f.importer = result.importer
        self.apply(f, result.items, result.error or None)


def import_paths(
    library: Library,
    paths: Sequence[Path],
    *,
    format: str | None = None,
    mapping: dict[str, str] | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = 2000,
    workers: int | None = None,
) -> ImportReport:
    """Import files and folders (recursively) into ``library``; see the module docstring.

    ``format`` forces one importer (``KeyError`` if unknown, raised before any work);
    ``mapping`` is handed to importers that map columns (generic JSONL/CSV);
    ``workers`` is the number of parsing processes (None: automatic, 0: none).
    """
    if format:
        importers.get(format)  # fail fast on an unknown format name
    run = _Run(library, progress, cancelled, batch_size)
    mmap_size = int(run.conn.execute("PRAGMA mmap_size").fetchone()[0])
    run.conn.execute(f"PRAGMA mmap_size = {IMPORT_MMAP_SIZE}")
    try:
        return _import(run, paths, format, mapping, workers)
    finally:
        with suppress(sqlite3.Error):
            run.conn.execute(f"PRAGMA mmap_size = {mmap_size}")


def _import(
    run: _Run,
    paths: Sequence[Path],
    format: str | None,
    mapping: dict[str, str] | None,
    workers: int | None,
) -> ImportReport:
    library = run.library
    own = {os.path.abspath(str(library.path) + s) for s in ("", "-wal", "-shm", "-journal")}
    files = [f for f in collect_files(paths, run.report.skipped) if os.path.abspath(f) not in own]
    stats: list[os.stat_result | None] = []
    for path in files:
        try:
            stats.append(path.stat())
        except OSError:
            stats.append(None)
    sizes = [st.st_size if st is not None else 0 for st in stats]
    run.files_total = len(files)
    run.bytes_total = sum(sizes)
    pool = wk.WorkerPool.create(workers, len(files))
    queue: deque[tuple[list[tuple[_File, int]], wk.Pending]] = deque()
    chunk: list[tuple[_File, int]] = []

    def submit() -> None:
        if chunk:
            jobs = [
                wk.FileJob(str(f.path), f.importer, mapping, f.start, run.now) for f, _ in chunk
            ]
            assert pool is not None  # only files the pool takes are chunked
            queue.append((list(chunk), pool.submit(jobs)))
            chunk.clear()

    def drain(keep: int) -> None:
        while len(queue) > keep and not run.report.cancelled:
            metas, pending = queue.popleft()
            for (f, size), result in zip(metas, pending.get(), strict=True):
                run.apply_result(f, result)
                run.file_finished(size)
                if run.cancelled():
                    run.report.cancelled = True
                    break

    try:
        for path, size, st in zip(files, sizes, stats, strict=True):
            if run.cancelled():
                run.report.cancelled = True
                break
            f = run.prepare(path, format, st)
            if f is None:
                run.file_finished(size)
                continue
            if pool is not None and pool.takes(f.importer, size):
                chunk.append((f, size))
                if len(chunk) >= wk.CHUNK_FILES or sum(n for _, n in chunk) >= wk.CHUNK_BYTES:
                    submit()
                    drain(pool.max_in_flight)
                continue
            submit()
            drain(0)  # keep file order: earlier files are written first
            if run.report.cancelled:
                break
            if not run.detect(f):
                run.file_finished(size)
                continue
            assert f.importer is not None
            ok = run.apply(f, wk.records(f.importer, f.path, mapping, f.start, run.now))
            if not ok:
                break
            run.file_finished(size)
        if not run.report.cancelled:
            submit()
            drain(0)
        run.commit()
    except BaseException:
        # KeyboardInterrupt or a database error: keep every committed batch, drop the rest
        run.rollback()
        if pool is not None:
            pool.terminate()
            pool = None
        raise
    finally:
        if pool is not None:
            if run.report.cancelled:
                pool.terminate()
            else:
                pool.close()
    run.report.elapsed = time.monotonic() - run.started
    return run.report
