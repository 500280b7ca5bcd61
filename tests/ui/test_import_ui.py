"""Import from the window: background job, progress, cancel, report, drag and drop."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QWidget

from reader.core.library import Library
from reader.core.library.importing import ImportProgress, ImportReport
from reader.resources import resource_path
from reader.ui.import_ui import (
    ImportController,
    ImportJob,
    ImportProgressDialog,
    ImportReportDialog,
    accepts,
    paths_from,
)

TLPC = sorted(resource_path("samples", "tlpc").glob("*.json"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two real TLPC articles and one binary file."""
    src = tmp_path / "incoming"
    src.mkdir()
    for sample in TLPC[:2]:
        shutil.copy(sample, src / sample.name)
    (src / "picture.bin").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    )
    return src


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    return path


def run_job(qtbot, job: ImportJob, timeout: int = 20000):
    with qtbot.waitSignal(job.finished, timeout=timeout) as blocker:
        job.start()
    return blocker.args[0]


def test_job_imports_reports_progress_and_skips_binary(qtbot, folder, library_path) -> None:
    job = ImportJob(library_path, [folder])
    progress: list[ImportProgress] = []
    job.progressed.connect(progress.append)
    result = run_job(qtbot, job)
    report = result.report
    assert report.added == 2
    assert not report.cancelled
    assert [Path(p).name for p, _ in report.skipped] == ["picture.bin"]
    assert progress and progress[-1].files_total == 3
    assert result.first_new_id is not None
    with Library.open(library_path) as lib:
        assert lib.total() == 2
        first = lib.get(result.first_new_id)
        assert (
            first is not None
            and Path(first.origin_path).name == sorted(p.name for p in TLPC[:2])[0]
        )


def test_first_new_id_points_past_existing_articles(qtbot, folder, library_path, tmp_path) -> None:
    first_batch = tmp_path / "first"
    first_batch.mkdir()
    shutil.copy(TLPC[2], first_batch / TLPC[2].name)
    run_job(qtbot, ImportJob(library_path, [first_batch]))
    result = run_job(qtbot, ImportJob(library_path, [folder]))
    with Library.open(library_path) as lib:
        article = lib.get(result.first_new_id)
        assert Path(article.origin_path).parent == folder


def test_cancel_before_start_imports_nothing(qtbot, folder, library_path) -> None:
    job = ImportJob(library_path, [folder])
    job.cancel()
    result = run_job(qtbot, job)
    assert result.report.cancelled
    assert result.report.added == 0
    assert result.first_new_id is None


def test_cancel_stops_a_running_import(qtbot, library_path) -> None:
    """A long import (simulated) stops soon after Cancel; batches signal as they land."""
    started = threading.Event()

    def slow_import(library, paths, *, format, progress, cancelled):
        added = 0
        t0 = time.monotonic()
        while not cancelled():
            started.set()
            added += 10
            progress(ImportProgress(1, 10, added, 0, "big.jsonl", added / 0.1, 0.1, 5.0))
            time.sleep(0.02)
            if time.monotonic() - t0 > 10:
                break
        return ImportReport(added=added, cancelled=cancelled())

    job = ImportJob(library_path, [Path("big.jsonl")], import_fn=slow_import)
    batches: list[int] = []
    job.batchLanded.connect(batches.append)
    with qtbot.waitSignal(job.finished, timeout=15000) as blocker:
        job.start()
        assert started.wait(5)
        qtbot.wait(700)
        t_cancel = time.monotonic()
        job.cancel()
    assert time.monotonic() - t_cancel < 2
    assert blocker.args[0].report.cancelled
    assert batches, "no batch signal while running"


def test_failure_is_reported_not_raised(qtbot, library_path) -> None:
    def broken(library, paths, **_kw):
        raise RuntimeError("disk on fire")

    job = ImportJob(library_path, [Path("x")], import_fn=broken)
    with qtbot.waitSignal(job.failed, timeout=10000) as blocker:
        job.start()
    assert "disk on fire" in blocker.args[0]


def test_progress_dialog_texts(qtbot) -> None:
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    dialog.update_progress(
        ImportProgress(2, 5, 1234, 3, "/data/news/ham2_01.xml", 850.0, 3.0, 95.0)
    )
    assert "1,234" in dialog.count_text() or "1234" in dialog.count_text()
    assert "ham2_01.xml" in dialog.file_text() and "3" in dialog.file_text()
    assert "850" in dialog.rate_text() and "minute" in dialog.rate_text()
    fired: list[bool] = []
    dialog.cancelRequested.connect(lambda: fired.append(True))
    dialog.reject()  # Esc cancels the import rather than hiding the dialog
    dialog.reject()
    assert fired == [True]
    assert dialog.is_cancelling()


