"""One generic-export record (column -> value) as an article.

JSON records and CSV rows differ in how they are read but not in what their
values may be: text, a list of paragraphs or tags, a date in one of several
spellings, or junk from a pandas export (``NaN``, ``None``). The coercion lives
here once, so a JSON Lines file and the same data as CSV give the same articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from reader.core.article import Article, Paragraph
from reader.core.importers._corpus import (
    TEHRAN,
    canonical_site,
    news_code_from_url,
    parse_jalali,
    site_from_url,
    to_ascii_digits,
)
from reader.core.importers._records import corpus_article
from reader.core.importers.base import RecordProblem
from reader.core.jalali import parse_jalali_datetime

_TAG_SPLIT = re.compile(r"\s*[,،]\s*")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")


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


# ---------------------------------------------------------------- records
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
