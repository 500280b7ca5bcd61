"""Scraped Persian news pages saved as plain text (one article per file).

A scraper flattens a news page into lines: overline (rotitr), title, lead, the
metadata lines (``کد خبر``, ``تاریخ انتشار``), body paragraphs with sub-headings,
``منبع: ...``, the end marker ``انتهای پیام`` and then page furniture (comments,
most-read lists, tags). There is no markup left, so the structure is recovered
from line shapes and labels:

* metadata lines are recognised by their labels (or by being nothing but a
  date), wherever they are, and never become body text;
* the one to three text lines before the first metadata line are the header
  (overline / title / lead, decided by shape); without metadata near the top the
  header is read from the first lines by shape alone;
* everything from the end marker on is dropped;
* the scrape glitch that glues the title onto the first body paragraph is
  repaired by comparing with a folding that ignores spaces and ZWNJ.

Values are copied verbatim from the text (trimmed); only ``news_code`` (ASCII
digits), ``published`` (an instant) and ``site``/``source`` (canonical agency
names, so the sidebar and duplicate check see one name per agency) are derived.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader.core.agencies import agency_from_url, canonical_agency, is_common_word, known_agency
from reader.core.article import Article, Paragraph
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.jalali import classify_date_line, fold_digits, fold_for_matching
from reader.core.text_decoding import DecodeError, decode_bytes, read_text

log = logging.getLogger(__name__)

FORMAT = "scraped"
MAX_PAGE_BYTES = 8 * 1024 * 1024
"""A saved news page is a few KB; a bigger text file is a corpus, not one article."""

# Patterns run on fold_for_matching(line): ASCII digits, ی/ک, ZWNJ as space.
_END_RE = re.compile(r"(?:انتهای\s*پیام|انتهای\s*خبر|پایان\s*خبر)\s*(?:[/\-]\s*\d*\s*)?[.]?\s*$")
_END_WORDS = ("انتها", "پایان", "پايان")
_CODE_LINE_RE = re.compile(
    r"^\s*(?:کد\s*خبر|شناسه\s*خبر|کد\s*مطلب|کد)\s*[:：]?\s*(?P<code>\d{1,15})\s*$"
)
_CODE_ANY_RE = re.compile(
    r"(?:کد\s*خبر|شناسه\s*خبر|کد\s*مطلب)\s*[:：]?\s*(?P<a>\d{1,15})|(?<!\S)کد\s*[:：]\s*(?P<b>\d{1,15})"
)
_SOURCE_RE = re.compile(r"^\s*منبع(?:\s*خبر)?\s*[:：]\s*(?P<value>\S.*?)\s*$")
_OTHER_META_RE = re.compile(
    r"^\s*(?:نویسنده|خبرنگار|گزارشگر|عکاس|مترجم|تنظیم|سرویس|دسته\s*بندی|زمان\s*(?:تقریبی\s*)?مطالعه"
    r"|تعداد\s*بازدید|بازدید|لینک\s*کوتاه|نشانی\s*خبر|ویرایش)\s*[:：]"
)
_CATEGORY_RE = re.compile(
    r"^\s*(?:سرویس|دسته\s*بندی|گروه\s*خبری|بخش)\s*[:：]\s*(?P<value>\S.*?)\s*$"
)
_TAGS_RE = re.compile(
    r"^\s*(?:برچسب\s*ها|برچسب|کلید\s*واژه\s*ها|کلیدواژه\s*ها|کلمات\s*کلیدی|تگ\s*ها)\s*[:：]"
    r"\s*(?P<value>\S.*?)\s*$"
)
_TAG_SPLIT_RE = re.compile(r"\s*[،,|#؛;]\s*|\s+-\s+")
_URL_RE = re.compile(r"https?://[^\s<>\"«»]+")
_FURNITURE = frozenset(
    re.sub(r"\s+", "", w)
    for w in (
        "نظر شما",
        "ارسال نظر",
        "نظرات",
        "دیدگاه ها",
        "پربیننده ها",
        "پربیننده ترین",
        "پربیننده ترین ها",
        "پربازدیدترین",
        "پربحث ترین",
        "برچسب ها",
        "برچسب",
        "کلمات کلیدی",
        "تگ ها",
        "لینک کوتاه",
        "اخبار مرتبط",
        "خبرهای مرتبط",
        "مطالب مرتبط",
        "آخرین اخبار",
        "اشتراک گذاری",
        "ارسال به دوستان",
        "نسخه چاپی",
        "چاپ",
    )
)
_SENTENCE_END = tuple(".!?؟…")
_CLAUSE_END = (*_SENTENCE_END, ":", "؛", "،", ",", ";")
_ATTRIBUTION_RE = re.compile(r"به[\s\u200c]*گزارش\s+(?P<phrase>[^،,:؛.\n]{1,150}?)\s*[،,:؛]")
_QUOTING_RE = re.compile(r"به[\s\u200c]*نقل[\s\u200c]*از\s+")
_QUOTING_PHRASE_RE = re.compile(
    r"به[\s\u200c]*نقل[\s\u200c]*از\s+(?P<phrase>[^،,:؛.\n]{1,150}?)\s*[،,:؛]"
)
_OUTLET_WORDS = frozenset({"خبرگزاری", "روزنامه", "پایگاه", "سایت", "خبرنگار", "هفته‌نامه"})
_OUTLET_RE = re.compile(r"(?:خبرگزاری|پایگاه[\s\u200c]+خبری|روزنامه|سایت)\s+(?P<name>\S.*)$")
_TOKEN_STRIP = "«»\"'()[]“”‹›"
_NUMBER_LINE_RE = re.compile(r"\s*\d+\s*[,;]?\s*")
_PERSIAN_LETTER_RE = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_MARKERS = ("کد خبر", "تاریخ انتشار", "انتهای پیام", "به گزارش", "شناسه خبر", "کد مطلب")

# What fold_for_matching turns into spaces or deletes (ZWNJ, ZWJ, bidi marks, tatweel):
# ignored, like spaces, when comparing the title with the start of the body.
_INVISIBLE = frozenset(
    "\u200c\u200d\u200e\u200f\u0640\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_SPACES_RE = re.compile(r"\s+")
_FURNITURE_SQUASH_RE = re.compile(r"[\s:：]+")


_HAS_WORD_RE = re.compile(r"\w")
_META_HINT_RE = re.compile(
    r"[0-9\u06f0-\u06f9\u0660-\u0669]|منبع|تار[یيى]خ|انتشار|مخابره|نو[یي]سنده|خبرنگار|گزارشگر"
    r"|عکاس|مترجم|تنظ[یي]م|سرو[یي]س|دسته|مطالعه|بازد[یي]د|ل[یي]نک|نشان[یي]|و[یي]را[یي]ش|https?://"
    r"|بخش|گروه|برچسب|کل[یي]د|تگ"
)
"""A metadata line contains a digit or one of its labels' words (raw-text prefilter)."""
_META_MAX = 240
"""Longer lines are paragraphs: metadata and furniture lines are short."""


