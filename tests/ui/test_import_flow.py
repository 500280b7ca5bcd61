"""Importing from the window as a user does it: long names, big reports, closing mid-way."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from reader.core import importers
from reader.core.library import Library
from reader.core.library.importing import ImportProgress, import_paths
from reader.ui.db_worker import LibraryService
from reader.ui.import_ui import ImportJob, ImportProgressDialog, ImportReportDialog
from reader.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "scraped" / "defapress-483462.txt"
TITLE = "تعاملات نظامی- دفاعی ایران و پاکستان گسترش بیشتری مییابد"


def pages(folder: Path, n: int, start: int = 500000) -> Path:
    """``n`` scraped pages, each with its own news code and title."""
    sample = DATA.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        page = sample.replace("۴۸۳۴۶۲", str(start + i)).replace(TITLE, f"{TITLE} شماره {i}", 1)
        (folder / f"page-{i:04d}.txt").write_text(page, encoding="utf-8")
    return folder


@pytest.fixture
def window(qtbot, library_path, settings, fast_display) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings.mark_read_delay_ms = -1
    win = MainWindow(Library.open(library_path), LibraryService(library_path), settings)
    win.resize(1200, 700)
    win.show()
    qtbot.addWidget(win)
    yield win
    win.close()
    if win.library is not None:
        win.library.close()


def drop(window: MainWindow, paths: list[Path]) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(600, 350), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)  # Qt delivers no drop without the drag entering
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(600, 350),
        Qt.DropAction.CopyAction,
        mime,
        buttons,
        keys,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


# --- the progress dialog --------------------------------------------------------------


def test_a_long_file_name_is_elided_on_one_line(qtbot) -> None:
    """A scraper's long file name was wrapped, cut off at both ends and clipped at the
    bottom; now it is elided in the middle and the dialog keeps its width."""
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.width()
    name = "news_page_with_a_very_long_name_" * 6 + "483462.txt"
    path = f"/home/user/scrapes/{name}"
    dialog.update_progress(ImportProgress(2, 5000, 1234, 0, path, 850.0, 3.0, 95.0))
    qtbot.wait(20)
    label = dialog._file
    text = dialog.file_text()
    assert "…" in text and text.rstrip("\u2069").endswith("483462.txt")
    assert "File 3 of 5,000" in text or "File 3 of 5000" in text
    assert label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width()
    assert label.toolTip() == path
    assert dialog.width() == width
    dialog.resize(width + 300, dialog.height())  # wider: more of the name
    qtbot.wait(20)
    assert len(dialog.file_text()) > len(text)


def test_the_file_name_is_isolated_in_a_persian_line(qtbot, qapp) -> None:
    """A Latin file name after a Persian "file 3 of 5,000:" keeps its order."""
    from reader.ui.i18n import install_translator, remove_translators

    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    try:
        install_translator(qapp, "fa")
        dialog.update_progress(ImportProgress(2, 5000, 12, 0, "/x/page-00158.txt", 0.0, 1.0, None))
        assert "\u2068page-00158.txt\u2069" in dialog.file_text()
        assert "۵٬۰۰۰" in dialog.file_text()
    finally:
        remove_translators(qapp)
        install_translator(qapp, "en")


def test_the_time_left_ignores_a_slow_start_after_a_tiny_first_file(
    qtbot, library_path, tmp_path, monkeypatch
) -> None:
    """A 200-byte file sorted first, then a slow start (worker processes starting):
    the time left was measured from that file and said "about 12 h" of a short import."""
    folder = pages(tmp_path / "pages", 120)
    (folder / "a-tiny.txt").write_bytes(b"\x00\x01" * 100)
    read_head = importers.read_head
    first = threading.Event()

    def slow_start(path: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if path.name.startswith("page") and not first.is_set():
            first.set()
            time.sleep(0.8)
        return read_head(path, *args, **kwargs)

    monkeypatch.setattr(importers, "read_head", slow_start)

    def in_process(library, paths, **kw):  # type: ignore[no-untyped-def]
        return import_paths(library, paths, workers=0, **kw)

    job = ImportJob(library_path, [folder], import_fn=in_process)
    etas: list[float] = []
    job.progressed.connect(lambda p: p.eta is not None and etas.append(p.eta))
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        job.start()
    assert blocker.args[0].report.added == 120
    assert etas and max(etas) < 60, etas[:5]


def test_progress_names_the_file_it_counts(qtbot, library_path, tmp_path) -> None:
    """The name shown with "file k of n" is the k-th file, also when worker processes
    parse ahead (it was the file being prepared, ~150 files further on)."""
    folder = pages(tmp_path / "pages", 40)

    def with_workers(library, paths, **kw):  # type: ignore[no-untyped-def]
        return import_paths(library, paths, workers=2, batch_size=5, **kw)

    job = ImportJob(library_path, [folder], import_fn=with_workers)
    seen: list[tuple[int, str]] = []
    job.progressed.connect(lambda p: seen.append((p.files_done, Path(p.current_file).name)))
    import reader.core.library.importing as importing

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(importing, "PROGRESS_INTERVAL", 0.0)
        with qtbot.waitSignal(job.finished, timeout=60000):
            job.start()
    named = [(done, name) for done, name in seen if name and done < 40]
    assert named
    for done, name in named:
        assert name == f"page-{done:04d}.txt", (done, name)


# --- the report -------------------------------------------------------------------------


def report(skipped: list[tuple[str, str]], notes: list[tuple[str, str]] | None = None):  # type: ignore[no-untyped-def]
    return SimpleNamespace(
        added=5,
        duplicates=0,
        unchanged_files=0,
        skipped=skipped,
        notes=notes or [],
        cancelled=False,
        elapsed=3.0,
    )


def test_a_thousand_skipped_files_can_be_copied(qtbot) -> None:
    """Ctrl+C copies the selected rows, or every row, with the full paths."""
    skipped = [
        (f"/data/site{i % 7}/folder-{i // 100}/image-{i:05d}.jpg", "empty file")
        for i in range(1200)
    ]
    dialog = ImportReportDialog(report(skipped, [("/data/x.json", "record 3: note")]), 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.skipped_list
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(view, QKeySequence(QKeySequence.StandardKey.Copy))
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 1201
    assert lines[0] == "/data/site0/folder-0/image-00000.jpg\tempty file"
    assert lines[-1].startswith("/data/x.json\t")
    view.clearSelection()
    view.topLevelItem(1100).setSelected(True)
    view.topLevelItem(3).setSelected(True)
    qtbot.keySequence(view, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QGuiApplication.clipboard().text().splitlines() == [
        "/data/site3/folder-0/image-00003.jpg\tempty file",
        "/data/site1/folder-11/image-01100.jpg\tempty file",
    ]


def test_a_report_with_nothing_listed_is_compact(qtbot) -> None:
    """Without skipped files the summary floated in the middle of an empty 380 px dialog."""
    dialog = ImportReportDialog(report([]), 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() < 200
    assert dialog.summary.geometry().top() < 20
    listed = ImportReportDialog(report([("/a/b.bin", "empty file")]), 1)
    qtbot.addWidget(listed)
    listed.show()
    qtbot.waitExposed(listed)
    assert listed.height() >= 300


# --- the window -------------------------------------------------------------------------


def test_closing_the_window_mid_import_leaves_no_dialog(qtbot, window, tmp_path) -> None:
    """The progress dialog stayed up after the window closed, and the cancelled import's
    report then opened on its own; what landed is kept, consistently."""
    folder = pages(tmp_path / "pages", 60)
    controller = window.import_controller
    release = threading.Event()
    from reader.ui import import_job

    real = import_job._default_import_fn()

    def slow(library, paths, *, progress, cancelled, **kw):  # type: ignore[no-untyped-def]
        def step(p):  # type: ignore[no-untyped-def]
            progress(p)
            release.wait(0.05)

        return real(library, paths, progress=step, cancelled=cancelled, batch_size=5, **kw)

    controller._import_fn = slow
    drop(window, [folder])
    qtbot.waitUntil(lambda: controller.progress_dialog is not None, timeout=5000)
    qtbot.waitUntil(controller.progress_dialog.isVisible, timeout=5000)
    dialog = controller.progress_dialog
    window.close()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=20000)
    qtbot.wait(100)
    assert controller.report_dialog is None
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == []
    with Library.open(window.service.library_path) as lib:
        total = lib.total()
        files = lib.connection.execute("SELECT count(*), sum(complete) FROM files").fetchone()
    assert 30 <= total < 90
    assert files[0] == files[1] == total - 30
