"""Hamshahri 2 corpus: folders of daily XML files of ``<DOC>`` records.

Semantics follow ``hazm.HamshahriReader`` (hazm 0.12,
``hazm/corpus_readers/hamshahri_reader.py``): the same known-bad files are
skipped, the title is the CDATA of ``<TITLE>``, the text is every CDATA section
of ``<TEXT>``, the Persian ``DATE`` is the date, ``CAT`` is kept per language,
and the hard-wrapped text is cut into paragraphs after lines of at most 50
characters (hazm's ``(\\n.{0,50})(?=\\n)`` rule); lines starting ``o `` are lead
bullets (hazm drops the marker).

Where this diverges from hazm, and why:

* hazm builds a ``minidom`` tree per file and walks a whole corpus folder; this
  reads one file at a time and cuts it into ``<DOC>`` blocks with string search
  and a few regexes (see ``_streaming.iter_xml_blocks``). That is what makes the
  300,000-article benchmark run at thousands of articles per second in flat
  memory, and a broken ``<DOC>`` costs only that record (hazm loses the file).
* Wrapped lines inside a paragraph are joined with a space (hazm keeps the
  newlines); leading ``o `` bullets become ``Article.lead`` instead of staying in
  the text; the first bullet loses its marker too (hazm only strips ``\\no ``).
* The known-bad file list is copied from hazm (a test checks it still matches)
  so that importing hazm (about 1.3 s and 25 MB) is not needed to read XML.
* A record with no Persian DATE falls back to the Western DATE, then to the
  Jalali date in its DOCID (``HAM2-750403-001``), marked as a fallback.

Text is kept raw (Arabic ي/ك as in the corpus); display normalization happens later.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from reader.core.article import Article, Paragraph
from reader.core.id_dates import date_from_hamshahri_docid
from reader.core.importers._corpus import TEHRAN, canonical_site, parse_jalali
from reader.core.importers._records import corpus_article, read_xml_records
from reader.core.importers.base import ImportError_, RecordProblem

log = logging.getLogger(__name__)

KNOWN_BAD_FILES = frozenset(
    {
        "hamshahri.dtd",
        "HAM2-960622.xml",
        "HAM2-960630.xml",
        "HAM2-960701.xml",
        "HAM2-960709.xml",
        "HAM2-960710.xml",
        "HAM2-960711.xml",
        "HAM2-960817.xml",
        "HAM2-960818.xml",
        "HAM2-960819.xml",
        "HAM2-960820.xml",
        "HAM2-961019.xml",
        "HAM2-961112.xml",
        "HAM2-961113.xml",
        "HAM2-961114.xml",
        "HAM2-970414.xml",
        "HAM2-970415.xml",
        "HAM2-970612.xml",
        "HAM2-970614.xml",
        "HAM2-970710.xml",
        "HAM2-970712.xml",
        "HAM2-970713.xml",
        "HAM2-970717.xml",
        "HAM2-970719.xml",
        "HAM2-980317.xml",
        "HAM2-040820.xml",
        "HAM2-040824.xml",
        "HAM2-040825.xml",
        "HAM2-040901.xml",
        "HAM2-040917.xml",
        "HAM2-040918.xml",
        "HAM2-040920.xml",
        "HAM2-041025.xml",
        "HAM2-041026.xml",
        "HAM2-041027.xml",
        "HAM2-041230.xml",
        "HAM2-041231.xml",
        "HAM2-050101.xml",
        "HAM2-050102.xml",
        "HAM2-050223.xml",
        "HAM2-050224.xml",
        "HAM2-050406.xml",
        "HAM2-050407.xml",
        "HAM2-050416.xml",
    }
)
"""``HamshahriReader._invalids`` of hazm 0.12.1: files hazm skips as unreadable."""

_KNOWN_BAD_KEYS = frozenset(name.upper().replace("_", "-") for name in KNOWN_BAD_FILES)

SITE = "روزنامه همشهری"
"""Hamshahri 2 is the archive of the Hamshahri daily, not of its website (agency table)."""

_DOCID = re.compile(r"<DOCID>\s*(.*?)\s*</DOCID>", re.S)
_DATE = re.compile(r"<DATE\s+calender=\"(\w+)\"\s*>\s*(.*?)\s*</DATE>", re.S)
_CAT = re.compile(r"<CAT\s+xml:lang=\"(\w+)\"\s*>\s*(.*?)\s*</CAT>", re.S)
_WESTERN = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SHORT_LINE = 50
"""hazm's paragraph rule: a wrapped line of at most this many characters ends a paragraph."""


