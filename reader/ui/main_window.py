"""The main window: composition only.

Builds the sidebar, the article list and the reading pane in one splitter
(which mirrors itself under a right-to-left layout), the menus from
``ACTION_SPECS``, and the status bar, and wires their signals. Behaviour lives
in the parts: the model queries, the navigator moves, the pane renders,
``menus`` builds actions, ``query_flow`` carries queries, ``current_article``
keeps the selection, ``library_upgrade`` waits for a schema upgrade,
``import_routing`` takes drops and paths, ``settings_binding`` applies preferences.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter

from reader.core.query import ArticleQuery
from reader.ui import window_state
from reader.ui.article_list import ArticleList
from reader.ui.article_model import ArticleModel, untitled
from reader.ui.current_article import CurrentArticle
from reader.ui.dialogs import WindowDialogs
from reader.ui.focus_return import FocusReturn
from reader.ui.full_screen import FullScreenReading
from reader.ui.import_routing import ImportRouting, make_import_controller
from reader.ui.library_upgrade import LibraryUpgrade
from reader.ui.menus import WindowActions, effective_keys
from reader.ui.navigation import Navigator
from reader.ui.query_flow import QueryFlow
from reader.ui.reading_pane import ReadingPane
from reader.ui.settings import Settings
from reader.ui.settings_binding import SettingsBinding, zoom
from reader.ui.sidebar import Sidebar
from reader.ui.spelling_learning import SpellingLearner
from reader.ui.status_bar import ArticleCountLabel

if TYPE_CHECKING:
    from reader.core.library import Library, StoredArticle
    from reader.ui.db_worker import LibraryService

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Sidebar | article list | reading pane, menus and status bar."""

    def __init__(
        self,
        library: Library | None,
        service: LibraryService,
        settings: Settings,
        parent: QMainWindow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.library = library
        self.service = service
        self.settings = settings

        self.model = ArticleModel(library, self)
        self.article_list = ArticleList()
        self.article_list.setModel(self.model)
        self.pane = ReadingPane(service)
        self.pane.set_library(library)
        self.sidebar = Sidebar(service)
        parts = (self.model, self.article_list, self.sidebar, self.pane)
        self.settings_binding = SettingsBinding(settings, *parts, self.apply_shortcuts, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.sidebar, self.article_list, self.pane):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([240, 540, 640])  # titles need the list wide enough
        self.setCentralWidget(self.splitter)

        self.count_label = ArticleCountLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self.navigator = Navigator(
            self.article_list,
            self.model,
            self.pane,
            service,
            lambda: self.settings.mark_read_delay_ms,
            self,
        )
        self.navigator.statusMessage.connect(lambda m: self.statusBar().showMessage(m, 4000))
        self.current = CurrentArticle(
            self.article_list, self.model, self.pane, self.navigator, service, self
        )
        self.full_screen = FullScreenReading(
            self, self.splitter, [self.sidebar, self.article_list], self.pane
        )
        self.dialogs = WindowDialogs(self, settings)
        # Closing any dialog (cheat sheet, settings, About, import report) gives the focus
        # back, so the single-key shortcuts keep working without a click into the window.
        self.focus_return = FocusReturn(self, lambda: self.article_list)

        self.queries = QueryFlow(self.sidebar, self.model, self.article_list, self.pane, self)
        refresh_soon = self.queries.library_timer.start
        self.import_controller = make_import_controller(
            self, service, refresh_soon, self.show_article_id
        )
        self.imports = ImportRouting(self.import_controller)
        self.spellings = SpellingLearner(service, self)
        self.spellings.learned.connect(self._on_spellings_learned)
        self.import_controller.importFinished.connect(lambda _result: self.spellings.start())

        self.window_actions = WindowActions(self, self._handlers(), self.effective_keys)
        self.actions_by_id: dict[str, QAction] = self.window_actions.actions_by_id
        self.menus: dict[str, QMenu] = self.window_actions.menus
        self.window_actions.dispatcher.watch(self.article_list)
        self.window_actions.dispatcher.watch(self.pane)
        self.apply_shortcuts()
        # No library yet: its schema is being upgraded on the service's worker
        # (``attach_library`` follows); the window shows that instead of freezing.
        self.upgrade = LibraryUpgrade(self, self.window_actions, upgrading=library is None)

        self.sidebar.searchEscaped.connect(self.article_list.setFocus)
        self.sidebar.searchDone.connect(self.article_list.setFocus)
        self.model.modelReset.connect(self._update_count)
        settings.changed.connect(self._on_setting_changed)
        self.model.readFailed.connect(self.dialogs.library_unreadable)
        self.pane.articleShown.connect(self._on_article_shown)
        self.pane.displayTitleReady.connect(self._show_title)
        service.libraryChanged.connect(refresh_soon)

        self.setAcceptDrops(True)
        self.retranslate()
        self.restore_state()
        # Start in the list, not in the search box (the first widget in the focus chain):
        # there j, k, n and Space read, where in the box they were typed as a search.
        self.article_list.setFocus()

    @property
    def upgrading(self) -> bool:
        """True while the library's schema is upgraded (no library attached yet)."""
        return self.upgrade.upgrading

    # --- actions and menus -------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], None]]:
        nav = self.navigator
        return {
            "import_files": self.imports.import_files,
            "import_folder": self.imports.import_folder,
            "settings": self.dialogs.open_settings,
            "quit": self.close,
            "focus_search": self.sidebar.focus_search,
            "clear_search": self.clear_search,
            "focus_sidebar": self.focus_sidebar,
            "focus_list": self.article_list.setFocus,
            "focus_pane": self.pane.setFocus,
            "zoom_in": lambda: zoom(self.settings, self.pane.font_size, +1),
            "zoom_out": lambda: zoom(self.settings, self.pane.font_size, -1),
            "zoom_reset": lambda: zoom(self.settings, self.pane.font_size, 0),
            "full_screen": self.toggle_full_screen,
            "next_article": lambda: nav.move(+1),
            "prev_article": lambda: nav.move(-1),
            "next_unread": nav.next_unread,
            "prev_unread": lambda: nav.next_unread(backwards=True),
            "page_down": nav.page_down,
            "page_up": nav.page_up,
            "first_article": nav.first,
            "last_article": nav.last,
            "back": nav.back,
            "forward": nav.forward,
            "toggle_read": nav.toggle_read,
            "toggle_star": nav.toggle_star,
            "open_original": nav.open_original,
            "cheat_sheet": self.dialogs.toggle_cheat_sheet,
            "about": self.dialogs.show_about,
        }

    def trigger(self, action_id: str) -> None:
        """Run an action by id (the key dispatcher's entry point)."""
        self.window_actions.trigger(action_id)

    def effective_keys(self, action_id: str, default: Sequence[str]) -> tuple[str, ...]:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return effective_keys(self.settings, action_id, default, rtl)

    def apply_shortcuts(self) -> None:
        self.window_actions.apply_shortcuts()

    def retranslate(self) -> None:
        self.window_actions.retranslate()
        # Names for screen readers: the list and the page have no visible label.
        self.article_list.setAccessibleName(self.tr("Article list"))
        self.pane.setAccessibleName(self.tr("Article text"))
        # The count's own text ("6 of 30 articles") is its name; this says what it counts.
        self.count_label.setAccessibleDescription(
            self.tr("Articles listed by the search and filters")
        )
        self._update_count()
        self._on_article_shown(self.pane.article)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.pane.rerender()  # labels of the meta line, or the empty-pane hint

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.apply_shortcuts()
            self.settings_binding.apply_date_language()

    # --- query -------------------------------------------------------------------------

    def set_query(self, query: ArticleQuery) -> None:
        self.queries.set_query(query)

    def _on_spellings_learned(self) -> None:
        """The library's own spellings are in use: show the page and titles with them."""
        self.settings_binding.apply_title_display()
        self.pane.rerender()

    def _on_setting_changed(self, key: str) -> None:
        if key == "digits":  # the count's digits follow the list's
            self._update_count()

    def _update_count(self) -> None:
        listed = self.model.rowCount()
        total = self.count_label.show_count(self.library, listed, self.model.persian_digits)
        self.pane.set_list_state(listed, listed if total is None else total)

    # --- the current article and the view ----------------------------------------------

    def _on_article_shown(self, article: StoredArticle | None) -> None:
        self._show_title(article.title if article is not None else "")

    def _show_title(self, title: str) -> None:
        """The window title: the current article's title (display text once ready)."""
        app_name = self.tr("Khabarkhan")
        if not title.strip() and self.pane.article is not None:
            title = untitled()  # an article without a title of its own
        self.setWindowTitle(f"{title} — {app_name}" if title else app_name)

    def show_article_id(self, article_id: int) -> None:
        """Select an article (e.g. the first imported one), widening nothing.

        After an import the list's re-query may still be waiting on its coalescing
        timer; run it now, or the new article is not in the list yet and the coming
        reset would clear the pane.
        """
        if self.queries.library_timer.isActive():
            self.queries.library_timer.stop()
            self.queries.refresh_library()
        self.current.show(article_id)

    def focus_sidebar(self) -> None:
        self.sidebar.setFocus()
        self.sidebar.focusNextChild()

    def clear_search(self) -> None:
        """Esc: leave full-screen reading; otherwise clear the search and go to the list.

        In full screen the search box is hidden: clearing it there would change the
        list under the reader without a sign, and the reader pressing Esc wants out.
        """
        if self.full_screen.active:
            self.toggle_full_screen()
            return
        self.sidebar.clear_search()
        self.article_list.setFocus()

    def toggle_full_screen(self) -> None:
        """Full-screen reading: only the reading pane, the whole screen."""
        self.actions_by_id["full_screen"].setChecked(self.full_screen.toggle())

    # --- import ------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import paths given on the command line, then show the first new article."""
        if not self.upgrade.defer_import(list(paths)):
            self.imports.start(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.imports.drag_enter(event, blocked=self.upgrading)

    def dropEvent(self, event: QDropEvent) -> None:
        self.imports.drop(event)

    # --- state -------------------------------------------------------------------------

    def restore_state(self) -> None:
        header = self.article_list.horizontalHeader()
        window_state.restore_layout(self.settings, self, self.splitter, header)
        self.article_list.fit_restored_date_column()
        if not self.upgrading:
            self._restore_view()

    def _restore_view(self) -> None:
        """Filters, sort and the selected article of the last session."""
        self.queries.restore(window_state.load_query(self.settings))
        article_id = window_state.load_article(self.settings)
        if article_id is not None:
            self.current.show(article_id)
        self._update_count()

    def save_state(self) -> None:
        s = self.settings
        if self.full_screen.active:
            self.toggle_full_screen()
        window_state.save_layout(s, self, self.splitter, self.article_list.horizontalHeader())
        if not self.upgrading:  # an empty window would forget the last session's view
            window_state.save_query(s, self.model.query)
            window_state.save_article(s, self.navigator.current_id)
        s.sync()

    # --- library upgrade ---------------------------------------------------------------

    def attach_library(self, library: Library) -> None:
        """The upgraded library is open: show its rows and the last session's view."""
        self.library = library
        pending = self.upgrade.finish()
        self.model.set_library(library)
        self.pane.set_library(library)
        self._restore_view()
        if self.upgrade.close_when_done:
            QTimer.singleShot(0, self.close)
            return
        if pending:
            self.import_paths(pending)

    def upgrade_failed(self, error: Exception) -> None:
        """The library could not be opened or upgraded: say so and close."""
        self.upgrade.fail(error)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.upgrade.refuse_close():
            event.ignore()
            return
        self.imports.cancel_running()
        self.save_state()
        self.pane.shutdown()
        self.service.close()
        super().closeEvent(event)
