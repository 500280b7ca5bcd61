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

Wrong types: scrapers and hand-edited exports sometimes write a field with the
wrong JSON type (a number as the title, one block instead of the content
list). What can be read without guessing is kept (a list of strings is joined,
a lone ``{type, text}`` block is the content, a ``,``-separated tags string is
split); anything else is left out and said so in a note on the record
(``RecordProblem(kept=True)``), so no article turns up untitled or empty
without a word. A record left with no title and no content is refused with
the fields that were unusable.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.core.article import Article, Paragraph
from reader.core.importers._corpus import news_code_from_url, parse_jalali, site_from_url
from reader.core.importers._records import corpus_article, tag_list, text_of
from reader.core.importers._text_files import detect_encoding, drop_stray_nuls
from reader.core.importers.base import HEAD_SIZE, ImportError_, RecordProblem

log = logging.getLogger(__name__)

MAX_FILE = 64 * 1024 * 1024
"""One article per file: anything bigger is not a TLPC article."""

_HEADING = re.compile(r"^h[1-6]$", re.I)
_KEYS = (b'"aboveTitle"', b'"content"', b'"subtitle"', b'"summary"', b'"category"', b'"url"')


_TAG_SPLIT = re.compile(r"\s*[,،]\s*")


def _kind(value: Any) -> str:
    """What a JSON value is, for a message (``a number``, ``a list``)."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "text" if isinstance(value, str) else type(value).__name__


def _strings(value: Any) -> list[str] | None:
    """The stripped, non-blank items of a list of strings; ``None`` for anything else."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    return None


def _text(record: dict[str, Any], key: str, problems: list[str], joiner: str = " ") -> str:
    """Field ``key`` as text. A list of strings is joined (nothing is lost); any
    other non-string value is left out and named in ``problems``."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return text_of(value)
    parts = _strings(value)
    if parts is not None and joiner:
        return joiner.join(parts)
    problems.append(f"{key} is {_kind(value)}, not text")
    return ""


def _category(value: Any, problems: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        original = text_of(value.get("original"))
        if original:
            return original
        levels = [text_of(value.get(k)) for k in ("major", "minor", "subminor")]
        return "/".join(p for p in levels if p) or None
    parts = _strings(value)
    if parts is not None:
        return "/".join(parts) or None
    problems.append(f"category is {_kind(value)}, not text")
    return None


def _tags(value: Any, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [t for t in _TAG_SPLIT.split(value.strip()) if t]
    if not isinstance(value, list):
        problems.append(f"tags is {_kind(value)}, not a list")
    return tag_list(value)


def _body(content: Any, problems: list[str]) -> list[Paragraph]:
    body: list[Paragraph] = []
    if content is None:
        return body
    if isinstance(content, str):
        content = [{"type": "p", "text": line} for line in content.splitlines()]
    if isinstance(content, dict) and "text" in content:
        content = [content]  # one block written without its list
    if not isinstance(content, list):
        problems.append(f"content is {_kind(content)}, not a list of blocks")
        return body
    unusable = 0
    for block in content:
        if isinstance(block, str):
            block = {"type": "p", "text": block}
        if block is None:
            continue  # a null carries nothing to lose
        if not isinstance(block, dict):
            unusable += 1
            continue
        value = block.get("text")
        parts = _strings(value)
        if parts is not None:
            value = "\n".join(parts)
        elif value is not None and not isinstance(value, str):
            unusable += 1
            continue
        text = text_of(value)
        if text:
            body.append(Paragraph(text, bool(_HEADING.match(text_of(block.get("type"))))))
    if unusable:
        problems.append(
            f"{unusable} content block{'s' if unusable > 1 else ''} with no text "
            f"(not {{type, text}})"
        )
    return body


def from_record(
    record: dict[str, Any], *, path: str, index: int = 0, problems: list[str] | None = None
) -> Article | RecordProblem:
    """One TLPC JSON object as an article.

    Unusable fields are left out and described in ``problems`` (when given), so
    the caller can say what was lost; a record with no title and no content left
    is a ``RecordProblem`` that names them.
    """
    problems = [] if problems is None else problems
    title = " ".join(_text(record, "title", problems).split())
    body = _body(record.get("content"), problems)
    if not title and not body:
        if problems:
            return RecordProblem(
                index, f"TLPC record has no usable title or content: {'; '.join(problems)}"
            )
        return RecordProblem(index, "TLPC record has no title and no content")
    url = _text(record, "url", problems, joiner="") or None
    date = _text(record, "date", problems, joiner="")
    published = parse_jalali(date)
    if date and published is None:
        problems.append(f"date {date!r} not understood")
    return corpus_article(
        "tlpc",
        path,
        index,
        title=title,
        body=body,
        overline=_text(record, "aboveTitle", problems) or _text(record, "preTitle", problems),
        lead=_text(record, "subtitle", problems, "\n") or _text(record, "summary", problems, "\n"),
        news_code=news_code_from_url(url),
        published=published,
        site=site_from_url(url),
        url=url,
        category=_category(record.get("category"), problems),
        tags=_tags(record.get("tags"), problems),
    )


def _parses(head: bytes) -> bool:
    """Whether a whole (small) file is valid JSON, in whatever encoding it has."""
    try:
        json.loads(head.decode(detect_encoding(head), errors="replace"))
    except (ValueError, ImportError_):
        return False
    return True


class TlpcImporter:
    """Reads one TLPC article JSON file."""

    name = "tlpc"

    def sniff(self, path: Path, head: bytes) -> int:
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not stripped.startswith(b"{"):
            return 0
        hits = sum(1 for key in _KEYS if key in head)
        own = b'"aboveTitle"' in head or b'"major"' in head
        if b'"content"' in head and b'"title"' in head and hits >= 3:
            return 85 if own else 60
        if own and hits >= 3 and len(head) < HEAD_SIZE and not _parses(head):
            # an article file cut off before its content: read it, to say it is truncated
            # (no other format takes it, and "format not recognised" told the user nothing)
            return 40
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
        data = drop_stray_nuls(data)  # JSON refuses a raw NUL inside a string
        try:
            record = json.loads(data.decode(detect_encoding(data[:65536]), errors="replace"))
        except json.JSONDecodeError as exc:
            # the file ends inside the object, or inside a string that runs to its end
            cut = exc.pos >= len(exc.doc.rstrip()) or exc.msg.startswith("Unterminated string")
            hint = "the file ends inside the article (truncated?): " if cut else ""
            raise ImportError_(f"not valid JSON: {hint}{exc}") from exc
        if not isinstance(record, dict):
            raise ImportError_("not a TLPC article (JSON object expected)")
        if start > 0:
            return
        problems: list[str] = []
        result = from_record(record, path=str(path), index=0, problems=problems)
        if isinstance(result, RecordProblem):
            raise ImportError_(result.reason)
        if problems:
            log.debug("%s: left out %s", path, problems)
            yield RecordProblem(
                0, f"left out of the imported article: {'; '.join(problems)}", kept=True
            )
        yield result


IMPORTER = TlpcImporter()
