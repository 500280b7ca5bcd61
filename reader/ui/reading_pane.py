"""The reading pane: a right-to-left page in a QTextBrowser.

Requests are debounced (~80 ms) so holding j does not render every article.
The article is fetched on the library worker; the page is first painted from
raw text when hazm is not loaded yet, then swapped for display text computed on
the display worker. Nothing remote is ever loaded, and links open in the
system browser only when clicked. The line length and narrow-pane rule are in
``page_measure``, the place kept across a re-layout in ``reading_place``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from reader.core.persian import display
from reader.ui.article_document import build_html
from reader.ui.display_worker import DisplayWorker, make_transform
from reader.ui.line_breaks import ZWSP
from reader.ui.page_measure import apply_measure, is_narrow
from reader.ui.page_measure import measure_width as font_measure_width
from reader.ui.reading_place import place_offset, reading_place
from reader.ui.themes import get_theme, style_document
from reader.ui.typesetting import NARROW_TITLE_SCALE, set_title_size, typeset_blocks

if TYPE_CHECKING:
    from reader.core.library import Library, StoredArticle
    from reader.ui.db_worker import LibraryService

log = logging.getLogger(__name__)

#: A copied selection as it was typed: the page's display-only marks (break points,
#: isolates, RLM) out, its no-break spaces and Qt's line and paragraph separators plain.
_AS_TYPED = str.maketrans(
    {
        ZWSP: None,
        "\u2066": None,
        "\u2067": None,
        "\u2068": None,
        "\u2069": None,
        "\u200f": None,
        "\u00a0": " ",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)

DEBOUNCE_MS = 80
DEFAULT_FONT_SIZE = 15


class ReadingPane(QTextBrowser):
    """Shows one article (object name ``readingPane``)."""

    articleShown = Signal(object)  # StoredArticle or None
    # The shown article's title as displayed (ZWNJs restored), once the worker has it.
    displayTitleReady = Signal(str)
    # Display text is loaded (hazm, the ZWNJ table): short texts can be shown as display
    # text on the GUI thread from now on (the article list's titles).
    displayReady = Signal()

    def __init__(self, service: LibraryService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        # Lines break between words only: breaking inside a Persian word would cut its
        # joined letters apart (a very narrow pane scrolls sideways instead).
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.anchorClicked.connect(self._open_link)
        self._service = service
        self._library: Library | None = None
        self._worker = DisplayWorker(self)
        self._worker.done.connect(self._on_display_done)
        self._worker.ready.connect(self.displayReady)
        self._worker.quickReady.connect(self._on_quick_ready)
        self._generation = 0
        self._list_state = (True, True)  # (the list shows articles, the library has some)
        self._pending_id: int | None = None
        self._terms: list[str] = []
        self._search_text = ""
        self.article: StoredArticle | None = None
        self._page = ""  # the HTML shown, set again when the pane turns narrow or wide
        self._shown_id: int | None = None  # the article the page shows (None: the hint)
        self._narrow = False
        self.theme_name = "light"
        self.font_size = DEFAULT_FONT_SIZE
        self.justify = False
        self.persian_digits = True
        self.restore_zwnj = True
        self.language = "fa"  # UI language: how the meta line spells dates
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fetch)
        self._show_empty()

    # --- configuration -----------------------------------------------------------------

    def configure(
        self,
        *,
        theme: str | None = None,
        font_size: int | None = None,
        justify: bool | None = None,
        persian_digits: bool | None = None,
        restore_zwnj: bool | None = None,
        language: str | None = None,
    ) -> None:
        """Change the page style or text options and re-render the current article."""
        if theme is not None:
            self.theme_name = theme
        if font_size is not None:
            self.font_size = font_size
        if justify is not None:
            self.justify = justify
        if persian_digits is not None:
            self.persian_digits = persian_digits
        if restore_zwnj is not None:
            self.restore_zwnj = restore_zwnj
        if language is not None:
            self.language = language
        self.rerender()

    def set_search_text(self, text: str) -> None:
        """Highlight the plain terms of this search text in the page."""
        if text == self._search_text:
            return
        self._search_text = text
        if not text.strip():
            self._terms = []
            self.rerender()
            return
        if self._library is not None:
            self._set_terms(self._library.search_terms(text))  # parsing only, no SQL
            return
        if self._service is None:
            return
        self._service.submit(
            lambda lib: lib.search_terms(text), self._set_terms, tag="search_terms"
        )

    def _set_terms(self, terms: list[str]) -> None:
        self._terms = list(terms)
        self.rerender()

    # --- showing articles --------------------------------------------------------------

    def request(self, article_id: int | None) -> None:
        """Show this article after the debounce delay (the last request wins)."""
        self._pending_id = article_id
        self._timer.start()

    def set_library(self, library: Library | None) -> None:
        """Read articles with this GUI-thread ``Library`` (one row by primary key, ~1 ms).

        Without it the article is fetched on the service's worker, where it may wait
        behind slow facet counts after a filter change.
        """
        self._library = library

    def _fetch(self) -> None:
        article_id = self._pending_id
        if article_id is None:
            self.show_article(None)
            return
        if self._library is not None:
            try:
                article = self._library.get(article_id)
            except Exception as exc:
                self._on_fetch_error(exc)
                return
            self.show_article(article)
            return
        if self._service is None:
            return
        self._service.submit(
            lambda lib: _get(lib, article_id), self._on_fetched, self._on_fetch_error, tag="article"
        )

    def _on_fetched(self, article: StoredArticle | None) -> None:
        if article is not None and article.id != self._pending_id:
            return
        self.show_article(article)

    def _on_fetch_error(self, error: Exception) -> None:
        log.error("cannot load article %s: %s", self._pending_id, error)
        self.show_article(None)

    def show_article(
        self, article: StoredArticle | None, terms: Sequence[str] | None = None
    ) -> None:
        """Render ``article`` now (raw text first if hazm is not ready)."""
        if terms is not None:
            self._terms = list(terms)
        self.article = article
        self.rerender()
        self.articleShown.emit(article)

    def rerender(self) -> None:
        article = self.article
        self._generation += 1
        if article is None:
            self._show_empty()
            return
        generation = self._generation
        terms = tuple(self._terms)
        persian = self.persian_digits
        muted = get_theme(self.theme_name).muted
        page_of = partial(
            build_html, article, terms=terms, persian=persian, lang=self.language, muted=muted
        )
        restore = self.restore_zwnj and not display.written_with_zwnj(article.texts())
        if not display.is_ready():
            # hazm is still loading: the hazm-free display text now (ZWNJs restored once
            # the table is in, ~0.3 s after start), the full one when the worker has it
            page = page_of(transform=make_transform(restore, persian, quick=True))
            self._apply(page, keep_scroll=True)
        transform = make_transform(restore, persian)

        def render() -> tuple[str, str]:
            try:
                page = page_of(transform=transform)
                return page, transform(article.title)
            except Exception:
                # A display-text failure must not leave the previous article on screen.
                log.exception("display text failed for article %s: shown as stored", article.id)
                return page_of(), article.title

        self._worker.submit(generation, render)

    def _on_quick_ready(self) -> None:
        if self.article is not None and not display.is_ready():
            self.rerender()  # the page shown raw so far gets its ZWNJs

    def _on_display_done(self, generation: int, result: object) -> None:
        if generation != self._generation or not isinstance(result, tuple):
            return  # stale: the user moved on
        page, title = result
        self._apply(page, keep_scroll=True)
        self.displayTitleReady.emit(title)

    def _apply(self, page: str, *, keep_scroll: bool) -> None:
        bar = self.verticalScrollBar()
        # Another article opens at its top: the place read in the one before means
        # nothing in it (it opened half-way down, or at its end, where Space moved on).
        shown = self.article.id if self.article is not None else None
        same = shown is not None and shown == self._shown_id
        anchor = reading_place(self) if keep_scroll and same else None
        self._shown_id = shown
        document = self.document()
        self._page = page
        self._narrow = self._is_narrow()
        style_document(document, get_theme(self.theme_name), self.font_size, self.justify)
        self.setHtml(page)
        typeset_blocks(document, self.justify)
        if self._narrow:  # a ten-word title would fill the first screen, two words a line
            set_title_size(document, self.font_size * NARROW_TITLE_SCALE)
        self._apply_measure()
        bar.setValue(place_offset(self, anchor) if anchor is not None else 0)

    def set_list_state(self, listed: int, total: int) -> None:
        """How many articles the list shows of how many the library has: the empty page
        then says why it is empty (an empty library, no match, or nothing chosen yet)."""
        state = (listed > 0, total > 0)
        if state != self._list_state:
            self._list_state = state
            if self.article is None:
                self._show_empty()

    def empty_hint(self) -> str:
        """What the page says while no article is shown."""
        listed, library = self._list_state
        if not library:
            return self.tr(
                "Your library is empty. Import files from the File menu, "
                "or drop them on this window."
            )
        if not listed:
            return self.tr("No article matches the search and filters.")
        return self.tr("Select an article to read it.")

    def _show_empty(self) -> None:
        self._shown_id = None
        document = self.document()
        style_document(document, get_theme(self.theme_name), self.font_size, self.justify)
        self.setHtml(
            '<html><body><p class="note">'
            + self.empty_hint().replace("&", "&amp;").replace("<", "&lt;")
            + "</p></body></html>"
        )
        # The hint is UI text, not a Persian page: it follows the UI's direction.
        typeset_blocks(document, False, self.layoutDirection())
        self._apply_measure()

    # --- measure -----------------------------------------------------------------------

    def measure_width(self) -> float:
        """Pixels of ``MEASURE_CHARS`` characters of body text in the reading font."""
        return font_measure_width(self.document())

    def _apply_measure(self) -> None:
        apply_measure(self.document(), self.viewport().width())

    def _is_narrow(self) -> bool:
        return is_narrow(self.document(), self.viewport().width())

    def resizeEvent(self, event: Any) -> None:
        place = reading_place(self)  # the lines reflow: keep the reader's paragraph
        super().resizeEvent(event)
        self._apply_measure()
        if self._page and self.article is not None and self._is_narrow() != self._narrow:
            self._apply(self._page, keep_scroll=True)  # the title's size follows the width
        elif place is not None:
            self.verticalScrollBar().setValue(place_offset(self, place))

    # --- scrolling ---------------------------------------------------------------------

    def at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def page_down(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep() - _overlap(self))

    def page_up(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - bar.pageStep() + _overlap(self))

    # --- copying -----------------------------------------------------------------------

    def copy(self) -> None:
        """Copy the selection without the page's line-break marks (ZWSPs in long
        addresses): a copied URL must work when pasted into a browser.

        (Not by overriding ``createMimeDataFromSelection``: a QMimeData made in Python and
        handed to the clipboard was freed twice when the application quit.)
        """
        selected = self.textCursor().selectedText()
        if selected:
            QGuiApplication.clipboard().setText(selected.translate(_AS_TYPED))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint) -> QMenu:
        """Qt's menu for the pane, its Copy going through ``copy`` (Qt's own copies the
        page's display-only marks too)."""
        menu = self.createStandardContextMenu(pos)
        for action in menu.actions():
            if action.objectName() == "edit-copy":
                action.triggered.disconnect()
                action.triggered.connect(self.copy)
        return menu

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- safety ------------------------------------------------------------------------

    def loadResource(self, type_: int, name: QUrl) -> Any:
        """Load nothing: article pages never contain resources, remote or local."""
        log.debug("refused resource %s", name.toString())
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def open_original(self) -> bool:
        """Open the current article's original URL in the system browser."""
        if self.article is None or not self.article.url:
            return False
        url = QUrl(self.article.url)
        if url.scheme().lower() not in ("http", "https"):
            return False
        return QDesktopServices.openUrl(url)

    def warm_up(self) -> None:
        """Load hazm in the background (called once the window has painted)."""
        self._worker.warm_up()

    def shutdown(self) -> None:
        self._timer.stop()
        self._worker.shutdown()


def _get(library: Library, article_id: int) -> StoredArticle | None:
    return library.get(article_id)


def _overlap(pane: QTextBrowser) -> int:
    """Lines kept visible when paging, so the eye finds its place."""
    return round(pane.fontMetrics().height() * 2)
