"""The main window: composition only.

Builds the sidebar, the article list and the reading pane in one splitter
(which mirrors itself under a right-to-left layout), the menus from
``ACTION_SPECS``, and the status bar, and wires their signals. Behaviour lives
in the parts: the model queries, the navigator moves, the pane renders.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter

from reader.core.query import ArticleQuery
from reader.ui import window_state
from reader.ui.actions import ACTION_SPECS, MENUS, action_text, menu_title
from reader.ui.article_list import ArticleList
from reader.ui.article_model import COL_STAR, ArticleModel
from reader.ui.dates import ui_language
from reader.ui.i18n import arg
from reader.ui.keys import KeyDispatcher, is_global_key
from reader.ui.navigation import Navigator
from reader.ui.reading_pane import ReadingPane
from reader.ui.settings import DEFAULTS, FONT_SIZE_MAX, FONT_SIZE_MIN, Settings
from reader.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from reader.core.library import Library, StoredArticle
    from reader.ui.db_worker import LibraryService

log = logging.getLogger(__name__)

STARTUP_FACETS_DELAY_MS = 60
LIBRARY_REFRESH_MS = 400  # coalesces the re-queries while an import lands batches
_MIRRORED = {"back": "forward", "forward": "back"}


def _mirror_keys(keys: Sequence[str]) -> tuple[str, ...]:
    """Swap Left and Right: in right-to-left reading, ← points forward."""
    out = []
    for key in keys:
        if "Left" in key:
            out.append(key.replace("Left", "Right"))
        elif "Right" in key:
            out.append(key.replace("Right", "Left"))
        else:
            out.append(key)
    return tuple(out)


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
        # No library yet: its schema is being upgraded on the service's worker
        # (``attach_library`` follows); the window shows that instead of freezing.
        self.upgrading = library is None
        self._pending_imports: list[Path] = []
        self._close_after_upgrade = False
        self._upgrade_failed = False

        self.model = ArticleModel(library, self)
        self.model.persian_digits = settings.digits == "persian"
        self.article_list = ArticleList()
        self.article_list.setModel(self.model)
        self.pane = ReadingPane(service)
        self.pane.set_library(library)
        self.sidebar = Sidebar(service)
        self.sidebar.set_persian_digits(settings.digits == "persian")
        self.pane.configure(
            theme=settings.theme,
            font_size=settings.font_size,
            justify=settings.justify,
            persian_digits=settings.digits == "persian",
            restore_zwnj=not settings.show_raw_text,
            language=ui_language(),
        )
        self.model.language = ui_language()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.sidebar, self.article_list, self.pane):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([260, 480, 660])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("articleCount")
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

        self.actions_by_id: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.dispatcher = KeyDispatcher(self)
        self.dispatcher.set_handler(self.trigger)
        self.dispatcher.watch(self.article_list)
        self.dispatcher.watch(self.pane)
        self.apply_shortcuts()

        self._library_timer = QTimer(self)
        self._library_timer.setSingleShot(True)
        self._library_timer.setInterval(LIBRARY_REFRESH_MS)
        self._library_timer.timeout.connect(self.refresh_library)
        self._cheat_sheet = None
        self.import_controller = self._make_import_controller()

        self.article_list.clicked.connect(self._on_list_clicked)
        self.sidebar.filtersChanged.connect(self.requery)
        self.sidebar.searchEscaped.connect(self.article_list.setFocus)
        self.model.queryChanged.connect(self._on_query_changed)
        self._reselect_id: int | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.modelReset.connect(self._update_count)
        self.pane.articleShown.connect(self._on_article_shown)
        service.libraryChanged.connect(self._library_timer.start)
        settings.changed.connect(self._on_setting_changed)

        self.setAcceptDrops(True)
        self._full_screen_sizes: list[int] | None = None
        self.retranslate()
        self.restore_state()
        if self.upgrading:
            self._show_upgrading(True)

    # --- actions and menus -------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], None]]:
        nav = self.navigator
        return {
            "import_files": self._import_files,
            "import_folder": self._import_folder,
            "settings": self.open_settings,
            "quit": self.close,
            "focus_search": self.sidebar.focus_search,
            "clear_search": self.clear_search,
            "focus_sidebar": self.focus_sidebar,
            "focus_list": self.article_list.setFocus,
            "focus_pane": self.pane.setFocus,
            "zoom_in": lambda: self.zoom(+1),
            "zoom_out": lambda: self.zoom(-1),
            "zoom_reset": lambda: self.zoom(0),
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
            "cheat_sheet": self.show_cheat_sheet,
            "about": self.show_about,
        }

    def _build_menus(self) -> None:
        handlers = self._handlers()
        for menu_id, _title in MENUS:
            self.menus[menu_id] = self.menuBar().addMenu("")
        for spec in ACTION_SPECS:
            action = QAction(self)
            action.setObjectName(f"action_{spec.id}")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            handler = handlers.get(spec.id)
            if handler is not None:
                action.triggered.connect(lambda _checked=False, h=handler: h())
            else:
                log.warning("action %s has no handler", spec.id)
            if spec.id == "full_screen":
                action.setCheckable(True)
            self.menus[spec.menu].addAction(action)
            self.addAction(action)  # window-wide shortcuts even when the menu bar is hidden
            self.actions_by_id[spec.id] = action

    def trigger(self, action_id: str) -> None:
        """Run an action by id (the key dispatcher's entry point)."""
        action = self.actions_by_id.get(action_id)
        if action is not None and action.isEnabled():
            action.trigger()

    def effective_keys(self, action_id: str, default: Sequence[str]) -> tuple[str, ...]:
        keys = self.settings.shortcuts_for(action_id, default)
        if action_id in _MIRRORED and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            keys = _mirror_keys(keys)
        return keys

    def apply_shortcuts(self) -> None:
        """Window shortcuts for modifier keys, the dispatcher for single keys."""
        bindings = []
        for spec in ACTION_SPECS:
            action = self.actions_by_id[spec.id]
            sequences = [
                QKeySequence(k, QKeySequence.SequenceFormat.PortableText)
                for k in self.effective_keys(spec.id, spec.default_keys)
            ]
            sequences = [s for s in sequences if not s.isEmpty()]
            action.setShortcuts([s for s in sequences if is_global_key(s[0])])
            bindings.append((spec.id, sequences))
            self._set_action_text(action, spec.id, sequences)
        self.dispatcher.set_bindings(bindings)

    def _set_action_text(self, action: QAction, action_id: str, seqs: list[QKeySequence]) -> None:
        spec = next(s for s in ACTION_SPECS if s.id == action_id)
        text = action_text(spec)
        if seqs and action.shortcut().isEmpty():
            # Single-key shortcuts are not QAction shortcuts; show them in the menu anyway.
            text += "\t" + seqs[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(text)

    def retranslate(self) -> None:
        for menu_id, menu in self.menus.items():
            menu.setTitle(menu_title(menu_id))
        self.apply_shortcuts()
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
            self._apply_date_language()

    def _apply_date_language(self) -> None:
        """Dates follow the UI language (read from the layout direction, set with it)."""
        language = ui_language()
        if language != self.model.language:
            self.article_list.fit_date_column(language)
        self.model.set_language(language)
        if language != self.pane.language:
            self.pane.configure(language=language)

    # --- query -------------------------------------------------------------------------

    def requery(self) -> None:
        """The sidebar changed: one new query, keeping the sort and the current article."""
        self.set_query(self.sidebar.apply(self.model.query))

    def set_query(self, query: ArticleQuery) -> None:
        self.model.set_query(query)
        self.article_list.sync_sort_indicator(self.model)
        self.pane.set_search_text(query.text)

    def _before_reset(self) -> None:
        self._reselect_id = self.navigator.current_id

    def _after_reset(self) -> None:
        """Keep the current article selected across a re-query (filters, sort, import).

        Its new row is looked up on the worker: for a search over a million
        articles that lookup costs more than the whole repaint of the list.
        """
        article_id, self._reselect_id = self._reselect_id, None
        if article_id is None:
            return
        query = self.model.query
        self.service.submit(
            lambda lib: lib.row_of(query, article_id),
            lambda row: self._reselect(query, article_id, row),
            tag="reselect",
        )

    def _reselect(self, query: ArticleQuery, article_id: int, row: int | None) -> None:
        if row is None or query != self.model.query or self.article_list.current_row() >= 0:
            return  # gone from the list, filters changed again, or the user moved on
        if self.navigator.current_id != article_id:
            return
        self.article_list.blockSignals(True)  # same article: no re-render, no history
        self.article_list.select_row(row)
        self.article_list.blockSignals(False)

    def _on_query_changed(self, query: ArticleQuery) -> None:
        # Facet counts once the list has repainted: they compete with it for the CPU.
        QTimer.singleShot(0, lambda: self.sidebar.refresh(self.model.query))
        self.pane.set_search_text(query.text)

    def refresh_library(self) -> None:
        """The library changed (import): re-count, keep the selection, refresh facets."""
        self.set_query(self.model.query)
        self.sidebar.refresh(self.model.query)

    def _update_count(self) -> None:
        if self.library is None:
            self.count_label.clear()
            return
        locale = QLocale()
        try:
            total = self.library.total()
        except Exception:
            log.exception("total failed")
            total = self.model.rowCount()
        self.count_label.setText(
            arg(
                self.tr("%1 of %2 articles"),
                locale.toString(self.model.rowCount()),
                locale.toString(total),
            )
        )

    # --- the current article -----------------------------------------------------------

    def _on_article_shown(self, article: StoredArticle | None) -> None:
        app_name = self.tr("Khabarkhan")
        if article is None or not article.title:
            self.setWindowTitle(app_name)
        else:
            self.setWindowTitle(f"{article.title} — {app_name}")

    def _on_list_clicked(self, index: QModelIndex) -> None:
        """A click on the star cell stars or unstars the (now current) article."""
        if index.column() == COL_STAR and index.row() == self.article_list.current_row():
            self.navigator.toggle_star()

    def show_article_id(self, article_id: int) -> None:
        """Select an article (e.g. the first imported one), widening nothing."""
        if not self.navigator.select_article(article_id):
            self.pane.request(article_id)

    # --- view --------------------------------------------------------------------------

    def focus_sidebar(self) -> None:
        self.sidebar.setFocus()
        self.sidebar.focusNextChild()

    def clear_search(self) -> None:
        self.sidebar.clear_search()
        self.article_list.setFocus()

    def zoom(self, step: int) -> None:
        if step == 0:
            size = int(DEFAULTS["font_size"])
        else:
            size = max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, self.pane.font_size + step))
        self.settings.font_size = size  # emits changed("font_size") -> pane

    def toggle_full_screen(self) -> None:
        """Full-screen reading: only the reading pane, the whole screen."""
        if self._full_screen_sizes is None:
            self._full_screen_sizes = self.splitter.sizes()
            self.sidebar.hide()
            self.article_list.hide()
            self.menuBar().hide()
            self.statusBar().hide()
            self.showFullScreen()
            self.pane.setFocus()
        else:
            self.sidebar.show()
            self.article_list.show()
            self.menuBar().show()
            self.statusBar().show()
            self.showNormal()
            self.splitter.setSizes(self._full_screen_sizes)
            self._full_screen_sizes = None
        self.actions_by_id["full_screen"].setChecked(self._full_screen_sizes is not None)

    def _on_setting_changed(self, key: str) -> None:
        s = self.settings
        if key == "theme":
            from reader.ui.themes import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, s.theme)
            self.pane.configure(theme=s.theme)
        elif key == "font_size":
            self.pane.configure(font_size=s.font_size)
        elif key == "justify":
            self.pane.configure(justify=s.justify)
        elif key == "show_raw_text":
            self.pane.configure(restore_zwnj=not s.show_raw_text)
        elif key == "digits":
            persian = s.digits == "persian"
            self.model.set_persian_digits(persian)
            self.sidebar.set_persian_digits(persian)
            self.pane.configure(persian_digits=persian)
        elif key == "shortcuts":
            self.apply_shortcuts()
        elif key == "language":
            self._apply_language(s.language)

    def _apply_language(self, language: str) -> None:
        from reader.ui.i18n import install_translator

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        effective = install_translator(app, language)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if effective == "fa" else Qt.LayoutDirection.LeftToRight
        )

    # --- dialogs -----------------------------------------------------------------------

    def open_settings(self) -> None:
        from reader.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def show_cheat_sheet(self) -> None:
        from reader.ui.cheatsheet import CheatSheetDialog

        if self._cheat_sheet is None:
            self._cheat_sheet = CheatSheetDialog(self.settings, self)
        dialog = self._cheat_sheet
        if dialog.isVisible():
            dialog.hide()
        else:
            dialog.show()
            dialog.raise_()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Khabarkhan"),
            self.tr(
                "Khabarkhan: a fast reader for Persian news archives.\n"
                "Font: Vazirmatn (SIL Open Font License 1.1)."
            ),
        )

    # --- import ------------------------------------------------------------------------

    def _make_import_controller(self):  # type: ignore[no-untyped-def]
        try:
            from reader.ui.import_ui import ImportController
        except ImportError:
            log.warning("import UI not available")
            return None
        controller = ImportController(self.service.library_path, self, self.service)
        controller.batchImported.connect(self._library_timer.start)
        controller.showArticleRequested.connect(self.show_article_id)
        return controller

    def _import_files(self) -> None:
        if self.import_controller is not None:
            self.import_controller.import_files()

    def _import_folder(self) -> None:
        if self.import_controller is not None:
            self.import_controller.import_folder()

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import paths given on the command line, then show the first new article."""
        if self.upgrading:  # the import would open the library mid-upgrade: later
            self._pending_imports.extend(paths)
            return
        if self.import_controller is not None and paths:
            self.import_controller.start(list(paths), select_first=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from reader.ui.import_ui import accepts

        if not self.upgrading and accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.import_controller is not None and self.import_controller.handle_drop(
            event.mimeData()
        ):
            event.acceptProposedAction()

    # --- state -------------------------------------------------------------------------

    def restore_state(self) -> None:
        s = self.settings
        geometry = s.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        splitter = s.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = s.window_state("list_header")
        if header is not None:
            self.article_list.horizontalHeader().restoreState(header)
        if not self.upgrading:
            self._restore_view()

    def _restore_view(self) -> None:
        """Filters, sort and the selected article of the last session."""
        s = self.settings
        query = window_state.load_query(s)
        self.sidebar.set_state(query)
        self.model.set_query(query)
        self.article_list.sync_sort_indicator(self.model)
        # Facet counts after the first paint: they would compete with it for the CPU.
        QTimer.singleShot(STARTUP_FACETS_DELAY_MS, lambda: self.sidebar.refresh(self.model.query))
        self.pane.set_search_text(query.text)
        article_id = window_state.load_article(s)
        if article_id is not None and not self.navigator.select_article(article_id):
            self.pane.request(article_id)
        self._update_count()

    def save_state(self) -> None:
        s = self.settings
        if self._full_screen_sizes is not None:
            self.toggle_full_screen()
        s.set_window_state("geometry", self.saveGeometry())
        s.set_window_state("splitter", self.splitter.saveState())
        s.set_window_state("list_header", self.article_list.horizontalHeader().saveState())
        if not self.upgrading:  # an empty window would forget the last session's view
            window_state.save_query(s, self.model.query)
            window_state.save_article(s, self.navigator.current_id)
        s.sync()

    # --- library upgrade ---------------------------------------------------------------

    def _show_upgrading(self, on: bool) -> None:
        for action_id in ("import_files", "import_folder"):
            action = self.actions_by_id.get(action_id)
            if action is not None:
                action.setEnabled(not on)
        if on:
            self.statusBar().showMessage(self.tr("Upgrading library…"))
        else:
            self.statusBar().clearMessage()

    def attach_library(self, library: Library) -> None:
        """The upgraded library is open: show its rows and the last session's view."""
        self.library = library
        self.upgrading = False
        self._show_upgrading(False)
        self.model.set_library(library)
        self.pane.set_library(library)
        self._restore_view()
        if self._close_after_upgrade:
            QTimer.singleShot(0, self.close)
            return
        if self._pending_imports:
            paths, self._pending_imports = self._pending_imports, []
            self.import_paths(paths)

    def upgrade_failed(self, error: Exception) -> None:
        """The library could not be opened or upgraded: say so and close."""
        self._upgrade_failed = True
        self.statusBar().clearMessage()
        QMessageBox.critical(
            self,
            self.tr("Khabarkhan"),
            arg(QApplication.translate("App", "Cannot open the library:\n%1"), str(error)),
        )
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.upgrading and not self._upgrade_failed:
            # Stopping mid-upgrade would leave the worker thread running at exit;
            # SQLite rolls an interrupted upgrade back, but the wait is short anyway.
            event.ignore()
            self.statusBar().showMessage(self.tr("Upgrading library…"))  # closes when done
            self._close_after_upgrade = True
            return
        if self.import_controller is not None and self.import_controller.is_running():
            self.import_controller.cancel()
        self.save_state()
        self.pane.shutdown()
        self.service.close()
        super().closeEvent(event)