def _cdata(inner: str) -> str:
    """Concatenated CDATA sections of an element (hazm's rule); plain text if it has none."""
    start = inner.find("<![CDATA[")
    if start < 0:
        return html.unescape(inner).strip()
    parts: list[str] = []
    while start >= 0:
        end = inner.find("]]>", start + 9)
        if end < 0:
            parts.append(inner[start + 9 :])
            break
        parts.append(inner[start + 9 : end])
        start = inner.find("<![CDATA[", end + 3)
    return "".join(parts)


def _element(block: str, tag: str, start: int = 0) -> str | None:
    """Inner text of the first ``<tag>...</tag>`` at or after ``start`` (plain string search)."""
    open_at = block.find(f"<{tag}>", start)
    if open_at < 0:
        return None
    open_at += len(tag) + 2
    close_at = block.find(f"</{tag}>", open_at)
    return block[open_at:] if close_at < 0 else block[open_at:close_at]


def split_text(text: str) -> tuple[list[str], list[Paragraph]]:
    """Lead bullets and body paragraphs of a hard-wrapped Hamshahri TEXT."""
    lead: list[str] = []
    body: list[Paragraph] = []
    current: list[str] = []
    bullet = False

    def flush() -> None:
        joined = " ".join(current)
        if joined:
            if bullet and not body:
                lead.append(joined)
            else:
                body.append(Paragraph(joined))
        current.clear()

    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            flush()
            continue
        if line.startswith("o ") or line == "o":
            flush()
            bullet = True
            line = line[2:].lstrip()
        elif not current:
            bullet = False
        if line:
            current.append(line)
        if len(raw_line) <= _SHORT_LINE:
            flush()
    flush()
    return lead, body


def _date(block: str, docid: str) -> tuple[datetime | None, bool]:
    dates = {cal.lower(): value for cal, value in _DATE.findall(block)}
    persian = parse_jalali(dates.get("persian"))
    if persian is not None:
        return persian, False
    m = _WESTERN.match(dates.get("western", ""))
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=TEHRAN), False
        except ValueError:
            pass
    found = date_from_hamshahri_docid(docid) if docid else None
    return (found.published, True) if found else (None, False)


def parse_doc(block: str, *, path: str, index: int) -> Article | RecordProblem:
    """One ``<DOC>...</DOC>`` block as an article (or the reason it is unusable)."""
    # metadata precedes TITLE/TEXT: search only that short head for it
    cut = block.find("<TITLE>")
    head = block if cut < 0 else block[:cut]
    m = _DOCID.search(head)
    docid = html.unescape(m[1]) if m else ""
    inner = _element(block, "TITLE", max(cut, 0))
    title = " ".join(_cdata(inner).split()) if inner is not None else ""
    inner = _element(block, "TEXT", max(cut, 0))
    text = _cdata(inner) if inner is not None else ""
    lead, body = split_text(text)
    if not title and not body and not lead:
        return RecordProblem(index, f"<DOC> {docid or '#' + str(index)} has no title and no text")
    cats = {lang.lower(): html.unescape(value) for lang, value in _CAT.findall(head)}
    published, is_fallback = _date(head, docid)
    return corpus_article(
        "hamshahri",
        path,
        index,
        fallback_date=False,  # the DOCID rule above is Hamshahri's own fallback
        title=title,
        body=body,
        lead="\n".join(lead),
        published=published,
        date_is_fallback=is_fallback,
        site=canonical_site(SITE),
        category=cats.get("fa") or cats.get("en"),
    )


class HamshahriImporter:
    """Reads one Hamshahri 2 daily XML file."""

    name = "hamshahri"

    def sniff(self, path: Path, head: bytes) -> int:
        if b"<HAMSHAHRI2" in head or b"hamshahri.dtd" in head:
            return 95
        if b"<DOC>" in head and b"<DOCID>HAM2-" in head:
            return 90
        return 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        if path.name.upper().replace("_", "-") in _KNOWN_BAD_KEYS:
            raise ImportError_(
                f"{path.name} is on hazm's list of unreadable Hamshahri 2 files; skipped"
            )
        yield from read_xml_records(path, start, tag="DOC", corpus="Hamshahri", parse=parse_doc)


IMPORTER = HamshahriImporter()
