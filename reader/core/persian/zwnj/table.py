"""The ZWNJ evidence table shipped in ``resources/zwnj/table.tsv.gz``, loaded lazily.

Why a table and not rules alone: whether real writers join a word (``اطلاعات``, ``قالیباف``,
``بیشتر``) or put a ZWNJ in it (``کتاب‌ها``, ``می‌شود``) is a fact about usage, decided once,
offline, from counts (see ``build_table.py`` and the README beside the table). Loading it
takes a fraction of a second, so it happens once, on first use, under a lock.
"""

from __future__ import annotations

import gzip
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from reader.resources import resource_path

log = logging.getLogger(__name__)

KEEP_WEAK = 1
KEEP_LEXICON = 2
KEEP_TEXT = 3


@dataclass(frozen=True, slots=True)
class ZwnjTable:
    """``fixes``: key -> spelling with ZWNJs; ``codes``: key -> packed evidence."""

    fixes: dict[str, str]
    codes: dict[str, int]

    def strength(self, key: str) -> int:
        """0 unknown; 1..3 how strongly the joined spelling is attested (see build_table)."""
        return self.codes.get(key, 0) & 3

    def zipf(self, key: str) -> int:
        """Rough frequency class 0..9 of the word (any spelling); -1 when unknown."""
        code = self.codes.get(key)
        return -1 if code is None else (code >> 2) & 15

    def is_verb(self, key: str) -> bool:
        """A conjugated verb form in hazm's lists (داشت, کردند)."""
        return bool(self.codes.get(key, 0) & 128)

    def known(self, key: str) -> bool:
        return key in self.codes


def default_path() -> Path:
    return resource_path("zwnj", "table.tsv.gz")


def load_table(path: Path | None = None) -> ZwnjTable:
    """Read a table file: ``[codes]`` then ``[fixes]`` sections of tab-separated pairs.

    Parsed with whole-section splits (no per-line Python loop): 500k keys load in ~0.3 s.
    """
    path = path or default_path()
    with gzip.open(path, "rb") as fh:
        text = fh.read().decode("utf-8")
    try:
        _, rest = text.split("[codes]\n", 1)
        codes_part, fixes_part = rest.split("[fixes]\n", 1)
    except ValueError:
        raise ValueError(f"{path}: not a ZWNJ table (missing [codes]/[fixes])") from None
    codes_items = codes_part.replace("\t", "\n").split("\n")[:-1]
    fixes_items = fixes_part.replace("\t", "\n").split("\n")[:-1]
    codes = dict(zip(codes_items[::2], map(int, codes_items[1::2]), strict=True))
    fixes = dict(zip(fixes_items[::2], fixes_items[1::2], strict=True))
    log.debug("ZWNJ table: %d keys, %d fixes from %s", len(codes), len(fixes), path)
    return ZwnjTable(fixes, codes)


_lock = threading.Lock()
_table: ZwnjTable | None = None


def get_table() -> ZwnjTable:
    """The shared table, loaded on first use."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = load_table()
    return _table