def test_report_dialog_lists_skipped_files(qtbot) -> None:
    report = ImportReport(
        added=3,
        duplicates=1,
        skipped=[("/tmp/a/picture.bin", "binary file"), ("/tmp/a/x.csv", "record 4: no title")],
        elapsed=1.5,
    )
    dialog = ImportReportDialog(report, first_new_id=7)
    qtbot.addWidget(dialog)
    assert dialog.skipped_rows() == [
        ("/tmp/a/picture.bin", "binary file"),
        ("/tmp/a/x.csv", "record 4: no title"),
    ]
    assert "3" in dialog.summary.text()
    assert dialog.show_first_button is not None
    dialog.show_first_button.click()
    assert dialog.show_first_requested


def test_report_dialog_without_new_articles(qtbot) -> None:
    dialog = ImportReportDialog(ImportReport(cancelled=True), first_new_id=None)
    qtbot.addWidget(dialog)
    assert dialog.show_first_button is None
    assert dialog.skipped_list.isHidden()
    assert "cancelled" in dialog.summary.text()


def test_controller_runs_import_and_offers_first_article(qtbot, folder, library_path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    changed: list[bool] = []
    service = SimpleNamespace(notify_changed=lambda: changed.append(True))
    controller = ImportController(library_path, window, service)  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.importFinished, timeout=20000):
        assert controller.start([folder])
        assert not controller.start([folder])  # one import at a time
    assert not controller.is_running()
    assert changed
    dialog = controller.report_dialog
    assert dialog is not None
    assert [Path(p).name for p, _ in dialog.skipped_rows()] == ["picture.bin"]
    with qtbot.waitSignal(controller.showArticleRequested, timeout=2000) as blocker:
        dialog.show_first_button.click()
    assert isinstance(blocker.args[0], int)


def test_controller_select_first_without_asking(qtbot, folder, library_path) -> None:
    (folder / "picture.bin").unlink()
    controller = ImportController(library_path, None, interactive=False)
    with qtbot.waitSignal(controller.showArticleRequested, timeout=20000) as blocker:
        controller.start([folder], select_first=True)
    assert blocker.args[0] >= 1
    assert controller.report_dialog is None


def test_drop_helpers(tmp_path: Path) -> None:
    existing = tmp_path / "a.txt"
    existing.write_text("x", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(existing)), QUrl("https://example.com/feed.xml")])
    assert paths_from(mime) == [existing]
    assert accepts(mime)
    gone = QMimeData()
    gone.setUrls([QUrl.fromLocalFile(str(tmp_path / "missing.txt"))])
    assert not accepts(gone)
    text_only = QMimeData()
    text_only.setText("hello")
    assert not accepts(text_only) and paths_from(None) == []


def test_skip_reasons_are_translated(qapp) -> None:
    from PySide6.QtCore import QLocale

    from reader.ui.i18n import install_translator, remove_translators
    from reader.ui.import_ui import reason_text

    assert reason_text("record 4: empty file") == "record 4: empty file"
    assert reason_text("some importer's own words") == "some importer's own words"
    previous = QLocale()
    try:
        install_translator(qapp, "fa")
        assert reason_text("binary file, not text (contains NUL bytes)") != (
            "binary file, not text (contains NUL bytes)"
        )
        persian = reason_text("record 12: 3 more bad records")
        assert "۱۲" in persian and "۳" in persian and "record" not in persian
        assert reason_text("some importer's own words") == "some importer's own words"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)


def test_shutdown_stops_a_running_import(qtbot, library_path) -> None:
    """Quitting mid-import: the GUI thread blocks in shutdown() and the job still ends."""
    started = threading.Event()

    def endless(library, paths, *, format, progress, cancelled):
        while not cancelled():
            started.set()
            time.sleep(0.01)
        return ImportReport(cancelled=True)

    controller = ImportController(library_path, None, import_fn=endless, interactive=False)
    assert controller.start([Path("big.jsonl")])
    assert started.wait(5)
    t0 = time.monotonic()
    assert controller.shutdown(5000)
    assert time.monotonic() - t0 < 3
    assert not controller.job._thread.isRunning()
    qtbot.wait(50)  # deliver the queued "finished" so the controller tidies up
    assert not controller.is_running()


def test_controller_shows_a_failure_without_blocking(qtbot, library_path) -> None:
    def broken(library, paths, **_kw):
        raise RuntimeError("disk on fire")

    window = QWidget()
    qtbot.addWidget(window)
    controller = ImportController(library_path, window, import_fn=broken)
    with qtbot.waitSignal(controller.importFailed, timeout=10000):
        controller.start([Path("x")])
    assert not controller.is_running()
    box = controller.message_box
    assert box is not None and box.isVisible()
    assert "disk on fire" in box.text()
    box.close()


