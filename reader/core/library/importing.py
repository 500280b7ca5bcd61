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

This module is the driver: which files, in what order, read where. The state of
one import (its transaction and fingerprint rows, progress, writing one file's
records) is ``import_run.ImportRun``; what the caller gets back is in
``import_report`` (re-exported here).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from reader.core import importers
from reader.core.library import workers as wk
from reader.core.library.collect import collect_files
from reader.core.library.import_report import ImportProgress, ImportReport
from reader.core.library.import_run import FileToImport, ImportRun
from reader.core.library.store import Library

__all__ = [
    "IMPORT_MMAP_SIZE",
    "PROGRESS_INTERVAL",
    "ImportProgress",
    "ImportReport",
    "import_paths",
]

PROGRESS_INTERVAL = 0.2
"""Least time between two progress reports; a commit reports regardless (``ImportRun.tick``)."""
IMPORT_MMAP_SIZE = 0
"""``PRAGMA mmap_size`` while importing. Every page an import reads through the
memory map (index pages for duplicate checks, FTS segments being merged) stays
in the process's RSS as a file-backed page: a 300k-article import grew to the
full 256 MB map on top of its own memory. Without the map those reads go through
SQLite's page cache, which ``cache_size`` bounds (64 MB)."""


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
    run = ImportRun(library, progress, cancelled, batch_size, PROGRESS_INTERVAL)
    mmap_size = int(run.conn.execute("PRAGMA mmap_size").fetchone()[0])
    run.conn.execute(f"PRAGMA mmap_size = {IMPORT_MMAP_SIZE}")
    try:
        return _import(run, paths, format, mapping, workers)
    finally:
        with suppress(sqlite3.Error):
            run.conn.execute(f"PRAGMA mmap_size = {mmap_size}")


def _import(
    run: ImportRun,
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
    queue: deque[tuple[list[tuple[FileToImport, int]], wk.Pending]] = deque()
    chunk: list[tuple[FileToImport, int]] = []

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
