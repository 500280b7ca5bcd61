"""UI language: choose Persian or English and install the Qt translators.

The app's own strings come from ``resources/translations/khabarkhan_fa.qm``;
Qt's standard dialogs and buttons (OK, Cancel, file dialogs) from the
``qtbase_fa.qm`` that ships inside PySide6. Persian also becomes the default
``QLocale`` so numbers formatted with ``QLocale().toString`` and ``%Ln`` in
translated plurals come out in Persian digits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.resources import resource_path

log = logging.getLogger(__name__)

QM_NAME = "khabarkhan_fa.qm"
QM_NAME_EN = "khabarkhan_en.qm"
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def system_is_persian(locale: QLocale | None = None) -> bool:
    """True when the (system) locale's language is Persian (fa_IR, fa_AF, ...)."""
    loc = locale if locale is not None else QLocale.system()
    return loc.language() == QLocale.Language.Persian


def effective_language(language: str, locale: QLocale | None = None) -> str:
    """ "fa" or "en" for a setting of "auto", "fa" or "en"."""
    if language == "fa":
        return "fa"
    if language == "auto" and system_is_persian(locale):
        return "fa"
    return "en"


def persian_locale() -> QLocale:
    return QLocale(QLocale.Language.Persian, QLocale.Country.Iran)


def english_locale() -> QLocale:
    """English UI with Latin digits, but keep the system's territory conventions."""
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the translators a previous ``install_translator`` call added."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(
    app: QCoreApplication, language: str, *, locale: QLocale | None = None
) -> str:
    """Install translators for ``language`` ("auto" | "fa" | "en"); return "fa" or "en".

    The caller sets ``Qt.RightToLeft`` layout direction when "fa" is returned.
    A missing .qm file is logged, not fatal: the UI then shows English text.
    """
    remove_translators(app)
    effective = effective_language(language, locale)
    if effective != "fa":
        QLocale.setDefault(english_locale())
        # English needs a translation too, for plurals only: "1 article", "3 articles"
        # from one "%Ln article(s)" source (Qt's way; lupdate -pluralonly).
        plurals = QTranslator(app)
        if plurals.load(str(resource_path("translations", QM_NAME_EN))):
            app.installTranslator(plurals)
            _installed.append(plurals)
        else:
            log.warning("English plural forms not found or unreadable")
        return "en"

    QLocale.setDefault(persian_locale())
    own = QTranslator(app)
    qm = resource_path("translations", QM_NAME)
    if own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("Persian translation not found or unreadable: %s", qm)

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(persian_locale(), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.info("Qt's own Persian translation (qtbase_fa.qm) is not shipped in %s", qt_dir)
    keys = LatinKeyNames(app)  # installed last: asked first
    app.installTranslator(keys)
    _installed.append(keys)
    return "fa"


class LatinKeyNames(QTranslator):
    """Key names as printed on the keycaps (Ctrl, Shift, Home, Return) in every language.

    Qt's Persian names (کنترل, دگرساز, «بازگشت» "go back" for Return, «خانه» "house" for
    Home) match no key on an Iranian keyboard, and mixed with Latin letters ("کنترل+F")
    they are scrambled by the bidi algorithm; menus, the cheat sheet and the shortcut
    editor then each showed a different notation.
    """

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return source if context == "QShortcut" else None

    def isEmpty(self) -> bool:
        return False


def arg(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``..``%9`` placeholders (PySide's ``tr`` returns a plain str).

    Translators may reorder placeholders, which ``str.format`` on English word
    order could not allow; numbers should be passed already formatted with
    ``QLocale().toString`` so Persian gets Persian digits.
    """
    result = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit() and text[i + 1] != "0":
            index = int(text[i + 1]) - 1
            if index < len(values):
                result.append(str(values[index]))
                i += 2
                continue
        result.append(ch)
        i += 1
    return "".join(result)