@dataclass(slots=True)
class _Meta:
    news_code: str | None = None
    published: datetime | None = None
    bare_published: datetime | None = None
    source: str | None = None
    url: str | None = None
    category: str | None = None
    tags: list[str] | None = None


# ---------------------------------------------------------------------------
# Line classification.


def _is_furniture(folded: str) -> bool:
    return len(folded) <= 40 and _FURNITURE_SQUASH_RE.sub("", folded) in _FURNITURE


def _meta_line(line: str, folded: str, meta: _Meta) -> bool:
    """Record what a metadata line says; False when the line is text."""
    m = _CODE_LINE_RE.match(folded)
    if m:
        meta.news_code = meta.news_code or m["code"]
        return True
    m = _SOURCE_RE.match(line)
    if m:
        meta.source = meta.source or m["value"]
        return True
    m = _CATEGORY_RE.match(folded)
    if m:
        # Values are verbatim: take the same span of the raw line when folding kept lengths.
        value = line[m.start("value") : m.end("value")] if len(folded) == len(line) else m["value"]
        meta.category = meta.category or value
        return True
    m = _TAGS_RE.match(folded)
    if m:
        value = line[m.start("value") : m.end("value")] if len(folded) == len(line) else m["value"]
        if meta.tags is None:
            meta.tags = [t for t in _TAG_SPLIT_RE.split(value) if t]
        return True
    info = classify_date_line(line)
    if info is not None:
        if not info.update and info.published is not None:
            if info.labelled and meta.published is None:
                meta.published = info.published
            elif not info.labelled and meta.bare_published is None:
                meta.bare_published = info.published
        code = _CODE_ANY_RE.search(folded)
        if code and meta.news_code is None:
            meta.news_code = code["a"] or code["b"]
        return True
    if _OTHER_META_RE.match(folded):
        url = _URL_RE.search(line)
        if url and meta.url is None:
            meta.url = url.group()
        return True
    url = _URL_RE.fullmatch(line)
    if url:  # the page's address on a line of its own
        meta.url = meta.url or url.group()
        return True
    return False


# ---------------------------------------------------------------------------
# Header shape.


def _is_sentence(line: str) -> bool:
    """A lead or body paragraph rather than a title: ends like a sentence or is long."""
    return line.rstrip("»\"')").endswith(_SENTENCE_END) or len(line) > 160


def _is_short(line: str) -> bool:
    return len(line) <= 120 and len(line.split()) <= 20 and not _is_sentence(line)


def _starts_attribution(line: str) -> bool:
    return bool(re.match(r"^\s*(?:به[\s\u200c]*گزارش|به[\s\u200c]*نقل[\s\u200c]*از)\s", line))


def _split_header(block: list[str]) -> tuple[str, str, str, int]:
    """(overline, title, lead, lines used) of a header block of 1..3 lines."""
    if len(block) == 1:
        return "", block[0], "", 1
    if len(block) == 2:
        first, second = block
        if first.endswith((":", "：")):
            return first, second, "", 2
        if _is_sentence(second) or len(second) > 120:
            return "", first, second, 2
        return first, second, "", 2
    return block[0], block[1], block[2], 3


def _header_by_shape(lines: list[str]) -> tuple[str, str, str, int]:
    """Header read from the first text lines alone (no metadata line near the top)."""
    overline, i = "", 0
    if len(lines) >= 2 and _is_short(lines[0]) and _is_short(lines[1]):
        overline, i = lines[0], 1
    title = lines[i]
    i += 1
    lead = ""
    if (
        i < len(lines) - 1
        and not _starts_attribution(lines[i])
        and not _looks_heading(lines[i], True)
    ):
        lead = lines[i]
        i += 1
    return overline, title, lead, i


# ---------------------------------------------------------------------------
# Body.


def _squash(s: str) -> str:
    """``s`` folded for comparison: letter/digit variants folded, spaces and ZWNJ dropped."""
    return _SPACES_RE.sub("", fold_for_matching(s))


def _strip_glued(paragraph: str, prefix: str) -> str | None:
    """The paragraph without a glued copy of ``prefix`` at its start, or None if no copy."""
    if not prefix:
        return None
    # Cheap check on the first letters before comparing the whole prefix.
    if not _squash(paragraph[:40]).startswith(_squash(prefix[:20])[:8]):
        return None
    cp = _squash(prefix)
    # Only the start of the paragraph can hold the copy; the scrape may add spaces.
    if not cp or not _squash(paragraph[: 2 * len(prefix) + 16]).startswith(cp):
        return None
    # Walk the raw paragraph to the character after the copy (skipping what _squash drops).
    seen = 0
    spaced = False  # whitespace between the copy and the rest?
    for i, ch in enumerate(paragraph):
        if ch.isspace() or ch in _INVISIBLE:
            spaced = spaced or seen == len(cp)
            continue
        if seen == len(cp):
            rest = paragraph[i:].strip()
            # A paragraph may simply begin with the title's words ("سردار باقری گفت"):
            # only a glued copy or one followed by the attribution is the glitch.
            if not spaced or _starts_attribution(rest):
                return rest
            return None
        seen += 1
    return ""


