"""Persica corpus: ISNA news, 7 lines per record, every line but the last ending in ``,``.

Record layout (``hazm.PersicaReader``, hazm 0.12,
``hazm/corpus_readers/persica_reader.py``): id, title, text, date, time,
category, category2. Like hazm, lines are stripped, blank lines ignored, the
trailing ``,`` removed, and a line *without* a trailing comma closes a record;
the file is read as UTF-8 with an optional BOM (Windows-1256 is detected too).

Divergences: hazm raises on a record that does not have 7 lines or whose id is
not a number, which ends the whole corpus; here such a record is reported as a
``RecordProblem`` and reading continues. A text that spans more than one line
(the middle lines between title and date) is kept, joined by newlines.

Dates: the corpus's dates are garbled in the original (``138/5//09``, time
``0:9::18``). Only a well-formed Jalali ``YYYY/MM/DD`` (plus ``H:MM[:SS]``) is
used; anything else is ``None``, never guessed. The corpus comes from ISNA, so
the site is ISNA; the category is the first category without its trailing
``-`` (the second when the first is empty).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from reader.core.article import Article
from reader.core.importers._corpus import (
    canonical_site,
    jalali_datetime,
    paragraphs,
    to_ascii_digits,
)
from reader.core.importers._records import corpus_article, open_corpus
from reader.core.importers.base import ImportError_, RecordProblem

log = logging.getLogger(__name__)

SITE = "ISNA"
FIELDS = 7
_DATE = re.compile(r"^(1[34]\d\d)/(\d{1,2})/(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_SNIFF = re.compile(rb"^(?:\xef\xbb\xbf)?\s*\d+,\r?\n[^\n]+,\r?\n[^\n]+,\r?\n")
_SNIFF_CUT = re.compile(rb"^(?:\xef\xbb\xbf)?\s*\d+,\r?\n[^\n]+,\r?\n[^\n]")
"""An id line and a title line, then text cut off (a truncated file): still Persica,
so the cut record is reported as such instead of as a CSV without a title column."""


def parse_date(date: str, time: str) -> datetime | None:
    """A Persica date (+ time when that too is well formed); ``None`` for a garbled date."""
    m = _DATE.match(to_ascii_digits(date.strip()))
    if not m:
        return None
    t = _TIME.match(to_ascii_digits(time.strip()))
    hour, minute, second = (int(t[1]), int(t[2]), int(t[3] or 0)) if t else (0, 0, 0)
    return jalali_datetime(int(m[1]), int(m[2]), int(m[3]), hour, minute, second)


def parse_record(lines: list[str], *, path: str, index: int) -> Article | RecordProblem:
    """One record's lines (trailing commas removed) as an article."""
    if len(lines) < FIELDS:
        return RecordProblem(index, f"record has {len(lines)} lines, expected {FIELDS}")
    news_id, title = lines[0], lines[1]
    text = "\n".join(lines[2:-4])
    date, time, category, category2 = lines[-4:]
    if not news_id.isdigit():
        return RecordProblem(index, f"record id {news_id[:40]!r} is not a number")
    return corpus_article(
        "persica",
        path,
        index,
        fallback_date=False,  # a garbled Persica date stays unknown (never guessed)
        title=title,
        body=paragraphs(text, split_lines=True),
        news_code=news_id,
        published=parse_date(date, time),
        site=canonical_site(SITE),
        category=category.strip(" -") or category2.strip(" -") or None,
    )


class PersicaImporter:
    """Reads a Persica CSV file."""

    name = "persica"

    def sniff(self, path: Path, head: bytes) -> int:
        if _SNIFF.match(head):
            return 85
        return 45 if _SNIFF_CUT.match(head) else 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        lines: list[str] = []
        origin = str(path)
        index = -1
        with open_corpus(path) as stream:
            for raw_line in stream:
                line = raw_line.strip()
                if not line:
                    continue
                if line.endswith(","):
                    lines.append(line[:-1])
                    continue
                lines.append(line)
                index += 1
                if index >= start:
                    yield parse_record(lines, path=origin, index=index)
                lines = []
        if lines:
            index += 1
            if index >= start:
                yield RecordProblem(index, "record cut off at the end of the file")
        if index < 0:
            raise ImportError_("no Persica records in this file")


IMPORTER = PersicaImporter()
