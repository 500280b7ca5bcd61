"""The timeline's picture: frame, header with caption and readout, bars, focus ring.

Drawn with QPainter so it stays cheap for decades of months, in the colours of
the palette's roles so it follows the theme. Strings keep the ``Timeline``
translation context they had before painting moved into its own module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)

from reader.ui.i18n import arg
from reader.ui.sidebar.formatting import (
    format_count,
    format_year,
    month_name,
    to_persian_digits,
)
from reader.ui.sidebar.timeline_axis import TimelineAxis, mix
from reader.ui.sidebar.timeline_bars import Bar

HEADROOM = 4.0  # px kept free above the tallest bar
FRIDAY = 4  # date.weekday()


class TimelinePainting(TimelineAxis):
    """Paints the timeline (the axis labels come from ``TimelineAxis``)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Accent)

        frame = self._frame_rect()
        painter.setPen(QPen(mix(base, text, 0.16), 1))
        painter.setBrush(base)
        painter.drawRoundedRect(frame, 6, 6)
        if self.hasFocus():
            # Tabbed to before any arrow key there was no cursor ring: the frame shows it.
            painter.setPen(QPen(accent, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

        self._paint_header(painter, text, muted, accent)
        bars = self.bars()
        plot = self._plot_rect()
        if not bars or (not any(b.count for b in bars) and self._zoom is None):
            painter.setPen(muted)
            painter.setFont(self._small_font())
            empty = (
                QCoreApplication.translate("Timeline", "No dated article matches")
                if self.filtered
                else QCoreApplication.translate("Timeline", "No dated articles yet")
            )
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty)
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
            return QCoreApplication.translate("Timeline", "Timeline")
        first, last = bars[0].jy, bars[-1].jy
        if first == last:
            return format_year(first, self.persian)
        return f"{format_year(first, self.persian)}–{format_year(last, self.persian)}"

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
            weekend = mix(base, text, 0.06)
            for index, bar in enumerate(bars):
                if bar.first.weekday() == FRIDAY:
                    painter.fillRect(self.slot_rect(index), weekend)

        # A soft band behind the selected bars shows the range even where bars are short.
        band = mix(base, accent, 0.13)
        for index, flag in enumerate(selected):
            if flag:
                painter.fillRect(self.slot_rect(index), band)

        # Faint guide lines at half and full height help compare distant months.
        guide = QPen(mix(base, text, 0.1), 1, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        for fraction in (0.5, 1.0):
            y = round(plot.bottom() - (plot.height() - HEADROOM) * fraction) + 0.5
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        normal = mix(base, accent, 0.72) if not any_selected else mix(base, text, 0.24)
        chosen = accent
        hover_tint = mix(base, text, 0.55)
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
                colour = mix(colour, hover_tint, 0.35)
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
        painter.setPen(QPen(mix(base, text, 0.35), 1))
        painter.drawLine(
            QPointF(plot.left(), plot.bottom() + 0.5), QPointF(plot.right(), plot.bottom() + 0.5)
        )

    def articles_text(self, count: int) -> str:
        """'1 article' / '1,234 articles' with the UI's digits."""
        text = (
            QCoreApplication.translate("Timeline", "%1 article")
            if count == 1
            else QCoreApplication.translate("Timeline", "%1 articles")
        )
        return arg(text, format_count(count, self.persian))
