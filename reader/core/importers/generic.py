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
"""

from __future__ import annotations

import csv
import itertools
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from reader.core.article import Article, Paragraph
from reader.core.importers._corpus import (
    TEHRAN,
    canonical_site,
    news_code_from_url,
    open_text,
    parse_jalali,
    site_from_url,
    to_ascii_digits,
)
from reader.core.importers._records import JsonArrayWords, corpus_article, json_array_items
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.jalali import parse_jalali_datetime

log = logging.getLogger(__name__)

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_ARRAY_WORDS = JsonArrayWords(
    not_array="not a JSON array of records", item="record", empty="no records in this JSON array"
)

FIELDS = (
    "title",
    "body",
    "lead",
    "overline",
    "date",
    "site",
    "source",
    "url",
    "category",
    "tags",
    "news_code",
)
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "head", "subject", "عنوان", "تیتر"),
    "body": ("body", "text", "content", "article", "story", "متن", "news"),
    "lead": ("lead", "summary", "description", "abstract", "lede", "خلاصه", "لید"),
    "overline": ("overline", "pretitle", "pre_title", "abovetitle", "above_title", "rotitr"),
    "date": (
        "date",
        "published",
        "publish_date",
        "published_at",
        "pubdate",
        "datetime",
        "date_time",
        "timestamp",
        "time",
        "تاریخ",
    ),
    "site": ("site", "network", "agency", "website", "publisher", "newspaper", "خبرگزاری"),
    "source": ("source", "منبع"),
    "url": ("url", "link", "href", "permalink"),
    "category": ("category", "section", "categories", "service", "دسته"),
    "tags": ("tags", "keywords", "labels", "برچسب"),
    "news_code": ("news_code", "news_id", "code", "newsid", "کد خبر"),
}
_DELIMITERS = (",", "\t", ";", "|")
_JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
_CSV_EXT = {".csv", ".tsv"}
_TAG_SPLIT = re.compile(r"\s*[,،]\s*")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_KNOWN_COLUMNS = {name for names in ALIASES.values() for name in names}


# ---------------------------------------------------------------- mapping
def resolve_mapping(columns: Iterable[str], mapping: dict[str, str] | None) -> dict[str, str]:
    """Article field -> column name, from ``mapping`` plus common column names."""
    given = dict(mapping or {})
    if "published" in given:
        given.setdefault("date", given.pop("published"))
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise ImportError_(
            f"unknown field(s) in mapping: {', '.join(unknown)} (known: {', '.join(FIELDS)})"
        )
    by_lower = {c.strip().lower(): c for c in columns}
    resolved: dict[str, str] = {}
    used = set(given.values())
    for field in FIELDS:
        if field in given:
            resolved[field] = given[field]
            continue
        for alias in ALIASES[field]:
            column = by_lower.get(alias)
            if column is not None and column not in used:
                resolved[field] = column
                used.add(column)
                break
    return resolved


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


# ---------------------------------------------------------------- values
def _text(value: Any) -> str:
    """A cell as text. An object or a true/false is not text: its Python spelling
    (``{'rendered': '<p>...'}``, ``True``) was imported as the title or body."""
    if value is None or isinstance(value, dict | bool):
        return ""
    if isinstance(value, float) and value != value:  # NaN from pandas exports
        return ""
    if isinstance(value, list):
        return "\n\n".join(_text(v) for v in value if _text(v))
    text = str(value).strip()
    return "" if text.lower() in {"nan", "none", "null"} else text


def _body(value: Any) -> list[Paragraph]:
    if isinstance(value, list):
        return [Paragraph(t) for t in (_text(v) for v in value) if t]
    text = _text(value).replace("\r\n", "\n")
    parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    return [Paragraph(p.strip()) for p in parts if p.strip()]


def _tags(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for t in (_text(v) for v in value) if t]
    return [t for t in _TAG_SPLIT.split(_text(value)) if t]


def parse_date(value: Any) -> datetime | None:
    """A date cell as a Tehran-time instant, or ``None`` when it cannot be read."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    text = to_ascii_digits(_text(value))
    if not text:
        return None
    if _EPOCH.match(text):
        return _from_epoch(float(text))
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        when = None
    if when is not None and when.year >= 1600:
        if when.tzinfo is None:
            return when.replace(tzinfo=TEHRAN)
        return when.astimezone(TEHRAN)
    return parse_jalali(text) or parse_jalali_datetime(_text(value))


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).astimezone(TEHRAN)
    except (OverflowError, OSError, ValueError):
        return None


