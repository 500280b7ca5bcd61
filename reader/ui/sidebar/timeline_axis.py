"""The timeline's axis: month numbers, thinned-out year names, or day numbers.

Labels are dropped rather than overlapped: decades of months leave a few
pixels per month, and a year name needs about forty.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from reader.ui.sidebar.formatting import format_year, month_name, to_persian_digits
from reader.ui.sidebar.timeline_bars import Bar
from reader.ui.sidebar.timeline_geometry import TimelineGeometry


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended towards ``b`` by ``t`` (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


class TimelineAxis(TimelineGeometry):
    """Paints the labels under the bars."""

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
        tick_pen = QPen(mix(muted, text, 0.2), 1)
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
