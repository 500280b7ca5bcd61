"""TNews corpus: daily XML files of ``<NEWS>`` records (crawled Iranian news sites).

Semantics follow ``hazm.TNewsReader`` (hazm 0.12,
``hazm/corpus_readers/tnews_reader.py``): the same XML repair (control
characters ``\\x1b \\b \\x1a`` removed; the ``<TNews>`` root, which the corpus
closes right after its copyright notice, is ignored), the same fields, and
HTML tags stripped from every field with hazm's ``<[^<>]+>`` cleaner.

Divergences: records are cut out of the file one ``<NEWS>`` at a time
(``_streaming.iter_xml_blocks``) instead of building one ``minidom`` tree for the
repaired file, so a broken record costs only itself and memory stays flat.

Field mapping: PRETITLE is the overline, POSTTITLE and BRIEF form the lead,
DESCRIPTION lines are body paragraphs, NEWSID is the news code, the site is the
URL's host. UTCDATE is UTC: it is converted to Tehran time before anything else
(``2014-09-23T03:48:23`` UTC is 1 Mehr 1393, 07:18 in Tehran). Without a
readable UTCDATE the NEWSID's leading ``yyMMddHHmmss`` (the same UTC time),
then the URL's ``/1393/06/`` month is used, marked as a fallback.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from reader.core.article import Article
from reader.core.id_dates import date_from_tnews_id
from reader.core.importers._corpus import TEHRAN, paragraphs, site_from_url, to_ascii_digits
from reader.core.importers._records import corpus_article, read_xml_records
from reader.core.importers.base import RecordProblem

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x1B\b\x1A]")
_TAGS = re.compile(r"<[^<>]+>")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_FIELDS = ("NEWSID", "URL", "UTCDATE", "CATEGORY", "PRETITLE", "TITLE", "POSTTITLE", "BRIEF")
_FIELD_RE = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in (*_FIELDS, "DESCRIPTION")
}
_UTC = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:Z|\+00:?00)?$")


def _field(block: str, name: str) -> str:
    m = _FIELD_RE[name].search(block)
    if not m:
        return ""
    inner = m[1]
    cdata = _CDATA.findall(inner)
    raw = "".join(cdata) if cdata else html.unescape(inner)
    return _TAGS.sub("", raw).strip()


def parse_utc(text: str) -> datetime | None:
    """A TNews UTCDATE as a Tehran-time instant (``None`` if unreadable)."""
    m = _UTC.match(text.strip())
    if not m:
        return None
    try:
        when = datetime(
            int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=UTC
        )
    except ValueError:
        return None
    return when.astimezone(TEHRAN)


def parse_news(block: str, *, path: str, index: int) -> Article | RecordProblem:
    """One ``<NEWS>...</NEWS>`` block as an article (or the reason it is unusable)."""
    block = _CONTROL.sub("", block)
    title = " ".join(_field(block, "TITLE").split())
    body = paragraphs(_field(block, "DESCRIPTION"), split_lines=True)
    if not title and not body:
        return RecordProblem(index, "<NEWS> record has no title and no text")
    url = _field(block, "URL") or None
    news_id = to_ascii_digits(_field(block, "NEWSID"))
    lead = "\n".join(part for part in (_field(block, "POSTTITLE"), _field(block, "BRIEF")) if part)
    news_code = news_id if news_id.isdigit() else None
    published = parse_utc(_field(block, "UTCDATE"))
    is_fallback = False
    if published is None and news_code:
        found = date_from_tnews_id(news_code)
        if found is not None:
            published, is_fallback = found.published, True
    return corpus_article(
        "tnews",
        path,
        index,
        title=title,
        body=body,
        overline=_field(block, "PRETITLE"),
        lead=lead,
        news_code=news_code,
        published=published,
        date_is_fallback=is_fallback,
        site=site_from_url(url),
        url=url,
        category=_field(block, "CATEGORY") or None,
    )


class TNewsImporter:
    """Reads one TNews daily XML file."""

    name = "tnews"

    def sniff(self, path: Path, head: bytes) -> int:
        if b"<TNews" in head or b"TNews.dtd" in head:
            return 95
        if b"<NEWS>" in head and b"<NEWSID>" in head and b"<UTCDATE>" in head:
            return 90
        return 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        yield from read_xml_records(path, start, tag="NEWS", corpus="TNews", parse=parse_news)


IMPORTER = TNewsImporter()
