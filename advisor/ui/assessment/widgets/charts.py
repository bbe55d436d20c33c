"""Readiness charts painted with QPainter (no QtCharts): a radar and horizontal bars.

Both take plain ``(label, score 0-100)`` pairs and use the palette's colours, so they
follow a dark palette; sizes follow the font, so they scale with the screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
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


_Caption = tuple[str, str, QRectF, Qt.AlignmentFlag, QRectF]  # score, label, where, how


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
        # the grid, the labels and where the captions go, once per size, labels, palette
        # and font: a change of scores (after an edit) paints only the shape and scores
        self._layers: tuple[tuple[object, ...], QPixmap, QPixmap, list[_Caption]] | None = None
        self._centre_radius = (QPointF(), 0.0)
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
        layout_key = (
            self.width(),
            self.height(),
            ratio,
            tuple(label for label, _ in self._scores),
            self.palette().cacheKey(),
            self.font().key(),
        )
        key = (layout_key, tuple(score for _, score in self._scores))
        if self._picture is None or self._picture[0] != key:
            if self._layers is None or self._layers[0] != layout_key:
                self._layers = (layout_key, *self._paint_layers(ratio))
            _key, grid, labels, captions = self._layers
            pixmap = QPixmap(grid)  # the grid, then the scores' shape, labels and scores
            on_pixmap = QPainter(pixmap)
            self._paint_scores(on_pixmap, labels, captions)
            on_pixmap.end()
            self._picture = (key, pixmap)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture[1])
        painter.end()

    def _pixmap(self, ratio: float) -> QPixmap:
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        return pixmap

    def _point(self, i: int, value: float) -> QPointF:
        centre, radius = self._centre_radius
        angle = -math.pi / 2 + 2 * math.pi * i / len(self._scores)
        r = radius * value / 100
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def _paint_layers(self, ratio: float) -> tuple[QPixmap, QPixmap, list[_Caption]]:
        """What does not depend on the scores, painted once per size, labels, palette and
        font: the grid, the labels (a layer of their own, drawn above the scores' shape)
        and where each caption goes."""
        count = len(self._scores)
        margin_x = self._margin_x()
        centre, radius = self._centre_radius = self._geometry(margin_x)
        grid_colour = muted_colour(self.palette())
        grid_colour.setAlpha(120)
        grid = self._pixmap(ratio)
        painter = QPainter(grid)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(grid_colour, 1))
        for ring in (25, 50, 75, 100):
            painter.drawPolygon(QPolygonF([self._point(i, ring) for i in range(count)]))
        for i in range(count):
            painter.drawLine(centre, self._point(i, 100))
        painter.end()
        # captions: the label (wrapped when it is wider than its room) and, under it, the
        # score; never outside the widget
        captions = self._captions(centre, radius, margin_x)
        labels = self._pixmap(ratio)
        painter = QPainter(labels)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.font())
        for _score, shown, rect, align, _score_rect in captions:
            flags = align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(rect, flags, shown)
        painter.end()
        return grid, labels, captions

    def _paint_scores(self, painter: QPainter, labels: QPixmap, captions: list[_Caption]) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = _accent(self)
        fill = QColor(accent)
        fill.setAlpha(90)
        shape = QPainterPath()
        shape.addPolygon(QPolygonF([self._point(i, s) for i, (_, s) in enumerate(self._scores)]))
        shape.closeSubpath()
        painter.fillPath(shape, fill)
        painter.setPen(QPen(accent, 2))
        painter.drawPath(shape)
        painter.drawPixmap(0, 0, labels)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for (_label, score), (_s, _shown, _rect, align, score_rect) in zip(
            self._scores, captions, strict=True
        ):
            painter.drawText(score_rect, align | Qt.AlignmentFlag.AlignVCenter, f"{score:.0f}")

    def _margin_x(self) -> float:
        """Room for the side captions: the longest name, at most a third of the width."""
        fm = self.fontMetrics()
        label_width = max(fm.horizontalAdvance(label) for label, _ in self._scores) + 8
        return min(label_width, self.width() / 3)

    def _geometry(self, margin_x: float) -> tuple[QPointF, float]:
        """The chart's centre and radius, leaving room for the captions."""
        margin_y = self.fontMetrics().height() * 2.4
        radius = max(10.0, min(self.width() / 2 - margin_x - 6, self.height() / 2 - margin_y))
        return QPointF(self.width() / 2, self.height() / 2), radius

    def _captions(self, centre: QPointF, radius: float, margin_x: float) -> list[_Caption]:
        """Per area: its score text, its label as drawn, where, aligned how, and where the
        score goes. A label wraps onto a second line rather than being cut."""
        fm = self.fontMetrics()
        line = fm.height()
        count = len(self._scores)
        out = []
        for i, (label, score) in enumerate(self._scores):
            angle = -math.pi / 2 + 2 * math.pi * i / count
            anchor = QPointF(
                centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)
            )
            dx, dy = anchor.x() - centre.x(), anchor.y() - centre.y()
            width = float(self.width()) if abs(dx) < 1 else margin_x
            wrap = Qt.TextFlag.TextWordWrap
            needed = fm.boundingRect(QRect(0, 0, max(1, int(width)), line * 4), wrap, label)
            shown, two_lines = label, fm.boundingRect(QRect(0, 0, 999, 999), 0, "A\nA").height()
            if needed.height() > two_lines or needed.width() > width:  # still too wide: cut
                shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(width))
            height = min(needed.height(), two_lines)
            box = QRectF(0, 0, width, height + line)
            if abs(dx) < 1:  # top or bottom: the block above or below the point
                top = anchor.y() - box.height() - 2 if dy < 0 else anchor.y() + 2
                box.moveTopLeft(QPointF(anchor.x() - width / 2, top))
                align = Qt.AlignmentFlag.AlignHCenter
            elif dx > 0:
                box.moveTopLeft(QPointF(anchor.x() + 6, anchor.y() - box.height() / 2))
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box.moveTopRight(QPointF(anchor.x() - 6, anchor.y() - box.height() / 2))
                align = Qt.AlignmentFlag.AlignRight
            box.moveLeft(max(0.0, min(box.left(), self.width() - box.width())))
            box.moveTop(max(0.0, min(box.top(), self.height() - box.height())))
            rect = QRectF(box.left(), box.top(), box.width(), height)
            score_rect = QRectF(box.left(), box.top() + height, box.width(), line)
            out.append((f"{score:.0f}", shown, rect, align, score_rect))
        return out

    def caption_texts(self) -> list[str]:
        """The area names as the chart draws them (for tests: never cut at the window's
        minimum size)."""
        if len(self._scores) < 3:
            return []
        margin_x = self._margin_x()
        centre, radius = self._geometry(margin_x)
        return [shown for _score, shown, *_rest in self._captions(centre, radius, margin_x)]


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
        shown = [(label, None if s is None else max(0.0, min(100.0, s))) for label, s in scores]
        colour_list = list(colours or [])
        if (shown, colour_list, missing) == (self._scores, self._colours, self._missing):
            return  # Results refreshed after an edit elsewhere: nothing to lay out or paint
        rows_changed = len(shown) != len(self._scores)
        self._scores = shown
        self._colours = colour_list
        self._missing = missing
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {missing}" if s is None else f"{label}: {s:.0f} of 100"
                for label, s in self._scores
            )
        )
        if rows_changed:  # the height follows the number of bars
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
