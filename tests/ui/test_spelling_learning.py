"""The window learns the library's own spellings in the background and shows them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.article import Article, Paragraph
from reader.core.library import Library
from reader.core.persian import zwnj
from reader.ui.db_worker import LibraryService
from reader.ui.spelling_learning import SpellingLearner

Z = "\u200c"
CAREFUL = f"نشست‌ها هم{Z}زمان با دیدارهای دیگر برگزار شد و آن‌ها می‌گویند"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[LibraryService]:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as library:
        library.add_articles(
            Article(title=f"خبر {i}", body=[Paragraph(CAREFUL)], news_code=str(i))
            for i in range(1, 4)
        )
    svc = LibraryService(path)
    yield svc
    svc.close()
    zwnj.use_learned({})


def test_learned_spellings_reach_the_display_text(qtbot, service: LibraryService) -> None:
    assert zwnj.restore_zwnj("همزمان") == "همزمان"  # the table alone keeps it joined
    learner = SpellingLearner(service)
    with qtbot.waitSignal(learner.learned, timeout=10000):
        learner.start()
    assert zwnj.restore_zwnj("همزمان") == f"هم{Z}زمان"
    # a second pass finds nothing new and changes nothing
    with qtbot.assertNotEmitted(learner.learned, wait=300):
        learner.start()
        qtbot.waitUntil(lambda: not service.is_busy(), timeout=5000)
