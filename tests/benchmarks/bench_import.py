"""Import throughput on scraped pages (issue 2 §4: >= 2,000 articles/s for 3 KB articles).

Builds (once, cached under /tmp/khabarkhan-bench/) a corpus of ~3 KB scraped text
pages in the Defapress sample's layout from the real samples' sentences, then
imports it through ``import_paths`` into a fresh library and prints the rate.

    uv run python tests/benchmarks/bench_import.py [N_PAGES]
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synthetic import CACHE_DIR, make_articles, scraped_page

from reader.core.library import Library
from reader.core.library.importing import import_paths


def build_corpus(n: int) -> Path:
    folder = CACHE_DIR / f"scraped-{n}"
    done = folder / ".done"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for i, article in enumerate(make_articles(n, seed=7, paragraphs=(3, 5))):
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"page-{i:07d}.txt").write_text(scraped_page(article), encoding="utf-8")
    done.write_text("ok\n")
    return folder


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    corpus = build_corpus(n)
    sizes = [p.stat().st_size for p in corpus.rglob("*.txt")]
    print(f"corpus: {len(sizes):,} pages, mean {statistics.mean(sizes) / 1024:.1f} KB")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load average before: {load} ({os.cpu_count()} cores)")
    db = CACHE_DIR / "bench-import.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with Library.open(db) as library:
        started = time.perf_counter()
        report = import_paths(library, [corpus])
        seconds = time.perf_counter() - started
        print(
            f"imported {report.added:,} articles ({report.duplicates:,} duplicates, "
            f"{len(report.skipped)} skipped) in {seconds:.1f} s"
        )
        print(f"import rate: {report.added / seconds:,.0f} articles/s (target >= 2,000)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS: {peak:.0f} MB (parsing workers: {workers:.0f} MB each at most)")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        started = time.perf_counter()
        again = import_paths(library, [corpus])
        print(
            f"re-import (unchanged files): {again.unchanged_files:,} files in "
            f"{time.perf_counter() - started:.2f} s"
        )


if __name__ == "__main__":
    main()
