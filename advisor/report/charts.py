"""The readiness charts: a radar of the areas and bars against the stage bands.

Shapes are reportlab graphics (``Drawing``); every label that can hold bank or translated
text is a shaped ``Paragraph`` drawn on the canvas beside the drawing, because graphics
strings are not shaped (Devanagari would print broken). Meaning never rests on colour
alone: stage bands are grey tints with their names printed, every score is printed as a
number, so the charts read the same on a black-and-white printer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from advisor.report.styles import Palette

__all__ = ["ChartRow", "RadarChart", "StageBand", "StageBars"]

_BAND_GREYS = (0.97, 0.93, 0.89, 0.85, 0.81, 0.77)


def _band_grey(index: int) -> colors.Color:
    grey = _BAND_GREYS[min(index, len(_BAND_GREYS) - 1)]
    return colors.Color(grey, grey, grey)


@dataclass(frozen=True)
class ChartRow:
    """One area in a chart: its label (safe paragraph markup) and score; an area not
    assessed (``score`` None) shows the ``missing`` words instead of a bar, never 0."""

    label: str
    score: float | None
    strong: bool = False
    missing: str = ""


@dataclass(frozen=True)
class StageBand:
    """A stage band [start, end) of the score scale, with its name as safe markup."""

    start: float
    end: float
    label: str


def _drawing(width: float, height: float, styles: object) -> Drawing:
    """A drawing that starts in the embedded font (else the renderer sets Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = styles["small"].fontName  # type: ignore[index]
    drawing.initialFontSize = 7
    return drawing


def _fit(
    markup: str, styles: object, name: str, width: float, canv: object
) -> tuple[Paragraph, float]:
    para = Paragraph(markup, styles.for_markup(name, markup))  # type: ignore[attr-defined]
    _, height = para.wrapOn(canv, width, 1000)
    return para, height


class StageBars(Flowable):
    """Horizontal bars (0-100) over grey stage bands, one row per area plus overall."""

    def __init__(
        self,
        rows: Sequence[ChartRow],
        bands: Sequence[StageBand],
        *,
        palette: Palette,
        styles: object,
        width: float,
        label_width: float = 130,
        row_height: float = 22,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.bands = list(bands)
        self.palette = palette
        self.styles = styles
        self.width = width
        self.label_width = label_width
        self.row_height = row_height
        self.band_label_height = 24
        self.height = self.band_label_height + row_height * len(self.rows) + 14

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Fixed size: the width given, a height from the rows."""
        return self.width, self.height

    def _scale(self) -> tuple[float, float]:
        x0 = self.label_width + 8
        return x0, (self.width - x0 - 28) / 100

    def draw(self) -> None:
        """Bands, then bars, then the shaped labels."""
        canv = self.canv
        x0, unit = self._scale()
        chart_top = self.height - self.band_label_height
        chart_bottom = 14
        drawing = _drawing(self.width, self.height, self.styles)
        for index, band in enumerate(self.bands):
            drawing.add(
                Rect(
                    x0 + band.start * unit,
                    chart_bottom,
                    (band.end - band.start) * unit,
                    chart_top - chart_bottom,
                    fillColor=_band_grey(index),
                    strokeColor=None,
                )
            )
            if index:
                x = x0 + band.start * unit
                drawing.add(Line(x, chart_bottom, x, chart_top, strokeColor=colors.white))
        for tick in range(0, 101, 20):
            drawing.add(
                String(
                    x0 + tick * unit,
                    chart_bottom - 10,
                    str(tick),
                    fontName=self.styles["small"].fontName,  # type: ignore[index]
                    fontSize=7,
                    fillColor=self.palette.muted,
                    textAnchor="middle",
                )
            )
        for position, row in enumerate(self.rows):
            top = chart_top - position * self.row_height
            bar_height = self.row_height * (0.55 if row.strong else 0.42)
            y = top - (self.row_height + bar_height) / 2
            fill = self.palette.text if row.strong else self.palette.accent
            if row.score is None:
                drawing.add(
                    String(
                        x0 + 3,
                        y + bar_height / 2 - 3,
                        row.missing,
                        fontName=self.styles["small"].fontName,  # type: ignore[index]
                        fontSize=8,
                        fillColor=self.palette.muted,
                    )
                )
                continue
            drawing.add(
                Rect(
                    x0, y, max(row.score, 0.5) * unit, bar_height, fillColor=fill, strokeColor=None
                )
            )
            drawing.add(
                String(
                    x0 + row.score * unit + 3,
                    y + bar_height / 2 - 3,
                    str(int(row.score + 0.5)),
                    fontName=self.styles["bold"].fontName,  # type: ignore[index]
                    fontSize=8.5,
                    fillColor=self.palette.text,
                )
            )
        renderPDF.draw(drawing, canv, 0, 0)
        self._draw_labels(x0, unit, chart_top)

    def _draw_labels(self, x0: float, unit: float, chart_top: float) -> None:
        canv = self.canv
        for position, row in enumerate(self.rows):
            name = "chart-label" if not row.strong else "cell-bold"
            para, height = _fit(row.label, self.styles, name, self.label_width, canv)
            mid = chart_top - position * self.row_height - self.row_height / 2
            para.drawOn(canv, 0, mid - height / 2)
        for band in self.bands:
            width = max((band.end - band.start) * unit - 2, 12)
            para, height = _fit(band.label, self.styles, "chart-label-centre", width, canv)
            para.drawOn(canv, x0 + band.start * unit + 1, chart_top + 2)


class RadarChart(Flowable):
    """A radar (spider) chart of three or more areas on a 0-100 scale with stage rings."""

    def __init__(
        self,
        rows: Sequence[ChartRow],
        rings: Sequence[float],
        *,
        palette: Palette,
        styles: object,
        size: float = 230,
        label_width: float = 96,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.rings = sorted(r for r in rings if 0 < r < 100)
        self.palette = palette
        self.styles = styles
        self.size = size
        self.label_width = label_width
        self.width = size + 2 * label_width
        self.height = size + 56

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Fixed size."""
        return self.width, self.height

    def _point(self, index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / len(self.rows)
        radius = self.size / 2 * value / 100
        cx, cy = self.width / 2, self.height / 2
        return cx + radius * math.cos(angle), cy + radius * math.sin(angle)

    def _polygon(self, value: float) -> list[float]:
        points: list[float] = []
        for index in range(len(self.rows)):
            points.extend(self._point(index, value))
        return points

    def draw(self) -> None:
        """Rings, spokes, the score polygon, then the shaped labels."""
        canv = self.canv
        drawing = _drawing(self.width, self.height, self.styles)
        levels = [100.0, *sorted(self.rings, reverse=True)]
        for index, level in enumerate(levels):
            grey = _band_grey(len(levels) - 1 - index)
            drawing.add(Polygon(self._polygon(level), fillColor=grey, strokeColor=colors.white))
        cx, cy = self.width / 2, self.height / 2
        for index in range(len(self.rows)):
            x, y = self._point(index, 100)
            drawing.add(Line(cx, cy, x, y, strokeColor=self.palette.rule, strokeWidth=0.5))
        for level in levels:  # the scale along the first spoke: where each stage starts
            x, y = self._point(0, level)
            drawing.add(
                String(
                    x + 3,
                    y - 8,
                    str(int(level)),
                    fontName=self.styles["small"].fontName,  # type: ignore[index]
                    fontSize=6.5,
                    fillColor=self.palette.muted,
                )
            )
        scores = [max(row.score or 0.0, 0.0) for row in self.rows]
        points: list[float] = []
        for index, score in enumerate(scores):
            points.extend(self._point(index, score))
        area = Polygon(
            points,
            fillColor=self.palette.accent,
            fillOpacity=0.25,
            strokeColor=self.palette.accent,
            strokeWidth=1.8,
        )
        drawing.add(area)
        for index, score in enumerate(scores):
            x, y = self._point(index, score)
            drawing.add(Circle(x, y, 2.6, fillColor=self.palette.text, strokeColor=colors.white))
        renderPDF.draw(drawing, canv, 0, 0)
        self._draw_labels()

    def _draw_labels(self) -> None:
        canv = self.canv
        count = len(self.rows)
        for index, row in enumerate(self.rows):
            angle = math.pi / 2 - 2 * math.pi * index / count
            x, y = self._point(index, 100)
            cos, sin = math.cos(angle), math.sin(angle)
            para, height = _fit(
                row.label, self.styles, "chart-label-centre", self.label_width, canv
            )
            if abs(cos) < 0.3:  # top or bottom: centred on the spoke
                left = x - self.label_width / 2
                bottom = y + 5 if sin > 0 else y - height - 5
            else:  # left or right of the spoke's end
                left = x + 6 if cos > 0 else x - self.label_width - 6
                bottom = y - height / 2
            para.drawOn(canv, left, bottom)
