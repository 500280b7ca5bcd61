"""Preferences take effect at once: each ``Settings.changed`` key reaches its widget.

The settings dialog only writes ``Settings``; this module is the one place that
knows which part of the window shows which preference (theme, reading-pane font
size and justification, digits, raw text, shortcuts, language).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from reader.ui.dates import ui_language
from reader.ui.settings import DEFAULTS, FONT_SIZE_MAX, FONT_SIZE_MIN, Settings

if TYPE_CHECKING:
    from reader.ui.article_list import ArticleList
    from reader.ui.article_model import ArticleModel
    from reader.ui.reading_pane import ReadingPane
    from reader.ui.sidebar import Sidebar


def zoom(settings: Settings, current_size: int, step: int) -> None:
    """Reading-pane font one point bigger (+1), smaller (-1) or back to default (0)."""
    if step == 0:
        size = int(DEFAULTS["font_size"])
    else:
        size = max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, current_size + step))
    settings.font_size = size  # emits changed("font_size") -> pane


def apply_language(language: str) -> None:
    """Install the translator and the matching layout direction."""
    from reader.ui.i18n import install_translator

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    effective = install_translator(app, language)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if effective == "fa" else Qt.LayoutDirection.LeftToRight
    )


class SettingsBinding(QObject):
    """Applies preferences to the model, the sidebar and the reading pane.

    At construction it applies them all; afterwards each changed one.
    """

    def __init__(
        self,
        settings: Settings,
        model: ArticleModel,
        article_list: ArticleList,
        sidebar: Sidebar,
        pane: ReadingPane,
        apply_shortcuts: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._model = model
        self._list = article_list
        self._sidebar = sidebar
        self._pane = pane
        self._apply_shortcuts = apply_shortcuts
        persian_digits = settings.digits == "persian"
        model.persian_digits = persian_digits
        sidebar.set_persian_digits(persian_digits)
        pane.configure(
            theme=settings.theme,
            font_size=settings.font_size,
            justify=settings.justify,
            persian_digits=persian_digits,
            restore_zwnj=not settings.show_raw_text,
            language=ui_language(),
        )
        model.language = ui_language()
        pane.displayReady.connect(self.apply_title_display)
        settings.changed.connect(self.on_changed)

    def apply_title_display(self) -> None:
        """List titles as display text, like the reading pane's (ZWNJs restored unless the
        reader asked for the raw text), once display text has loaded."""
        from reader.core.persian import display
        from reader.ui.display_worker import make_transform

        if not display.is_ready():
            self._model.set_title_display(None)
        else:
            restore = not self._settings.show_raw_text
            self._model.set_title_display(make_transform(restore, persian_digits=True))

    def apply_date_language(self) -> None:
        """Dates follow the UI language (read from the layout direction, set with it)."""
        language = ui_language()
        if language != self._model.language:
            self._list.fit_date_column(language)
        self._model.set_language(language)
        if language != self._pane.language:
            self._pane.configure(language=language)

    def on_changed(self, key: str) -> None:
        s = self._settings
        if key == "theme":
            from reader.ui.themes import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, s.theme)
            self._pane.configure(theme=s.theme)
        elif key == "font_size":
            self._pane.configure(font_size=s.font_size)
        elif key == "justify":
            self._pane.configure(justify=s.justify)
        elif key == "show_raw_text":
            self._pane.configure(restore_zwnj=not s.show_raw_text)
            self.apply_title_display()
        elif key == "digits":
            persian = s.digits == "persian"
            self._model.set_persian_digits(persian)
            self._sidebar.set_persian_digits(persian)
            self._pane.configure(persian_digits=persian)
        elif key == "shortcuts":
            self._apply_shortcuts()
        elif key == "language":
            apply_language(s.language)
