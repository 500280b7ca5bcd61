"""The timeline: the picture of the corpus as a histogram of articles per Jalali month.

Drawn with QPainter so it stays cheap for decades of months and follows the
theme through QPalette roles. Click a bar (or drag across bars) to filter to
those months; double-click a month to see its days; the header's back control
returns to months. Under a right-to-left layout time runs right to left, like
Persian text: the oldest month sits at the right edge.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.ui.i18n import arg
from reader.ui.sidebar import jalali_ranges as jr
from reader.ui.sidebar.formatting import (
    format_count,
    format_year,
    is_persian_ui,
    month_name,
    to_persian_digits,
)

log = logging.getLogger(__name__)

MAX_MONTH_SLOT = 26.0  # px: a lone month should look like a bar, not a wall
MAX_DAY_SLOT = 16.0
PAD = 6.0
HEADROOM = 4.0  # px kept free above the tallest bar
FRIDAY = 4  # date.weekday()


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: a Jalali month or day, its Gregorian span, and its count."""

    jy: int
    jm: int
    jd: int  # 0 for a month bar
    first: date
    last: date
    count: int


def month_bars(histogram: list[tuple[int, int, int]]) -> list[Bar]:
    """Bars for every month from the first to the last non-empty one (gaps = 0)."""
    counts = {(jy, jm): n for jy, jm, n in histogram if n > 0}
    if not counts:
        return []
    first = min(counts)
    last = max(counts)
    bars: list[Bar] = []
    for index in range(jr.month_index(*first), jr.month_index(*last) + 1):
        jy, jm = divmod(index, 12)
        jm += 1
        start, end = jr.month_span(jy, jm)
        bars.append(Bar(jy, jm, 0, start, end, counts.get((jy, jm), 0)))
    return bars


