"""Which files an import reads: the paths given, folders walked.

A walk of its own because what it leaves out matters as much as what it finds: hidden
entries (``.git``, ``.DS_Store``: one line each, not their contents), and anything that is
not a regular file (a named pipe would block the import forever, a broken link cannot be
read), each reported with its reason. Linked folders are followed (corpora often sit on
another disk), but a folder reached twice, through a link loop or given twice, is read
once. The order is stable (sorted), so ids and resume points repeat.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def collect_files(paths: Sequence[Path], skipped: list[tuple[str, str]]) -> list[Path]:
    """Files under ``paths`` in a stable order (sorted walk, hidden entries skipped)."""
    files: list[Path] = []

    def walk_error(exc: OSError) -> None:
        skipped.append((str(exc.filename), f"cannot read folder: {exc.strerror}"))

    reported: set[Path] = set()

    def regular(path: Path) -> bool:
        # A named pipe or device would block (or never end) when read: skip it, say why.
        if path.is_file():
            return True
        if path not in reported:
            reported.add(path)
            reason = "broken link" if path.is_symlink() and not path.exists() else None
            skipped.append((str(path), reason or "not a regular file"))
        return False

    folders_read: set[str] = set()
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists() and not path.is_symlink():
            skipped.append((str(path), "no such file or folder"))
        elif path.is_dir():
            for root, dirs, names in os.walk(path, onerror=walk_error, followlinks=True):
                real = os.path.realpath(root)
                if real in folders_read:
                    if Path(root) != path:  # (a folder given twice is simply read once)
                        skipped.append((root, "link to a folder read already"))
                    dirs[:] = []
                    continue
                folders_read.add(real)
                for hidden in sorted(n for n in (*dirs, *names) if _is_hidden(n)):
                    kind = "hidden folder" if hidden in dirs else "hidden file"
                    skipped.append((os.path.join(root, hidden), kind))
                dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
                found = (Path(root) / n for n in sorted(names) if not _is_hidden(n))
                files.extend(f for f in found if regular(f))
        elif regular(path):
            files.append(path)
    return list(dict.fromkeys(files))  # a file given twice is read once
