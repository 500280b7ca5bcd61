"""A damaged default library: a double-click user can set it aside and go on."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from reader.ui import app as app_module
from tests.ui.conftest import close_window

JUNK = b"\x13\x37 not a database " * 1000


@pytest.mark.parametrize("accept", [True, False])
def test_damaged_library_is_set_aside_only_when_the_user_says_so(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, settings, fast_display, monkeypatch, accept: bool
) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(JUNK)
    asked: list[str] = []

    def answer(where: Path, detail: str) -> bool:
        assert where == path
        asked.append(detail)
        return accept

    monkeypatch.setattr(app_module, "ask_to_set_aside", answer)
    settings.language = "en"
    window = app_module.create_window(path, settings)
    assert len(asked) == 1 and "damaged" in asked[0]
    aside = list(tmp_path.glob("library.sqlite3.damaged-*"))
    if not accept:
        assert window is None
        assert path.read_bytes() == JUNK and aside == []
        return
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.library is not None and window.library.total() == 0
        assert [p.read_bytes() for p in aside] == [JUNK]  # kept, under a new name
    finally:
        close_window(window)


def test_the_question_names_both_ways(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    seen: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    detail = "library /x/library.sqlite3 is damaged or not a library (file is not a database)"
    asked = app_module.ask_to_set_aside(Path("/x/library.sqlite3"), detail)
    assert asked is False  # nothing clicked
    box = seen[0]
    assert "/x/library.sqlite3" in box.text() and "damaged" in box.text()
    assert "nothing is deleted" in box.informativeText() and box.detailedText() == detail
    buttons = sorted(b.text() for b in box.buttons() if b.text() != "Show Details...")
    assert buttons == ["Quit", "Start a new library"]


def _damage_the_end(path: Path, pages: int) -> None:
    """Overwrite the file's last pages (its header and schema stay readable)."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    size = 4096
    last = len(data) // size
    for page in range(max(last - pages, 2), last):
        data[page * size : (page + 1) * size] = b"\xa5" * size
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("pages", "count_read"), [(120, False), (80, True)])
def test_a_library_damaged_inside_says_so_once_instead_of_an_empty_list(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, settings, fast_display, pages: int, count_read: bool
) -> None:
    """Said once, however often the list is read again (an import, another writer). With
    80 pages gone the count still works but the rows behind it do not: the working count
    made every refresh open one more warning over the last."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import build_library, make_articles

    path = build_library(tmp_path / "library.sqlite", make_articles(400))
    _damage_the_end(path, pages)
    settings.language = "en"
    window = app_module.create_window(path, settings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(
            lambda: window.findChild(QMessageBox, "libraryUnreadable") is not None, timeout=3000
        )
        box = window.findChild(QMessageBox, "libraryUnreadable")
        assert "could not be read" in box.text() and "malformed" in box.detailedText()
        assert (window.model.rowCount() == 400) == count_read
        for _ in range(3):
            window.model.refresh()
            qtbot.wait(100)  # the list is painted: its rows are read again, and fail
        assert len(window.findChildren(QMessageBox, "libraryUnreadable")) == 1
    finally:
        close_window(window)
