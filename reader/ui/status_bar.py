"""The status bar's permanent article count: "6 of 30 articles", "30 articles" when
nothing is filtered out, "The library is empty".

The total comes from the library (a fast count); while no library is attached
(its schema is being upgraded) the label stays empty rather than saying "0".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from reader.core.persian.digits import latin_digits
from reader.core.persian.digits import persian_digits as persian_digits_of
from reader.ui.i18n import arg

if TYPE_CHECKING:
    from reader.core.library import Library

log = logging.getLogger(__name__)


class ArticleCountLabel(QLabel):
    """Shows how many of the library's articles the current query lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleCount")

    def show_count(
        self, library: Library | None, listed: int, persian_digits: bool | None = None
    ) -> int | None:
        """Show "listed of total" and return the library's total (None without one).

        ``persian_digits``: the digits setting, which the list and the timeline follow
        too (None: the UI locale's digits).
        """
        if library is None:
            self.clear()
            return None
        locale = QLocale()
        try:
            total = library.total()
        except Exception:
            log.exception("total failed")
            total = listed
        # Context "MainWindow": the string's translation predates this module.
        if total == 0:
            text = QCoreApplication.translate("MainWindow", "The library is empty")
        elif listed == total:  # no filter: "30 of 30" says the same number twice
            text = QCoreApplication.translate("MainWindow", "%Ln articles", None, total)
        else:
            text = QCoreApplication.translate("MainWindow", "%1 of %2 articles")
            text = arg(text, locale.toString(listed), locale.toString(total))
        if persian_digits is not None:
            text = persian_digits_of(text) if persian_digits else latin_digits(text)
        self.setText(text)
        return total
