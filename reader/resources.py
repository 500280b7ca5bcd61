"""One resolver for bundled resources (fonts, icons, translations, demo articles).

Resources are plain files. They live in ``resources/`` at the top of a source
checkout, in ``reader/_resources`` inside an installed wheel, and in
``resources/`` beside the executable of a frozen (PyInstaller) bundle.
"""

from __future__ import annotations

import logging
import sys
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)


@cache
def resources_dir() -> Path:
    """The folder holding the bundled resources, wherever the app runs from."""
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "_resources")
    candidates.append(package_dir.parent / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    log.warning("resources folder not found; looked in %s", candidates)
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    """Path of one bundled resource, e.g. ``resource_path("fonts", "Vazirmatn-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)
