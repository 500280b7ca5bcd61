"""The headless subcommands: import, list, show, stats, normalize."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from datetime import date
from pathlib import Path
from typing import IO, TypedDict

from reader.cli.parser import UsageError
from reader.core.library import Library, LibraryError
from reader.core.paths import library_path
from reader.core.query import ArticleQuery, SortKey

#: Arabic yeh and kaf as Persian ones (what display text does to a name, without hazm).
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


class CommandError(UsageError):
    """A runtime problem the user can fix (missing library, unknown id)."""


def _open(ns: argparse.Namespace, *, create: bool) -> Library:
    path = library_path(getattr(ns, "library", None))
    if not create and not path.exists():
        raise CommandError(
            f"no library at {path} yet (import something first: khabarkhan import PATH)"
        )
    # reading commands on a library they may not write (read-only media, a share)
    read_only = not create and not _writable(path)
    try:
        return Library.open(path, create=create, read_only=read_only)
    except LibraryError as exc:
        raise CommandError(str(exc)) from None


def _writable(path: Path) -> bool:
    """The library file and its folder (WAL's side files live there) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _mapping(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    mapping: dict[str, str] = {}
    for part in text.split(","):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise UsageError(
                f"bad --map entry {part!r} (expected FIELD=COLUMN, e.g. title=headline)"
            )
        field = field.strip()
        if field in mapping:
            raise UsageError(f"--map names the field {field!r} twice")
        mapping[field] = column.strip()
    from reader.core.importers.generic import FIELDS

    unknown = sorted(set(mapping) - {*FIELDS, "published"})
    if unknown:
        raise UsageError(f"--map: unknown field {unknown[0]!r} (fields: {', '.join(FIELDS)})")
    return mapping


def _count(n: int, noun: str) -> str:
    """A count with its noun: "1 new article", "3 new articles" (thousands separated)."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


class _Stop(TypedDict):
    """Ctrl+C during an import: whether a stop was asked for, and when (monotonic)."""

    requested: bool
    at: float


def cmd_import(ns: argparse.Namespace) -> int:
    from reader.cli.progress import ProgressBar
    from reader.core import importers
    from reader.core.library.importing import import_paths

    if ns.format:
        try:
            importers.get(ns.format)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from None
    mapping = _mapping(ns.map)
    if mapping and ns.format and ns.format != "generic":
        raise UsageError(
            f"--map names columns of JSON Lines, JSON or CSV exports (--format generic); "
            f"{ns.format} files have fixed fields"
        )
    paths = [Path(p).expanduser() for p in ns.paths]
    missing = [p for p in paths if not p.exists()]
    if len(missing) == len(paths):
        raise CommandError(f"no such file or folder: {missing[0]}")
    stop: _Stop = {"requested": False, "at": 0.0}

    def on_sigint(signum: int, frame: object) -> None:
        # First Ctrl+C: finish the current record, commit, report. A second one a
        # moment later aborts (the same key press can arrive twice: from the
        # terminal and forwarded by a wrapper such as ``uv run``).
        now = time.monotonic()
        if stop["requested"] and now - stop["at"] > 1.0:
            raise KeyboardInterrupt
        if not stop["requested"]:
            stop["requested"], stop["at"] = True, now
            print("\nstopping: saving what is imported (Ctrl+C again to abort)...", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_sigint)
    bar = ProgressBar(sys.stderr) if not ns.quiet else None
    library = _open(ns, create=True)
    try:
        report = import_paths(
            library,
            paths,
            format=ns.format,
            mapping=mapping,
            progress=bar,
            cancelled=lambda: stop["requested"],
            batch_size=ns.batch_size or 2000,
        )
        # the new articles that kept their ZWNJs teach the display text their spellings
        learned = library.learn_all_spellings(cancelled=lambda: stop["requested"])
    finally:
        signal.signal(signal.SIGINT, previous)
        if bar is not None:
            bar.finish()
        library.close()
    rate = (report.added + report.duplicates) / report.elapsed if report.elapsed else 0.0
    print(
        f"imported {_count(report.added, 'new article')}, "
        f"{_count(report.duplicates, 'duplicate')}, "
        f"{_count(report.unchanged_files, 'unchanged file')}, {len(report.skipped):,} skipped "
        f"in {report.elapsed:.1f} s ({rate:,.0f} articles/s) into {library.path}",
        file=sys.stderr,
    )
    for path, reason in report.skipped:
        print(f"  skipped {path}: {reason}", file=sys.stderr)
    for path, note in report.notes:
        print(f"  note {path}: {note}", file=sys.stderr)
    if learned:
        print(f"learned spellings from {_count(learned, 'ZWNJ-careful article')}", file=sys.stderr)
    if report.changed_files_kept:
        print(
            f"note: the articles of {_count(report.changed_files_kept, 'changed file')} were "
            "all in the library already; the text of their first import is kept",
            file=sys.stderr,
        )
    if report.unchanged_files and (ns.format or mapping):
        print(
            "note: files imported before are not read again, with another --format or --map "
            "either; import them into a new library (--library NEW) to read them differently",
            file=sys.stderr,
        )
    if report.cancelled:
        print(
            "import stopped; what was imported is kept. Run the same command again to continue.",
            file=sys.stderr,
        )
        return 130
    if report.skipped and not (report.added or report.duplicates or report.unchanged_files):
        return 1  # nothing could be read: a script must not take this for success
    if not report.files and not report.skipped:
        where = ", ".join(str(p) for p in paths)
        print(f"nothing to import: no files in {where}", file=sys.stderr)
        return 1
    return 0


def _query(ns: argparse.Namespace) -> ArticleQuery:
    from reader.core.jalali import parse_jalali_date_arg

    def day(text: str | None, option: str) -> date | None:
        if text is None:
            return None
        try:
            return parse_jalali_date_arg(text)
        except ValueError as exc:
            raise UsageError(f"{option}: {exc}") from None

    q = ArticleQuery(
        date_from=day(ns.date_from, "--from"),
        date_to=day(ns.date_to, "--to"),
        sites=frozenset(_canonical(s) for s in ns.site),
        sources=frozenset(_canonical(s) for s in ns.source),
        text=ns.query or "",
        unread_only=ns.unread,
        starred_only=ns.starred,
        sort=SortKey(ns.sort),
        # newest first, but names in alphabetical order (آ first) unless reversed
        descending=(ns.sort == "date") != ns.reverse,
    )
    if q.date_from and q.date_to and q.date_from > q.date_to:
        raise UsageError("--from is after --to")
    return q


def _canonical(name: str) -> str:
    from reader.core.library.encode import agency_name

    return agency_name(name) or name


def _use_learned_spellings(library: Library) -> None:
    """Restore ZWNJs with the spellings this library's careful articles settled."""
    decisions = library.learned_spellings()
    if decisions:
        from reader.core.persian import zwnj

        zwnj.use_learned(decisions)


def cmd_list(ns: argparse.Namespace) -> int:
    from reader.cli.output import article_json, table_header, table_line

    q = _query(ns)
    with _open(ns, create=False) as library:
        _use_learned_spellings(library)
        rows = library.page(q, ns.offset, ns.limit)
        if ns.jsonl:
            for row in rows:
                article = library.get(row.id)
                if article is not None:
                    print(json.dumps(article_json(article), ensure_ascii=False))
            return 0
        total = library.count(q)
        print(table_header())
        for row in rows:
            print(table_line(row))
        shown = f"{ns.offset + 1}-{ns.offset + len(rows)}" if rows else "none"
        print(f"({shown} of {total:,} matching articles)", file=sys.stderr)
    return 0


def cmd_show(ns: argparse.Namespace) -> int:
    from reader.cli.output import article_json, show_text

    with _open(ns, create=False) as library:
        article = library.get(ns.id)
        if article is not None:
            _use_learned_spellings(library)
    if article is None:
        raise CommandError(f"no article with id {ns.id}")
    if ns.json:
        print(json.dumps(article_json(article), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(show_text(article))
    return 0


def cmd_stats(ns: argparse.Namespace) -> int:
    from reader.cli.output import stats_json
    from reader.core.jalali import month_name, to_jalali

    with _open(ns, create=False) as library:
        stats = library.stats()
    if ns.json:
        print(json.dumps(stats_json(stats), ensure_ascii=False, indent=2))
        return 0
    print(f"articles: {stats.total:,} ({stats.undated:,} undated)")
    if stats.first_day and stats.last_day:
        first, last = (
            "{:04d}-{:02d}-{:02d}".format(*to_jalali(d)) for d in (stats.first_day, stats.last_day)
        )
        print(f"dates: {first} .. {last} (Gregorian {stats.first_day} .. {stats.last_day})")
    for title, items in (("sites", stats.sites), ("sources", stats.sources)):
        print(f"\n{title}:")
        for name, n in items:
            # names are stored canonical: Arabic letters folded, no hazm (1.5 s) for a list
            print(f"{n:>10,}  {name.translate(_PERSIAN_LETTERS)}")
    print("\nJalali months:")
    for y, m, n in stats.months:
        print(f"{n:>10,}  {y:04d}-{m:02d} {month_name(m)}")
    return 0


def _decoded_stdin() -> IO[str]:
    """Standard input in the encoding its first bytes show (UTF-8, with or without a BOM,
    UTF-16, Windows-1256), as the importers read files; binary input is a usage error."""
    import io

    from reader.core.importers._text_files import detect_encoding
    from reader.core.importers.base import ImportError_

    raw = getattr(sys.stdin, "buffer", None)
    if not isinstance(raw, io.BufferedReader):
        return sys.stdin  # already text (an embedding program, a test)
    try:
        encoding = detect_encoding(raw.peek(64 * 1024))
    except ImportError_ as exc:
        raise UsageError(f"standard input is not text: {exc}") from None
    # newline="\n": a lone CR stays inside its line (it becomes a space there)
    return io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="\n")


def cmd_normalize(ns: argparse.Namespace) -> int:
    from reader.core.persian.display import display_text

    if getattr(ns, "library", None):  # asked for: that library's learned spellings too
        with _open(ns, create=False) as library:
            _use_learned_spellings(library)
    stdin = _decoded_stdin()
    out = sys.stdout
    for line in stdin:
        text = line.rstrip("\r\n").replace("\r", " ")  # a lone CR inside a line: a space
        shown = display_text(text, restore_zwnj=not ns.no_zwnj, persian_digits=not ns.latin_digits)
        out.write(shown.replace("\n", " ") + "\n")
    out.flush()
    return 0
