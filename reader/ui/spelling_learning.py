"""Spellings learned from the library, in the background, one short job at a time.

The core learns from the library's ZWNJ-correct articles (``Library.learn_spellings``);
here that runs on the database worker a slice of articles per job, so the reader's own
queries never wait long behind it, and the decisions then go to the display text: the
reading pane and the list show the library's own spellings from the next render on.
It runs once the window has painted and after every import.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from reader.ui.db_worker import LibraryService

log = logging.getLogger(__name__)

TAG = "spellings"
#: Pause between two slices of learning (each takes ~0.05 s): learning then holds the
#: interpreter about a third of the time and the window stays about as quick as idle.
PAUSE_MS = 100


class SpellingLearner(QObject):
    """Learns spellings on the worker, then hands them to the display text."""

    #: New learned spellings are in use: re-render what shows display text.
    learned = Signal()

    def __init__(self, service: LibraryService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._running = False
        self._again = False
        self._in_use: dict[str, str] = {}  # the learned spellings the display text uses

    def start(self) -> None:
        """Learn from articles not read yet (a no-op pass when there are none)."""
        if self._running:
            self._again = True  # an import finished while learning: one more round
            return
        self._running = True
        self._next_slice()

    def _next_slice(self) -> None:
        self._service.submit(
            lambda library: library.learn_spellings(), self._on_slice, self._on_error, tag=TAG
        )

    def _on_slice(self, result: Any) -> None:
        _careful, done = result
        if not done:
            # a breath between slices: the worker is free for the reader's own queries
            # and the GUI thread gets the interpreter (learning is Python work)
            QTimer.singleShot(PAUSE_MS, self._next_slice)
            return
        self._service.submit(_decisions, self._apply, self._on_error, tag=TAG)

    def _apply(self, decisions: Any) -> None:
        self._running = False
        if decisions != self._in_use:
            from reader.core.persian import zwnj

            zwnj.use_learned(decisions)
            self._in_use = decisions
            log.info("display text uses %d spellings learned from the library", len(decisions))
            self.learned.emit()
        if self._again:
            self._again = False
            self.start()

    def _on_error(self, error: Exception) -> None:
        self._running = False
        log.warning("learning spellings from the library failed: %s", error)


def _decisions(library: Any) -> dict[str, str]:
    """The library's learned spellings, with the ZWNJ table loaded here on the worker
    (using them builds a restorer on the GUI thread, which must not load ~2 MB there)."""
    decisions: dict[str, str] = library.learned_spellings()
    if decisions:
        from reader.core.persian.zwnj.table import get_table

        get_table()
    return decisions
