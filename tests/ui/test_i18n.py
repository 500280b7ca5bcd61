"""Language choice, translator installation and placeholder filling."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from reader.ui.i18n import arg, effective_language, install_translator, remove_translators

PERSIAN = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("fa", GERMAN, "fa"),
        ("en", PERSIAN, "en"),
        ("auto", PERSIAN, "fa"),
        ("auto", GERMAN, "en"),
        ("bogus", PERSIAN, "en"),
    ],
)
def test_effective_language(setting: str, system: QLocale, expected: str) -> None:
    assert effective_language(setting, system) == expected


def test_install_persian_sets_locale_and_qt_translation(qapp) -> None:
    previous = QLocale()
    try:
        assert install_translator(qapp, "auto", locale=PERSIAN) == "fa"
        assert QLocale().language() == QLocale.Language.Persian
        assert QLocale().toString(1402) == "۱٬۴۰۲"
        # qtbase_fa.qm ships with PySide6: standard buttons come out in Persian.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
        assert install_translator(qapp, "en") == "en"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QLocale().toString(1402) == "1,402"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)


def test_arg_fills_and_reorders_placeholders() -> None:
    assert arg("File %1 of %2: %3", "۲", "۱۰", "a.txt") == "File ۲ of ۱۰: a.txt"
    assert arg("%2 از %1", "x", "y") == "y از x"
    assert arg("100% done %1", "!") == "100% done !"
    assert arg("%5 missing", "a") == "%5 missing"
