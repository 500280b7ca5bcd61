"""A one-line terminal progress bar for imports (stderr, only on a terminal)."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

from reader.core.library.importing import ImportProgress


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ProgressBar:
    """Redraws one line with a bar, article count, rate and ETA."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.enabled = bool(getattr(stream, "isatty", lambda: False)())
        self.drawn = False

    def __call__(self, p: ImportProgress) -> None:
        if not self.enabled:
            return
        width = shutil.get_terminal_size((80, 20)).columns
        done = p.articles_added + p.duplicates
        eta = f" ETA {_clock(p.eta)}" if p.eta is not None else ""
        text = (
            f" {done:,} articles ({p.articles_added:,} new) {p.rate:,.0f}/s"
            f" files {p.files_done}/{p.files_total} {_clock(p.elapsed)}{eta}"
        )
        bar_width = 20
        fraction = p.files_done / p.files_total if p.files_total else 0.0
        filled = int(bar_width * fraction)
        line = f"[{'#' * filled}{'.' * (bar_width - filled)}]{text}"
        self.stream.write("\r" + line[: width - 1].ljust(width - 1))
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
