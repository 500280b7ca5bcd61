"""Small pieces shared by the corpus importers (Hamshahri, pn_summary, TNews, ...).

Kept in one place so every corpus maps sites, dates and news codes the same
way: a site name goes through the canonical agency table, a Jalali date becomes
a Tehran-time ``datetime``, and an article without a date of its own gets one
from its identifiers. (Opening a file in its encoding is ``_text_files``; cutting
records out of a huge stream is ``_streaming``.)

``Article.raw`` is left empty for corpus records: every field is already the
unnormalized text as read, and ``origin_path`` + ``origin_index`` lead back to
the record itself. Storing each record a second time would double the size of
a 300,000-article library and cost about a fifth of the import time (the
library compresses ``raw`` separately).
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import datetime
from urllib.parse import urlsplit

from reader.core.agencies import agency_from_url, canonical_agency
from reader.core.article import Article, Paragraph
from reader.core.id_dates import TEHRAN, fallback_date, jalali_midnight

log = logging.getLogger(__name__)

__all__ = [
    "TEHRAN",
    "apply_fallback_date",
    "canonical_site",
    "jalali_datetime",
    "news_code_from_url",
    "paragraphs",
    "parse_jalali",
    "site_from_url",
    "to_ascii_digits",
]

_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits as ASCII digits."""
    return text.translate(_TO_ASCII)


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