IMPORTER_REASONS = [
    "broken link",
    "not a regular file",
    "not valid JSON: Expecting value: line 1 column 1 (char 0)",
    "JSON broken after item 3: Expecting ','",
    "item is not a JSON object",
    "record is not an object",
    "not a TLPC article (JSON object expected)",
    "too big for a TLPC article file",
    "<DOC> HAM2-960623-001 has no title and no text",
    "<NEWS> record has no title and no text",
    "row 12 has no title and no text",
    "TLPC record has no title and no content",
    "line has no title and no content",
    "item has no title and no summary",
    "line has 4 fields, expected 6",
    "record has 3 lines, expected 7",
    "row has 3 columns, the header has 5",
    "<DOC> record cut off (truncated file?)",
    "record cut off at the end of the file",
    "no MirasText lines in this file",
    "no <DOC> records in this Hamshahri file",
    "no records in this JSON Lines file",
    "no header row with at least two columns",
    "no rows under the header",
    "unreadable CSV from line 4: line contains NUL",
    "record id 'abc' is not a number",
    "unknown field(s) in mapping: bogus (known: title, body)",
    "column(s) not in the file: headline (columns: a, b)",
    "no title or text column found; name one with a mapping such as title=headline",
    "unknown text encoding (not UTF-8, UTF-16 or Windows-1256 Persian text)",
    "not a farsi_news JSON array: Expecting value: line 1 column 24 (char 23)",
    "not a JSON array of records: Expecting value: line 1 column 2 (char 1)",
    "no items in this farsi_news file",
    "no records in this JSON array",
    "hidden folder",
    "hidden file",
    "link to a folder read already",
    "left out of the imported article: title is a number, not text; "
    "date '1402/13/40' not understood",
    "TLPC record has no usable title or content: title is a list, not text; "
    "content is an object, not a list of blocks",
    "record has no usable title or text: body is true/false, not text",
    "left out of the imported article: 2 content blocks with no text (not {type, text})",
    "no title line (the first line has 2,734 characters): its first sentence is the title",
    "no title line (the first line has 2,734 characters): imported without a title",
]


@pytest.mark.parametrize("reason", IMPORTER_REASONS)
def test_importer_reasons_are_persian_in_the_persian_ui(qapp, reason: str) -> None:
    from PySide6.QtCore import QLocale

    from reader.ui.bidi import has_rtl
    from reader.ui.i18n import install_translator, remove_translators
    from reader.ui.import_ui import reason_text

    previous = QLocale()
    try:
        install_translator(qapp, "fa")
        shown = reason_text(f"record 7: {reason}")
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
    assert has_rtl(shown) and "record" not in shown
    english = ("has no", "expected", "not a", "cut off", "left out", "wrong type", "title line")
    assert not any(word in shown for word in (*english, "not understood", "content block"))


def test_a_long_reason_wraps_onto_more_lines(qtbot) -> None:
    long_reason = "not valid JSON: " + "Expecting property name enclosed in double quotes " * 3
    report = ImportReport(
        added=1, skipped=[("/n/a.jsonl", "empty file"), ("/n/b.jsonl", long_reason)]
    )
    dialog = ImportReportDialog(report, first_new_id=1)
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    dialog.show()
    tree = dialog.skipped_list

    def height(row: int) -> int:
        return tree.visualItemRect(tree.topLevelItem(row)).height()

    qtbot.waitUntil(lambda: height(1) >= 2 * height(0) - 8)  # two lines or more, not "…"


def test_report_dialog_says_a_changed_file_kept_its_first_import(qtbot) -> None:
    dialog = ImportReportDialog(ImportReport(duplicates=2, changed_files_kept=1))
    qtbot.addWidget(dialog)
    assert "1 changed file" in dialog.summary.text() or "changed file(s)" in dialog.summary.text()


def test_report_dialog_lists_notes_apart_from_skips(qtbot) -> None:
    note = "record 1: left out of the imported article: title is a number, not text"
    report = ImportReport(
        added=2, skipped=[("/tmp/a/b.json", "empty file")], notes=[("/tmp/a/a.json", note)]
    )
    dialog = ImportReportDialog(report, first_new_id=1)
    qtbot.addWidget(dialog)
    assert dialog.skipped_rows() == [("/tmp/a/b.json", "empty file")]
    assert dialog.note_rows() == [("/tmp/a/a.json", note)]
    assert "left out" in dialog.summary.text()
    shown = (
        "imported; record 1: left out of the imported article: title has the wrong type (a number)"
    )
    assert dialog.skipped_list.topLevelItem(1).text(1) == shown


def test_a_note_number_with_thousands_separators_gets_persian_digits(qapp) -> None:
    from PySide6.QtCore import QLocale

    from reader.ui.i18n import install_translator, remove_translators
    from reader.ui.import_ui import reason_text

    previous = QLocale()
    try:
        install_translator(qapp, "fa")
        shown = reason_text(
            "no title line (the first line has 2,734 characters): imported without a title"
        )
        date = reason_text("date '14021340' not understood")
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
    assert "۲٬۷۳۴" in shown or "۲۷۳۴" in shown
    assert "'14021340'" in date  # a date is shown as the file wrote it
