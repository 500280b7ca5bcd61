"""Where the library lives by default.

The user data directory (platformdirs) keeps the library out of the working
directory; ``KHABARKHAN_LIBRARY`` and ``--library`` override it so tests, scripts
and power users can keep several libraries side by side.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "khabarkhan"
ENV_LIBRARY = "KHABARKHAN_LIBRARY"
LIBRARY_FILE = "library.sqlite3"


def default_library_path() -> Path:
    """The library in the platform's user data directory (not created here)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / LIBRARY_FILE


def library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library to use: ``explicit`` (``--library``), else ``$KHABARKHAN_LIBRARY``."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_LIBRARY, "").strip()
    if env:
        return Path(env).expanduser()
    return default_library_path()
