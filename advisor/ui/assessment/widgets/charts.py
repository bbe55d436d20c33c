"""Readiness charts painted with QPainter (no QtCharts): a radar and horizontal bars.

Both take plain ``(label, score 0-100)`` pairs and use the palette's colours, so they
follow a dark palette; sizes follow the font, so they scale with the screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from advisor.ui.common.style import muted_colour

__all__ = ["BarChart", "RadarChart"]

Scores = Sequence[tuple[str, float]]
MaybeScores = Sequence[tuple[str, float | None]]


def _accent(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Highlight)


def _describe(scores: Scores) -> str:
    return "; ".join(f"{label}: {score:.0f} of 100" for label, score in scores)


class RadarChart(QWidget):
    """A radar (spider) chart of dimension scores on a 0-100 scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: list[tuple[str, float]] = []
        # The chart, painted once per size, scores, palette and font: antialiased polygons
        # are slow to paint on the window, and Results is painted again at every visit.
        self._picture: tuple[tuple[object, ...], QPixmap] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Readiness radar chart"))

    def set_scores(self, scores: Scores) -> None:
        """Show these ``(label, score)`` pairs."""
        clamped = [(label, max(0.0, min(100.0, s))) for label, s in scores]
        if clamped == self._scores:
            return
        self._scores = clamped
        self.setAccessibleDescription(_describe(self._scores))
        self.update()

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 20, em * 15)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 14, em * 12)

    def paintEvent(self, _event) -> None:
        if len(self._scores) < 3:
            return
        ratio = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            ratio,
            tuple(self._scores),
            self.palette().cacheKey(),
            self.font().key(),
        )
        if self._picture is None or self._picture[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            on_pixmap = QPainter(pixmap)
            self._paint_chart(on_pixmap)
            on_pixmap.end()
            self._picture = (key, pixmap)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture[1])
        painter.end()

    def _paint_chart(self, painter: QPainter) -> None:
        count = len(self._scores)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        label_width = max(fm.horizontalAdvance(label) for label, _ in self._scores) + 8
        margin_x = min(label_width, self.width() / 3)
        margin_y = line * 2.4
        radius = max(10.0, min(self.width() / 2 - margin_x - 6, self.height() / 2 - margin_y))
        centre = QPointF(self.width() / 2, self.height() / 2)
        grid = muted_colour(self.palette())
        grid.setAlpha(120)
        text = self.palette().color(QPalette.ColorRole.WindowText)

        def point(i: int, value: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * i / count
            r = radius * value / 100
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        painter.setPen(QPen(grid, 1))
        for ring in (25, 50, 75, 100):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        for i in range(count):
            painter.drawLine(centre, point(i, 100))

        accent = _accent(self)
        fill = QColor(accent)
        fill.setAlpha(90)
        shape = QPainterPath()
        shape.addPolygon(QPolygonF([point(i, s) for i, (_, s) in enumerate(self._scores)]))
        shape.closeSubpath()
        painter.fillPath(shape, fill)
        painter.setPen(QPen(accent, 2))
        painter.drawPath(shape)

        # captions: the label and, under it, the score; never outside the widget
        painter.setPen(text)
        bold = QFont(self.font())
        bold.setBold(True)
        for i, (label, score) in enumerate(self._scores):
            anchor = point(i, 100)
            box = QRectF(0, 0, margin_x, line * 2)
            dx = anchor.x() - centre.x()
            dy = anchor.y() - centre.y()
            if abs(dx) < 1:  # top or bottom
                box.moveCenter(
                    QPointF(anchor.x(), anchor.y() + (-line * 1.2 if dy < 0 else line * 1.2))
                )
                align = Qt.AlignmentFlag.AlignHCenter
            elif dx > 0:
                box.moveTopLeft(QPointF(anchor.x() + 6, anchor.y() - line))
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box.moveTopRight(QPointF(anchor.x() - 6, anchor.y() - line))
                align = Qt.AlignmentFlag.AlignRight
            box.moveLeft(max(0.0, min(box.left(), self.width() - box.width())))
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(box.width()))
            painter.setFont(self.font())
            painter.drawText(
                QRectF(box.left(), box.top(), box.width(), line),
                align | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            painter.setFont(bold)
            painter.drawText(
                QRectF(box.left(), box.top() + line, box.width(), line),
                align | Qt.AlignmentFlag.AlignVCenter,
                f"{score:.0f}",
            )


class BarChart(QWidget):
    """Horizontal bars, one per dimension, with the score written at the end; an area not
    assessed (score None) shows the ``missing`` words on an empty track, never a 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: list[tuple[str, float | None]] = []
        self._colours: list[QColor] = []
        self._missing = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Scores per area, bar chart"))

    def set_scores(
        self, scores: MaybeScores, colours: Sequence[QColor] | None = None, missing: str = ""
    ) -> None:
        """Show these ``(label, score)`` pairs, optionally one colour per bar."""
        self._scores = [
            (label, None if s is None else max(0.0, min(100.0, s))) for label, s in scores
        ]
        self._colours = list(colours or [])
        self._missing = missing
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {missing}" if s is None else f"{label}: {s:.0f} of 100"
                for label, s in self._scores
            )
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.9)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 20, self._row_height() * max(1, len(self._scores)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 12, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        if not self._scores:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        label_width = max(fm.horizontalAdvance(label) for label, _ in self._scores) + 12
        value_width = fm.horizontalAdvance("100") + 10
        track_width = max(10, self.width() - label_width - value_width)
        row = self._row_height()
        bar_height = fm.height() * 0.9
        text = self.palette().color(QPalette.ColorRole.WindowText)
        track = muted_colour(self.palette())
        track.setAlpha(50)
        for i, (label, score) in enumerate(self._scores):
            top = i * row + (row - bar_height) / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(0, i * row, label_width - 8, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(label_width, top, track_width, bar_height), 3, 3)
            if score is None:
                painter.setPen(muted_colour(self.palette()))
                painter.drawText(
                    QRectF(label_width + 6, i * row, track_width, row),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    self._missing,
                )
                continue
            colour = self._colours[i] if i < len(self._colours) else _accent(self)
            painter.setBrush(colour)
            width = track_width * score / 100
            if width > 0:
                painter.drawRoundedRect(QRectF(label_width, top, width, bar_height), 3, 3)
            painter.setPen(text)
            painter.drawText(
                QRectF(label_width + track_width + 6, i * row, value_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{score:.0f}",
            )
        painter.end()
