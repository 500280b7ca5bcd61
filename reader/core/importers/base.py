"""The importer protocol: one module per input format implements it.

An importer recognises its files from their first bytes (``sniff``) and turns a
file into ``Article`` records (``read``). Keeping every format behind this one
protocol lets the import pipeline, the CLI and the GUI treat a folder that mixes
scraped pages and corpora the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from reader.core.article import Article

HEAD_SIZE = 64 * 1024
"""How many leading bytes of a file are handed to ``Importer.sniff``."""


class ImportError_(Exception):
    """A whole file cannot be imported; the message is the reason shown to the user."""


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """One bad record inside a multi-record file; the rest of the file still imports.

    With ``kept`` it is a note, not a skip: the record is also yielded as an
    ``Article`` (the value it names was unusable and left out), so the user hears
    that something was lost instead of finding an empty title without a word.
    A note is yielded before its record and is no record of its own: it does not
    move the resume point of a multi-record file.
    """

    index: int
    reason: str
    kept: bool = False


@runtime_checkable
class Importer(Protocol):
    """One input format."""

    name: str
    """Short format name stored with each article ("scraped", "hamshahri", ...)."""

    def sniff(self, path: Path, head: bytes) -> int:
        """Confidence 0..100 that ``path`` (whose first bytes are ``head``) is in this format."""
        ...

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        """Records of the file in order, from record index ``start`` (to resume an import).

        Raises ``ImportError_`` when the file as a whole cannot be read.
        """
        ...
