"""pn_summary corpus: ``train/dev/test`` TSV files of news with summaries.

Semantics follow ``hazm.PnSummaryReader`` (hazm 0.12,
``hazm/corpus_readers/pn_summary_reader.py``): tab-separated ``csv`` rows with
the header ``id title article summary category categories network link``,
fields stripped, Persian ``categories`` split on ``+``. hazm reads a folder
subset with the ``csv`` module's default field limit, which the corpus's long
articles exceed; here one file is read at a time with the limit raised, and a
row with the wrong number of columns is reported and skipped instead of
stopping the file.

Mapping: ``[n]`` (the corpus's encoded newline) separates body paragraphs;
``summary`` is the lead; ``network`` (Shana, Imna, Mehr, Irna, Khabaronline,
Tahlilbazaar) is the site; the first Persian category is the category and all
of them are tags; the number in the link is the news code. The corpus has no
dates: ``published`` stays ``None`` unless the link carries one.
"""

from __future__ import annotations

import csv
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from reader.core.article import Article, Paragraph
from reader.core.importers._corpus import canonical_site, news_code_from_url
from reader.core.importers._records import corpus_article, open_corpus
from reader.core.importers.base import ImportError_, RecordProblem

log = logging.getLogger(__name__)

COLUMNS = ("id", "title", "article", "summary", "category", "categories", "network", "link")
_HEADER = "\t".join(COLUMNS).encode()
_NEWLINE_TOKEN = re.compile(r"\s*\[n\]\s*")
_HEX_ID = re.compile(rb"^[0-9a-f]{40}\t", re.M)

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def decode_paragraphs(text: str) -> list[Paragraph]:
    """Body paragraphs of a pn_summary article (``[n]`` marks a newline)."""
    return [Paragraph(part) for part in _NEWLINE_TOKEN.split(text) if part.strip()]


def parse_row(row: list[str], *, path: str, index: int) -> Article | RecordProblem:
    """One data row as an article."""
    if len(row) != len(COLUMNS):
        return RecordProblem(index, f"row has {len(row)} columns, expected {len(COLUMNS)}")
    row_id, title, text, summary, category_en, categories, network, link = (f.strip() for f in row)
    body = decode_paragraphs(text)
    if not title and not body:
        return RecordProblem(index, f"row {row_id or index} has no title and no text")
    cats = [c.strip() for c in categories.split("+") if c.strip()]
    return corpus_article(
        "pn_summary",
        path,
        index,
        title=title,
        body=body,
        lead=" ".join(_NEWLINE_TOKEN.split(summary)).strip(),
        news_code=news_code_from_url(link),
        site=canonical_site(network),
        url=link or None,
        category=cats[0] if cats else (category_en or None),
        tags=cats,
    )


class PnSummaryImporter:
    """Reads one pn_summary TSV split."""

    name = "pn_summary"

    def sniff(self, path: Path, head: bytes) -> int:
        first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].rstrip(b"\r")
        if first == _HEADER:
            return 100
        if _HEX_ID.match(head) and head.split(b"\n", 1)[0].count(b"\t") == len(COLUMNS) - 1:
            return 70  # a split saved without its header
        return 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        index = -1  # data rows seen (the header row is not counted)
        origin = str(path)
        with open_corpus(path) as stream:
            reader = csv.reader(stream, delimiter="\t")
            try:
                for row in reader:
                    if index < 0 and [c.strip().lstrip("\ufeff") for c in row] == list(COLUMNS):
                        continue  # header
                    if not row:
                        continue
                    index += 1
                    if index < start:
                        continue
                    yield parse_row(row, path=origin, index=index)
            except csv.Error as exc:
                # an unbalanced quote swallowed the rest of the file: report it, keep what was read
                yield RecordProblem(index + 1, f"unreadable TSV from line {reader.line_num}: {exc}")
        if index < 0:
            raise ImportError_("no pn_summary rows in this file")


IMPORTER = PnSummaryImporter()
