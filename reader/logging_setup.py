"""Logging for the app and the CLI: stderr when there is one, and always a rotating file.

Why a file: the windowed builds (Windows .exe without console, macOS .app, a desktop-file
launch on Linux) have no visible stderr, so a bug report needs a log the user can find. The file
lives in platformdirs' user log directory (e.g. ~/.local/state/khabarkhan/log on Linux,
%LOCALAPPDATA%\\khabarkhan\\Logs on Windows, ~/Library/Logs/khabarkhan on macOS).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir

APP_NAME = "khabarkhan"
LOG_FILE_NAME = "khabarkhan.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_HANDLER_MARK = "_khabarkhan_handler"


def log_dir() -> Path:
    """The user's log folder for Khabarkhan (``KHABARKHAN_LOG_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("KHABARKHAN_LOG_DIR")
    return Path(override) if override else Path(user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """Path of the current log file."""
    return log_dir() / LOG_FILE_NAME


def _has_stderr() -> bool:
    # A windowed PyInstaller build on Windows sets sys.stderr to None.
    stream = sys.stderr
    return stream is not None and hasattr(stream, "write")


def configure_logging(verbose: bool = False) -> Path | None:
    """Set up the root logger once; calling it again only adjusts the stderr level.

    stderr gets WARNING and above (DEBUG with ``verbose``); the file gets INFO and above (DEBUG
    with ``verbose``). Returns the log file path, or None when the folder cannot be written (the
    app still runs; it only loses the file log, and says so on stderr).
    """
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]
    level = logging.DEBUG if verbose else logging.INFO
    stderr_level = logging.DEBUG if verbose else logging.WARNING
    if ours:
        for handler in ours:
            if isinstance(handler, logging.FileHandler):
                handler.setLevel(level)
            else:
                handler.setLevel(stderr_level)
        root.setLevel(level)
        return log_file()

    formatter = logging.Formatter(_FORMAT)
    root.setLevel(level)
    if _has_stderr():
        stream_handler = logging.StreamHandler(sys.stderr)
        stream_handler.setLevel(stderr_level)
        stream_handler.setFormatter(formatter)
        setattr(stream_handler, _HANDLER_MARK, True)
        root.addHandler(stream_handler)

    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): %s", path, exc)
        return None
    file_handler.setLevel(level)
    file_handler.setFormatter(formatter)
    setattr(file_handler, _HANDLER_MARK, True)
    root.addHandler(file_handler)
    logging.captureWarnings(True)
    _log_uncaught_exceptions()
    return path


def _log_uncaught_exceptions() -> None:
    """Send uncaught exceptions (PySide6 routes exceptions raised in slots here too) to the log.

    The stderr handler already prints them when there is a console, so the default hook is not
    called again; a hook installed by someone else (a debugger, pytest) still runs.
    """
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or previous is not sys.__excepthook__:
            previous(exc_type, exc, tb)
        if not issubclass(exc_type, KeyboardInterrupt):
            logging.getLogger("khabarkhan.uncaught").critical(
                "uncaught exception", exc_info=(exc_type, exc, tb)
            )

    sys.excepthook = hook
