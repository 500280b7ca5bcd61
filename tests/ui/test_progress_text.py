"""The import progress line in Persian: its parts are not joined by a middle dot."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale

from reader.core.library.importing import ImportProgress
from reader.ui.import_dialogs import ImportProgressDialog

PROGRESS = ImportProgress(
    files_done=3,
    files_total=120,
    articles_added=15320,
    duplicates=41,
    current_file="/news/hamshahri.xml",
    rate=2203.4,
    elapsed=7.0,
    eta=3725.0,
)


def progress_texts(qtbot) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    dialog.update_progress(PROGRESS)
    return dialog.count_text(), dialog.rate_text()


def test_english_progress_parts_are_joined_by_a_middle_dot(qtbot) -> None:
    count, rate = progress_texts(qtbot)
    assert " · 41 duplicate" in count
    assert " · " in rate


def test_persian_progress_parts_are_joined_by_a_comma(qtbot, qapp) -> None:
    from reader.ui.i18n import install_translator, remove_translators

    previous = QLocale()
    try:
        install_translator(qapp, "fa")
        count, rate = progress_texts(qtbot)
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
    # Next to Persian digits a middle dot reads as a zero: "· ۴۱" looked like "۰ ۴۱".
    assert "·" not in count and "·" not in rate
    assert "، ۴۱" in count
    assert "، " in rate


def bar_text(qtbot) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressBar

    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    dialog.update_progress(PROGRESS)
    bar = dialog.findChild(QProgressBar)
    assert bar is not None
    return bar.text()


def test_the_progress_bar_percent_follows_the_ui_language(qtbot, qapp) -> None:
    """Persian: Persian digits and the Arabic percent sign U+066A ("۲٪"). Vazirmatn draws
    it as a small "%" with dots for circles, so it is easily taken for a Latin "%":
    this pins what the bar really says (Qt takes the sign from the locale)."""
    from reader.ui.i18n import install_translator, remove_translators

    assert bar_text(qtbot) == "2%"  # 3 of 120 files
    previous = QLocale()
    try:
        install_translator(qapp, "fa")
        persian = bar_text(qtbot)
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
    assert persian == "۲\u066a"
    assert "%" not in persian
