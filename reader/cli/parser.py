"""Command-line syntax of the headless subcommands (argparse, one-line errors)."""

from __future__ import annotations

import argparse
from typing import NoReturn

from reader.version import app_version

COMMANDS = ("import", "list", "show", "stats", "normalize")


class UsageError(Exception):
    """A user mistake on the command line; printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        if "--query" in message and "expected one argument" in message:
            # argparse reads "--query -ایران" as two options
            message += "; a query that starts with - is written --query=-word"
        raise UsageError(f"{message} (see {self.prog} --help)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    if value > _LARGEST:
        raise argparse.ArgumentTypeError(f"too large: {text}")
    return value


_LARGEST = 2**63 - 1  # SQLite's largest integer (an id, a limit)


def _library(text: str) -> str:
    """An empty ``--library ""`` (an unset ``$LIB``) must not fall back to the real library."""
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a path")
    return text


def build_parser(prog: str) -> argparse.ArgumentParser:
    from reader.cli import commands

    common = _Parser(add_help=False)
    common.add_argument(
        "--library",
        metavar="PATH",
        type=_library,
        default=argparse.SUPPRESS,
        help="library file (default: $KHABARKHAN_LIBRARY or the user data folder)",
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log debugging details on stderr",
    )
    parser = _Parser(
        prog=prog,
        description="Khabarkhan (خبرخوان): read Persian news archives. Without a command "
        "the reader window opens; 'khabarkhan PATH...' opens it and imports PATHs.",
        parents=[common],
    )
    parser.add_argument("--self-test", action="store_true", help="check the installation")
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", parents=[common], help="import files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
    p.add_argument("--format", metavar="NAME", help="force an input format (default: detect)")
    p.add_argument(
        "--map",
        metavar="FIELD=COLUMN,...",
        help="column mapping for JSONL/CSV, e.g. title=headline,body=text,date=published",
    )
    p.add_argument("--batch-size", type=_positive, default=2000, help=argparse.SUPPRESS)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=commands.cmd_import)

    p = sub.add_parser("list", parents=[common], help="list articles, newest first")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="Jalali day, e.g. 1400-07-01")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="Jalali day, inclusive")
    p.add_argument("--site", action="append", default=[], help="publishing agency (repeatable)")
    p.add_argument("--source", action="append", default=[], help="original agency (repeatable)")
    p.add_argument("--query", default="", metavar="TEXT", help="full-text search")
    p.add_argument("--unread", action="store_true", help="only unread articles")
    p.add_argument("--starred", action="store_true", help="only starred articles")
    p.add_argument("--sort", choices=["date", "title", "site"], default="date")
    p.add_argument(
        "--reverse",
        "--oldest-first",
        dest="reverse",
        action="store_true",
        help="reverse the order (dates newest first and titles or sites from آ by default)",
    )
    p.add_argument("--limit", type=_positive, default=50)
    p.add_argument("--offset", type=_positive, default=0)
    p.add_argument("--jsonl", action="store_true", help="one JSON object per article")
    p.set_defaults(func=commands.cmd_list)

    p = sub.add_parser("show", parents=[common], help="show one article")
    p.add_argument("id", type=_positive, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=commands.cmd_show)

    p = sub.add_parser("stats", parents=[common], help="counts per site, source and month")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=commands.cmd_stats)

    p = sub.add_parser("normalize", parents=[common], help="stdin text -> display text")
    p.add_argument("--latin-digits", action="store_true", help="keep digits Latin")
    p.add_argument("--no-zwnj", action="store_true", help="do not restore ZWNJs")
    p.set_defaults(func=commands.cmd_normalize)
    return parser
