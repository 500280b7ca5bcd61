"""MirasText corpus: one article per line of six ``***``-separated fields.

Fields: ``content *** description *** keywords *** title *** website *** url``.

``hazm.MirasTextReader`` (hazm 0.12, ``hazm/corpus_readers/mirastext_reader.py``)
only returns ``line.split("***")[0]`` (the content, stripped); its own TODO is
"extract link, tags, ...". This importer reads the same lines, one at a time
(the corpus is 2.8 M lines), and maps every field. Divergence: the line is split
from the *right* (``rsplit("***", 5)``) so a ``***`` inside the article text
stays in the content instead of shifting every field; a line with fewer than
six fields is reported as a bad record and reading goes on.

Mapping: ``nan`` means missing; the description (HTML tags removed) is the
lead, keywords are tags, the website is the site, the url is the url. Content
is one line: it is cut into paragraphs where the scrape left two or more spaces
after a sentence end, and a copy of the title at its start is dropped.

Dates: MirasText has no date field, but most scraped contents begin with the
page's date line (``شناسه خبر: 96106 ۲۴ مرداد ۱۳۹۶ - ۱۹:۴۰``, ``تاریخ مخابره :
۱۳۹۶/۵/۲۴ - ۱۵:۴۲``). ``reader.core.jalali.find_publish_datetime`` is tried on
the content, then the first Jalali date in its first 300 characters is taken
if it has a time of day or a date/code label next to it (a bare date inside a
sentence is usually about an event, so it is not used). Otherwise the url's
identifiers may give a fallback date (``reader.core.id_dates``), else ``None``.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from reader.core.article import Article, Paragraph
from reader.core.importers._corpus import (
    canonical_site,
    news_code_from_url,
    site_from_url,
    to_ascii_digits,
)
from reader.core.importers._records import corpus_article, open_corpus
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.jalali import find_publish_datetime, parse_jalali_datetime

log = logging.getLogger(__name__)

SEPARATOR = "***"
FIELDS = 6
HEAD_CHARS = 300
"""How far into the content a page's date line is looked for."""

_PARAGRAPH_BREAK = re.compile(r"[.!?؟»\"'][\s\u00a0]{2,}")
_YEAR = re.compile(r"(?<![0-9۰-۹٠-٩])(?:1[34][0-9]{2}|۱[۳۴][۰-۹]{2}|١[٣٤][٠-٩]{2})(?![0-9۰-۹٠-٩])")
_TAGS = re.compile(r"<[^<>]+>")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_KEYWORD_SPLIT = re.compile(r"\s*[,،]\s*")
_DATE_LABEL = re.compile(r"تاریخ|تاريخ|کد\s*مطلب|كد\s*مطلب|کد\s*خبر|شناسه\s*خبر")
_CODE = re.compile(r"(?:کد|كد|شناسه)\s*(?:خبر|مطلب)\s*[:：]?\s*([0-9۰-۹]{2,12})")
_SNIFF_LINE = re.compile(
    rb"^[^\n]* \*\*\* [^\n]* \*\*\* [^\n]* \*\*\* [^\n]* \*\*\* [^\n\s]+ \*\*\* [^\n]*$", re.M
)


def _field(value: str) -> str:
    value = value.strip()
    return "" if value == "nan" else value


def content_datetime(content: str) -> datetime | None:
    """The publish date a scraped content carries near its start, or ``None``."""
    head = content[:HEAD_CHARS]
    year = _YEAR.search(head)
    if year is None:  # no Jalali year at all: skip the (costly) date parsers
        return None
    found = find_publish_datetime(head)
    if found is not None:
        return found
    # the date line sits around its year: parse a window, not the whole head
    window = head[max(0, year.start() - 40) : year.end() + 40]
    found = parse_jalali_datetime(window)
    if found is None:
        return None
    if (found.hour, found.minute, found.second) != (0, 0, 0) or _DATE_LABEL.search(head):
        return found
    return None


