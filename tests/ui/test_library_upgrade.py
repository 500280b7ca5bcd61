"""Opening a library that needs a schema upgrade: the window appears at once with
"Upgrading library…" while the service's worker upgrades, then shows the rows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import reader.core.library as core_library
from reader.core.library import Library
from reader.ui.app import create_window


@pytest.fixture
def gated_upgrade(monkeypatch):  # type: ignore[no-untyped-def]
    """Pretend the library needs an upgrade that lasts until the test releases it.

    Only opens off the GUI thread wait (the service's worker, where the upgrade
    belongs); an open on the GUI thread while the gate is shut fails the test.
    """
    gate = threading.Event()
    gui_opens_while_shut: list[Path] = []
    real_open = Library.open.__func__  # type: ignore[attr-defined]

    def open_(cls, path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            if not gate.is_set():
                gui_opens_while_shut.append(Path(path))
        else:
            assert gate.wait(10), "the test never released the upgrade"
        return real_open(cls, path, *args, **kwargs)

    monkeypatch.setattr(Library, "open", classmethod(open_))
    monkeypatch.setattr(core_library, "needs_migration", lambda path: not gate.is_set())
    yield gate, gui_opens_while_shut
    gate.set()


def test_window_shows_upgrading_then_the_rows(  # type: ignore[no-untyped-def]
    qtbot, library_path, settings, fast_display, gated_upgrade, monkeypatch
) -> None:
    gate, gui_opens = gated_upgrade
    settings.language = "en"
    window = create_window(library_path, settings)
    assert window is not None
    qtbot.addWidget(window)
    started: list[list[Path]] = []
    monkeypatch.setattr(
        window.import_controller, "start", lambda paths, **_kw: started.append(list(paths))
    )
    try:
        assert window.isVisible()
        assert window.upgrading and window.library is None
        assert window.statusBar().currentMessage() == "Upgrading library…"
        assert window.model.rowCount() == 0
        assert not window.actions_by_id["import_files"].isEnabled()
        window.import_paths([library_path.parent / "later.txt"])  # e.g. a Dock drop: kept
        qtbot.wait(100)
        QApplication.processEvents()
        assert window.upgrading  # still waiting on the worker, the GUI thread is free
        assert gui_opens == []
        gate.set()
        qtbot.waitUntil(lambda: not window.upgrading, timeout=5000)
        assert window.library is not None
        assert window.model.rowCount() == 30
        assert window.statusBar().currentMessage() == ""
        assert window.actions_by_id["import_files"].isEnabled()
        assert started == [[library_path.parent / "later.txt"]]  # imported once open
    finally:
        gate.set()
        window.close()
        window.service.close()
        if window.library is not None:
            window.library.close()


def test_closing_during_the_upgrade_waits_for_it(  # type: ignore[no-untyped-def]
    qtbot, library_path, settings, fast_display, gated_upgrade
) -> None:
    gate, _ = gated_upgrade
    settings.language = "en"
    window = create_window(library_path, settings)
    qtbot.addWidget(window)
    try:
        assert not window.close()  # refused: the worker is mid-upgrade
        assert window.isVisible()
        gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        gate.set()
        window.service.close()
        if window.library is not None:
            window.library.close()
