"""farsi_news (sci2lab/Farsi-datasets, on Hugging Face): RSS items as a JSON array.

Each file (``hamshahri.json``, ``radiofarda.json``) is a JSON array of
``{title, summary, link, tags}``. hazm has no reader for it. The array is
decoded one item at a time (``_corpus.iter_json_array``), so a big export never
sits in memory whole.

Mapping: the summary is the only text an item has, so its blank-line separated
parts are the body (a one-paragraph summary is one paragraph); tags are tags;
the site is the link's host, or the file name (``radiofarda.json``) when an
item has no link. There are no dates: ``published`` is ``None`` unless the link
carries one (``reader.core.id_dates``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.core.article import Article
from reader.core.importers._corpus import (
    apply_fallback_date,
    canonical_site,
    iter_json_array,
    news_code_from_url,
    open_text,
    paragraphs,
    site_from_url,
)
from reader.core.importers.base import ImportError_, RecordProblem

log = logging.getLogger(__name__)

_SNIFF = re.compile(rb'^\s*\[\s*\{\s*"(?:title|summary|link|tags)"\s*:')
_KEYS = (b'"title"', b'"summary"', b'"link"', b'"tags"')


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def from_item(item: Any, *, path: Path, index: int) -> Article | RecordProblem:
    """One RSS item as an article."""
    if not isinstance(item, dict):
        return RecordProblem(index, "item is not a JSON object")
    title = _text(item.get("title"))
    body = paragraphs(_text(item.get("summary")))
    if not title and not body:
        return RecordProblem(index, "item has no title and no summary")
    link = _text(item.get("link")) or None
    tags = item.get("tags")
    article = Article(
        title=title,
        body=body,
        news_code=news_code_from_url(link),
        site=site_from_url(link) or canonical_site(path.stem),
        url=link,
        tags=[t.strip() for t in tags if isinstance(t, str) and t.strip()]
        if isinstance(tags, list)
        else [],
        origin_path=str(path),
        origin_index=index,
        format="farsi_news",
    )
    apply_fallback_date(article)
    return article


class FarsiNewsImporter:
    """Reads one farsi_news JSON file."""

    name = "farsi_news"

    def sniff(self, path: Path, head: bytes) -> int:
        head = head.lstrip(b"\xef\xbb\xbf")
        if not _SNIFF.match(head):
            return 0
        first = head[: head.find(b"}") + 1] if b"}" in head else head
        return 90 if all(key in first for key in _KEYS) else 50

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        try:
            stream = open_text(path)
        except OSError as exc:
            raise ImportError_(f"cannot open: {exc.strerror or exc}") from exc
        index = -1
        with stream:
            items = iter_json_array(stream)
            while True:
                try:
                    item = next(items)
                except StopIteration:
                    break
                except ValueError as exc:
                    if index < 0:
                        raise ImportError_(f"not a farsi_news JSON array: {exc}") from exc
                    yield RecordProblem(index + 1, f"JSON broken after item {index}: {exc}")
                    break
                index += 1
                if index >= start:
                    yield from_item(item, path=path, index=index)
        if index < 0:
            raise ImportError_("no items in this farsi_news file")


IMPORTER = FarsiNewsImporter()
