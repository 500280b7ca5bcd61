"""Registry of input formats: which importer reads which file.

Format modules are imported lazily by name from ``FORMAT_MODULES`` so a missing
or broken module (another helper's work in progress, an optional dependency)
never breaks the others: it is skipped with a debug log. Each module exposes a
module-level ``IMPORTER`` instance implementing ``reader.core.importers.base.Importer``.
"""

from __future__ import annotations

import codecs
import importlib
import logging
import threading
from pathlib import Path

from reader.core.importers.base import HEAD_SIZE, Importer, ImportError_

log = logging.getLogger(__name__)

FORMAT_MODULES: list[str] = [
    "scraped",
    "hamshahri",
    "pn_summary",
    "tnews",
    "persica",
    "mirastext",
    "tlpc",
    "farsi_news",
    "generic",
]
"""Module names under ``reader.core.importers``, in tie-break order for ``detect``."""

_lock = threading.Lock()
_loaded: list[Importer] | None = None
_extra: list[Importer] = []


def _load() -> list[Importer]:
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                found: list[Importer] = []
                for name in FORMAT_MODULES:
                    try:
                        module = importlib.import_module(f"{__name__}.{name}")
                    except Exception as exc:  # a broken format module must not break the others
                        log.debug("importer module %s unavailable: %s", name, exc)
                        continue
                    importer = getattr(module, "IMPORTER", None)
                    if importer is None:
                        log.debug("importer module %s has no IMPORTER", name)
                        continue
                    found.append(importer)
                _loaded = found
    return _loaded


def importers() -> list[Importer]:
    """Every available importer (registered extras first, then ``FORMAT_MODULES`` order)."""
    return [*_extra, *_load()]


def __getattr__(name: str) -> object:
    # ``IMPORTERS`` is computed on first access so importing this package stays cheap.
    if name == "IMPORTERS":
        return importers()
    raise AttributeError(name)


def builtin_names() -> list[str]:
    """Names of the importers from ``FORMAT_MODULES`` (importable in any process)."""
    return [imp.name for imp in _load() if all(e.name != imp.name for e in _extra)]


def register(importer: Importer) -> None:
    """Add an importer at run time (tests, plug-ins); it wins ties against built-ins."""
    unregister(importer.name)
    _extra.insert(0, importer)


def unregister(name: str) -> None:
    """Remove an importer added with ``register``."""
    _extra[:] = [imp for imp in _extra if imp.name != name]


def names() -> list[str]:
    """Names of the available formats, for ``--format`` help and errors."""
    return [imp.name for imp in importers()]


def get(name: str) -> Importer:
    """The importer called ``name``; ``KeyError`` with the known names when there is none."""
    for importer in importers():
        if importer.name == name:
            return importer
    raise KeyError(f"unknown format {name!r} (known: {', '.join(names()) or 'none'})")


def read_head(path: Path) -> bytes:
    """The first ``HEAD_SIZE`` bytes of a file (what ``sniff`` sees)."""
    with path.open("rb") as fh:
        return fh.read(HEAD_SIZE)


def _sniffable(head: bytes) -> bytes:
    """A UTF-16 head as UTF-8 bytes: sniffers look for byte markers (``{``, ``<DOC>``,
    `` *** ``) that UTF-16 spells with NULs between; the readers decode UTF-16 anyway."""
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" not in head:
        return head
    from reader.core.importers._text_files import detect_encoding

    try:
        encoding = detect_encoding(head)
    except ImportError_:
        return head  # binary: the sniffers refuse it as they are
    if not encoding.replace("_", "-").lower().startswith("utf-16"):
        return head
    return head.decode(encoding, errors="ignore").lstrip("\ufeff").encode("utf-8")


def detect(path: Path, head: bytes | None = None) -> Importer | None:
    """The importer with the highest ``sniff`` score above 0, or ``None``.

    A sniffer that raises is treated as "not mine" so one buggy format cannot stop
    an import of a folder of other files.
    """
    if head is None:
        head = read_head(path)
    head = _sniffable(head)
    best: Importer | None = None
    best_score = 0
    for importer in importers():
        try:
            score = int(importer.sniff(path, head))
        except Exception as exc:
            log.debug("sniff of %s by %s failed: %s", path, importer.name, exc)
            continue
        if score > best_score:
            best, best_score = importer, score
    return best
