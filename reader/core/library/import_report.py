"""What an import tells its caller: progress while it runs, a report when it ends.

The CLI and the GUI show these; neither needs the pipeline itself to read them,
so they live apart from it (a progress bar imports two dataclasses, not the
worker pool and the SQL).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
