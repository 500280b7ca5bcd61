"""How long the sidebar's background queries take on a 1M-article library.

Every filter change makes the sidebar ask the worker thread for site and source
facet counts and the month histogram (plus the day histogram when the timeline
is zoomed). They never block the window, but they decide how soon the counts
and the timeline catch up with a click. Also times painting the timeline with
the full corpus histogram, which does happen on the GUI thread.

Run: ``uv run python tests/benchmarks/bench_gui_sidebar.py [N]`` (N defaults to
1,000,000; the synthetic library is cached under /tmp/khabarkhan-bench).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from reader.core.library import Library  # noqa: E402
from reader.core.query import ArticleQuery  # noqa: E402

RUNS = 3


def best_ms(fn: Callable[[], object]) -> float:
    """Best of RUNS wall-clock times in milliseconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def sidebar_refresh(library: Library, q: ArticleQuery) -> None:
    """The jobs one ``Sidebar.refresh`` submits (timeline not zoomed)."""
    library.facet_counts(q, "site")
    library.facet_counts(q, "source")
    library.month_histogram(q)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    from synthetic import cached_library

    path = cached_library(n)
    library = Library.open(path)
    print(f"library: {path} ({library.total():,} articles)")
    months = library.month_histogram(ArticleQuery())
    busiest = max(months, key=lambda m: m[2])
    sites = library.facet_counts(ArticleQuery(), "site")
    queries = {
        "no filter": ArticleQuery(),
        "one site": ArticleQuery(sites=frozenset({sites[0][0]})),
        "a date range (one year)": ArticleQuery(
            date_from=date(2020, 3, 20), date_to=date(2021, 3, 20)
        ),
        "search text": ArticleQuery(text="ایران"),
        "unread only": ArticleQuery(unread_only=True),
    }
    for name, q in queries.items():
        total = best_ms(lambda q=q: sidebar_refresh(library, q))
        site = best_ms(lambda q=q: library.facet_counts(q, "site"))
        hist = best_ms(lambda q=q: library.month_histogram(q))
        days = best_ms(lambda q=q: library.day_histogram(q, busiest[0], busiest[1]))
        print(
            f"sidebar refresh, {name}: {total:.0f} ms in the worker "
            f"(site facet {site:.0f} ms, month histogram {hist:.0f} ms; "
            f"day histogram of {busiest[0]}/{busiest[1]} {days:.0f} ms)"
        )
    library.close()

    from PySide6.QtWidgets import QApplication

    from reader.ui.sidebar.timeline import Timeline

    app = QApplication.instance() or QApplication([])
    timeline = Timeline()
    timeline.resize(260, timeline.height())
    timeline.set_months(months)
    timeline.show()
    app.processEvents()
    paint = best_ms(timeline.grab)
    print(f"timeline paint with {len(timeline.bars())} month bars: {paint:.1f} ms (GUI thread)")


if __name__ == "__main__":
    main()
