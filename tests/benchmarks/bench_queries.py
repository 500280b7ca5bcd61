"""Library query speed on a 1M-article synthetic library (issue 3's GUI budgets).

Budgets: a filter/search change (count + first page) <= 100 ms, scroll to the end
(last page) <= 50 ms. Facet counts and histograms run off the GUI thread but
should still feel instant. Counts are measured with the count cache cleared.

    uv run python tests/benchmarks/bench_queries.py [N | PATH.db]   # N defaults to 1,000,000
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synthetic import cached_library

from reader.core.library import Library
from reader.core.query import ArticleQuery, SortKey


def timed(
    lib: Library, fn: Callable[[], object], repeat: int = 5, clear: bool = True
) -> tuple[float, float]:
    """(first call ms, median of the next ``repeat`` calls ms).

    ``clear`` empties the count cache and the full-text hit tables before each call
    (a new query); page fetches while scrolling run with them cached, as in the GUI.
    """
    times = []
    for _ in range(repeat + 1):
        if clear:
            lib._counts.clear()
            lib._hits.clear()  # a new search text: its hit table is built again
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times[1:])


def main() -> None:
    arg = sys.argv[1] if len(sys.argv) > 1 else "1000000"
    path = Path(arg) if not arg.isdigit() else cached_library(int(arg))
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    started = time.perf_counter()
    lib = Library.open(path, create=False)
    print(f"library: {path} opened in {(time.perf_counter() - started) * 1000:.1f} ms")
    q = ArticleQuery()
    total = lib.total()
    print(f"articles: {total:,}")
    month = ArticleQuery(date_from=date(2016, 9, 22), date_to=date(2016, 10, 21))
    year = ArticleQuery(date_from=date(2016, 3, 20), date_to=date(2017, 3, 20))
    one_site = q.with_(sites=frozenset({"فارس"}))
    two_sites = q.with_(sites=frozenset({"مهر", "تسنیم"}))
    text = q.with_(text="پاکستان")
    rare = q.with_(text="افغانستان نگرانی")
    phrase = q.with_(text='"جمهوری اسلامی"')
    mixed = year.with_(text="ایران -اقتصاد", sites=frozenset({"ایرنا", "فارس"}))
    prefix = q.with_(text="اقتصاد*")
    lib.set_read(range(1, 200_001, 3), True)
    unread = q.with_(unread_only=True)
    queries = {
        "all": q,
        "one month": month,
        "one year": year,
        "one site": one_site,
        "two sites": two_sites,
        "unread": unread,
        "text 'پاکستان'": text,
        "text two words": rare,
        "text phrase": phrase,
        "text prefix": prefix,
        "year+2 sites+text+NOT": mixed,
        "title sort": q.with_(sort=SortKey.TITLE, descending=False),
        "site sort": q.with_(sort=SortKey.SITE),
    }
    print(f"\n{'query':<24}{'count':>10}{'count ms':>10}{'first pg':>10}{'last pg':>10}"
          f"{'mid pg':>10}{'change':>10}")  # fmt: skip
    for name, query in queries.items():
        count = lib.count(query)
        _, c_ms = timed(lib, lambda query=query: lib.count(query))
        lib.count(query)
        _, first = timed(lib, lambda q=query: lib.page(q, 0, 100), 3, clear=False)
        end = max(0, count - 100)
        _, last = timed(lib, lambda q=query, o=end: lib.page(q, o, 100), 3, clear=False)
        _, mid = timed(lib, lambda q=query, o=count // 2: lib.page(q, o, 100), 3, clear=False)

        def change(query: ArticleQuery = query) -> None:
            lib.count(query)
            lib.page(query, 0, 100)

        _, change_ms = timed(lib, change, repeat=3)
        print(f"{name:<24}{count:>10,}{c_ms:>10.1f}{first:>10.1f}{last:>10.1f}{mid:>10.1f}"
              f"{change_ms:>10.1f}")  # fmt: skip
    print("\n(change = count + first page of 100 rows, the GUI's filter/search budget 100 ms;")
    print(" last pg = scroll to the end, budget 50 ms)\n")
    others = {
        "facet site (all)": lambda: lib.facet_counts(q, "site"),
        "facet source (all)": lambda: lib.facet_counts(q, "source"),
        "facet site (text, hits cached)": lambda: lib.facet_counts(text, "site"),
        "facet site (one year)": lambda: lib.facet_counts(year, "site"),
        "month histogram (all)": lambda: lib.month_histogram(q),
        "month histogram (site)": lambda: lib.month_histogram(one_site),
        "month histogram (text, cached)": lambda: lib.month_histogram(text),
        "day histogram": lambda: lib.day_histogram(q, 1395, 7),
        "date bounds": lib.date_bounds,
        "row_of (deep)": lambda: lib.row_of(q, 123_456),
        "next_unread": lambda: lib.next_unread(q, total // 2),
        "stats": lib.stats,
        "get": lambda: lib.get(500_000),
    }
    for name, fn in others.items():
        lib.facet_counts(text, "site")  # the sidebar runs after the list: hits are cached
        first, median = timed(lib, fn, repeat=3, clear="cached" not in name)
        print(f"{name:<32}{median:>10.1f} ms  (first {first:.1f})")
    lib.set_read(range(1, 200_001, 3), False)
    lib.close()


if __name__ == "__main__":
    main()
