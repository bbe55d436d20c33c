"""Page furniture of the cohort PDF: fonts, paragraph styles, escaping, "page X of Y".

Interim: these delegate to the PDF action plan's shared modules where they exist.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

__all__ = ["CohortStyles", "FontNames", "escape", "font_names", "numbered_canvas", "pdf_safe"]


def escape(text: str) -> str:
    """TEMPORARY."""
    return _xml_escape(text).replace("\n", "<br/>")


def pdf_safe(text: str) -> str:
    """TEMPORARY."""
    return text


@dataclass(frozen=True)
class FontNames:
    """The registered font names for regular and bold text."""

    regular: str
    bold: str
    shaping: bool = False


_SYSTEM_FONTS = {
    "CohortSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "CohortSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "CohortDeva": "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf",
}


def font_names(lang: str) -> FontNames:
    """TEMPORARY: system fonts until the shared font registration lands."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in _SYSTEM_FONTS.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, path))
    if lang == "hi":
        return FontNames("CohortDeva", "CohortDeva", shaping=True)
    return FontNames("CohortSans", "CohortSans-Bold")


class CohortStyles:
    """TEMPORARY."""

    def __init__(self, fonts: FontNames) -> None:
        base = ParagraphStyle(
            "body", fontName=fonts.regular, fontSize=9, leading=12, shaping=int(fonts.shaping)
        )
        self._styles = {
            "body": base,
            "small": ParagraphStyle("small", base, fontSize=7.5, leading=10),
            "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
            "head": ParagraphStyle("head", base, fontName=fonts.bold, fontSize=8, leading=10),
            "title": ParagraphStyle("title", base, fontName=fonts.bold, fontSize=18, leading=22),
            "subtitle": ParagraphStyle("subtitle", base, fontSize=10, leading=14),
            "figure": ParagraphStyle(
                "figure", base, fontName=fonts.bold, fontSize=12, leading=16, spaceBefore=4
            ),
            "h1": ParagraphStyle(
                "h1",
                base,
                fontName=fonts.bold,
                fontSize=12,
                leading=15,
                spaceBefore=6,
                spaceAfter=4,
            ),
            "h2": ParagraphStyle("h2", base, fontName=fonts.bold, fontSize=9.5, leading=12),
        }
        for name in ("cell", "head"):
            self._styles[f"{name}-num"] = ParagraphStyle(
                f"{name}-num", self._styles[name], alignment=TA_RIGHT
            )

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self._styles[name]


def numbered_canvas(footer: Callable[[Any, int, int], None]) -> type[Canvas]:
    """A canvas class that calls ``footer(canvas, page, pages)`` on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

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
