"""Page furniture of the cohort summary PDF: its styles and a "page X of Y" canvas.

The fonts, the stylesheet and the text escaping are the action plan's
(:mod:`advisor.report.fonts`, :mod:`advisor.report.styles`, :mod:`advisor.report.text`);
the cohort summary only adds compact table styles on top of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from advisor.report.fonts import ReportFonts, register_fonts
from advisor.report.styles import Palette, Stylesheet

__all__ = ["CohortStyles", "numbered_canvas"]


class CohortStyles:
    """The shared stylesheet under the names the cohort summary uses.

    ``title``, ``subtitle``, ``figure``, ``h1`` (a section), ``h2`` (a chart), ``body``,
    ``small``, ``footer``; table cells ``cell``/``head`` and their right-aligned
    ``-num`` forms, a little smaller than the action plan's so a room fits on a page.
    """

    def __init__(self) -> None:
        self.fonts: ReportFonts = register_fonts()
        self.palette = Palette.from_accent(None)
        sheet = Stylesheet(self.fonts, self.palette)
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


def numbered_canvas(
    footer: Callable[[Canvas, int, int], None], date_text: str | None = None
) -> type[Canvas]:
    """A canvas class that calls ``footer(canvas, page, pages)`` on every page when the
    document is saved (so the total is known), and dates the PDF with ``date_text``."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []
            if date_text:
                self.setDateFormatter(lambda *_: date_text)

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                footer(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return NumberedCanvas
