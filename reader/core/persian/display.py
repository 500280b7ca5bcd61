"""Display text: how an article's raw text is shown to a reader.

hazm's ``Normalizer`` costs about a second and 140 MB to build, so one instance
is built lazily, once, under a lock (the GUI warms it up on a worker thread) and
reused. Raw text is never modified in storage; this is applied on the way out.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()
_normalizer: Any = None


def _get_normalizer() -> Any:
    global _normalizer
    if _normalizer is None:
        with _lock:
            if _normalizer is None:
                from hazm import Normalizer  # heavy import: keep it lazy

                log.debug("building hazm Normalizer")
                _normalizer = Normalizer()
    return _normalizer


def warm_up() -> None:
    """Build the normalizer now (call from a worker thread at start-up)."""
    _get_normalizer()


def is_ready() -> bool:
    """True once the normalizer is built, so callers can avoid blocking on it."""
    return _normalizer is not None


def display_text(text: str) -> str:
    """The display form of one piece of raw text (one line or a paragraph)."""
    if not text:
        return text
    return str(_get_normalizer().normalize(text))
