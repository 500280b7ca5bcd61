"""ZWNJ (U+200C) restoration for Persian text whose scraper dropped them.

Use :func:`restore_zwnj` on hazm-normalized text. The evidence table loads lazily (once, under
a lock) on first use; :func:`warm_up` loads it ahead of time on a worker thread.
"""

from __future__ import annotations

import threading

from reader.core.persian.zwnj.letters import ZWNJ, strip_zwnj, visible
from reader.core.persian.zwnj.restorer import ZwnjRestorer
from reader.core.persian.zwnj.table import get_table

__all__ = ["ZWNJ", "ZwnjRestorer", "get_restorer", "restore_zwnj", "strip_zwnj", "visible"]

_lock = threading.Lock()
_restorer: ZwnjRestorer | None = None


def get_restorer() -> ZwnjRestorer:
    """The shared restorer (built on first use)."""
    global _restorer
    if _restorer is None:
        with _lock:
            if _restorer is None:
                _restorer = ZwnjRestorer(get_table())
    return _restorer


def is_loaded() -> bool:
    return _restorer is not None


def restore_zwnj(text: str) -> str:
    """``text`` with lost ZWNJs put back (words already containing one are kept)."""
    return get_restorer().restore(text)
