"""Display text on a worker thread, never on the GUI thread.

``display_text`` builds hazm's normalizer on first use (~1 s) and then costs a
few milliseconds per article: both too slow for the GUI thread while a key is
held down. One background thread renders the reading page's HTML; results
come back through a queued signal of a process-lifetime bridge object (so a
closed pane is never signalled from another thread) and stale ones (the user
moved on) are dropped by generation number.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from reader.core.persian import display

log = logging.getLogger(__name__)


def make_transform(
    restore_zwnj: bool, persian_digits: bool, *, quick: bool = False
) -> Callable[[str], str]:
    """``display_text`` with the user's settings (``quick``: its hazm-free form, cheap
    enough for the GUI thread while hazm loads)."""
    show = display.quick_display_text if quick else display.display_text

    def transform(text: str) -> str:
        return show(text, restore_zwnj=restore_zwnj, persian_digits=persian_digits)

    return transform


class _Bridge(QObject):
    """Lives for the whole process, so a worker thread never emits on a deleted object."""

    done = Signal(int, int, object)  # worker key, generation, result
    table_loaded = Signal(int)  # worker key: the ZWNJ table is loaded (hazm not yet)
    warmed = Signal(int)  # worker key: hazm and the ZWNJ table are loaded


_bridge: _Bridge | None = None
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="display")
_keys = itertools.count(1)


def _get_bridge() -> _Bridge:
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()  # created on the GUI thread by the first DisplayWorker
    return _bridge


class DisplayWorker(QObject):
    """Runs ``job()`` off the GUI thread and emits ``done(generation, result)``."""

    done = Signal(int, object)
    #: ``display_text`` is loaded: from now on it is cheap enough for short texts (a title
    #: in ~60 µs) even on the GUI thread.
    ready = Signal()
    #: the ZWNJ table is loaded: ``quick_display_text`` restores ZWNJs while hazm loads
    quickReady = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = next(_keys)
        self._bridge = _get_bridge()
        self._bridge.done.connect(self._on_done)
        self._bridge.warmed.connect(self._on_warmed)
        self._bridge.table_loaded.connect(self._on_table_loaded)
        self._listening = True

    def _on_done(self, key: int, generation: int, result: object) -> None:
        if key == self._key:
            self.done.emit(generation, result)

    def _on_warmed(self, key: int) -> None:
        if key == self._key:
            self.ready.emit()

    def _on_table_loaded(self, key: int) -> None:
        if key == self._key:
            self.quickReady.emit()

    def submit(self, generation: int, job: Callable[[], object]) -> None:
        bridge, key = self._bridge, self._key

        def run() -> None:
            try:
                result = job()
            except Exception:
                log.exception("display job failed")
                return
            bridge.done.emit(key, generation, result)

        _executor.submit(run)

    def warm_up(self) -> None:
        """Build hazm's normalizer in the background (after the first paint); ``ready``
        follows on the GUI thread."""
        bridge, key = self._bridge, self._key

        def run() -> None:
            try:
                display.warm_up(table_loaded=lambda: bridge.table_loaded.emit(key))
            except Exception:
                log.exception("loading the display text pipeline failed")
                return
            bridge.warmed.emit(key)

        _executor.submit(run)

    def shutdown(self) -> None:
        """Stop listening; a job still running finishes and is ignored (idempotent)."""
        if not self._listening:
            return
        self._listening = False
        with contextlib.suppress(RuntimeError):
            self._bridge.done.disconnect(self._on_done)
        with contextlib.suppress(RuntimeError):
            self._bridge.warmed.disconnect(self._on_warmed)
        with contextlib.suppress(RuntimeError):
            self._bridge.table_loaded.disconnect(self._on_table_loaded)
