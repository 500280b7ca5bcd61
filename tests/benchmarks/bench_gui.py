"""Reader window speed with a 1M-article library (issue 3 targets).

Measures, in fresh offscreen processes with empty settings:
- first rows painted after process start (target ≤ 1.0 s),
- a filter or search change re-querying and repainting the list (≤ 100 ms),
- scrolling the list to the end (≤ 50 ms),
- resident memory before hazm is loaded (≤ 200 MB).

Run: ``uv run python tests/benchmarks/bench_gui.py [N]`` (default N = 1,000,000; the
synthetic library is built once by ``synthetic.cached_library`` under /tmp).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(mode: str, library: str) -> None:
    """Runs in the measured process: opens the window and reports on the first paint."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject, QTimer

    from reader.ui import app as app_module

    app_module.WARM_UP_DELAY_MS = 10**9  # keep hazm out: "RSS before hazm loads"
    app = app_module.create_application()
    window = app_module.create_window(Path(library))
    view = window.article_list

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.model.rowCount() > 0:
                view.viewport().removeEventFilter(self)
                stamp = time.time()
                if mode == "first-paint":
                    report = {
                        "painted_at": stamp,
                        "rss_mb": rss_mb(),
                        "rows": window.model.rowCount(),
                    }
                    print(json.dumps(report), flush=True)
                    os._exit(0)
                QTimer.singleShot(0, lambda: operations(window))
            return False

    painter = FirstPaint()
    view.viewport().installEventFilter(painter)
    app.exec()


def settle(window) -> None:  # type: ignore[no-untyped-def]
    """Let the previous change's facet counts finish (one user action at a time)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + 30
    QApplication.processEvents()
    while window.service.is_busy() and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def timed_change(window, query) -> float:  # type: ignore[no-untyped-def]
    """Milliseconds from a new query to the list repainted with it."""
    settle(window)
    started = time.perf_counter()
    window.set_query(query)
    window.article_list.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def timed_scroll(window, to_end: bool) -> float:  # type: ignore[no-untyped-def]
    """Milliseconds to scroll the list to its end (or top) and repaint."""
    view = window.article_list
    started = time.perf_counter()
    if to_end:
        view.scrollToBottom()
    else:
        view.scrollToTop()
    view.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def operations(window) -> None:  # type: ignore[no-untyped-def]
    """Filter/search changes and scrolling, each timed to a synchronous repaint."""
    from PySide6.QtWidgets import QApplication

    view = window.article_list
    base = window.model.query
    sites = [name for name, _ in window.library.facet_counts(base, "site")[:2]]
    changes = {
        "site filter": base.with_(sites=frozenset(sites[:1])),
        "two sites": base.with_(sites=frozenset(sites)),
        "search word": base.with_(text="ایران"),
        "search two words": base.with_(text="ایران پاکستان"),
        "search prefix": base.with_(text="اقتصاد*"),
        "unread only": base.with_(unread_only=True),
        "sort by title": base.with_(sort=base.sort.TITLE, descending=False),
        "back to all": base,
    }
    results = {name: timed_change(window, query) for name, query in changes.items()}
    settle(window)
    scroll = timed_scroll(window, to_end=True)
    scroll_top = timed_scroll(window, to_end=False)
    rss_before_hazm = rss_mb()
    hazm_loaded = "hazm" in sys.modules

    # Once display text has loaded, list titles are display text too (hazm + ZWNJs).
    from reader.core.persian import display
    from reader.ui.display_worker import make_transform

    display.warm_up()
    window.model.set_title_display(make_transform(restore_zwnj=True, persian_digits=True))
    for name in ("search word", "sort by title", "back to all"):
        results[f"{name}, titles as display text"] = timed_change(window, changes[name])
    settle(window)
    scroll_display = timed_scroll(window, to_end=True)
    view.scrollToTop()
    window.model.set_title_display(None)

    # With an article selected, a filter change also looks up its new row (row_of).

    display.display_text = lambda text, **_kw: text  # keep hazm out of these timings
    display.is_ready = lambda: True
    view.select_row(100)
    QApplication.processEvents()
    for name in ("site filter", "search word", "back to all"):
        results[f"{name}, article selected"] = timed_change(window, changes[name])
    report = {
        "changes_ms": results,
        "scroll_end_ms": scroll,
        "scroll_top_ms": scroll_top,
        "scroll_end_display_ms": scroll_display,
        "rss_mb": rss_before_hazm,
        "hazm_loaded": hazm_loaded,
        "cached_rows": window.model.cached_row_count(),
    }
    print(json.dumps(report, ensure_ascii=False), flush=True)
    os._exit(0)


def spawn(mode: str, library: Path) -> tuple[float, dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as config:
        env["XDG_CONFIG_HOME"] = config  # empty settings: default query, nothing selected
        started = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, str(library)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"child failed:\n{out.stderr[-2000:]}")
    return started, json.loads(lines[-1])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from synthetic import cached_library

    library = cached_library(n)
    print(f"library: {library} ({n:,} articles)")
    spawn("first-paint", library)  # warm the OS file cache once
    firsts = []
    for _ in range(RUNS):
        started, report = spawn("first-paint", library)
        firsts.append(report["painted_at"] - started)
    first_rss = report["rss_mb"]
    print(
        f"first rows on screen after process start: {min(firsts):.2f} s best, "
        f"{sorted(firsts)[len(firsts) // 2]:.2f} s median of {RUNS} (target ≤ 1.0 s); "
        f"RSS then {first_rss:.0f} MB"
    )
    _, ops = spawn("operations", library)
    for name, ms in ops["changes_ms"].items():
        print(f"filter/search change '{name}': {ms:.1f} ms (target ≤ 100 ms)")
    print(f"scroll to end: {ops['scroll_end_ms']:.1f} ms (target ≤ 50 ms)")
    print(f"scroll back to top: {ops['scroll_top_ms']:.1f} ms")
    print(
        f"scroll to end, titles as display text: {ops['scroll_end_display_ms']:.1f} ms "
        "(target ≤ 50 ms)"
    )
    print(
        f"RSS before hazm loads: {ops['rss_mb']:.0f} MB (target ≤ 200 MB; "
        f"hazm loaded: {ops['hazm_loaded']}); rows cached by the model: {ops['cached_rows']}"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
