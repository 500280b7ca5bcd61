"""The reader window: keyboard reading, Persian layout keys, marks, RTL, state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from reader.core.library import Library
from reader.core.query import SortKey
from reader.ui.article_model import ReadRole, StarredRole
from reader.ui.db_worker import LibraryService
from reader.ui.main_window import MainWindow

XKB_J = 0x24 + 8


def make_window(library_path, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library.open(library_path)
    service = LibraryService(library_path)
    window = MainWindow(library, service, settings)
    window.resize(1200, 700)
    window.show()
    return window


@pytest.fixture
def window(qtbot, library_path, settings, fast_display) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings.mark_read_delay_ms = -1
    win = make_window(library_path, settings)
    qtbot.addWidget(win)
    win.article_list.setFocus()
    yield win
    win.close()
    win.library.close()


def current(window: MainWindow) -> int:
    return window.article_list.current_row()


def idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.service.is_busy(), timeout=5000)


def test_j_k_home_end(qtbot, window) -> None:
    lst = window.article_list
    lst.select_row(0)
    qtbot.keyClick(lst, Qt.Key.Key_J)
    assert current(window) == 1
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert current(window) == 2
    qtbot.keyClick(lst, Qt.Key.Key_K)
    assert current(window) == 1
    qtbot.keyClick(lst, Qt.Key.Key_End)
    assert current(window) == 29
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    assert current(window) == 0


def test_persian_layout_keys_navigate(qtbot, window) -> None:
    lst = window.article_list
    lst.select_row(0)
    # With the Persian layout the j key sends "ت" (and the J key's scan code).
    QApplication.sendEvent(
        lst,
        QKeyEvent(QEvent.Type.KeyPress, 0x62A, Qt.KeyboardModifier.NoModifier, XKB_J, 0, 0, "ت"),
    )
    assert current(window) == 1
    # Without native codes, the Persian standard layout table still maps "ن" to k.
    QApplication.sendEvent(
        lst, QKeyEvent(QEvent.Type.KeyPress, 0x646, Qt.KeyboardModifier.NoModifier, 0, 0, 0, "ن")
    )
    assert current(window) == 0


def test_letters_in_search_box_are_not_shortcuts(qtbot, window) -> None:
    window.article_list.select_row(0)
    box = window.sidebar.search
    box.setFocus()
    qtbot.keyClicks(box, "jk")
    assert box.text() == "jk"
    assert current(window) == 0


def test_read_and_star_persist(qtbot, window, library_path) -> None:
    lst = window.article_list
    lst.select_row(4)
    article_id = window.navigator.current_id
    qtbot.keyClick(lst, Qt.Key.Key_M)
    qtbot.keyClick(lst, Qt.Key.Key_S)
    index = window.model.index(4, 0)
    assert index.data(ReadRole) is True and index.data(StarredRole) is True
    idle(qtbot, window)
    with Library.open(library_path) as other:
        stored = other.get(article_id)
    assert stored.read and stored.starred
    qtbot.keyClick(lst, Qt.Key.Key_M)
    idle(qtbot, window)
    with Library.open(library_path) as other:
        assert other.get(article_id).read is False


def test_marks_read_after_delay(qtbot, window) -> None:
    window.settings.mark_read_delay_ms = 30
    window.article_list.select_row(3)
    qtbot.waitUntil(lambda: window.model.index(3, 0).data(ReadRole) is True, timeout=3000)


def test_next_unread_skips_read(qtbot, window) -> None:
    lst = window.article_list
    lst.select_row(1)
    window.navigator.set_read(True)
    lst.select_row(0)
    qtbot.keyClick(lst, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: current(window) == 2, timeout=3000)


def test_search_filters_rows_and_status(qtbot, window) -> None:
    assert window.count_label.text() == "30 articles"  # nothing filtered out
    window.sidebar.search.setText("iPhone")
    window.sidebar.search.commit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=3000)
    assert window.count_label.text() == "6 of 30 articles"
    assert window.pane._search_text == "iPhone"


def test_title_and_pane_follow_selection(qtbot, window) -> None:
    window.article_list.select_row(1)
    title = window.model.row_at(1).title
    qtbot.waitUntil(lambda: window.windowTitle() == f"{title} — Khabarkhan", timeout=3000)

    def shown() -> str:
        return window.pane.toPlainText().replace("\u2066", "").replace("\u2069", "")

    qtbot.waitUntil(lambda: title in shown(), timeout=3000)


def test_back_and_forward(qtbot, window) -> None:
    lst = window.article_list
    for row in (0, 5, 9):
        lst.select_row(row)
    window.trigger("back")
    assert current(window) == 5
    window.trigger("back")
    assert current(window) == 0
    window.trigger("forward")
    assert current(window) == 5


def test_right_to_left_mirrors_panes_and_history_keys(qtbot, window) -> None:
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(
            lambda: window.sidebar.geometry().x() > window.pane.geometry().x(), timeout=3000
        )
        back = window.actions_by_id["back"].shortcut().toString()
        forward = window.actions_by_id["forward"].shortcut().toString()
        assert (back, forward) == ("Alt+Right", "Alt+Left")
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: window.sidebar.geometry().x() < window.pane.geometry().x())
    assert window.actions_by_id["back"].shortcut().toString() == "Alt+Left"


def test_menus_show_every_action_with_its_key(window) -> None:
    texts = {a.objectName(): a.text() for a in window.actions_by_id.values()}
    assert texts["action_next_article"].endswith("\tJ")
    assert window.actions_by_id["zoom_in"].shortcut().toString() == "Ctrl+="
    menus = [m.title() for m in window.menus.values()]
    assert menus == ["&File", "&View", "&Go", "&Article", "&Help"]


def test_zoom_changes_pane_font(qtbot, window) -> None:
    size = window.pane.font_size
    window.trigger("zoom_in")
    assert window.pane.font_size == size + 1 == window.settings.font_size
    window.trigger("zoom_reset")
    assert window.pane.font_size == 15


def test_state_restored(qtbot, library_path, settings, fast_display) -> None:
    settings.mark_read_delay_ms = -1
    first = make_window(library_path, settings)
    qtbot.addWidget(first)
    first.set_query(first.model.query.with_(sort=SortKey.TITLE, descending=False, text="iPhone"))
    first.article_list.select_row(2)
    chosen = first.navigator.current_id
    first.splitter.setSizes([200, 500, 500])
    sizes = first.splitter.sizes()
    first.close()
    first.library.close()

    second = make_window(library_path, settings)
    qtbot.addWidget(second)
    try:
        assert second.model.query.sort is SortKey.TITLE
        assert second.model.query.text == "iPhone"
        assert second.sidebar.search.text() == "iPhone"
        assert second.model.rowCount() == 6
        assert second.navigator.current_id == chosen
        assert second.splitter.sizes() == sizes
    finally:
        second.close()
        second.library.close()


def test_slash_focuses_search_and_esc_returns_to_list(qtbot, window) -> None:
    lst = window.article_list
    lst.select_row(0)
    window.sidebar.search.setText("iPhone")
    window.sidebar.search.commit()
    qtbot.keyClick(lst, Qt.Key.Key_Slash)
    assert window.focusWidget() is window.sidebar.search
    qtbot.keyClick(window.sidebar.search, Qt.Key.Key_Escape)
    assert window.sidebar.search.text() == ""
    qtbot.waitUntil(lambda: window.focusWidget() is lst, timeout=3000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 30, timeout=3000)


def test_space_pages_then_moves_to_next_unread(qtbot, window) -> None:
    window.resize(900, 300)
    window.pane.configure(font_size=30)
    lst = window.article_list
    lst.select_row(0)
    qtbot.waitUntil(lambda: window.pane.article is not None, timeout=3000)
    pane = window.pane
    qtbot.waitUntil(lambda: pane.verticalScrollBar().maximum() > 0, timeout=3000)
    qtbot.keyClick(pane, Qt.Key.Key_Space)
    assert pane.verticalScrollBar().value() > 0
    assert current(window) == 0
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    qtbot.keyClick(pane, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: current(window) == 1, timeout=3000)
    qtbot.keyClick(pane, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)


def test_ctrl_number_focuses_panes(qtbot, window) -> None:
    window.trigger("focus_pane")
    assert window.focusWidget() is window.pane
    window.trigger("focus_list")
    assert window.focusWidget() is window.article_list


def test_alt_arrows_go_back_from_the_pane(qtbot, window) -> None:
    lst = window.article_list
    lst.select_row(0)
    lst.select_row(5)
    window.pane.setFocus()
    qtbot.keyClick(window.pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert current(window) == 0
    qtbot.keyClick(window.pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current(window) == 5


def test_sorting_by_header_keeps_the_current_article(qtbot, window) -> None:
    window.article_list.select_row(3)
    chosen = window.navigator.current_id
    header = window.article_list.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # title column
    assert window.model.query.sort is SortKey.TITLE
    qtbot.waitUntil(lambda: window.model.article_id(current(window)) == chosen, timeout=3000)


def test_full_screen_reading_shows_only_the_pane(qtbot, window) -> None:
    window.trigger("full_screen")
    assert window.sidebar.isHidden() and window.article_list.isHidden()
    assert window.actions_by_id["full_screen"].isChecked()
    assert window.pane.isVisible()
    window.trigger("full_screen")
    assert window.sidebar.isVisible() and window.article_list.isVisible()
    assert not window.actions_by_id["full_screen"].isChecked()


def test_language_switch_retranslates_and_mirrors(qtbot, window) -> None:
    app = QApplication.instance()
    try:
        window.settings.language = "fa"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        persian = QCoreApplication.translate("Menus", "&File")
        qtbot.waitUntil(lambda: window.menus["file"].title() == persian, timeout=3000)
        qtbot.waitUntil(
            lambda: window.actions_by_id["back"].shortcut().toString() == "Alt+Right",
            timeout=3000,
        )
    finally:
        window.settings.language = "en"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File", timeout=3000)


def test_clicking_the_star_cell_toggles_star(qtbot, window) -> None:
    lst = window.article_list
    index = window.model.index(2, 0)
    rect = lst.visualRect(index)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current(window) == 2
    assert window.model.index(2, 0).data(StarredRole) is True
    assert window.model.index(2, 0).data() == "★"


def test_dates_follow_the_ui_language(qtbot, window) -> None:
    from reader.ui.article_model import COL_DATE

    app = QApplication.instance()
    assert window.model.index(0, COL_DATE).data() == "20 Mehr 1400"
    try:
        window.settings.language = "fa"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        qtbot.waitUntil(lambda: window.model.language == "fa", timeout=3000)
        assert window.model.index(0, COL_DATE).data() == "\u200f\u2067۲۰ مهر ۱۴۰۰\u2069"
        assert window.pane.language == "fa"
    finally:
        window.settings.language = "en"
    qtbot.waitUntil(lambda: window.model.language == "en", timeout=3000)
    assert window.pane.language == "en"


def test_window_title_uses_the_display_text(qtbot, window, monkeypatch) -> None:
    """The title bar shows what the pane shows (ZWNJs restored), not the raw scrape."""
    from reader.core.persian import display

    monkeypatch.setattr(display, "display_text", lambda text, **_kw: f"«{text}»")
    window.article_list.select_row(2)
    title = window.model.row_at(2).title
    qtbot.waitUntil(lambda: window.windowTitle() == f"«{title}» — Khabarkhan", timeout=5000)


def test_show_article_id_finds_an_article_imported_moments_ago(qtbot, window) -> None:
    """An import's first new article is selected even before the list's re-query ran."""
    from reader.core.article import Article

    with Library.open(window.library.path) as other:
        other.add_articles([Article(title="خبر تازه وارد شده", origin_path="/tmp/new.txt")])
        new_id = other.page(window.model.query, 0, other.count(window.model.query))[-1].id
    window.queries.library_timer.start()  # what an import's batches do
    window.show_article_id(new_id)
    assert window.navigator.current_id == new_id
    assert window.model.row_at(current(window)).id == new_id


def test_list_titles_become_display_text_once_it_has_loaded(qtbot, window, monkeypatch) -> None:
    from reader.core.persian import display

    seen: list[bool] = []

    def fake_display(text: str, **kw: bool) -> str:
        seen.append(kw["restore_zwnj"])
        return f"<{text}>"

    monkeypatch.setattr(display, "display_text", fake_display)
    model = window.article_list.model()
    title = model.row_at(0).title
    assert f"<{title}>" not in model.index(0, 1).data()  # not loaded yet: titles as stored
    window.pane.displayReady.emit()  # fast_display says it is ready
    assert f"<{title}>" in model.index(0, 1).data() and seen[-1] is True
    window.settings.show_raw_text = True  # the raw view: letters normalized, no ZWNJs added
    assert f"<{title}>" in model.index(0, 1).data() and seen[-1] is False


def test_empty_page_says_why_the_list_is_empty(qtbot, window) -> None:
    pane = window.pane
    pane.show_article(None)
    assert "Select an article" in pane.toPlainText()
    window.set_query(window.model.query.with_(text="واژه‌ای‌که‌هیچ‌جا‌نیست"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    assert "No article matches" in pane.toPlainText()
    pane.set_list_state(0, 0)
    assert "library is empty" in pane.toPlainText()


@pytest.mark.parametrize(
    ("total", "listed", "shown"),
    [(0, 0, "The library is empty"), (1, 1, "1 article"), (30, 30, "30 articles"),
     (30, 6, "6 of 30 articles")],
)  # fmt: skip
def test_article_count_wording(qtbot, total: int, listed: int, shown: str) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.i18n import install_translator, remove_translators
    from reader.ui.status_bar import ArticleCountLabel

    class Counted:
        def total(self) -> int:
            return total

    app = QApplication.instance()
    assert app is not None
    label = ArticleCountLabel()
    qtbot.addWidget(label)
    try:
        install_translator(app, "en")  # English plurals come from a plural-only translation
        label.show_count(Counted(), listed)  # type: ignore[arg-type]
    finally:
        remove_translators(app)
    assert label.text() == shown


def test_an_untitled_article_is_named_in_the_window_title(qtbot, window) -> None:
    from reader.core.article import Paragraph
    from reader.core.library import StoredArticle

    window.pane.show_article(StoredArticle(id=999, title="", body=[Paragraph("متن")]))
    qtbot.waitUntil(lambda: window.windowTitle() == "(untitled) — Khabarkhan", timeout=3000)
    window.pane.show_article(None)
    assert window.windowTitle() == "Khabarkhan"


def test_articles_landing_above_the_one_read_do_not_move_it_on_screen(qtbot, window) -> None:
    from tests.ui.conftest import make_articles

    lst = window.article_list
    lst.select_row(8)
    chosen = window.navigator.current_id
    y = lst.rowViewportPosition(8)
    assert 0 < y < lst.viewport().height() - lst.rowHeight(8)
    newer = make_articles(30)
    for i, article in enumerate(newer):  # published after all 30 shown: listed above them
        assert article.published is not None
        article.published += timedelta(days=1)
        article.news_code = f"9{i:04d}"
        article.url = f"https://www.defapress.ir/fa/news/9{i:04d}"
        article.title = f"تازه {i}"
    with Library.open(window.library.path) as other:  # another writer (an import)
        other.add_articles(newer)
    window.queries.refresh_library()
    qtbot.waitUntil(lambda: current(window) >= 0, timeout=3000)
    idle(qtbot, window)
    assert window.navigator.current_id == chosen
    row = current(window)
    assert row == 8 + len(newer)
    assert lst.rowViewportPosition(row) == y  # where the reader left it, not at an edge


def test_the_article_count_follows_the_digits_setting(qtbot, window) -> None:
    """The list and the timeline follow the digits setting; the count said ۳۰ beside them."""
    window.settings.language = "fa"
    try:
        window.settings.digits = "latin"
        assert "30" in window.count_label.text()
        window.settings.digits = "persian"
        assert "۳۰" in window.count_label.text()
    finally:
        window.settings.language = "en"  # the translator and locale are the app's: put back