def day_bars(jy: int, jm: int, histogram: list[tuple[int, int]]) -> list[Bar]:
    """Bars for every day of one Jalali month."""
    counts = dict(histogram)
    bars = []
    for jd in range(1, jr.days_in_month(jy, jm) + 1):
        day = jr.from_jalali(jy, jm, jd)
        bars.append(Bar(jy, jm, jd, day, day, int(counts.get(jd, 0))))
    return bars


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended towards ``b`` by ``t`` (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


@dataclass(frozen=True, slots=True)
class _Geometry:
    key: tuple[object, ...]
    plot: QRectF
    slot: float
    offset: float
    rtl: bool


class Timeline(QWidget):
    """Histogram of article counts per Jalali month, or per day of one month.

    Signals: ``rangeSelected(date, date)`` when the user clicks or drags over
    bars; ``zoomChanged()`` when it switches between months and days (the owner
    then supplies ``set_days``).
    """

    rangeSelected = Signal(object, object)
    zoomChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.persian = False
        self._month_bars: list[Bar] = []
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
    def set_months(self, histogram: list[tuple[int, int, int]]) -> None:
        self._month_bars = month_bars(histogram)
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

    def zoom_to(self, jy: int, jm: int) -> None:
        """Show the days of one month (data arrives later through ``set_days``)."""
        if self._zoom == (jy, jm):
            return
        self._zoom = (jy, jm)
        self._cursor = self._key_anchor = None
        self._day_bars = day_bars(jy, jm, [])
        self._hover = None
        self.update()
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
        self.zoomChanged.emit()

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

    # --- painting ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Accent)

        frame = self._frame_rect()
        painter.setPen(QPen(_mix(base, text, 0.16), 1))
        painter.setBrush(base)
        painter.drawRoundedRect(frame, 6, 6)

        self._paint_header(painter, text, muted, accent)
        bars = self.bars()
        plot = self._plot_rect()
        if not bars or (not any(b.count for b in bars) and self._zoom is None):
            painter.setPen(muted)
            painter.setFont(self._small_font())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No dated articles yet"))
            return
        self._paint_bars(painter, bars, plot, base, text, accent)
        self._paint_axis(painter, bars, plot, text, muted)
        if self.hasFocus() and self._cursor is not None and self._cursor < len(bars):
            ring = self.slot_rect(self._cursor).adjusted(-1, -2, 1, 2)
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, 2, 2)

    def _paint_header(self, painter: QPainter, text: QColor, muted: QColor, accent: QColor) -> None:
        header = self._header_rect()
        rtl = self._rtl()
        # Physical sides: AlignAbsolute stops QPainter mirroring them a second time.
        absolute = Qt.AlignmentFlag.AlignAbsolute
        leading = absolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        trailing = absolute | (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
        bars = self.bars()
        font = QFont(self.font())
        painter.setFont(font)
        caption_rect = QRectF(header)
        if self._zoom is not None:
            jy, jm = self._zoom
            chevron = self._back_rect()
            self._paint_chevron(painter, chevron, accent)
            if rtl:
                caption_rect.setRight(chevron.left() - 2)
            else:
                caption_rect.setLeft(chevron.right() + 2)
            caption = f"{month_name(jm, jy, self._persian_names())} {format_year(jy, self.persian)}"
            painter.setPen(accent)
        else:
            caption = self._span_caption()
            painter.setPen(text)
        # The trailing side reads out the bar under the mouse, or the total shown.
        small = self._small_font()
        readout = self._readout(bars)
        readout_width = QFontMetricsF(small).horizontalAdvance(readout) + 8
        if rtl:
            caption_rect.setLeft(max(caption_rect.left(), header.left() + readout_width))
        else:
            caption_rect.setRight(min(caption_rect.right(), header.right() - readout_width))
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        caption = QFontMetricsF(bold).elidedText(
            caption, Qt.TextElideMode.ElideRight, max(0.0, caption_rect.width())
        )
        painter.drawText(caption_rect, leading | Qt.AlignmentFlag.AlignVCenter, caption)
        if bars:
            painter.setFont(small)
            painter.setPen(text if self._hover is not None else muted)
            painter.drawText(header, trailing | Qt.AlignmentFlag.AlignVCenter, readout)

    def _readout(self, bars: list[Bar]) -> str:
        """'Mehr 1402: 1,234' for the hovered bar, else the total of the bars shown."""
        if self._hover is not None and 0 <= self._hover < len(bars):
            bar = bars[self._hover]
            label = self._bar_label(bar)
            return f"{label}: {format_count(bar.count, self.persian)}"
        return self.articles_text(sum(b.count for b in bars))

    def _bar_label(self, bar: Bar) -> str:
        """'Mehr 1402', or '9 Mehr 1402' for a day bar."""
        month = month_name(bar.jm, bar.jy, self._persian_names())
        name = f"{month} {format_year(bar.jy, self.persian)}"
        if bar.jd:
            day = to_persian_digits(str(bar.jd)) if self.persian else str(bar.jd)
            name = f"{day} {name}"
        return name

    def _span_caption(self) -> str:
        bars = self._month_bars
        if not bars:
            return self.tr("Timeline")
        first, last = bars[0].jy, bars[-1].jy
        if first == last:
            return format_year(first, self.persian)
        return f"{format_year(first, self.persian)}–{format_year(last, self.persian)}"

    def _back_rect(self) -> QRectF:
        header = self._header_rect()
        size = header.height()
        left = header.right() - size if self._rtl() else header.left()
        return QRectF(left, header.top(), size, size)

    def _paint_chevron(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """A back chevron pointing towards the leading edge (left, or right under RTL)."""
        c = rect.center()
        r = rect.height() * 0.2
        direction = 1 if self._rtl() else -1
        path = QPainterPath(QPointF(c.x() - direction * r * 0.5, c.y() - r))
        path.lineTo(QPointF(c.x() + direction * r * 0.5, c.y()))
        path.lineTo(QPointF(c.x() - direction * r * 0.5, c.y() + r))
        painter.save()
        pen = QPen(colour, 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.restore()

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

    def _paint_bars(
        self,
        painter: QPainter,
        bars: list[Bar],
        plot: QRectF,
        base: QColor,
        text: QColor,
        accent: QColor,
    ) -> None:
        selected = self._selected_flags(bars)
        any_selected = any(selected)
        peak = max(b.count for b in bars) or 1
        slot, _ = self._slot()
        gap = 0.0 if slot < 3 else min(slot * 0.22, 4.0)

        # Fridays (the weekend) get a faint column, so the weekly rhythm reads at a glance.
        if self._zoom is not None:
            weekend = _mix(base, text, 0.06)
            for index, bar in enumerate(bars):
                if bar.first.weekday() == FRIDAY:
                    painter.fillRect(self.slot_rect(index), weekend)

        # A soft band behind the selected bars shows the range even where bars are short.
        band = _mix(base, accent, 0.13)
        for index, flag in enumerate(selected):
            if flag:
                painter.fillRect(self.slot_rect(index), band)

        # Faint guide lines at half and full height help compare distant months.
        guide = QPen(_mix(base, text, 0.1), 1, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        for fraction in (0.5, 1.0):
            y = round(plot.bottom() - (plot.height() - HEADROOM) * fraction) + 0.5
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        normal = _mix(base, accent, 0.72) if not any_selected else _mix(base, text, 0.24)
        chosen = accent
        hover_tint = _mix(base, text, 0.55)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, slot >= 3)
        for index, bar in enumerate(bars):
            if bar.count <= 0:
                continue
            rect = self.slot_rect(index).adjusted(gap / 2, 0, -gap / 2, 0)
            if rect.width() < 1:
                rect.setWidth(1.0)
            height = max(2.0, (plot.height() - HEADROOM) * bar.count / peak)
            rect.setTop(plot.bottom() - height)
            colour = chosen if selected[index] else normal
            if index == self._hover:
                colour = _mix(colour, hover_tint, 0.35)
            if slot >= 5:
                radius = min(2.5, rect.width() / 3)
                path = QPainterPath()
                path.addRoundedRect(rect.adjusted(0, 0, 0, radius), radius, radius)
                painter.save()
                painter.setClipRect(
                    QRectF(plot.left() - 1, plot.top() - 1, plot.width() + 2, plot.height() + 1)
                )
                painter.fillPath(path, colour)
                painter.restore()
            else:
                painter.fillRect(rect, colour)
        if gap == 0 and self._zoom is None:
            # Gapless bars read as one mass: thin cuts at each Farvardin show the years.
            cut = QColor(base)
            cut.setAlphaF(0.7)
            for index, bar in enumerate(bars):
                if bar.jm == 1 and index > 0:
                    slot_rect = self.slot_rect(index)
                    x = round(slot_rect.right() if self._rtl() else slot_rect.left())
                    painter.fillRect(QRectF(x - 0.5, plot.top(), 1, plot.height()), cut)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(_mix(base, text, 0.35), 1))
        painter.drawLine(
            QPointF(plot.left(), plot.bottom() + 0.5), QPointF(plot.right(), plot.bottom() + 0.5)
        )

    def _paint_axis(
        self, painter: QPainter, bars: list[Bar], plot: QRectF, text: QColor, muted: QColor
    ) -> None:
        font = self._small_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        top = plot.bottom() + 3
        row_height = metrics.height()
        if self._zoom is not None:
            self._paint_day_labels(painter, bars, top, row_height, metrics, muted)
            return
        year_top = top
        if self._two_row_axis():
            self._paint_month_labels(painter, bars, top, row_height, muted)
            year_top = top + row_height
        self._paint_year_labels(painter, bars, plot, year_top, row_height, metrics, text, muted)

    def _paint_month_labels(
        self, painter: QPainter, bars: list[Bar], top: float, height: float, muted: QColor
    ) -> None:
        painter.setPen(muted)
        for index, bar in enumerate(bars):
            slot = self.slot_rect(index)
            if len(bars) == 1:  # room for the name of a lone month
                label = month_name(bar.jm, bar.jy, self._persian_names())
                spare = 60.0
            else:
                label = to_persian_digits(str(bar.jm)) if self.persian else str(bar.jm)
                spare = 4.0
            painter.drawText(
                QRectF(slot.left() - spare, top, slot.width() + 2 * spare, height),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

    def _paint_year_labels(
        self,
        painter: QPainter,
        bars: list[Bar],
        plot: QRectF,
        top: float,
        height: float,
        metrics: QFontMetricsF,
        text: QColor,
        muted: QColor,
    ) -> None:
        """Year names under their months; thinned out so they never collide."""
        years: dict[int, list[int]] = {}
        for index, bar in enumerate(bars):
            years.setdefault(bar.jy, []).append(index)
        slot, _ = self._slot()
        label_width = metrics.horizontalAdvance("۱۴۰۰") + 10
        step = 1
        for candidate in (1, 2, 5, 10, 20, 50, 100):
            step = candidate
            if 12 * slot * candidate >= label_width:
                break
        occupied: list[QRectF] = []
        tick_pen = QPen(_mix(muted, text, 0.2), 1)
        for jy, indexes in years.items():
            first_rect = self.slot_rect(indexes[0])
            last_rect = self.slot_rect(indexes[-1])
            band = first_rect.united(last_rect)
            starts_year = bars[indexes[0]].jm == 1
            if starts_year and indexes[0] > 0:
                edge = first_rect.right() if self._rtl() else first_rect.left()
                painter.setPen(tick_pen)
                painter.drawLine(QPointF(edge, plot.bottom()), QPointF(edge, plot.bottom() + 3))
            if jy % step and len(years) > 1:
                continue
            label = format_year(jy, self.persian)
            width = metrics.horizontalAdvance(label) + 6
            if band.width() >= width:
                rect = QRectF(band.center().x() - width / 2, top, width, height)
            else:
                edge = first_rect.right() if self._rtl() else first_rect.left()
                rect = QRectF(edge - width if self._rtl() else edge, top, width, height)
            if rect.left() < plot.left() - 2 or rect.right() > plot.right() + 2:
                rect.moveLeft(min(max(rect.left(), plot.left()), plot.right() - width))
            if any(rect.intersects(other) for other in occupied):
                continue
            occupied.append(rect)
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_day_labels(
        self,
        painter: QPainter,
        bars: list[Bar],
        top: float,
        height: float,
        metrics: QFontMetricsF,
        muted: QColor,
    ) -> None:
        slot, _ = self._slot()
        label_width = metrics.horizontalAdvance("۳۰") + 6
        step = next((s for s in (1, 2, 5, 10) if slot * s >= label_width), 15)
        painter.setPen(muted)
        last_edge: QRectF | None = None
        for index, bar in enumerate(bars):
            if bar.jd != 1 and bar.jd % step:
                continue
            centre = self.slot_rect(index).center().x()
            rect = QRectF(centre - label_width / 2, top, label_width, height)
            if last_edge is not None and rect.intersects(last_edge):
                continue
            last_edge = rect
            label = to_persian_digits(str(bar.jd)) if self.persian else str(bar.jd)
            painter.drawText(rect.adjusted(-4, 0, 4, 0), Qt.AlignmentFlag.AlignCenter, label)

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
        if current is None:
            current = anchor
        self.select_bars(anchor, current)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._zoom is not None:
            super().mouseDoubleClickEvent(event)
            return
        index = self.bar_at(event.position().x())
        if index is None or not self._plot_rect().contains(event.position()):
            return
        bar = self._month_bars[index]
        self.zoom_to(bar.jy, bar.jm)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
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
        self.rangeSelected.emit(bars[low].first, bars[high].last)

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

    def articles_text(self, count: int) -> str:
        """'1 article' / '1,234 articles' with the UI's digits."""
        text = self.tr("%1 article") if count == 1 else self.tr("%1 articles")
        return arg(text, format_count(count, self.persian))

    def _show_tooltip(self, global_pos, index: int | None) -> None:
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(global_pos, self.tooltip_text(index), self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._font_key += 1
            self.setFixedHeight(self.sizeHint().height())
        super().changeEvent(event)
