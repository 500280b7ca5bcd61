"""Parsing processes for the import pipeline.

Parsing a page and folding its search keys take about twice as long as writing
it to SQLite, so with many files the work is split: worker processes turn files
into encoded rows (``encode_article``), the importing process only writes.
Workers are started with ``spawn`` (safe from a GUI thread), only when there are
enough files to pay for their start-up, never in a frozen app, and only for
built-in formats (importers registered at run time live in this process only).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reader.core import importers
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.library.encode import Encoded, encode_article

log = logging.getLogger(__name__)

MIN_POOL_FILES = 400
"""Fewer files than this are parsed in-process (worker start-up costs ~1 s)."""
MAX_POOL_FILE_SIZE = 4 << 20
"""Bigger files stream in-process so memory stays flat."""
CHUNK_FILES = 32
CHUNK_BYTES = 2 << 20
"""A chunk (one task) is at most this many files or bytes of input; with at most
2 chunks per worker in flight, parsed-but-unwritten data stays in the tens of MB."""

Item = tuple[Literal["a"], Encoded] | tuple[Literal["p", "n"], int, str]
"""("a", Encoded) for an article, ("p", index, reason) for a bad record, ("n", index,
reason) for a note on a record that is imported too (it is no record of its own)."""


@dataclass(frozen=True, slots=True)
class FileJob:
    path: str
    importer: str | None
    """Format name, or None to detect it here (sniffing costs as much as parsing)."""
    mapping: dict[str, str] | None
    start: int
    now: int


@dataclass(slots=True)
class FileResult:
    items: list[Item] = field(default_factory=list)
    error: str | None = None
    """Why the file stopped being read (records before it are in ``items``)."""
    importer: str = ""
    unreadable: str | None = None
    """Set when no importer took the file: the reason it was skipped."""


def unreadable_reason(head: bytes) -> str:
    """Why no importer took a file: binary, undecodable, empty or unknown layout."""
    if not head:
        return "empty file"
    try:
        from reader.core.text_decoding import decode_bytes

        decode_bytes(head, partial=True)
    except ImportError_ as exc:
        return str(exc) or "not a text file"
    except Exception as exc:  # the decoder itself failed: still just a reason
        return f"cannot decode: {exc}"
    return "format not recognised"


def records(
    importer_name: str, path: Path, mapping: dict[str, str] | None, start: int, now: int
) -> Iterator[Item]:
    """A file's records as encoded items, in file order from ``start``."""
    importer = importers.get(importer_name)
    origin = str(path)
    for item in importer.read(path, mapping=mapping, start=start):
        if isinstance(item, RecordProblem):
            yield ("n" if item.kept else "p", item.index, item.reason)
            continue
        if not item.origin_path:
            item.origin_path = origin
        if not item.format:
            item.format = importer.name
        encoded: Encoded = encode_article(item, now)
        yield ("a", encoded)


def _work(jobs: list[FileJob]) -> list[FileResult]:
    results = []
    for job in jobs:
        result = FileResult()
        results.append(result)
        path = Path(job.path)
        try:
            name = job.importer
            if name is None:
                head = importers.read_head(path)
                importer = importers.detect(path, head)
                if importer is None:
                    result.unreadable = unreadable_reason(head)
                    continue
                name = importer.name
            result.importer = name
            result.items.extend(records(name, path, job.mapping, job.start, job.now))
        except OSError as exc:
            result.error = f"cannot read: {exc.strerror or exc}"
        except ImportError_ as exc:
            result.error = str(exc) or "cannot be imported"
        except Exception as exc:  # reported as the file's skip reason
            result.error = f"{type(exc).__name__}: {exc}"
    return results


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is handled by the importing process


class Pending:
    """Results of one submitted chunk; parsed in-process if the workers broke down."""

    def __init__(self, future: Future[list[FileResult]] | None, jobs: list[FileJob]) -> None:
        self._future = future
        self._jobs = jobs

    def get(self) -> list[FileResult]:
        if self._future is not None:
            try:
                return self._future.result()
            except BrokenProcessPool as exc:
                log.warning("import workers failed (%s); parsing in-process", exc)
        return _work(self._jobs)


class WorkerPool:
    """A small process pool for parsing files (falls back to in-process parsing)."""

    def __init__(self, processes: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            processes, mp_context=ctx, initializer=_init_worker
        )
        self.processes = processes
        self.max_in_flight = 2 * processes
        self._builtin = set(importers.builtin_names())

    @classmethod
    def create(cls, workers: int | None, n_files: int) -> WorkerPool | None:
        """A pool when it pays off (``workers`` None = automatic, 0 = never)."""
        if workers == 0 or getattr(sys, "frozen", False):
            return None
        if workers is None:
            if n_files < MIN_POOL_FILES:
                return None
            workers = min(4, os.cpu_count() or 1)
        try:
            return cls(max(1, workers))
        except (OSError, ValueError) as exc:
            log.warning("cannot start import workers, parsing in-process: %s", exc)
            return None

    def takes(self, importer_name: str | None, size: int) -> bool:
        """Whether a file can go to the workers (None: format to be detected there)."""
        if size > MAX_POOL_FILE_SIZE:
            return False
        if importer_name is None:
            # detection in a worker only knows the built-in formats
            return set(importers.names()) <= self._builtin
        return importer_name in self._builtin

    def submit(self, jobs: list[FileJob]) -> Pending:
        if self._pool is not None:
            try:
                return Pending(self._pool.submit(_work, jobs), jobs)
            except (BrokenProcessPool, RuntimeError) as exc:
                log.warning("import workers unavailable (%s); parsing in-process", exc)
                self._pool = None
        return Pending(None, jobs)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def terminate(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
