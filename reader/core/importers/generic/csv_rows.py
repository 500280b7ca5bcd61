"""CSV and TSV exports with a header row, read row by row as articles.

The header names the columns, so a mapping to a column the file lacks, or a
file with no title or text column at all, is refused before any row is read;
after that a bad row (wrong column count) is reported and skipped.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from reader.core.article import Article
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.generic.fields import resolve_mapping
from reader.core.importers.generic.record import record_items

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_DELIMITERS = (",", "\t", ";", "|")


def guess_delimiter(header: str) -> str:
    """The delimiter a header line uses most (``,`` when it has none of them)."""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_articles(
    stream: IO[str], path: Path, mapping: dict[str, str] | None, start: int
) -> Iterator[Article | RecordProblem]:
    """The articles of a CSV/TSV file, from the row ``start`` (blank rows not counted)."""
    origin = str(path)
    header_line = stream.readline()
    delimiter = "\t" if path.suffix.lower() == ".tsv" else guess_delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    header = [h.strip().lstrip("\ufeff") for h in header]
    if len(header) < 2:
        raise ImportError_("no header row with at least two columns")
    fields = resolve_mapping(header, mapping)
    missing = sorted(c for c in fields.values() if c not in header)
    if missing:
        raise ImportError_(
            f"column(s) not in the file: {', '.join(missing)} (columns: {', '.join(header)})"
        )
    if "title" not in fields and "body" not in fields and "lead" not in fields:
        raise ImportError_(
            "no title or text column found; name one with a mapping such as title=headline"
        )
    reader = csv.reader(stream, delimiter=delimiter)
    index = -1
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            index += 1
            if index < start:
                continue
            if len(row) != len(header):
                yield RecordProblem(
                    index, f"row has {len(row)} columns, the header has {len(header)}"
                )
                continue
            record = dict(zip(header, row, strict=True))
            yield from record_items(record, fields, path=origin, index=index)
    except csv.Error as exc:
        yield RecordProblem(index + 1, f"unreadable CSV from line {reader.line_num}: {exc}")
    if index < 0:
        raise ImportError_("no rows under the header")
