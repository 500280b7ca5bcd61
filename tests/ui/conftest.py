"""Fixtures for the reader window tests: offscreen Qt and a small temp library."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest

from reader.core.article import Article, Paragraph

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

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


def show_main_window(qtbot: Any, library_path: Path, settings: Any) -> MainWindow:
    """A main window on the library at ``library_path``, shown at 1200x700.

    Nothing is marked read behind the test's back (``mark_read_delay_ms`` -1). For a
    window built in a theme or UI language set up first; close it with ``close_window``.
    """
    from reader.core.library import Library
    from reader.ui.db_worker import LibraryService
    from reader.ui.main_window import MainWindow

    settings.mark_read_delay_ms = -1
    window = MainWindow(Library.open(library_path), LibraryService(library_path), settings)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    return window


def close_window(window: Any) -> None:
    """Close a main window, its library worker and its library.

    The window lets go of the library before it is closed: a later test's language
    change re-counts the articles, and must not do so on a closed file.
    """
    window.close()
    window.service.close()
    library, window.library = window.library, None
    if library is not None:
        library.close()


@pytest.fixture
def main_window(qtbot, library_path: Path, settings, fast_display) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A shown main window on the 30-article library, as the app builds it (no focus
    set by the test)."""
    window = show_main_window(qtbot, library_path, settings)
    qtbot.waitExposed(window)
    yield window
    close_window(window)
