"""Generic exports: JSON Lines (or a JSON array of objects) and CSV/TSV, with a column mapping.

For Hugging Face datasets and other exports whose columns have no fixed names.
``mapping`` maps article fields to the export's column names, e.g.
``{"title": "headline", "body": "text", "date": "published"}`` (the CLI's
``--map title=headline,body=text,date=published``). Fields the mapping does not
name are looked up under common column names (``title``/``headline``,
``body``/``text``/``content``/``article``, ``date``/``published``, ...), so a
well-named export needs no mapping at all.

Mapping keys: ``title body lead overline date site source url category tags
news_code`` (``published`` is accepted for ``date``). Values:

* body: a string (blank-line separated paragraphs, or one per line when there
  are no blank lines) or a list of strings;
* tags: a list or a ``,``/``،`` separated string;
* date: ISO 8601 (an offset is honoured; without one it is Tehran wall time),
  Unix seconds or milliseconds (UTC), or a Jalali date (``1402/08/12``,
  ``۲۴ مرداد ۱۳۹۶ - ۱۹:۴۰``; a four-digit year below 1600 is Jalali). Anything
  else is ``None`` (never guessed); identifiers may still give a fallback date.

Files are streamed row by row; a bad row is reported and skipped.

This module tells the kinds of file apart (``sniff``) and hands each to its
reader: ``json_records`` (JSON Lines, JSON arrays) or ``csv_rows`` (CSV/TSV).
Both resolve columns with ``fields`` and turn a record into an article with
``record``, which holds the value rules above.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from reader.core.article import Article
from reader.core.importers._text_files import open_text
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.generic.csv_rows import csv_articles, guess_delimiter
from reader.core.importers.generic.fields import FIELDS, KNOWN_COLUMNS
from reader.core.importers.generic.json_records import json_array_articles, json_lines_articles
from reader.core.importers.generic.record import parse_date

__all__ = ["FIELDS", "IMPORTER", "GenericImporter", "parse_date"]

_JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
_CSV_EXT = {".csv", ".tsv"}


def _first_line(head: bytes) -> bytes:
    return head.lstrip(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0].rstrip(b"\r")


def _is_json_object_line(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


class GenericImporter:
    """Reads JSON Lines, JSON arrays of objects, and CSV/TSV with a header row."""

    name = "generic"

    def sniff(self, path: Path, head: bytes) -> int:
        suffix = path.suffix.lower()
        first = _first_line(head)
        if first.startswith(b"{"):
            complete = b"\n" in head.lstrip()
            if complete and not _is_json_object_line(first):
                return 0
            return 50 if suffix in _JSONL_EXT else 35
        if first.startswith(b"["):
            return 30 if suffix == ".json" and re.match(rb"\[\s*\{", head.lstrip()) else 0
        try:
            header = first.decode("utf-8")
        except UnicodeDecodeError:
            header = first.decode("cp1256", errors="replace")
        delimiter = guess_delimiter(header)
        columns = {c.strip().strip('"').lower() for c in header.split(delimiter)}
        known = len(columns & KNOWN_COLUMNS)
        if len(columns) < 2:
            return 0
        if suffix in _CSV_EXT:
            return 45 if known else 25
        return 25 if known >= 2 else 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        try:
            with path.open("rb") as fh:
                head = fh.read(64 * 1024)
            stream = open_text(path, head)
        except OSError as exc:
            raise ImportError_(f"cannot open: {exc.strerror or exc}") from exc
        from reader.core.importers import _sniffable  # (the package imports this module)

        first = _first_line(_sniffable(head))  # UTF-16 spells "{" with a NUL beside it
        if not first:
            stream.close()
            raise ImportError_("empty file")
        with stream:
            if first.startswith(b"{"):
                yield from json_lines_articles(stream, path, mapping, start)
            elif first.startswith(b"["):
                yield from json_array_articles(stream, path, mapping, start)
            else:
                yield from csv_articles(stream, path, mapping, start)


IMPORTER = GenericImporter()
