"""Import from the window: does the GUI thread stay responsive while it runs?

Writes N synthetic JSON Lines articles to a temp folder, imports them through
``ImportController`` (the same background job File → Import uses) and meanwhile
measures how late a 10 ms GUI timer fires. Prints articles/s and the GUI
thread's worst and 99th-percentile stall. Run:
``uv run python tests/benchmarks/bench_gui_import.py [N]`` (default 30000).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import random
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.library import Library
from reader.ui.import_ui import ImportController

WORDS = [
    "ایران",
    "پاکستان",
    "سفر",
    "رسمی",
    "ستاد",
    "نیروهای",
    "مسلح",
    "همکاری",
    "نظامی",
    "دفاعی",
    "گسترش",
    "اقتصاد",
    "نفت",
    "گاز",
    "مجلس",
    "دولت",
    "وزیر",
    "تهران",
    "استان",
    "شهرداری",
    "بازار",
    "ارز",
    "بورس",
    "ورزش",
    "فوتبال",
    "فرهنگ",
    "کتاب",
]


def write_corpus(path: Path, n: int) -> None:
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            record = {
                "title": f"خبر {i} " + " ".join(rng.sample(WORDS, 5)),
                "text": " ".join(rng.choice(WORDS) for _ in range(120)),
                "date": f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00",
                "site": rng.choice(["ایرنا", "ایسنا", "همشهری آنلاین"]),
                "url": f"https://example.ir/news/{i}",
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="khabarkhan-bench-") as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        write_corpus(corpus, n)
        library = folder / "library.sqlite"
        Library.open(library).close()
        window = QWidget()
        controller = ImportController(library, window, interactive=True)
        gaps: list[float] = []
        last = [time.monotonic()]

        def tick() -> None:
            now = time.monotonic()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        results: list[object] = []
        batches: list[float] = []
        controller.importFinished.connect(results.append)
        controller.batchImported.connect(lambda: batches.append(time.monotonic()))
        start = time.monotonic()
        controller.start([corpus])
        while not results:
            app.processEvents()
            time.sleep(0.002)
        elapsed = time.monotonic() - start
        report = results[0].report  # type: ignore[attr-defined]
        gaps.sort()
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
        print(
            f"imported {report.added} articles in {elapsed:.1f} s ({report.added / elapsed:.0f}/s)"
        )
        print(f"list refresh signals while importing: {len(batches)}")
        print(
            f"GUI timer (10 ms): worst stall {gaps[-1] * 1000:.0f} ms, "
            f"p99 {p99 * 1000:.0f} ms, median {gaps[len(gaps) // 2] * 1000:.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
