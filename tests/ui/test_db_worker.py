"""LibraryService: jobs run off the GUI thread, results come back on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread


def test_result_delivered_on_gui_thread(qtbot, service) -> None:
    seen: dict[str, object] = {}

    def job(lib):  # type: ignore[no-untyped-def]
        seen["job_thread"] = threading.get_ident()
        return lib.total()

    def done(result: int) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is service.thread()

    service.submit(job, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 30
    assert seen["gui"] is True
    assert seen["job_thread"] != threading.get_ident()


def test_error_goes_to_on_error(qtbot, service) -> None:
    errors: list[Exception] = []

    def boom(lib):  # type: ignore[no-untyped-def]
        raise ValueError("bad")

    service.submit(boom, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_tagged_jobs_replace_each_other(qtbot, service) -> None:
    gate = threading.Event()
    results: list[int] = []
    service.submit(lambda lib: gate.wait(5))  # keeps the worker busy
    for i in range(5):
        service.submit(lambda lib, i=i: i, results.append, tag="facets")
    gate.set()
    qtbot.waitUntil(lambda: not service.is_busy(), timeout=5000)
    assert results == [4]


def test_writes_emit_library_changed(qtbot, service) -> None:
    with qtbot.waitSignal(service.libraryChanged, timeout=5000):
        service.submit(lambda lib: lib.set_read([1], True), writes=True)
    got: list[object] = []
    service.submit(lambda lib: lib.get(1).read, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [True]
