"""The timeline's state and layout: which bars, where each one sits, what is selected.

Layout is cached per (size, bar count, zoom, direction, font): a paint asks for
hundreds of slot rectangles. Under a right-to-left layout time runs right to
left, like Persian text: the oldest month sits at the right edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.ui.sidebar.formatting import is_persian_ui
from reader.ui.sidebar.timeline_bars import Bar, day_bars, month_bars

MAX_MONTH_SLOT = 26.0  # px: a lone month should look like a bar, not a wall
MAX_DAY_SLOT = 16.0
PAD = 6.0


@dataclass(frozen=True, slots=True)
class _Geometry:
    key: tuple[object, ...]
    plot: QRectF
    slot: float
    offset: float
    rtl: bool


class TimelineGeometry(QWidget):
    """The timeline's bars, selection, hover and cursor, and the rectangles they occupy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.persian = False
        self._month_bars: list[Bar] = []
        #: the months counted are of a search or filter, not of the whole library
        self.filtered = False
        self._day_bars: list[Bar] = []
        self._zoom: tuple[int, int] | None = None
        self._selection: tuple[date | None, date | None] = (None, None)
        self._hover: int | None = None
        self._drag_anchor: int | None = None
        self._drag_current: int | None = None
        self._cursor: int | None = None  # keyboard position
        self._key_anchor: int | None = None  # start of a Shift+arrow range
        self._geometry_cache: _Geometry | None = None
        self._font_key = 0  # bumped on font changes, part of the geometry cache key
        self.setFixedHeight(self.sizeHint().height())

    # --- data ----------------------------------------------------------------
    def set_months(self, histogram: list[tuple[int, int, int]], filtered: bool = False) -> None:
        self._month_bars = month_bars(histogram)
        self.filtered = filtered
        self._hover = None
        if self._zoom is None:
            self._cursor = self._key_anchor = None
        self.update()

    def set_days(self, jy: int, jm: int, histogram: list[tuple[int, int]]) -> None:
        if self._zoom != (jy, jm):
            return  # a late answer for a month we have already left
        self._day_bars = day_bars(jy, jm, histogram)
        self._hover = None
        self.update()

    def set_selection(self, date_from: date | None, date_to: date | None) -> None:
        self._selection = (date_from, date_to)
        self.update()

    def set_persian(self, persian: bool) -> None:
        self.persian = persian
        self.update()

    def _persian_names(self) -> bool:
        """Month names follow the UI language; digits follow the digits setting."""
        return self.persian and is_persian_ui()

    def zoomed_month(self) -> tuple[int, int] | None:
        return self._zoom

    def bars(self) -> list[Bar]:
        """The bars currently shown (months, or days when zoomed)."""
        return self._day_bars if self._zoom is not None else self._month_bars

    # --- geometry ------------------------------------------------------------
    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(220, int(line * 2 + 96 + line * 1.7))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
        return font

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _frame_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)

    def _header_rect(self) -> QRectF:
        height = QFontMetricsF(self.font()).height() + 6
        frame = self._frame_rect()
        return QRectF(frame.left() + PAD, frame.top() + 2, frame.width() - 2 * PAD, height)

    def _axis_height(self) -> float:
        small = QFontMetricsF(self._small_font()).height()
        return small * (2 if self._two_row_axis() else 1) + 6

    def _plot_rect(self) -> QRectF:
        return QRectF(self._geometry().plot)

    def _geometry(self) -> _Geometry:
        """Plot area and slot layout, recomputed only when something it depends on changed.

        A paint asks for hundreds of slot rectangles; font metrics per call made
        painting a long corpus cost tens of milliseconds.
        """
        bars = self.bars()
        key = (self.width(), self.height(), len(bars), self._zoom, self._rtl(), self._font_key)
        cached = self._geometry_cache
        if cached is not None and cached.key == key:
            return cached
        header = self._header_rect()
        frame = self._frame_rect()
        top = header.bottom() + 4
        bottom = frame.bottom() - 4 - self._axis_height()
        plot = QRectF(frame.left() + PAD, top, frame.width() - 2 * PAD, max(8.0, bottom - top))
        if bars:
            cap = MAX_DAY_SLOT if self._zoom is not None else MAX_MONTH_SLOT
            slot = min(cap, plot.width() / len(bars))
            offset = (plot.width() - slot * len(bars)) / 2
        else:
            slot, offset = plot.width(), 0.0
        self._geometry_cache = _Geometry(key, plot, slot, offset, self._rtl())
        return self._geometry_cache

    def _slot(self) -> tuple[float, float]:
        """(slot width, offset of the first slot from the leading plot edge)."""
        geometry = self._geometry()
        return geometry.slot, geometry.offset

    def slot_rect(self, index: int) -> QRectF:
        """Full-height rectangle of bar ``index`` (mirrored under RTL)."""
        g = self._geometry()
        if g.rtl:
            left = g.plot.right() - g.offset - (index + 1) * g.slot
        else:
            left = g.plot.left() + g.offset + index * g.slot
        return QRectF(left, g.plot.top(), g.slot, g.plot.height())

    def bar_at(self, x: float, *, clamp: bool = False) -> int | None:
        """Index of the bar under x (nearest end bar when ``clamp``)."""
        bars = self.bars()
        if not bars:
            return None
        plot = self._plot_rect()
        slot, offset = self._slot()
        distance = (plot.right() - offset - x) if self._rtl() else (x - plot.left() - offset)
        index = math.floor(distance / slot)
        if clamp:
            return min(max(index, 0), len(bars) - 1)
        return index if 0 <= index < len(bars) else None

    def _two_row_axis(self) -> bool:
        """Months get their own label row when they are wide enough to read."""
        if self._zoom is not None or not self._month_bars:
            return False
        plot_width = max(1.0, self.width() - 2 * PAD)
        slot = min(MAX_MONTH_SLOT, plot_width / len(self._month_bars))
        metrics = QFontMetricsF(self._small_font())
        return slot >= metrics.horizontalAdvance("۱۲") + 4 and len(self._month_bars) <= 36

    def _back_rect(self) -> QRectF:
        header = self._header_rect()
        size = header.height()
        left = header.right() - size if self._rtl() else header.left()
        return QRectF(left, header.top(), size, size)

    def _selected_flags(self, bars: list[Bar]) -> list[bool]:
        if self._drag_anchor is not None and self._drag_current is not None:
            low, high = sorted((self._drag_anchor, self._drag_current))
            return [low <= i <= high for i in range(len(bars))]
        start, end = self._selection
        if start is None and end is None:
            return [False] * len(bars)
        return [
            (end is None or b.first <= end) and (start is None or b.last >= start) for b in bars
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._font_key += 1
            self.setFixedHeight(self.sizeHint().height())
        super().changeEvent(event)
