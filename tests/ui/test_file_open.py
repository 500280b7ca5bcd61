"""macOS: files dropped on the Dock icon arrive as QEvent.FileOpen on the application."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from reader.core.library import Library
from reader.ui.app import FileOpenHandler, install_file_open_handler
from reader.ui.db_worker import LibraryService
from reader.ui.main_window import MainWindow


@pytest.fixture
def handler(qapp) -> Iterator[FileOpenHandler]:  # type: ignore[no-untyped-def]
    h = install_file_open_handler(qapp)
    yield h
    h.set_target(None)
    h._pending.clear()


def test_events_before_the_window_are_kept_and_coalesced(qtbot, handler, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert install_file_open_handler(app) is handler  # one per application
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    QCoreApplication.postEvent(app, QFileOpenEvent(str(a)))
    QCoreApplication.postEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(b))))
    QCoreApplication.postEvent(app, QFileOpenEvent(str(a)))  # Finder may repeat one
    qtbot.wait(300)  # no window yet: nothing is lost, nothing is called
    calls: list[list[Path]] = []
    handler.set_target(lambda paths: calls.append(list(paths)))
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    assert calls == [[a, b]]


def test_dock_drop_starts_the_command_line_import(  # type: ignore[no-untyped-def]
    qtbot, handler, library_path, settings, fast_display, tmp_path, monkeypatch
) -> None:
    window = MainWindow(Library.open(library_path), LibraryService(library_path), settings)
    qtbot.addWidget(window)
    started: list[tuple[list[Path], bool]] = []
    monkeypatch.setattr(
        window.import_controller,
        "start",
        lambda paths, select_first=False, **_kw: (
            started.append((list(paths), select_first)) or True
        ),
    )
    handler.set_target(window.import_paths)
    page = tmp_path / "page.txt"
    page.write_text("خبر", encoding="utf-8")
    QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(page)))
    qtbot.waitUntil(lambda: bool(started), timeout=2000)
    assert started == [([page], True)]  # as `khabarkhan PATH`: select the first new article
    window.close()
    window.service.close()
    window.library.close()
