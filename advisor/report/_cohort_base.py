"""Pieces of the cohort summary PDF: its styles and the score chart.

The fonts, the stylesheet and the page set-up are the shared renderer base's
(:mod:`advisor.report.renderer`); the cohort summary only adds compact table styles on
top of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from advisor.report.fonts import ReportFonts
from advisor.report.styles import Palette, Stylesheet

__all__ = ["CohortStyles", "distribution_chart"]

INK = colors.Color(0.15, 0.15, 0.15)
BAR = colors.Color(0.45, 0.45, 0.45)
GRID = colors.Color(0.75, 0.75, 0.75)


class CohortStyles:
    """The shared stylesheet under the names the cohort summary uses.

    ``title``, ``subtitle``, ``figure``, ``h1`` (a section), ``h2`` (a chart), ``body``,
    ``small``, ``footer``; table cells ``cell``/``head`` and their right-aligned
    ``-num`` forms, a little smaller than the action plan's so a room fits on a page.
    """

    def __init__(self, sheet: Stylesheet, fonts: ReportFonts, palette: Palette) -> None:
        self.fonts = fonts
        self.palette = palette
        cell = ParagraphStyle("cohort-cell", sheet["cell"], fontSize=8, leading=10)
        head = ParagraphStyle("cohort-head", cell, fontName=self.fonts.bold)
        self._styles: dict[str, ParagraphStyle] = {
            "title": sheet["title"],
            "subtitle": sheet["cover-text"],
            "figure": sheet["big-stage"],
            "h1": ParagraphStyle(
                "cohort-h1", sheet["h2"], textColor=self.palette.accent, keepWithNext=1
            ),
            "h2": ParagraphStyle("cohort-h2", sheet["h3"], spaceBefore=0, keepWithNext=1),
            "body": sheet["body"],
            "small": sheet["small"],
            "footer": sheet["footer-right"],
            "cell": cell,
            "head": head,
            "cell-num": ParagraphStyle("cohort-cell-num", cell, alignment=TA_RIGHT),
            "head-num": ParagraphStyle("cohort-head-num", head, alignment=TA_RIGHT),
        }

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self._styles[name]


def distribution_chart(bins: Sequence[int], width: float, font: str) -> Drawing:
    """Bars of participant counts per 10-point score band (0, 10, ... 90-100).

    Grey bars with their counts printed over them, so the chart reads the same on a
    black-and-white printer. Labels are numbers only (graphics strings are not shaped).
    """
    height = 42 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer starts in (unembedded) Helvetica
    drawing.initialFontSize = 6.5
    chart = VerticalBarChart()
    chart.x, chart.y = 22, 16
    chart.width, chart.height = width - 30, height - 24
    chart.data = [list(bins)]
    chart.barWidth = 6
    chart.groupSpacing = 2
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = INK
    chart.bars[0].strokeWidth = 0.3
    chart.categoryAxis.categoryNames = [str(i * 100 // len(bins)) for i in range(len(bins))]
    top = max(bins, default=0)
    step = max(1, -(-top // 4))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * 4
    chart.valueAxis.valueStep = step
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.visibleGrid = True
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = INK
        axis.strokeColor = INK
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing
