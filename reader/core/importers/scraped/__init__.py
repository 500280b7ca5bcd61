"""Scraped Persian news pages saved as plain text (one article per file).

A scraper flattens a news page into lines: overline (rotitr), title, lead, the
metadata lines (``کد خبر``, ``تاریخ انتشار``), body paragraphs with sub-headings,
``منبع: ...``, the end marker ``انتهای پیام`` and then page furniture (comments,
most-read lists, tags). There is no markup left, so the structure is recovered
from line shapes and labels (one submodule per idea: ``meta``, ``header``,
``body``, ``attribution``; this module puts them together):

* metadata lines are recognised by their labels (or by being nothing but a
  date), wherever they are, and never become body text;
* the one to three text lines before the first metadata line are the header
  (overline / title / lead, decided by shape); without metadata near the top the
  header is read from the first lines by shape alone;
* everything from the end marker on is dropped;
* the scrape glitch that glues the title onto the first body paragraph is
  repaired by comparing with a folding that ignores spaces and ZWNJ;
* a "title" longer than ``TITLE_MAX`` is not a title but text (a page saved as
  one line, or one that starts with its body): its first sentence becomes the
  title when it ends within the bound, else the page is untitled, and either
  way the whole line stays text and the import report says so.

Values are copied verbatim from the text (trimmed); only ``news_code`` (ASCII
digits), ``published`` (an instant) and ``site``/``source`` (canonical agency
names, so the sidebar and duplicate check see one name per agency) are derived.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from reader.core.agencies import agency_from_url, canonical_agency
from reader.core.article import Article, Paragraph
from reader.core.importers._text_files import drop_stray_nuls
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.importers.scraped.attribution import attributions
from reader.core.importers.scraped.body import HAS_WORD_RE, cut_at_end_marker, strip_glued
from reader.core.importers.scraped.header import (
    header_by_shape,
    is_sentence,
    is_short,
    looks_heading,
    split_header,
)
from reader.core.importers.scraped.meta import (
    META_HINT_RE,
    META_MAX,
    Meta,
    is_furniture,
    meta_line,
)
from reader.core.jalali import fold_digits, fold_for_matching
from reader.core.text_decoding import DecodeError, decode_bytes

log = logging.getLogger(__name__)

FORMAT = "scraped"
MAX_PAGE_BYTES = 8 * 1024 * 1024
"""A saved news page is a few KB; a bigger text file is a corpus, not one article."""
_NUMBER_LINE_RE = re.compile(r"\s*\d+\s*[,;]?\s*")
_PERSIAN_LETTER_RE = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_MARKERS = ("کد خبر", "تاریخ انتشار", "انتهای پیام", "به گزارش", "شناسه خبر", "کد مطلب")
TITLE_MAX = 200
"""Characters a title may have. News titles stay well under it (the shape rules
already call a 160-character line a sentence); a longer one is body text that
had no title line above it: a 5,000-character title filled the list and the pane."""
_TITLE_MIN = 12
"""A sentence end closer to the start than this is an abbreviation, not a title's end."""
_SENTENCE_END_RE = re.compile(r"[.!?؟…]+[»\"')]*(?=\s)")


def bounded_title(line: str) -> tuple[str, str]:
    """``(title, text)`` for a title line longer than ``TITLE_MAX``.

    The first sentence is the title when it ends within the bound, and the rest of
    the line is ``text``; without one the line is all ``text`` and the title empty.
    Nothing is dropped: ``title`` and ``text`` together are the line.
    """
    for m in _SENTENCE_END_RE.finditer(line, 0, TITLE_MAX + 1):
        if m.end() >= _TITLE_MIN:
            return line[: m.end()].strip(), line[m.end() :].strip()
    return "", line


def parse_scraped_page(
    text: str, *, origin_path: str = "", notes: list[str] | None = None
) -> Article:
    """One ``Article`` from the decoded text of a scraped page.

    Raises ``ImportError_`` when no title can be found (empty or furniture-only page).
    What the reader should hear about a page that did import (a guessed or missing
    title) is appended to ``notes``.
    """
    lines = [ln.strip() for ln in cut_at_end_marker(text).splitlines()]
    meta = Meta()
    texts: list[str] = []  # text lines in order
    first_meta_at: int | None = None  # number of text lines seen before the first metadata
    for line in lines:
        if not line:
            continue
        if len(line) > META_MAX:  # a paragraph: never metadata or furniture
            texts.append(line)
            continue
        if len(line) > 40 and META_HINT_RE.search(line) is None:
            texts.append(line)  # no digit and no label: cannot be metadata
            continue
        folded = fold_for_matching(line)
        if meta_line(line, folded, meta):
            if first_meta_at is None:
                first_meta_at = len(texts)
            continue
        if is_furniture(folded):
            if len(texts) > 1:  # furniture after the article: the page's tail
                break
            continue  # furniture above the title (print/share links)
        texts.append(line)

    if not texts or not _PERSIAN_LETTER_RE.search(" ".join(texts[:3])):
        raise ImportError_("no title found: the page has no Persian text lines")

    if first_meta_at is not None and 1 <= first_meta_at <= 3:
        overline, title, lead, used = split_header(texts[:first_meta_at])
    elif first_meta_at == 4 and all(map(is_short, texts[:3])) and is_sentence(texts[3]):
        # A breadcrumb/service line above overline, title and lead: page furniture.
        overline, title, lead, _ = split_header(texts[1:4])
        used = 4
    else:
        overline, title, lead, used = header_by_shape(texts)
    rest = texts[used:]
    if len(title) > TITLE_MAX:
        # not a title: text with no title line above it (a page saved as one line)
        long_line = len(title)
        title, text_part = bounded_title(title)
        rest = [t for t in (text_part, lead) if t] + rest
        lead = ""
        if notes is not None:
            said = "its first sentence is the title" if title else "imported without a title"
            notes.append(f"no title line (the first line has {long_line:,} characters): {said}")

    # Repair the title (and lead) glued onto, or repeated as, the first paragraph.
    for prefix in (title, lead):
        if rest:
            stripped = strip_glued(rest[0], prefix)
            if stripped is not None:
                rest = [stripped, *rest[1:]] if stripped else rest[1:]

    rest = [t for t in rest if HAS_WORD_RE.search(t)]  # drop "***", "-" separators
    body = [
        Paragraph(t, heading=looks_heading(t, i + 1 < len(rest) and i > 0))
        for i, t in enumerate(rest)
    ]

    site, quoted = attributions([*rest[:3], lead])
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
            text = decode_bytes(drop_stray_nuls(head), partial=True)
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
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ImportError_(f"cannot read file: {e.strerror or e}") from e
        # a stray NUL (a damaged save) is no reason to lose the page
        text = decode_bytes(drop_stray_nuls(data))
        notes: list[str] = []
        article = parse_scraped_page(text, origin_path=str(path), notes=notes)
        for note in notes:
            yield RecordProblem(0, note, kept=True)
        yield article


IMPORTER = ScrapedPageImporter()
