"""What a screen reader (Orca, NVDA) is told: names of unlabelled widgets in both UI
languages, the article list's rows as words, the page as text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from reader.ui.article_model import COL_DATE, COL_SITE, COL_STAR, COL_TITLE
from reader.ui.main_window import MainWindow
from tests.ui.conftest import close_window, show_main_window

PERSIAN = re.compile("[\u0600-\u06ff]")
BIDI_MARKS = set("\u200e\u200f\u061c\u2066\u2067\u2068\u2069")


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface.text(QAccessible.Text.Name)


def label_of(widget: QWidget) -> str:
    """A combo box's label as Orca hears it: on Linux its name is the value shown, and
    the label comes from the "labelled by" relation (a buddy label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    labels = iface.relations(QAccessible.RelationFlag.Label)
    assert labels, "no label"
    return labels[0][0].text(QAccessible.Text.Name)


def description_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The UI language of the parametrised test ("fa" or "en"), undone afterwards."""
    from reader.ui.i18n import install_translator, remove_translators

    lang = request.param
    previous = QLocale()
    install_translator(qapp, lang)
    qapp.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "fa" else Qt.LayoutDirection.LeftToRight
    )
    try:
        yield lang
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window(qtbot, language, library_path, settings, fast_display) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window built in ``language`` (set up first, so its texts are translated)."""
    win = show_main_window(qtbot, library_path, settings)
    qtbot.waitUntil(lambda: not win.service.is_busy(), timeout=5000)
    yield win
    close_window(win)
    win.deleteLater()  # gone before the language fixture switches back and retranslates
    qtbot.wait(1)


def check_name(name: str, language: str, english: str | None = None) -> None:
    assert name.strip(), "no accessible name"
    assert "&" not in name
    if language == "fa":
        assert PERSIAN.search(name), f"{name!r} is not Persian"
    elif english is not None:
        assert name == english


BOTH = pytest.mark.parametrize("language", ["fa", "en"], indirect=True)


@BOTH
def test_unlabelled_widgets_of_the_window_have_names(window: MainWindow, language: str) -> None:
    side = window.sidebar
    expected = {
        side.search: "Search articles",
        window.article_list: "Article list",
        window.pane: "Article text",
        side.date_filter.from_edit: "From date",
        side.date_filter.to_edit: "To date",
        side.timeline: "Timeline of articles per month",
        side.site_filter.view: "Sites",
        side.source_filter.view: "Sources",
        side.site_filter.filter_box: "Filter the sites",
        side.source_filter.filter_box: "Filter the sources",
        side.date_clear: "Clear the date filter",
        side.site_filter.clear_button: "Clear the chosen sites",
        side.source_filter.clear_button: "Clear the chosen sources",
    }
    for widget, english in expected.items():
        check_name(name_of(widget), language, english)
    check_name(side.date_filter.preset_box.accessibleName(), language, "Date range")  # Windows
    check_name(label_of(side.date_filter.preset_box), language, "Date")
    # The three "Clear" buttons are told apart.
    clears = {name_of(w) for w in (side.date_clear, side.site_filter.clear_button)}
    assert len(clears | {name_of(side.source_filter.clear_button)}) == 3


@BOTH
def test_the_count_is_read_with_what_it_counts(window: MainWindow, language: str) -> None:
    label = window.count_label
    name = name_of(label)
    assert name == label.text() and ("30" in name or "۳۰" in name)
    check_name(description_of(label), language, "Articles listed by the search and filters")


def _cell(table: QAccessibleInterface, row: int, column: int) -> QAccessibleInterface:
    for i in range(table.childCount()):
        child = table.child(i)
        cell = child.tableCellInterface()
        at = (cell.rowIndex(), cell.columnIndex()) if cell is not None else None
        if at == (row, column) and child.role() == QAccessible.Role.Cell:
            return child
    raise AssertionError(f"no cell {row},{column}")


@BOTH
def test_a_row_says_title_site_date_and_state(qtbot, window: MainWindow, language: str) -> None:
    model = window.model
    row = 2
    item = model.row_at(row)
    assert item is not None and not item.read and not item.starred
    table = QAccessible.queryAccessibleInterface(window.article_list)
    title = _cell(table, row, COL_TITLE).text(QAccessible.Text.Name)
    unread = "نخوانده" if language == "fa" else "unread"
    assert item.site in title and unread in title
    assert "مهر" in title if language == "fa" else "Mehr" in title  # the date, spelled out
    assert not BIDI_MARKS & set(title)
    star = _cell(table, row, COL_STAR).text(QAccessible.Text.Name)
    assert star == ("بی‌ستاره" if language == "fa" else "Not starred")  # not an empty cell
    assert _cell(table, row, COL_SITE).text(QAccessible.Text.Name) == item.site
    assert "1400" in _cell(table, row, COL_DATE).text(QAccessible.Text.Name) or language == "fa"

    model.update_flags([item.id], read=True, starred=True)
    title = _cell(table, row, COL_TITLE).text(QAccessible.Text.Name)
    starred = "ستاره‌دار" if language == "fa" else "starred"
    assert starred in title and unread not in title
    assert _cell(table, row, COL_STAR).text(QAccessible.Text.Name) != star
    # the star column's header is a word, not "black star"
    header = model.headerData(
        COL_STAR, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
    )
    check_name(header, language, "Starred")


@BOTH
def test_the_page_is_readable_text(qtbot, window: MainWindow, language: str) -> None:
    window.current.show(window.model.article_id(2))
    qtbot.waitUntil(lambda: "سردار باقری" in window.pane.toPlainText(), timeout=3000)
    iface = QAccessible.queryAccessibleInterface(window.pane)
    text_iface = iface.textInterface()
    assert text_iface is not None
    text = text_iface.text(0, text_iface.characterCount())
    assert "پاکستان" in text and "سردار باقری" in text
    check_name(iface.text(QAccessible.Text.Name), language, "Article text")


@BOTH
def test_the_timeline_describes_the_month_under_the_cursor(
    qtbot, window: MainWindow, language: str
) -> None:
    timeline = window.sidebar.timeline
    qtbot.waitUntil(lambda: bool(timeline.bars()), timeout=3000)
    timeline.setFocus()
    before = description_of(timeline)
    check_name(before, language)
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    after = description_of(timeline)
    assert after != before
    # the month and its count, in the digits of the settings
    assert re.match("(Mehr|مهر) (1400|۱۴۰۰): (30|۳۰) ", after), after


@BOTH
def test_settings_fields_without_a_label_have_names(qtbot, settings, language: str) -> None:
    from reader.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    for combo, english in (
        (dialog.language, "&Language:"),
        (dialog.theme, "&Theme:"),
        (dialog.digits, "&Digits in articles:"),
    ):
        check_name(label_of(combo).replace("&", ""), language, english.replace("&", ""))
    check_name(
        name_of(dialog.mark_read_delay), language, "Seconds before an article counts as read"
    )
    # the shortcut fields: the focus is on each field's inner line edit
    first, second = dialog._edits[0][:2]
    for edit in (first, second):
        inner = edit.findChild(QLineEdit)
        assert inner is not None and name_of(inner) == name_of(edit)
        check_name(name_of(inner), language)
    assert name_of(first) != name_of(second)
    if language == "en":
        assert name_of(first) == "Shortcut for Import files…"


@BOTH
def test_the_cheat_sheet_text_has_a_name(qtbot, settings, language: str) -> None:
    from reader.ui.cheatsheet import CheatSheetDialog

    dialog = CheatSheetDialog(settings)
    qtbot.addWidget(dialog)
    check_name(name_of(dialog.browser), language, "Keyboard shortcuts")
