"""JSON Lines files and JSON arrays of objects, read record by record as articles.

Unlike a CSV file, a JSON export has no header: each record brings its own
keys, and a later record may carry ``source`` or ``tags`` that the first one
lacks. So the columns are resolved per key set, and the user's mapping is
checked against the keys of the first records instead of a header row.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from reader.core.article import Article
from reader.core.importers._records import JsonArrayWords, json_array_items
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.generic.fields import resolve_mapping
from reader.core.importers.generic.record import record_items

_ARRAY_WORDS = JsonArrayWords(
    not_array="not a JSON array of records", item="record", empty="no records in this JSON array"
)


class _FieldsByKeys:
    """The field mapping of each record, by its set of keys.

    JSON records need not share keys: a later record may carry ``source`` or ``tags`` that
    the first one lacks, so each distinct key set is resolved (once) on its own.
    """

    def __init__(self, mapping: dict[str, str] | None) -> None:
        self._mapping = mapping
        self._cache: dict[tuple[str, ...], dict[str, str]] = {}

    def of(self, record: object) -> dict[str, str]:
        if not isinstance(record, dict):
            return {}
        keys = tuple(record)
        fields = self._cache.get(keys)
        if fields is None:
            fields = resolve_mapping(keys, self._mapping)
            if len(self._cache) < 1000:
                self._cache[keys] = fields
        return fields


#: JSON records read before the mapping is checked against their keys.
MAPPING_CHECK_RECORDS = 100

_Entry = tuple[int, Any] | RecordProblem


def json_lines_articles(
    stream: IO[str], path: Path, mapping: dict[str, str] | None, start: int
) -> Iterator[Article | RecordProblem]:
    """The articles of a JSON Lines file, from record ``start``."""
    yield from _records_as_articles(_json_lines(stream, start), path, mapping)


def json_array_articles(
    stream: IO[str], path: Path, mapping: dict[str, str] | None, start: int
) -> Iterator[Article | RecordProblem]:
    """The articles of a file holding one JSON array of objects, from record ``start``."""
    items = json_array_items(stream, start, _ARRAY_WORDS)
    yield from _records_as_articles(items, path, mapping)


def _json_lines(stream: IO[str], start: int) -> Iterator[_Entry]:
    """``(index, record)`` for each non-blank line from record ``start``."""
    index = -1
    for line in stream:
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        index += 1
        if index < start:
            continue
        try:
            yield index, json.loads(line)
        except ValueError as exc:
            yield RecordProblem(index, f"not valid JSON: {exc}")
    if index < 0:
        raise ImportError_("no records in this JSON Lines file")


def _records_as_articles(
    entries: Iterator[_Entry], path: Path, mapping: dict[str, str] | None
) -> Iterator[Article | RecordProblem]:
    """Articles from JSON records, after checking the user's mapping on the first ones.

    A mapped key that none of the first records has is a typo (``--map title=titel``):
    the file is refused, as a CSV file whose header lacks the column is, instead of
    importing every article without a title and then counting the file as read.
    """
    origin = str(path)
    fields = _FieldsByKeys(mapping)
    head: list[_Entry] = []
    keys: set[str] = set()
    for entry in entries:
        head.append(entry)
        if not isinstance(entry, RecordProblem) and isinstance(entry[1], dict):
            keys.update(entry[1])
        if len(head) >= MAPPING_CHECK_RECORDS:
            break
    if mapping and keys:
        missing = sorted({c for c in resolve_mapping(keys, mapping).values() if c not in keys})
        if missing:
            raise ImportError_(
                f"column(s) not in the file: {', '.join(missing)} "
                f"(columns: {', '.join(sorted(keys))})"
            )
    for entry in itertools.chain(head, entries):
        if isinstance(entry, RecordProblem):
            yield entry
        else:
            index, record = entry
            yield from record_items(record, fields.of(record), path=origin, index=index)
