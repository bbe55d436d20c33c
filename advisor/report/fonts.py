"""The fonts every report embeds, registered with reportlab once per process.

Noto Sans covers Latin, punctuation and the rupee sign (₹); Noto Sans Devanagari covers
Hindi but has no Latin letters, so text is split into runs and each run gets the font
that has its glyphs (see :mod:`advisor.report.text`). Both are bundled in
``resources/fonts`` (SIL Open Font License) and embedded as subsets in every PDF.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from advisor.resources import resource_path

__all__ = ["FONTS", "ReportFonts", "covered", "register_fonts"]


@dataclass(frozen=True)
class ReportFonts:
    """The registered font names: Latin regular/bold and Devanagari regular/bold."""

    regular: str = "AdvisorSans"
    bold: str = "AdvisorSans-Bold"
    deva: str = "AdvisorDeva"
    deva_bold: str = "AdvisorDeva-Bold"

    def devanagari_for(self, latin_font: str) -> str:
        """The Devanagari font that goes with a Latin font (bold with bold)."""
        return self.deva_bold if latin_font == self.bold else self.deva


FONTS = ReportFonts()

_FILES = {
    FONTS.regular: "fonts/NotoSans-Regular.ttf",
    FONTS.bold: "fonts/NotoSans-Bold.ttf",
    FONTS.deva: "fonts/NotoSansDevanagari-Regular.ttf",
    FONTS.deva_bold: "fonts/NotoSansDevanagari-Bold.ttf",
}
_LOCK = threading.Lock()


@cache
def register_fonts() -> ReportFonts:
    """Register the bundled fonts (once per process) and return their names.

    Raises :class:`advisor.resources.ResourceError` when a font file is missing.
    """
    from advisor.report.text_layer import install

    with _LOCK:
        install()  # shaped text extracts as its letters (search, copy, screen readers)
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, resource in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path(resource))))
        # <b> inside a paragraph switches to the bold face of the same family.
        for family, bold in ((FONTS.regular, FONTS.bold), (FONTS.deva, FONTS.deva_bold)):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, bold)
    return FONTS


@cache
def _charset(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def covered(char: str, font_name: str) -> bool:
    """True when the registered font ``font_name`` has a glyph for ``char``."""
    return ord(char) in _charset(font_name)
