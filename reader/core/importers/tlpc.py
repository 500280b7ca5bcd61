"""TLPC (Targoman Large Persian Corpus): one JSON file per scraped article.

Schema (Targoman/PersianWebScraper): ``url``, ``category`` (``original``,
``major``, ``minor``, sometimes ``subminor``/``textType``), ``date`` (Jalali
``1402/08/12`` or ``1402-07-24``, sometimes with a time), ``title``,
``aboveTitle``, ``subtitle`` or ``summary``, ``content`` (a list of
``{type, text}`` blocks), ``tags``, ``images``, ``comments``. hazm has no reader
for it.

Mapping: aboveTitle is the overline; subtitle/summary is the lead; content
blocks of type ``h1``..``h6`` are sub-headings and every other block with text
is a paragraph; the Persian ``category.original`` (``خبر/بین‌الملل``) is the
category, else ``major/minor``; the site is the url's host. A missing or
unreadable date falls back to the url's identifiers, else ``None``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.core.article import Article, Paragraph
from reader.core.importers._corpus import (
    detect_encoding,
    news_code_from_url,
    parse_jalali,
    site_from_url,
)
from reader.core.importers._records import corpus_article, tag_list, text_of
from reader.core.importers.base import ImportError_, RecordProblem

log = logging.getLogger(__name__)

MAX_FILE = 64 * 1024 * 1024
"""One article per file: anything bigger is not a TLPC article."""

_HEADING = re.compile(r"^h[1-6]$", re.I)
_KEYS = (b'"aboveTitle"', b'"content"', b'"subtitle"', b'"summary"', b'"category"', b'"url"')


def _category(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        original = text_of(value.get("original"))
        if original:
            return original
        parts = [text_of(value.get(k)) for k in ("major", "minor", "subminor")]
        return "/".join(p for p in parts if p) or None
    return None


def _body(content: Any) -> list[Paragraph]:
    body: list[Paragraph] = []
    if isinstance(content, str):
        content = [{"type": "p", "text": line} for line in content.splitlines()]
    if not isinstance(content, list):
        return body
    for block in content:
        if isinstance(block, str):
            block = {"type": "p", "text": block}
        if not isinstance(block, dict):
            continue
        text = text_of(block.get("text"))
        if text:
            body.append(Paragraph(text, bool(_HEADING.match(text_of(block.get("type"))))))
    return body


def from_record(record: dict[str, Any], *, path: str, index: int = 0) -> Article | RecordProblem:
    """One TLPC JSON object as an article."""
    title = text_of(record.get("title"))
    body = _body(record.get("content"))
    if not title and not body:
        return RecordProblem(index, "TLPC record has no title and no content")
    url = text_of(record.get("url")) or None
    return corpus_article(
        "tlpc",
        path,
        index,
        title=title,
        body=body,
        overline=text_of(record.get("aboveTitle")) or text_of(record.get("preTitle")),
        lead=text_of(record.get("subtitle")) or text_of(record.get("summary")),
        news_code=news_code_from_url(url),
        published=parse_jalali(text_of(record.get("date"))),
        site=site_from_url(url),
        url=url,
        category=_category(record.get("category")),
        tags=tag_list(record.get("tags")),
    )


class TlpcImporter:
    """Reads one TLPC article JSON file."""

    name = "tlpc"

    def sniff(self, path: Path, head: bytes) -> int:
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not stripped.startswith(b"{"):
            return 0
        hits = sum(1 for key in _KEYS if key in head)
        if b'"content"' in head and b'"title"' in head and hits >= 3:
            return 85 if b'"aboveTitle"' in head or b'"major"' in head else 60
        return 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        try:
            if path.stat().st_size > MAX_FILE:
                raise ImportError_("too big for a TLPC article file")
            data = path.read_bytes()
        except OSError as exc:
            raise ImportError_(f"cannot open: {exc.strerror or exc}") from exc
        if not data.strip():
            raise ImportError_("empty file")
        try:
            record = json.loads(data.decode(detect_encoding(data[:65536]), errors="replace"))
        except ValueError as exc:
            raise ImportError_(f"not valid JSON: {exc}") from exc
        if not isinstance(record, dict):
            raise ImportError_("not a TLPC article (JSON object expected)")
        if start > 0:
            return
        result = from_record(record, path=str(path), index=0)
        if isinstance(result, RecordProblem):
            raise ImportError_(result.reason)
        yield result


IMPORTER = TlpcImporter()
