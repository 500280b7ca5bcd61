"""Fixtures for the reader window tests: offscreen Qt and a small temp library."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.core.article import Article, Paragraph

TEHRAN = ZoneInfo("Asia/Tehran")
SITES = ["ایرنا", "ایسنا", "دفاع‌پرس"]

SAMPLE_BODY = [
    Paragraph(
        "به گزارش گروه سایر رسانه‌های دفاع‌پرس، سردار سرلشکر پاسدار «محمد باقری» رئیس ستاد"
        " کل نیروهای مسلح در بدو ورود به پایگاه هوایی «نورخان» در اسلام‌آباد اظهار داشت:"
        " این دومین سفر رسمی به کشور پاکستان است (برابر با 12 October 2021)."
    ),
    Paragraph("افغانستان و همفکری ایران و پاکستان برای جهان اسلام", heading=True),
    Paragraph(
        "سردار باقری گفت: از جمله موضوعات مهم این مقطع زمانی، مسئله افغانستان و وضعیت این"
        " کشور است. ایران و پاکستان در افغانستان نگرانی‌های فراوانی دارند."
    ),
]


def make_articles(n: int) -> list[Article]:
    """``n`` articles, newest first by index 0 = oldest; every third from another site."""
    start = datetime(2021, 10, 12, 20, 53, tzinfo=TEHRAN)
    articles = []
    for i in range(n):
        articles.append(
            Article(
                title=f"خبر شماره {i} درباره پاکستان" if i % 5 else f"iPhone {i} عرضه شد",
                overline="سرلشکر باقری:",
                lead="رئیس ستاد کل نیروهای مسلح با تاکید بر ارتباطات عمیق سخن گفت.",
                body=list(SAMPLE_BODY),
                news_code=str(483000 + i),
                published=start - timedelta(hours=i),
                site=SITES[i % 3],
                source="ایرنا",
                url=f"https://www.defapress.ir/fa/news/{483000 + i}",
                origin_path=f"/tmp/sample-{i}.txt",
                format="scraped",
            )
        )
    return articles


def build_library(path: Path, articles: list[Article]) -> Path:
    from reader.core.library import Library

    with Library.open(path) as library:
        library.add_articles(articles)
    return path


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A library of 30 articles."""
    return build_library(tmp_path / "library.sqlite", make_articles(30))


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from reader.ui.settings import Settings

    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Settings(qs)


@pytest.fixture
def service(qtbot, library_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from reader.ui.db_worker import LibraryService

    svc = LibraryService(library_path)
    yield svc
    svc.close()


@pytest.fixture
def fast_display(monkeypatch):  # type: ignore[no-untyped-def]
    """Display text without hazm (fast, deterministic): digits and ZWNJ untouched."""
    from reader.core.persian import display

    monkeypatch.setattr(display, "display_text", lambda text, **_kw: text)
    monkeypatch.setattr(display, "is_ready", lambda: True)
    monkeypatch.setattr(display, "warm_up", lambda **_kw: None)
