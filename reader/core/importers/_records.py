"""Record plumbing shared by the corpus importers: opening, numbering, building.

Every corpus importer does the same things around its own field mapping: open
the file as a text stream (an ``OSError`` becomes a one-line ``ImportError_``),
number the records so ``start`` can resume an import, report a cut-off or
broken record as a ``RecordProblem`` and go on, refuse a file with no records
at all, and finish each ``Article`` with its origin and an identifier-based
fallback date. Keeping that here means a fix to the resume or error rules
reaches every format at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from reader.core.article import Article
from reader.core.importers._corpus import apply_fallback_date
from reader.core.importers._streaming import iter_json_array, iter_xml_blocks
from reader.core.importers._text_files import open_text
from reader.core.importers.base import ImportError_, RecordProblem

log = logging.getLogger(__name__)

__all__ = [
    "JsonArrayWords",
    "corpus_article",
    "json_array_items",
    "open_corpus",
    "read_xml_records",
    "tag_list",
    "text_of",
]


def open_corpus(path: Path) -> IO[str]:
    """``path`` as a text stream in its detected encoding (unreadable: ``ImportError_``)."""
    try:
        return open_text(path)
    except OSError as exc:
        raise ImportError_(f"cannot open: {exc.strerror or exc}") from exc


def text_of(value: Any) -> str:
    """A JSON value as stripped text; anything that is not a string counts as empty."""
    return value.strip() if isinstance(value, str) else ""


def tag_list(value: Any) -> list[str]:
    """A JSON list of tags, non-string and blank entries dropped (anything else: no tags)."""
    if not isinstance(value, list):
        return []
    return [t.strip() for t in value if isinstance(t, str) and t.strip()]


def corpus_article(
    format: str, path: str, index: int, *, fallback_date: bool = True, **fields: Any
) -> Article:
    """An ``Article`` of record ``index`` of ``path`` in ``format``.

    With ``fallback_date`` an article without a date of its own gets one from
    its identifiers (URL, news code), marked as a fallback; formats that have
    their own fallback rule (Hamshahri's DOCID) or none (Persica) turn it off.
    """
    article = Article(origin_path=path, origin_index=index, format=format, **fields)
    if fallback_date:
        apply_fallback_date(article)
    return article


def read_xml_records(
    path: Path,
    start: int,
    *,
    tag: str,
    corpus: str,
    parse: Callable[..., Article | RecordProblem],
) -> Iterator[Article | RecordProblem]:
    """Every ``<tag>...</tag>`` record of an XML corpus file from record ``start``, parsed.

    ``parse(block, path=..., index=...)`` maps one record; a record cut off by
    the end of the file is reported, and a file without any record is refused
    (it is probably not this corpus at all).
    """
    stream = open_corpus(path)
    origin = str(path)
    index = -1
    with stream:
        for block, complete in iter_xml_blocks(stream, f"<{tag}>", f"</{tag}>"):
            index += 1
            if index < start:
                continue
            if not complete:
                yield RecordProblem(index, f"<{tag}> record cut off (truncated file?)")
                continue
            yield parse(block, path=origin, index=index)
    if index < 0:
        raise ImportError_(f"no <{tag}> records in this {corpus} file")


class JsonArrayWords(NamedTuple):
    """How a format names its JSON array in messages (they tell the user which reader failed)."""

    not_array: str
    """Refusal when the JSON breaks before the first item."""
    item: str
    """What one item is called (``item``, ``record``)."""
    empty: str
    """Refusal for an array without items."""


def json_array_items(
    stream: IO[str], start: int, words: JsonArrayWords
) -> Iterator[tuple[int, Any] | RecordProblem]:
    """``(index, item)`` for each item of a streamed JSON array from item ``start``.

    JSON that breaks before the first item means the file is not such an array
    (``ImportError_``); breaking later keeps what was read and ends with a
    ``RecordProblem`` for the rest. An empty array is refused.
    """
    not_array, item, empty = words
    index = -1
    items = iter_json_array(stream)
    while True:
        try:
            value = next(items)
        except StopIteration:
            break
        except ValueError as exc:
            if index < 0:
                raise ImportError_(f"{not_array}: {exc}") from exc
            # items counted from 1, as the reader counts them
            yield RecordProblem(index + 1, f"JSON broken after {item} {index + 1}: {exc}")
            return
        index += 1
        if index >= start:
            yield index, value
    if index < 0:
        raise ImportError_(empty)
