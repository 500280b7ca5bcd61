"""The ``Library``: one SQLite connection over one library file.

Opening (create, WAL, migrate) and closing live here; the rest of the API comes
from its parts: ``planning`` (connection state, count cache, query plans),
``reads`` (pages, positions, full articles), ``facets`` (facet counts,
histograms, stats) and ``writes`` (marks, adding articles).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Self

from reader.core.library.facets import LibraryFacets
from reader.core.library.reads import LibraryReads
from reader.core.library.schema import SCHEMA_VERSION, SchemaError, migrate, schema_version
from reader.core.library.spellings import LibrarySpellings
from reader.core.library.writes import LibraryWrites

log = logging.getLogger(__name__)

__all__ = ["DamagedLibraryError", "Library", "LibraryError", "needs_migration", "set_aside"]


class LibraryError(Exception):
    """The library file cannot be opened or used; the message is for the user."""


class DamagedLibraryError(LibraryError):
    """The library file itself is bad (junk, a broken page): only a backup or a new
    library helps, so the window offers to set it aside (``set_aside``)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def set_aside(path: str | Path, now: datetime | None = None) -> Path:
    """Rename a damaged library (and its WAL files) out of the way; the new name.

    Nothing is deleted: ``library.sqlite3`` becomes
    ``library.sqlite3.damaged-20261129-201205`` beside it (``-2`` and on when that name
    is taken), for a backup tool or a repair attempt, and a new library can be made.
    """
    path = Path(path).expanduser()
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
    except OSError as exc:
        raise LibraryError(f"cannot move the library {path} aside: {exc}") from exc
    log.warning("damaged library %s moved to %s", path, target)
    return target


def needs_migration(path: str | Path) -> bool:
    """True when ``Library.open(path)`` will upgrade the file's schema first.

    An upgrade rewrites tables and can take a minute on a million articles, so the
    GUI checks this (cheap: it reads the file header only) and shows "Upgrading
    library..." before opening. False for a missing, new or unreadable file (open
    creates it, or reports the error).
    """
    path = Path(path).expanduser()
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error:
        return False
    try:
        return 0 < schema_version(conn) < SCHEMA_VERSION
    except sqlite3.Error:
        return False
    finally:
        conn.close()


class Library(LibraryReads, LibraryFacets, LibraryWrites, LibrarySpellings):
    """An article library stored in one SQLite file (WAL, FTS5)."""

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        on_migrate: Callable[[int, int], None] | None = None,
        read_only: bool = False,
    ) -> Self:
        """Open (and create or migrate) the library at ``path``; ``LibraryError`` if impossible.

        ``on_migrate(found_version, new_version)`` is called just before an existing
        library's schema is upgraded (which may take a while), e.g. to show a message.
        ``read_only``: open an existing library without writing anything, for a library on
        read-only media or a share (see ``_open_read_only``).
        """
        path = Path(path).expanduser()
        if read_only:
            return cls(path, _open_read_only(path))
        if not path.exists():
            if not create:
                raise LibraryError(f"no library at {path}")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create folder for library {path}: {exc}") from exc
        elif path.is_dir():
            raise LibraryError(f"library path {path} is a folder, not a file")
        _require_writable(path)
        try:
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=30.0
            )
        except sqlite3.Error as exc:
            raise LibraryError(f"cannot open library {path}: {exc}") from exc
        try:
            # Before anything writes to the file (the WAL switch rewrites its header, a
            # migration adds tables): a file that is not ours, or is newer, stays as it was.
            _check_ours(path, conn)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA mmap_size = 268435456")
            conn.execute("PRAGMA cache_size = -65536")
            found = schema_version(conn)
            if 0 < found < SCHEMA_VERSION:
                log.info("upgrading library %s from schema %d to %d", path, found, SCHEMA_VERSION)
                if on_migrate is not None:
                    on_migrate(found, SCHEMA_VERSION)
            migrate(conn)
        except (sqlite3.Error, SchemaError) as exc:
            conn.close()
            if _is_damage(exc):
                raise DamagedLibraryError(
                    f"library {path} is damaged or not a library ({exc}); it was left as it "
                    "is. Restore a backup of it, or move it away to start a new library and "
                    "import your files again",
                    path,
                ) from exc
            raise LibraryError(f"cannot use library {path}: {exc}") from exc
        except LibraryError:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_damage(exc: Exception) -> bool:
    """An SQLite error that means the file itself is bad (not a lock, not a full disk)."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    )


def _writable(path: Path) -> bool:
    """True when this user may write ``path`` (False on read-only media, for root too)."""
    return os.access(path, os.W_OK)


def _require_writable(path: Path) -> None:
    """``LibraryError`` when the library (or a new one) cannot be written where it is.

    SQLite would only say "unable to open database file" or "attempt to write a
    readonly database"; a library also needs its folder, for the WAL files beside it.
    """
    folder = path.parent
    if path.exists() and not _writable(path):
        raise LibraryError(
            f"library {path} is read-only: copy it to a folder you can write to, or make "
            "it writable (the command line's list, show and stats can read it where it is)"
        )
    if not _writable(folder):
        what = "library" if path.exists() else "new library"
        raise LibraryError(
            f"cannot open {what} {path}: its folder {folder} is read-only (read-only media "
            "or a share?); copy the library to a folder you can write to"
        )


def _check_ours(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse a library written by a newer Khabarkhan, or another program's database.

    Reads the header only. Version 0 is a new, empty file, which ``migrate`` fills; a
    version-0 file that already holds tables belongs to someone else and must not get
    Khabarkhan's tables (nor a WAL journal) added to it.
    """
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise LibraryError(
            f"library {path} was written by a newer version of Khabarkhan (library format "
            f"{found}; this version reads up to {SCHEMA_VERSION}): update Khabarkhan to open "
            "it. The file was left unchanged."
        )
    if found == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise LibraryError(
            f"{path} is not a Khabarkhan library (it is another program's SQLite database); "
            "it was left unchanged. Choose another file, or a new name for a new library"
        )


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: no WAL switch, no migration.

    In a folder it cannot write to, SQLite cannot make the WAL's shared-memory file
    either, so the file is opened as immutable (nothing else writes to it there).
    """
    if not path.is_file():
        raise LibraryError(f"no library at {path}")
    immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro{immutable}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        found = schema_version(conn)
    except sqlite3.Error as exc:
        raise LibraryError(f"cannot open library {path} read-only: {exc}") from exc
    if found != SCHEMA_VERSION:
        conn.close()
        raise LibraryError(
            f"library {path} is read-only and was written by another version "
            f"(schema {found}, this program {SCHEMA_VERSION}): open it once where it can be "
            "written"
        )
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")
    return conn
