"""Shared fixtures: a temporary library and a tiny line-based test format.

The ``fakelines`` format lets library/import/CLI tests exercise the pipeline
(multi-record files, bad records, resume) independently of the real parsers.
File layout: first line ``FAKE``, then one record per line
``title|site|YYYY-MM-DD HH:MM|body|news_code`` (Tehran time); a line ``BAD`` is a
bad record; a line ``RAISE`` makes the whole file fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.core import importers
from reader.core.article import Article, Paragraph
from reader.core.importers.base import ImportError_, RecordProblem
from reader.core.library import Library

TEHRAN = ZoneInfo("Asia/Tehran")


class FakeLinesImporter:
    name = "fakelines"

    def sniff(self, path: Path, head: bytes) -> int:
        return 90 if head.startswith(b"FAKE\n") else 0

    def read(
        self, path: Path, *, mapping: dict[str, str] | None = None, start: int = 0
    ) -> Iterator[Article | RecordProblem]:
        from reader.core.text_decoding import read_text

        lines = read_text(path).splitlines()[1:]
        for index, line in enumerate(lines):
            if index < start:
                continue
            if line == "RAISE":
                raise ImportError_("broken on purpose")
            parts = line.split("|")
            if len(parts) != 5:
                yield RecordProblem(index, "expected 5 fields")
                continue
            title, site, when, body, code = parts
            if title.startswith("?"):  # a record imported with something to say about it
                yield RecordProblem(index, "title guessed", kept=True)
                title = title[1:]
            yield Article(
                title=title,
                site=site or None,
                published=datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TEHRAN)
                if when
                else None,
                body=[Paragraph(p) for p in body.split("//")],
                news_code=code or None,
                origin_index=index,
            )


def write_fake(path: Path, records: list[str], encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("FAKE\n" + "\n".join(records) + "\n").encode(encoding))
    return path


@pytest.fixture
def fake_format() -> Iterator[FakeLinesImporter]:
    importer = FakeLinesImporter()
    importers.register(importer)
    yield importer
    importers.unregister(importer.name)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture(autouse=True)
def _isolated_logging(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Iterator[None]:
    """The CLI configures logging: keep its log file out of the user's folder, and drop its
    handlers after each test (their stderr stream is the test's captured one)."""
    import logging

    monkeypatch.setenv("KHABARKHAN_LOG_DIR", str(tmp_path_factory.getbasetemp() / "logs"))
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_khabarkhan_handler", False)]:
        root.removeHandler(handler)
        handler.close()
