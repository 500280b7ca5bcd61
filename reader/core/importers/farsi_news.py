"""farsi_news (sci2lab/Farsi-datasets, on Hugging Face): RSS items as a JSON array.

Each file (``hamshahri.json``, ``radiofarda.json``) is a JSON array of
``{title, summary, link, tags}``. hazm has no reader for it. The array is
decoded one item at a time (``_streaming.iter_json_array``), so a big export never
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
    canonical_site,
    news_code_from_url,
    paragraphs,
    site_from_url,
)
from reader.core.importers._records import (
    JsonArrayWords,
    corpus_article,
    json_array_items,
    open_corpus,
    tag_list,
    text_of,
)
from reader.core.importers.base import RecordProblem

log = logging.getLogger(__name__)

_SNIFF = re.compile(rb'^\s*\[\s*\{\s*"(?:title|summary|link|tags)"\s*:')
_KEYS = (b'"title"', b'"summary"', b'"link"', b'"tags"')
_KEY_RE = re.compile(rb'[{,]\s*"([^"\\]+)"\s*:')
_ARRAY_WORDS = JsonArrayWords(
    not_array="not a farsi_news JSON array", item="item", empty="no items in this farsi_news file"
)


def from_item(item: Any, *, path: Path, index: int) -> Article | RecordProblem:
    """One RSS item as an article."""
    if not isinstance(item, dict):
        return RecordProblem(index, "item is not a JSON object")
    title = text_of(item.get("title"))
    body = paragraphs(text_of(item.get("summary")))
    if not title and not body:
        return RecordProblem(index, "item has no title and no summary")
    link = text_of(item.get("link")) or None
    return corpus_article(
        "farsi_news",
        str(path),
        index,
        title=title,
        body=body,
        news_code=news_code_from_url(link),
        site=site_from_url(link) or canonical_site(path.stem),
        url=link,
        tags=tag_list(item.get("tags")),
    )


class FarsiNewsImporter:
    """Reads one farsi_news JSON file."""

    name = "farsi_news"

    def sniff(self, path: Path, head: bytes) -> int:
        head = head.lstrip(b"\xef\xbb\xbf")
        if not _SNIFF.match(head):
            return 0
        first = head[: head.find(b"}") + 1] if b"}" in head else head
        if all(key in first for key in _KEYS):
            return 90
        if any(b'"' + key + b'"' not in _KEYS for key in _KEY_RE.findall(first)):
            return 20  # keys farsi_news never has ("body", "date"): a generic JSON export
        return 50

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        with open_corpus(path) as stream:
            for entry in json_array_items(stream, start, _ARRAY_WORDS):
                if isinstance(entry, RecordProblem):
                    yield entry
                else:
                    yield from_item(entry[1], path=path, index=entry[0])


IMPORTER = FarsiNewsImporter()
