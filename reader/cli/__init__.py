"""The ``khabarkhan`` command: the reader window, or headless subcommands.

``khabarkhan`` alone opens the window; ``khabarkhan PATH...`` opens it and
imports the paths; ``khabarkhan --self-test`` runs the installation checks;
``import``/``list``/``show``/``stats``/``normalize`` run without a display.
User mistakes print one line on stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.cli.parser import COMMANDS, UsageError, build_parser

log = logging.getLogger(__name__)

PROG = "khabarkhan"


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8", errors="replace")


def fail(message: str, code: int = 2) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


_VALUE_OPTIONS = ("--library",)
"""Global options that take a value (it must not be mistaken for a command or a path)."""
_FLAG_OPTIONS = ("-v", "--verbose")


def _command_word(argv: list[str]) -> str | None:
    """The first word that is neither an option nor the value of a global option.

    ``khabarkhan --library X list --limit 1`` must find ``list`` (not ``X``), or the
    command line would be taken for a GUI one and ``--limit`` rejected.
    """
    it = iter(argv)
    for arg in it:
        if arg in _VALUE_OPTIONS:
            next(it, None)
        elif not arg.startswith("-"):
            return arg
    return None


def _verbose(argv: list[str]) -> bool:
    return any(a in _FLAG_OPTIONS for a in argv)


def _setup_logging(verbose: bool) -> None:
    """Log to stderr (WARNING+, or DEBUG with ``-v``) and to the user's log file."""
    try:
        from reader.logging_setup import configure_logging
    except ImportError:  # pragma: no cover - a broken install still runs the commands
        return
    configure_logging(verbose=verbose)


def _split_library_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """Take ``--library PATH`` / ``--library=PATH`` out of a GUI-style command line."""
    library: str | None = None
    rest: list[str] = []
    it = iter(argv)
    for arg in it:
        if arg == "--library" or arg.startswith("--library="):
            library = next(it, None) if arg == "--library" else arg.split("=", 1)[1]
            if library is None or not library.strip():
                raise UsageError("--library needs a path")
        elif arg in _FLAG_OPTIONS:
            continue
        else:
            rest.append(arg)
    return library, rest


def _no_display() -> bool:
    """Linux without X11 or Wayland (an ssh shell, a container): Qt would abort."""
    env = os.environ
    return (
        sys.platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and not env.get("QT_QPA_PLATFORM")
    )


def _run_gui(paths: list[Path], library: str | None) -> int:
    if _no_display():
        hint = " (to import without it: khabarkhan import PATH...)" if paths else ""
        return fail(f"no display for the reader window: DISPLAY is not set{hint}", 1)
    try:
        from reader.ui.app import run
    except ImportError as exc:
        return fail(f"GUI not available ({exc}); the subcommands still work, see --help", 1)
    return int(run(paths=paths, library=Path(library).expanduser() if library else None))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``khabarkhan`` console script; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    _setup_logging(_verbose(args))
    _utf8_streams()
    try:
        if "--self-test" in args:
            from reader.selftest import main as self_test

            return int(self_test())
        first = _command_word(args)
        wants_help = any(a in ("-h", "--help", "--version") for a in args)
        if first not in COMMANDS and not wants_help:
            library, rest = _split_library_option(args)
            options = [a for a in rest if a.startswith("-")]
            if options:
                raise UsageError(f"unknown option {options[0]} (see {PROG} --help)")
            missing = [a for a in rest if not Path(a).expanduser().exists()]
            if missing:
                raise UsageError(
                    f"{missing[0]!r} is neither a command ({', '.join(COMMANDS)}) "
                    "nor an existing file or folder"
                )
            return _run_gui([Path(a).expanduser() for a in rest], library)
        parser = build_parser(PROG)
        ns = parser.parse_args(args)
        return int(ns.func(ns))
    except UsageError as exc:
        return fail(str(exc))
    except BrokenPipeError:
        # ``khabarkhan list | head``: the reader went away; not an error. Point stdout
        # at devnull so the interpreter's final flush does not complain again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except sqlite3.Error as exc:
        # The library went bad after it opened (another program holds it, the file is
        # damaged): one line that says what to do, not a traceback.
        log.debug("library error", exc_info=True)
        return fail(library_problem(exc), 1)


def library_problem(exc: sqlite3.Error) -> str:
    """A one-line explanation of a SQLite error met while using a library."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"the library is in use by another program ({text}); try again when it is done"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"the library file is damaged ({text}); restore a backup or import into a new one"
    return f"library error: {text}"
