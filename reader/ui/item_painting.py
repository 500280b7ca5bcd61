"""Shared first step of the delegates that paint an item's text themselves.

The article list (titles laid out right to left) and the facet lists (name plus
count) both let the style paint the item's panel — background, selection,
focus — and then draw the text their own way. Both start from the same thing:
the delegate's style option for the index with its text taken out, and the
style to paint with (the view's, else the application's, as Qt's own
``QStyledItemDelegate.paint`` does).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


class TextlessItem(NamedTuple):
    option: QStyleOptionViewItem  # a copy, initialised by the delegate, with text ""
    style: QStyle
    widget: QWidget | None
    text: str  # the text that was taken out


def textless_item(
    delegate: QStyledItemDelegate,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> TextlessItem:
    """The item's style option without its text, ready for ``CE_ItemViewItem``."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    widget: QWidget | None = opt.widget  # type: ignore[attr-defined]
    style = widget.style() if widget is not None else QApplication.style()
    text: str = opt.text  # type: ignore[attr-defined]
    opt.text = ""  # type: ignore[attr-defined]
    return TextlessItem(opt, style, widget, text)
