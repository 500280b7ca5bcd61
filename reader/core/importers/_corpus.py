"""Small pieces shared by the corpus importers (Hamshahri, pn_summary, TNews, ...).

Kept in one place so every corpus maps sites, dates, news codes and encodings
the same way: a site name goes through the canonical agency table, a Jalali
date becomes a Tehran-time ``datetime``, and big text files are opened as
streams in the encoding their first bytes reveal (never read whole).

``Article.raw`` is left empty for corpus records: every field is already the
unnormalized text as read, and ``origin_path`` + ``origin_index`` lead back to
the record itself. Storing each record a second time would double the size of
a 300,000-article library and cost about a fifth of the import time (the
library compresses ``raw`` separately).
"""

from __future__ import annotations

import codecs
import functools
import io
import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO
from urllib.parse import urlsplit

from reader.core.agencies import agency_from_url, canonical_agency
from reader.core.article import Article, Paragraph
from reader.core.id_dates import TEHRAN, fallback_date, jalali_midnight
from reader.core.text_decoding import DecodeError, decode_bytes

log = logging.getLogger(__name__)

__all__ = [
    "TEHRAN",
    "apply_fallback_date",
    "canonical_site",
    "detect_encoding",
    "drop_stray_nuls",
    "iter_json_array",
    "jalali_datetime",
    "news_code_from_url",
    "open_text",
    "paragraphs",
    "parse_jalali",
    "site_from_url",
    "to_ascii_digits",
]

_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits as ASCII digits."""
    return text.translate(_TO_ASCII)


# ---------------------------------------------------------------- encodings
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(head: bytes) -> str:
    """The encoding to stream a text file in, decided from its first bytes.

    ``reader.core.text_decoding.decode_bytes`` (the one decoding policy: BOM,
    BOM-less UTF-16, UTF-8, then Windows-1256 only if it reads as Persian)
    validates the head and raises ``DecodeError`` (an ``ImportError_``) for a
    binary or unknown file; this returns the codec name that policy chose so a
    big file can be read as a stream instead of decoded whole.
    """
    declared = _xml_declared_encoding(head)
    if declared:
        return declared  # an XML file's own declaration wins (markup is not "Persian text")
    if b"\x00" not in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            head.decode("utf-8")
            return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
                return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        # not UTF-8: the full policy below decides (and refuses binary data)
    try:
        decode_bytes(head, partial=True)
    except DecodeError:
        if _stray_nuls(head):
            return "utf-8"  # open_text drops the NULs
        if not _structured_cp1256(head):
            raise
        return "cp1256"
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # only a character cut by the end of the head may fail at the very end
        if exc.start < len(head) - 3 or exc.reason != "unexpected end of data":
            return "cp1256"
    return "utf-8"


def _structured_cp1256(head: bytes) -> bool:
    """Windows-1256 for a corpus file whose markup, IDs and URLs dilute the Persian text.

    ``decode_bytes`` accepts Windows-1256 only when 30% of the letters are Arabic
    script, right for a page of prose; a TSV/XML record with a hash ID, English
    category and URL can fall below that. Here 10% is enough, as long as the
    head is not UTF-8 and has no control characters (binary data).
    """
    if b"\x00" in head:
        return False
    text = head.decode("cp1256", errors="replace")
    if "\ufffd" in text or any(ord(ch) < 32 and ch not in "\t\n\r\x0c" for ch in text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return bool(letters) and arabic >= 0.1 * len(letters)


def _stray_nuls(head: bytes) -> bool:
    """A UTF-8 corpus head with a few NUL bytes (a damaged record), not binary data.

    One NUL in the first 64 KiB refused a whole corpus file as binary (2.8 M
    MirasText lines for one broken line). A UTF-8 sequence never contains a 0x00
    byte, so dropping them loses no text; the rest must still pass the text checks.
    """
    nuls = head.count(0)
    if not nuls or nuls > max(4, len(head) // 1000):
        return False
    try:
        decode_bytes(head.replace(b"\x00", b""), partial=True)
    except DecodeError:
        return False
    return True


def drop_stray_nuls(data: bytes) -> bytes:
    """``data`` without its NUL bytes when they are a few stray ones in UTF-8 text
    (see ``_stray_nuls``); anything else (binary, UTF-16) is returned unchanged."""
    if b"\x00" not in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    return data.replace(b"\x00", b"") if _stray_nuls(data) else data


class _NulDropper(io.RawIOBase):
    """A binary file read without its NUL bytes (see ``_stray_nuls``)."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while True:
            chunk = self._raw.read(len(view))
            if not chunk:
                return 0
            chunk = chunk.replace(b"\x00", b"")
            if chunk:  # a chunk of nothing but NULs: read on, 0 would mean the end
                view[: len(chunk)] = chunk
                return len(chunk)

    def close(self) -> None:
        self._raw.close()
        super().close()


