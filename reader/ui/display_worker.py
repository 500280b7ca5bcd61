"""Display text on a worker thread, never on the GUI thread.

``display_text`` builds hazm's normalizer on first use (~1 s) and then costs a
few milliseconds per article: both too slow for the GUI thread while a key is
held down. One background thread renders the reading page's HTML; results
come back through a queued signal and stale ones (the user moved on) are
dropped by generation number.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from reader.core.persian import display

log = logging.getLogger(__name__)


def make_transform(restore_zwnj: bool, persian_digits: bool) -> Callable[[str], str]:
    """``display_text`` with the user's settings (tolerates the older signature)."""

    def transform(text: str) -> str:
        try:
            return display.display_text(
                text, restore_zwnj=restore_zwnj, persian_digits=persian_digits
            )
        except TypeError:
            return display.display_text(text)

    return transform


class DisplayWorker(QObject):
    """Runs ``job()`` off the GUI thread and emits ``done(generation, result)``."""

    done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="display")

    def submit(self, generation: int, job: Callable[[], object]) -> None:
        def run() -> None:
            try:
                result = job()
            except Exception:
                log.exception("display job failed")
                return
            self.done.emit(generation, result)

        self._executor.submit(run)

    def warm_up(self) -> None:
        """Build hazm's normalizer in the background (after the first paint)."""
        self._executor.submit(display.warm_up)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
