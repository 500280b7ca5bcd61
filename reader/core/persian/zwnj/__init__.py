"""ZWNJ (U+200C) restoration for Persian text whose scraper dropped them.

Use :func:`restore_zwnj` on hazm-normalized text. The evidence table loads lazily (once, under
a lock) on first use; :func:`warm_up` loads it ahead of time on a worker thread.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Mapping

from reader.core.persian.zwnj.letters import ZWNJ, strip_zwnj, visible
from reader.core.persian.zwnj.restorer import ZwnjRestorer
from reader.core.persian.zwnj.table import get_table

__all__ = [
    "ZWNJ",
    "ZwnjRestorer",
    "get_restorer",
    "plain_restorer",
    "restore_zwnj",
    "strip_zwnj",
    "use_learned",
    "visible",
]

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


def use_learned(decisions: Mapping[str, str]) -> None:
    """From now on restore with the spellings learned from the library (``learned.py``);
    an empty mapping goes back to the table alone. Safe while other threads restore: they
    finish with the restorer they hold."""
    global _restorer
    with _lock:
        _restorer = ZwnjRestorer(get_table(), dict(decisions))


@functools.cache
def plain_restorer() -> ZwnjRestorer:
    """A restorer on the table alone (what learning compares against)."""
    return ZwnjRestorer(get_table())


def is_loaded() -> bool:
    return _restorer is not None


def restore_zwnj(text: str) -> str:
    """``text`` with lost ZWNJs put back (words already containing one are kept)."""
    return get_restorer().restore(text)