_XML_DECL = re.compile(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9_.\-]+)")


def _xml_declared_encoding(head: bytes) -> str | None:
    """A non-UTF-8 encoding named by an XML declaration (``windows-1256``), if any."""
    if not head.startswith(b"<?xml"):
        return None
    m = _XML_DECL.match(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m[1].decode("ascii")).name
    except LookupError:
        return None
    return None if name in {"utf-8", "utf-16", "utf-16-le", "utf-16-be"} else name


def open_text(path: Path, head: bytes | None = None) -> IO[str]:
    """``path`` opened as a text stream in its detected encoding (newlines untranslated)."""
    if head is None:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    encoding = detect_encoding(head)
    # errors="replace": a stray bad byte deep inside a huge corpus must not stop the
    # whole file; the head decided the encoding, and a U+FFFD marks the damage.
    if encoding.startswith("utf-8") and b"\x00" in head:
        raw = _NulDropper(path.open("rb"))
        return io.TextIOWrapper(
            io.BufferedReader(raw), encoding=encoding, errors="replace", newline=""
        )
    return path.open(encoding=encoding, errors="replace", newline="")


# ---------------------------------------------------------------- sites
def canonical_site(name: str | None) -> str | None:
    """A site/agency name through the canonical agency table (unknown names pass through)."""
    if name is None:
        return None
    name = name.strip()
    if not name or name.lower() == "nan":
        return None
    return canonical_agency(name)


def site_from_url(url: str | None) -> str | None:
    """The canonical site of a URL (``https://www.isna.ir/news/1`` -> ``ایسنا``).

    Unknown hosts pass through as the bare host name (``www.``/``fa.``/``m.`` dropped).
    """
    if not url:
        return None
    known = agency_from_url(url)
    if known:
        return known
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    return host or None


_HOST_PREFIXES = ("www.", "fa.", "m.", "old.")
_EXTENSION = re.compile(r"\.(?:html?|aspx?|php|jsp)$", re.I)
_TRAILING_CODE = re.compile(r"[-_](\d{3,20})$")


def news_code_from_url(url: str | None) -> str | None:
    """The news number in a URL path (``/news/275284/...`` -> ``275284``), or ``None``.

    The first path segment that is all digits (``/a/30564276.html`` counts: the
    extension is ignored), skipping ``/YYYY/MM[/DD]/`` date folders; failing
    that, digits ending a segment (``/story-12345``). Numbers elsewhere in a
    slug (``world-press-photo-2020-...``) are not codes.
    """
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    path = re.sub(r"/(?:1[34]|19|20)\d\d/\d\d?/(\d\d?/)?", "/", path)  # date folders
    segments = [_EXTENSION.sub("", seg) for seg in path.split("/") if seg]
    for seg in segments:
        if seg.isascii() and seg.isdigit() and 3 <= len(seg) <= 20:
            return seg
    for seg in segments:
        m = _TRAILING_CODE.search(seg)
        if m:
            return m[1]
    return None


# ---------------------------------------------------------------- dates
_JALALI = re.compile(
    r"^\s*(1[34]\d\d)\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})"
    r"(?:[\sT,\-–]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$"
)


@functools.lru_cache(maxsize=4096)
def _midnight(year: int, month: int, day: int) -> datetime | None:
    # corpora repeat the same day thousands of times; jdatetime costs ~30 µs a call
    return jalali_midnight(year, month, day)


