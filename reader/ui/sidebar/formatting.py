"""Numbers and Jalali month names as the sidebar shows them.

In the Persian UI counts use Persian digits and the Persian thousands separator
(۱۲٬۳۴۵), and month names come from ``QCalendar(Jalali).monthName`` — never from
``QLocale.monthName``, which returns Gregorian names. One small module so the
facet lists, the timeline and the date filter format alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QLocale, Qt
from PySide6.QtGui import QGuiApplication

JALALI = QCalendar(QCalendar.System.Jalali)
PERSIAN_LOCALE = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
ENGLISH_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def is_persian_ui() -> bool:
    """Best guess whether the UI is Persian, when nobody told the sidebar.

    The app sets a right-to-left layout (and usually a Persian default locale)
    exactly when the UI language is Persian.
    """
    if QLocale().language() == QLocale.Language.Persian:
        return True
    app = QGuiApplication.instance()
    return app is not None and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def ui_locale(persian: bool) -> QLocale:
    """The locale used for digits and month names."""
    return PERSIAN_LOCALE if persian else ENGLISH_LOCALE


def format_count(value: int, persian: bool) -> str:
    """An article count with grouping, in Persian or Latin digits."""
    return ui_locale(persian).toString(int(value))


def month_name(jm: int, jy: int, persian: bool) -> str:
    """The Jalali month name (فروردین / Farvardin)."""
    return JALALI.monthName(ui_locale(persian), jm, jy)


def format_year(jy: int, persian: bool) -> str:
    """A Jalali year without grouping (۱۴۰۲, not ۱٬۴۰۲)."""
    text = str(jy)
    return to_persian_digits(text) if persian else text


def to_persian_digits(text: str) -> str:
    """Replace ASCII digits with Persian ones (for years and day numbers)."""
    return text.translate(_PERSIAN_DIGITS)


_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