def record_items(
    record: Any, fields: dict[str, str], *, path: str, index: int
) -> Iterator[Article | RecordProblem]:
    """One record as an article, after a note on what of it could not be read."""
    notes: list[str] = []
    article = from_record(record, fields, path=path, index=index, notes=notes)
    if notes and isinstance(article, Article):
        yield RecordProblem(
            index, f"left out of the imported article: {'; '.join(notes)}", kept=True
        )
    yield article


def from_record(
    record: Any,
    fields: dict[str, str],
    *,
    path: str,
    index: int,
    notes: list[str] | None = None,
) -> Article | RecordProblem:
    """One record (a dict of column -> value) as an article; what was present but
    unreadable (a date) is described in ``notes``."""
    if not isinstance(record, dict):
        return RecordProblem(index, "record is not an object")

    def get(field: str) -> Any:
        column = fields.get(field)
        return record.get(column) if column is not None else None

    title = " ".join(_text(get("title")).split())
    body = _body(get("body"))
    lead = _text(get("lead"))
    if not title and not body and not lead:
        wrong = [
            f"{field} is {'an object' if isinstance(value, dict) else 'true/false'}, not text"
            for field in ("title", "body", "lead")
            if isinstance(value := get(field), dict | bool)
        ]
        if wrong:  # say why, or the user cannot tell a wrong column from an empty one
            return RecordProblem(index, f"record has no usable title or text: {'; '.join(wrong)}")
        return RecordProblem(index, "record has no title and no text")
    url = _text(get("url")) or None
    code = to_ascii_digits(_text(get("news_code")))
    published = parse_date(get("date"))
    if published is None and _text(get("date")) and notes is not None:
        notes.append(f"date {_text(get('date'))!r} not understood")
    return corpus_article(
        "generic",
        path,
        index,
        title=title,
        body=body,
        lead=lead,
        overline=_text(get("overline")),
        news_code=code if code.isdigit() else news_code_from_url(url),
        published=published,
        site=canonical_site(_text(get("site"))) or site_from_url(url),
        source=canonical_site(_text(get("source"))),
        url=url,
        category=_text(get("category")) or None,
        tags=_tags(get("tags")),
    )


# ---------------------------------------------------------------- files
def _first_line(head: bytes) -> bytes:
    return head.lstrip(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0].rstrip(b"\r")


def _is_json_object_line(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


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
        delimiter = _delimiter(header)
        columns = {c.strip().strip('"').lower() for c in header.split(delimiter)}
        known = len(columns & _KNOWN_COLUMNS)
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
                yield from self._jsonl(stream, path, mapping, start)
            elif first.startswith(b"["):
                yield from self._json_array(stream, path, mapping, start)
            else:
                yield from self._csv(stream, path, mapping, start)

    def _jsonl(
        self, stream: IO[str], path: Path, mapping: dict[str, str] | None, start: int
    ) -> Iterator[Article | RecordProblem]:
        yield from _records_as_articles(_json_lines(stream, start), path, mapping)

    def _json_array(
        self, stream: IO[str], path: Path, mapping: dict[str, str] | None, start: int
    ) -> Iterator[Article | RecordProblem]:
        items = json_array_items(stream, start, _ARRAY_WORDS)
        yield from _records_as_articles(items, path, mapping)

    def _csv(
        self, stream: IO[str], path: Path, mapping: dict[str, str] | None, start: int
    ) -> Iterator[Article | RecordProblem]:
        origin = str(path)
        header_line = stream.readline()
        delimiter = "\t" if path.suffix.lower() == ".tsv" else _delimiter(header_line)
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


IMPORTER = GenericImporter()
