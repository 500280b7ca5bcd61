"""The timeline: the picture of the corpus as a histogram of articles per Jalali month.

Drawn with QPainter so it stays cheap for decades of months and follows the
theme through QPalette roles. Click a bar (or drag across bars) to filter to
those months; double-click a month to see its days; the header's back control
returns to months. Under a right-to-left layout time runs right to left, like
Persian text: the oldest month sits at the right edge.

The widget is built in layers, one module each: ``timeline_bars`` (the data),
``timeline_geometry`` (state and layout), ``timeline_axis`` and
``timeline_paint`` (drawing); this module adds mouse, keyboard and tooltips.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip

from reader.ui.sidebar.timeline_bars import Bar, day_bars, month_bars
from reader.ui.sidebar.timeline_geometry import MAX_DAY_SLOT, MAX_MONTH_SLOT, PAD
from reader.ui.sidebar.timeline_paint import TimelinePainting

#: How many bars away a click on an empty month looks for one with articles.
SNAP_BARS = 3

__all__ = ["MAX_DAY_SLOT", "MAX_MONTH_SLOT", "PAD", "Bar", "Timeline", "day_bars", "month_bars"]

log = logging.getLogger(__name__)


class Timeline(TimelinePainting):
    """Histogram of article counts per Jalali month, or per day of one month.

    Signals: ``rangeSelected(date, date)`` when the user clicks or drags over
    bars; ``zoomChanged()`` when it switches between months and days (the owner
    then supplies ``set_days``).
    """

    rangeSelected = Signal(object, object)
    zoomChanged = Signal()

    def zoom_to(self, jy: int, jm: int) -> None:
        """Show the days of one month (data arrives later through ``set_days``)."""
        if self._zoom == (jy, jm):
            return
        self._zoom = (jy, jm)
        self._cursor = self._key_anchor = None
        self._day_bars = day_bars(jy, jm, [])
        self._hover = None
        self.update()
        self.describe()
        self.zoomChanged.emit()

    def zoom_out(self) -> None:
        """Back to the months of the whole corpus."""
        if self._zoom is None:
            return
        self._zoom = None
        self._cursor = self._key_anchor = None
        self._day_bars = []
        self._hover = None
        self.update()
        self.describe()
        self.zoomChanged.emit()

    # --- interaction ---------------------------------------------------------
    def _over_back(self, pos: QPointF) -> bool:
        return self._zoom is not None and self._header_rect().contains(pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        if self._over_back(pos):
            self.zoom_out()
            return
        index = self.bar_at(pos.x())
        if index is None or not self._plot_rect().adjusted(0, 0, 0, self._axis_height()).contains(
            pos
        ):
            return
        self._drag_anchor = self._drag_current = index
        self._cursor = self._key_anchor = index
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag_anchor is not None:
            current = self.bar_at(pos.x(), clamp=True)
            if current != self._drag_current:
                self._drag_current = current
                self.update()
        hover = self.bar_at(pos.x()) if self._plot_rect().contains(pos) else None
        if hover != self._hover:
            self._hover = hover
            self.update()
            if QToolTip.isVisible():
                self._show_tooltip(event.globalPosition().toPoint(), hover)
        over_target = hover is not None or self._over_back(pos)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if over_target else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._drag_anchor is None:
            super().mouseReleaseEvent(event)
            return
        anchor, current = self._drag_anchor, self._drag_current
        self._drag_anchor = self._drag_current = None
        if current is None or current == anchor:  # a click, not a drag
            current = anchor = self.snap(anchor)
            if anchor is None:
                self.update()
                return  # nothing near: an empty month is not worth an empty list
        self.select_bars(anchor, current)

    def snap(self, index: int) -> int | None:
        """The bar a click at ``index`` means: itself when it has articles, else the
        nearest bar with articles within ``SNAP_BARS`` (bars can be one pixel wide, and a
        click that misses one should not show an empty list), else None."""
        bars = self.bars()
        for distance in range(SNAP_BARS + 1):
            for candidate in (index - distance, index + distance):
                if 0 <= candidate < len(bars) and bars[candidate].count > 0:
                    return candidate
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._zoom is not None:
            super().mouseDoubleClickEvent(event)
            return
        index = self.bar_at(event.position().x())
        if index is None or not self._plot_rect().contains(event.position()):
            return
        index = self.snap(index)
        if index is None:
            return
        bar = self._month_bars[index]
        self.zoom_to(bar.jy, bar.jm)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.describe()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows pick a bar (Shift extends), Enter opens its days, Backspace/Esc go back.

        Left and Right follow what the eye sees: under RTL, Left moves to newer months.
        """
        key = event.key()
        bars = self.bars()
        if self._zoom is not None and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            self.zoom_out()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._zoom is None:
            if self._cursor is not None and bars:
                bar = bars[self._cursor]
                self.zoom_to(bar.jy, bar.jm)
        elif bars and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move_cursor(key, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move_cursor(self, key: int, extend: bool) -> None:
        bars = self.bars()
        current = self._cursor
        first_press = current is None
        if current is None:
            flags = self._selected_flags(bars)
            current = flags.index(True) if any(flags) else len(bars) - 1
        if key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = len(bars) - 1
        elif first_press:
            target = current  # the first arrow only shows where the cursor is
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            target = current + (-step if self._rtl() else step)
        target = min(max(target, 0), len(bars) - 1)
        if extend:
            anchor = self._key_anchor if self._key_anchor is not None else current
        else:
            anchor = target
        self._key_anchor = anchor
        self._cursor = target
        self.select_bars(anchor, target)

    def select_bars(self, first: int, last: int) -> None:
        """Select bars ``first``..``last`` (any order) and announce the date range."""
        bars = self.bars()
        if not bars:
            return
        low, high = sorted((first, last))
        low, high = max(low, 0), min(high, len(bars) - 1)
        self._selection = (bars[low].first, bars[high].last)
        self.update()
        self.describe()
        self.rangeSelected.emit(bars[low].first, bars[high].last)

    def describe(self) -> None:
        """Tell a screen reader what the keyboard cursor is on and how to move it.

        The bars are painted, not widgets: without this the timeline was a blank
        "client" area to Orca and NVDA. The description changes with the cursor, and
        ``setAccessibleDescription`` announces the change.
        """
        if self._zoom is None:
            hint = self.tr(
                "Left and Right choose a month, Shift extends the range, Enter shows its days."
            )
        else:
            hint = self.tr("Left and Right choose a day, Backspace goes back to the months.")
        bars = self.bars()
        if self._cursor is not None and self._cursor < len(bars):
            bar = bars[self._cursor]
            hint = f"{self._bar_label(bar)}: {self.articles_text(bar.count)}. {hint}"
        if hint != self.accessibleDescription():
            self.setAccessibleDescription(hint)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            if self._over_back(pos):
                QToolTip.showText(event.globalPos(), self.tr("Back to all months"), self)
                return True
            index = self.bar_at(pos.x()) if self._plot_rect().contains(pos) else None
            self._show_tooltip(event.globalPos(), index)
            return True
        return super().event(event)

    def tooltip_text(self, index: int) -> str:
        """'Mehr 1402' + count, in the UI's digits (a day bar names the day too)."""
        bar = self.bars()[index]
        name = self._bar_label(bar)
        count = self.articles_text(bar.count)
        hint = "" if bar.jd else "\n" + self.tr("Double-click to see its days")
        return f"{name}\n{count}{hint}"

    def _show_tooltip(self, global_pos: QPoint, index: int | None) -> None:
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(global_pos, self.tooltip_text(index), self)