def _looks_heading(text: str, followed: bool) -> bool:
    """A sub-heading: a short line without final punctuation, with text after it."""
    return (
        followed
        and len(text) <= 100
        and 2 <= len(text.split()) <= 14
        and not text.rstrip("»\"')").endswith(_CLAUSE_END)
        and not _starts_attribution(text)
    )


# ---------------------------------------------------------------------------
# Agencies named in the text.


def _agency_in_phrase(phrase: str, allow_unknown: bool) -> str | None:
    words = [w.strip(_TOKEN_STRIP) for w in phrase.split()]
    words = [w for w in words if w]
    if "از" in words:  # "به گزارش فارس از شیراز" — the place is not the agency
        words = words[: words.index("از")]
    n = len(words)
    for length in range(min(5, n), 0, -1):
        for start in range(n - length + 1):
            cand = " ".join(words[start : start + length])
            name = known_agency(cand)
            if name is None:
                continue
            if is_common_word(cand) and not (
                start + length == n or (start > 0 and words[start - 1] in _OUTLET_WORDS)
            ):
                continue
            return name
    if allow_unknown:
        m = _OUTLET_RE.search(" ".join(words))
        if m:
            return canonical_agency(m["name"])
    return None


def _attributions(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(site, quoted source) from ``به گزارش X، ...`` / ``به گزارش X به نقل از Y، ...``."""
    site: str | None = None
    quoted: str | None = None
    for text in paragraphs:
        m = _ATTRIBUTION_RE.search(text)
        if m and site is None:
            phrase = m["phrase"]
            parts = _QUOTING_RE.split(phrase, maxsplit=1)
            site = _agency_in_phrase(parts[0], allow_unknown=True)
            if len(parts) > 1 and quoted is None:
                quoted = _agency_in_phrase(parts[1], allow_unknown=False)
        if quoted is None:
            q = _QUOTING_PHRASE_RE.search(text)
            if q:
                quoted = _agency_in_phrase(q["phrase"], allow_unknown=False)
        if site is not None:
            break
    return site, quoted


# ---------------------------------------------------------------------------
# The parser.


def _cut_at_end_marker(text: str) -> str:
    """``text`` up to the end-marker line (kept: a paragraph the marker was glued to)."""
    candidates = sorted(
        pos for word in _END_WORDS for pos in _find_all(text, word)
    )  # str.find is much faster than a regex scan of the whole page
    for pos in candidates:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        line = text[start : len(text) if end < 0 else end].strip()
        folded = fold_for_matching(line)
        m = _END_RE.search(folded)
        if m is None:
            continue
        before = line[: m.start()].strip() if len(folded) == len(line) else ""
        if not before:
            return text[:start]
        if before.endswith(_SENTENCE_END):  # marker glued to the last paragraph
            return text[:start] + before
    return text


def _find_all(text: str, word: str) -> list[int]:
    found: list[int] = []
    pos = text.find(word)
    while pos >= 0:
        found.append(pos)
        pos = text.find(word, pos + 1)
    return found


def parse_scraped_page(text: str, *, origin_path: str = "") -> Article:
    """One ``Article`` from the decoded text of a scraped page.

    Raises ``ImportError_`` when no title can be found (empty or furniture-only page).
    """
    lines = [ln.strip() for ln in _cut_at_end_marker(text).splitlines()]
    meta = _Meta()
    texts: list[str] = []  # text lines in order
    first_meta_at: int | None = None  # number of text lines seen before the first metadata
    for line in lines:
        if not line:
            continue
        if len(line) > _META_MAX:  # a paragraph: never metadata or furniture
            texts.append(line)
            continue
        if len(line) > 40 and _META_HINT_RE.search(line) is None:
            texts.append(line)  # no digit and no label: cannot be metadata
            continue
        folded = fold_for_matching(line)
        if _meta_line(line, folded, meta):
            if first_meta_at is None:
                first_meta_at = len(texts)
            continue
        if _is_furniture(folded):
            if len(texts) > 1:  # furniture after the article: the page's tail
                break
            continue  # furniture above the title (print/share links)
        texts.append(line)

    if not texts or not _PERSIAN_LETTER_RE.search(" ".join(texts[:3])):
        raise ImportError_("no title found: the page has no Persian text lines")

    if first_meta_at is not None and 1 <= first_meta_at <= 3:
        overline, title, lead, used = _split_header(texts[:first_meta_at])
    elif first_meta_at == 4 and all(map(_is_short, texts[:3])) and _is_sentence(texts[3]):
        # A breadcrumb/service line above overline, title and lead: page furniture.
        overline, title, lead, _ = _split_header(texts[1:4])
        used = 4
    else:
        overline, title, lead, used = _header_by_shape(texts)
    rest = texts[used:]

    # Repair the title (and lead) glued onto, or repeated as, the first paragraph.
    for prefix in (title, lead):
        if rest:
            stripped = _strip_glued(rest[0], prefix)
            if stripped is not None:
                rest = [stripped, *rest[1:]] if stripped else rest[1:]

    rest = [t for t in rest if _HAS_WORD_RE.search(t)]  # drop "***", "-" separators
    body = [
        Paragraph(t, heading=_looks_heading(t, i + 1 < len(rest) and i > 0))
        for i, t in enumerate(rest)
    ]

    site, quoted = _attributions([*rest[:3], lead])
    if site is None and meta.url:
        site = agency_from_url(meta.url)
    source = canonical_agency(meta.source) if meta.source else quoted
    published = meta.published or meta.bare_published
    return Article(
        title=title,
        body=body,
        overline=overline,
        lead=lead,
        news_code=fold_digits(meta.news_code) if meta.news_code else None,
        published=published,
        site=site,
        source=source,
        url=meta.url,
        category=meta.category,
        tags=meta.tags or [],
        origin_path=origin_path,
        origin_index=None,
        format=FORMAT,
        raw=text,
    )


class ScrapedPageImporter:
    """The ``Importer`` for plain-text scraped pages (one article per file)."""

    name = FORMAT

    def sniff(self, path: Path, head: bytes) -> int:
        """20 for Persian plain text, 60 with news-page markers, 0 for binary/markup/tables."""
        try:
            text = decode_bytes(head, partial=True)
        except DecodeError:
            return 0
        stripped = text.lstrip("\ufeff \t\r\n")
        if not stripped or stripped[0] in "<{[":
            return 0  # XML/HTML/JSON belong to the corpus importers
        if not _PERSIAN_LETTER_RE.search(stripped):
            return 0
        first_line = stripped.split("\n", 1)[0]
        if "\t" in first_line or "***" in first_line or _NUMBER_LINE_RE.fullmatch(first_line):
            return 5  # tabular corpora (pn_summary, MirasText, Persica) look like this
        # Folding is per character and the markers are folded already, so a marker
        # in the raw text is one in the folded text too: most pages skip the fold
        # (~60 us for a 3.6 KB page, run for every file of a folder).
        if any(marker in stripped for marker in _MARKERS):
            return 60
        folded = fold_for_matching(stripped)
        if any(marker in folded for marker in _MARKERS):
            return 60
        return 20

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        """The page's one article (nothing when resuming past it)."""
        if start > 0:
            return
        try:
            size = path.stat().st_size
        except OSError as e:
            raise ImportError_(f"cannot read file: {e.strerror or e}") from e
        if size > MAX_PAGE_BYTES:
            raise ImportError_(
                f"too large for one news page ({size // (1024 * 1024)} MB); "
                "choose the corpus format with --format"
            )
        text = read_text(path)
        yield parse_scraped_page(text, origin_path=str(path))


IMPORTER = ScrapedPageImporter()
