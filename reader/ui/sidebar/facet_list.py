"""One facet (site or source): heading, optional filter box, checkable list with counts.

The list of agencies is short (tens, rarely hundreds), so a
``QSortFilterProxyModel`` over the *names* is fine here; articles never go
through a proxy. Clicking anywhere on a row toggles it — a small check box is
a poor target in a narrow sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.bidi import has_rtl
from reader.ui.item_painting import textless_item
from reader.ui.sidebar.facet_model import COUNT_ROLE, FacetModel
from reader.ui.sidebar.formatting import format_count
from reader.ui.sidebar.heading import SectionHeading

FILTER_THRESHOLD = 12  # show the filter box above this many entries

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u200c": ""})


def fold(text: str) -> str:
    """Loose matching key for the filter box (Arabic/Persian letters, case)."""
    return text.translate(_FOLD).casefold()


class FacetFilterProxy(QSortFilterProxyModel):
    """Filters facet names by the filter box; checked names always stay visible."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked:
            return True
        return self._needle in fold(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))


class FacetDelegate(QStyledItemDelegate):
    """Paints the name (elided) and the count at the trailing edge, muted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.persian_digits = False

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt, style, widget, name = textless_item(self, option, index)
        text_rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        check_rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget
        )
        checked = opt.checkState == Qt.CheckState.Checked
        # The style's own box is nearly invisible on a dark Base: draw one from the palette.
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        paint_check_box(painter, QRectF(check_rect), checked, opt.palette)

        text_rect = text_rect.adjusted(2, 0, -4, 0)
        count_text = format_count(int(index.data(COUNT_ROLE) or 0), self.persian_digits)
        metrics = opt.fontMetrics
        count_width = metrics.horizontalAdvance(count_text) + 6
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        name_rect = QRect(text_rect)
        count_rect = QRect(text_rect)
        if rtl:
            name_rect.setLeft(text_rect.left() + count_width)
            count_rect.setRight(text_rect.left() + count_width)
        else:
            name_rect.setRight(text_rect.right() - count_width)
            count_rect.setLeft(text_rect.right() - count_width)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        painter.save()
        painter.setFont(opt.font)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(group, text_role))
        # Physical sides computed above: stop QPainter from mirroring them again.
        absolute = Qt.AlignmentFlag.AlignAbsolute
        leading = absolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        trailing = absolute | (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0, name_rect.width()))
        # A Persian name is a right-to-left paragraph in either UI: "۵۵ آنلاین" would
        # otherwise read "آنلاین ۵۵" in the English UI, and "…" land on the wrong end.
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if has_rtl(name) else opt.direction
        )
        painter.drawText(name_rect, leading | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setLayoutDirection(opt.direction)
        muted_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(opt.palette.color(group, muted_role))
        painter.drawText(count_rect, trailing | Qt.AlignmentFlag.AlignVCenter, count_text)
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A left click anywhere on the row toggles it (not just on the box)."""
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton
        if event.type() == QEvent.Type.MouseButtonRelease:
            if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
                return False
            if not option.rect.contains(event.position().toPoint()):
                return False
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            new_state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            return model.setData(index, new_state, Qt.ItemDataRole.CheckStateRole)
        return super().editorEvent(event, model, option, index)


def paint_check_box(painter: QPainter, area: QRectF, checked: bool, palette: QPalette) -> None:
    """A rounded check box in the theme's accent, readable on light and dark bases."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Accent)
    side = min(14.0, area.width(), area.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(area.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if checked:
        painter.setPen(QPen(accent, 1))
        painter.setBrush(accent)
    else:
        border = QColor.fromRgbF(
            base.redF() + (text.redF() - base.redF()) * 0.45,
            base.greenF() + (text.greenF() - base.greenF()) * 0.45,
            base.blueF() + (text.blueF() - base.blueF()) * 0.45,
        )
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(base)
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    if checked:
        pen = QPen(base, 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(QPointF(box.left() + side * 0.25, box.top() + side * 0.52))
        path.lineTo(QPointF(box.left() + side * 0.43, box.top() + side * 0.70))
        path.lineTo(QPointF(box.left() + side * 0.76, box.top() + side * 0.32))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()


class FacetList(QWidget):
    """Heading + filter box + list for one facet; ``selectionChanged`` on user toggles."""

    selectionChanged = Signal()

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.model = FacetModel(self)
        self.proxy = FacetFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.heading = SectionHeading(title, self)
        self.clear_button = QToolButton(self)
        self.clear_button.setAutoRaise(True)
        self.clear_button.setObjectName(f"{object_name}Clear")
        self.clear_button.clicked.connect(self.clear_checked)
        self.heading.add_trailing(self.clear_button)

        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName(f"{object_name}Box")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_needle)

        self.view = QListView(self)
        self.view.setObjectName(f"{object_name}View")
        self.view.setModel(self.proxy)
        self.delegate = FacetDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty_label)

        self.model.checkedChanged.connect(self._on_checked_changed)
        self.model.modelReset.connect(self._update_chrome)
        self.retranslate()
        self._update_chrome()

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show all agencies again"))
        self.filter_box.setPlaceholderText(self.tr("Filter…"))

    def set_empty_text(self, text: str) -> None:
        """What the list says when no article has this facet (the sidebar names it)."""
        self.empty_label.setText(text)

    def set_persian_digits(self, persian: bool) -> None:
        self.delegate.persian_digits = persian
        self.view.viewport().update()

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        """New counts; the scroll position and the keyboard's current row survive.

        Counts arrive after every click, so a reset that jumped back to the top
        (or lost the row the user just toggled with Space) would be maddening.
        """
        bar = self.view.verticalScrollBar()
        scrolled = bar.value()
        current = self.view.currentIndex()
        current_name = current.data() if current.isValid() else None
        self.model.set_counts(counts)
        if current_name is not None:
            row = self.model.row_of(str(current_name))
            if row is not None:
                self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        bar.setValue(scrolled)

    def checked(self) -> frozenset[str]:
        return self.model.checked_names()

    def set_checked(self, names: frozenset[str]) -> None:
        self.model.set_checked(names)

    def clear_checked(self) -> None:
        """Uncheck everything (one user action, one ``selectionChanged``)."""
        if not self.model.checked_names():
            return
        self.model.set_checked(frozenset())
        self._on_checked_changed()

    def _on_checked_changed(self) -> None:
        self._update_chrome()
        self.selectionChanged.emit()

    def _update_chrome(self) -> None:
        """Filter box only for long lists; Clear only when something is checked."""
        long_list = self.model.rowCount() > FILTER_THRESHOLD
        self.filter_box.setVisible(long_list)
        if not long_list and self.filter_box.text():
            self.filter_box.clear()
        self.clear_button.setVisible(bool(self.model.checked_names()))
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
        self._fit_height()

    def _fit_height(self) -> None:
        """A short list takes only the room it needs; a long one scrolls."""
        rows = max(1, self.model.rowCount())
        row_height = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        if row_height <= 0:
            row_height = self.view.fontMetrics().height() + 6
        frame = 2 * self.view.frameWidth()
        view_max = rows * row_height + frame
        self.view.setMaximumHeight(view_max)
        self.view.setMinimumHeight(min(rows, 4) * row_height + frame)
        spacing = self.layout().spacing()
        others = [self.heading, self.filter_box, self.empty_label]
        chrome = sum(w.sizeHint().height() + spacing for w in others if not w.isHidden())
        self.setMaximumHeight(chrome + (0 if self.view.isHidden() else view_max))