def jalali_datetime(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime | None:
    """Tehran-time instant of a Jalali date and wall time, ``None`` if it does not exist."""
    midnight = _midnight(year, month, day)
    if midnight is None or not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        return None
    # build from wall-clock fields so DST (Iran had it until 2022) applies correctly
    return midnight.replace(hour=hour, minute=minute, second=second)


def parse_jalali(text: str | None) -> datetime | None:
    """A numeric Jalali date such as ``1402/08/12``, ``1402-07-24`` or ``۱۳۹۹/۰۸/۱۲ ۱۸:۱۸``.

    Date-only values become midnight Tehran time. Anything else (including the
    garbled ``138/5//09`` of Persica) is ``None``: a date is never guessed.
    """
    if not text:
        return None
    m = _JALALI.match(to_ascii_digits(text))
    if not m:
        return None
    hour, minute, second = (int(g) if g else 0 for g in m.groups()[3:])
    return jalali_datetime(int(m[1]), int(m[2]), int(m[3]), hour, minute, second)


def apply_fallback_date(article: Article, *, docid: str | None = None) -> None:
    """Fill ``published`` from the article's identifiers when it has no date of its own."""
    if article.published is not None:
        return
    found = fallback_date(
        url=article.url, news_code=article.news_code, site=article.site, docid=docid
    )
    if found is None and article.news_code and article.url:
        # the site field may be a Persian canonical name; ID rules also know the host
        found = fallback_date(news_code=article.news_code, site=_host_of(article.url))
    if found is not None:
        article.published = found.published
        article.date_is_fallback = True


def _host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


# ---------------------------------------------------------------- text
_BLANK_LINES = re.compile(r"\n\s*\n")


def paragraphs(text: str, *, split_lines: bool = False) -> list[Paragraph]:
    """Body paragraphs of a text: blank-line separated (or one per line with ``split_lines``)."""
    parts = text.splitlines() if split_lines else _BLANK_LINES.split(text)
    out: list[Paragraph] = []
    for part in parts:
        part = part.strip()
        if part:
            out.append(Paragraph(part))
    return out


# ---------------------------------------------------------------- JSON
def iter_json_array(stream: IO[str], chunk_size: int = 1 << 20) -> Iterator[Any]:
    """Items of a top-level JSON array, decoded one at a time from a text stream.

    ``json.load`` would hold the whole file and every parsed item in memory; this
    keeps only the unparsed tail of the current chunk. Raises ``ValueError`` when
    the stream is not a JSON array or an item is malformed.
    """
    decoder = json.JSONDecoder()
    buf = stream.read(chunk_size).lstrip("\ufeff")
    pos = _skip_ws(buf, 0)
    if pos >= len(buf) or buf[pos] != "[":
        raise ValueError("not a JSON array")
    pos += 1
    eof = False
    expect_item = True
    while True:
        pos = _skip_ws(buf, pos)
        while pos >= len(buf) and not eof:
            more = stream.read(chunk_size)
            eof = not more
            buf = buf[pos:] + more
            pos = _skip_ws(buf, 0)
        if pos >= len(buf):
            raise ValueError("JSON array is not closed (truncated file?)")
        ch = buf[pos]
        if ch == "]":
            return
        if ch == ",":
            if expect_item:
                raise ValueError(f"unexpected ',' at character {pos}")
            pos += 1
            expect_item = True
            continue
        while True:
            try:
                item, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError:
                if eof:
                    raise
                more = stream.read(chunk_size)
                eof = not more
                buf = buf[pos:] + more
                pos = 0
                continue
            if end >= len(buf) and not eof:
                # a number/literal may continue in the next chunk: re-read with more text
                more = stream.read(chunk_size)
                eof = not more
                if more:
                    buf = buf[pos:] + more
                    pos = 0
                    continue
            break
        yield item
        pos = end
        expect_item = False


def _skip_ws(buf: str, pos: int) -> int:
    n = len(buf)
    while pos < n and buf[pos] in " \t\r\n":
        pos += 1
    return pos


# ---------------------------------------------------------------- XML blocks
def iter_xml_blocks(
    stream: IO[str],
    start_tag: str,
    end_tag: str,
    chunk_size: int = 1 << 20,
    max_block: int = 64 << 20,
) -> Iterator[tuple[str, bool]]:
    """``(block, complete)`` for each ``start_tag ... end_tag`` block of a text stream.

    Corpus XML files are read in chunks and cut at record boundaries with plain
    string search, so a file of any size streams in flat memory and a malformed
    record (or a root element closed too early, as in TNews) only affects
    itself. A block cut off by the end of the file is yielded with
    ``complete=False``; so is (the first KiB of) a record still open after
    ``max_block`` characters, whose text is then skipped up to the next record,
    so a missing end tag cannot pull a whole corpus file into memory.
    """
    buf = ""
    eof = False
    while not eof:
        chunk = stream.read(chunk_size)
        eof = not chunk
        buf += chunk
        pos = 0
        while True:
            start = buf.find(start_tag, pos)
            if start < 0:
                # keep a tail long enough to hold a start tag split across chunks
                buf = buf[max(pos, len(buf) - len(start_tag)) :]
                break
            end = buf.find(end_tag, start)
            if end < 0:
                if len(buf) - start > max_block:
                    following = buf.find(start_tag, start + len(start_tag))
                    if following >= 0:
                        yield buf[start:following], False
                        pos = following
                        continue
                    yield buf[start : start + 1024], False
                    buf = buf[len(buf) - len(start_tag) + 1 :]
                    break
                buf = buf[start:]
                break
            inner = buf.find(start_tag, start + len(start_tag), end)
            while inner >= 0:  # a record that never closed before the next one began
                yield buf[start:inner], False
                start = inner
                inner = buf.find(start_tag, start + len(start_tag), end)
            end += len(end_tag)
            yield buf[start:end], True
            pos = end
        if eof and buf.startswith(start_tag):
            yield buf, False
