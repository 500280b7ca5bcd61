"""Learning spellings from a library's careful articles, in the window (no issue target).

Measures, on the 1M-article synthetic library (nearly all of its articles keep their
ZWNJs): how fast the window's background learning goes, and whether the reader's search
changes slow down while it runs. The library's learning progress is reset afterwards.

Run: ``uv run python tests/benchmarks/bench_learning.py [N]``.
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
WORDS = ("ایران", "اقتصاد", "تهران", "مجلس", "دولت")


def child(library: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from reader.ui import app as app_module

    app_module.WARM_UP_DELAY_MS = 10**9  # learning starts when we say so
    app_module.create_application()
    window = app_module.create_window(Path(library))
    view = window.article_list

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.002)

    def timed(text: str) -> float:
        started = time.perf_counter()
        window.set_query(window.model.query.with_(text=text))
        view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    pump(1.0)
    idle = [timed(w) for w in WORDS]
    pump(0.5)
    started = time.perf_counter()
    window.spellings.start()
    pump(1.0)
    learning = []
    for word in WORDS:
        learning.append(timed(word))
        pump(0.3)
    seconds = time.perf_counter() - started
    row = window.library.connection.execute(
        "SELECT value FROM meta WHERE key = 'spellings_upto'"
    ).fetchone()
    print(json.dumps({"idle": idle, "learning": learning, "read": int(row[0]), "s": seconds}))
    sys.stdout.flush()
    os._exit(0)


def reset(library: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from reader.core.library import Library

    with Library.open(library) as lib, lib.transaction() as conn:
        conn.execute("DELETE FROM spelling_evidence")
        conn.execute("DELETE FROM meta WHERE key = 'spellings_upto'")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from synthetic import cached_library

    library = cached_library(n)
    reset(library)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        with tempfile.TemporaryDirectory() as config:
            env["XDG_CONFIG_HOME"] = config
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(library)],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
    finally:
        reset(library)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"child failed:\n{out.stderr[-2000:]}")
    r = json.loads(lines[-1])
    print(f"library: {library} ({n:,} articles)")
    print("search change, idle:     " + ", ".join(f"{ms:.0f}" for ms in r["idle"]) + " ms")
    print("search change, learning: " + ", ".join(f"{ms:.0f}" for ms in r["learning"]) + " ms")
    print(
        f"background learning read {r['read']:,} articles in {r['s']:.1f} s "
        f"({r['read'] / r['s']:,.0f} articles/s with its pauses)"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