def split_content(content: str, title: str) -> list[Paragraph]:
    """Paragraphs of a one-line content, without a leading copy of the title."""
    text = content
    for candidate in _title_variants(title):
        if candidate and text.startswith(candidate):
            text = text[len(candidate) :]
            break
    parts: list[str] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        parts.append(text[pos : m.start() + 1])  # keep the sentence-ending mark
        pos = m.end()
    parts.append(text[pos:])
    return [Paragraph(p.strip()) for p in parts if p.strip()]


def _title_variants(title: str) -> list[str]:
    parts = [title]
    for sep in (" | ", " - "):
        if sep in title:
            parts.extend(sorted(title.split(sep), key=len, reverse=True))
    return parts


def _python_list(value: str) -> list[str] | None:
    """The items of a Python list of strings written out as text (``['a', 'b']``), as some
    of the corpus's scrapers stored descriptions; ``None`` for anything else."""
    if not (value.startswith("[") and value.endswith("]")):
        return None
    try:
        parsed = ast.literal_eval(value)  # literals only: never runs code
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if isinstance(parsed, list) and all(isinstance(item, str) for item in parsed):
        return parsed
    return None


def _unescape(text: str) -> str:
    """Literal ``\\u200c`` escapes (a list's text cut off mid-way) as the characters."""
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text) if "\\u" in text else text


def _lead(description: str) -> str:
    """The description as the lead: tags removed, a written-out list's items one per line,
    each said once (the list often repeats its first sentence, or a cut-off copy of it)."""
    items = _python_list(description)
    texts = [" ".join(_TAGS.sub(" ", _unescape(t)).split()) for t in (items or [description])]
    kept: list[str] = []
    for text in texts:
        if text and not any(other.startswith(text) for other in kept):
            kept = [other for other in kept if not text.startswith(other)]
            kept.append(text)
    lead = "\n".join(kept)
    return "" if len(lead) < 2 else lead


def parse_line(line: str, *, path: str, index: int) -> Article | RecordProblem:
    """One corpus line as an article."""
    parts = line.rstrip("\r\n").rsplit(SEPARATOR, FIELDS - 1)
    if len(parts) != FIELDS:
        return RecordProblem(index, f"line has {len(parts)} fields, expected {FIELDS}")
    content, description, keywords, title, website, url = (_field(p) for p in parts)
    if not content and not title:
        return RecordProblem(index, "line has no title and no content")
    head_code = _CODE.search(content[:HEAD_CHARS])
    return corpus_article(
        "mirastext",
        path,
        index,
        title=title,
        body=split_content(content, title),
        lead=_lead(description),
        news_code=news_code_from_url(url) or (to_ascii_digits(head_code[1]) if head_code else None),
        published=content_datetime(content),
        site=canonical_site(website) or site_from_url(url),
        url=url or None,
        tags=[k for k in _KEYWORD_SPLIT.split(keywords) if k],
    )


class MirasTextImporter:
    """Reads a MirasText file (any number of lines)."""

    name = "mirastext"

    def sniff(self, path: Path, head: bytes) -> int:
        lines = head.split(b"\n")[:-1] or head.split(b"\n")  # the last line may be cut
        lines = [ln.rstrip(b"\r") for ln in lines[:20] if ln.strip()]
        if not lines:
            return 0
        good = sum(1 for ln in lines if _SNIFF_LINE.match(ln))
        if good == len(lines):
            return 80
        # a first line longer than the 64 KiB head still shows the field separators
        return 40 if good and good >= len(lines) // 2 else 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        origin = str(path)
        index = -1
        with open_corpus(path) as stream:
            lines = (line for line in stream if line.strip())
            for index, line in enumerate(lines):
                if index >= start:
                    yield parse_line(line, path=origin, index=index)
        if index < 0:
            raise ImportError_("no MirasText lines in this file")


IMPORTER = MirasTextImporter()
