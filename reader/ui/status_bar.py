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

from reader.ui.i18n import arg

if TYPE_CHECKING:
    from reader.core.library import Library

log = logging.getLogger(__name__)


class ArticleCountLabel(QLabel):
    """Shows how many of the library's articles the current query lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleCount")

    def show_count(self, library: Library | None, listed: int) -> int | None:
        """Show "listed of total" and return the library's total (None without one)."""
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
            self.setText(QCoreApplication.translate("MainWindow", "The library is empty"))
        elif listed == total:  # no filter: "30 of 30" says the same number twice
            self.setText(QCoreApplication.translate("MainWindow", "%Ln articles", None, total))
        else:
            text = QCoreApplication.translate("MainWindow", "%1 of %2 articles")
            self.setText(arg(text, locale.toString(listed), locale.toString(total)))
        return total
