"""The report's stylesheet: named paragraph styles and the colours of the page.

Every style embeds the bundled fonts, shapes text with HarfBuzz (``shaping=1``) so that
Devanagari prints correctly, and splits words longer than the line
(``splitLongWords``), so no user string can make a paragraph wider than its frame.
The accent colour comes from the branding profile, parsed by
:func:`advisor.domain.branding.parse_hex_colour` (never by reportlab's colour parser).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from advisor.domain.branding import DEFAULT_ACCENT, parse_hex_colour
from advisor.report.fonts import ReportFonts
from advisor.report.text import needs_shaping

__all__ = ["Palette", "Stylesheet"]

_TEXT = colors.Color(0.13, 0.13, 0.13)
_MUTED = colors.Color(0.38, 0.38, 0.38)
_RULE = colors.Color(0.75, 0.75, 0.75)
_SHADE = colors.Color(0.94, 0.94, 0.94)
_BLOCKER = colors.Color(0.62, 0.11, 0.11)


@dataclass(frozen=True)
class Palette:
    """The colours of a report. Greys carry the meaning; the accent only decorates."""

    accent: colors.Color
    accent_light: colors.Color
    text: colors.Color = _TEXT
    muted: colors.Color = _MUTED
    rule: colors.Color = _RULE
    shade: colors.Color = _SHADE
    blocker: colors.Color = _BLOCKER

    @classmethod
    def from_accent(cls, accent: str | None) -> Palette:
        """A palette around a ``#RRGGBB`` accent (the default when ``None`` or invalid)."""
        try:
            red, green, blue = parse_hex_colour(accent or DEFAULT_ACCENT)
        except ValueError:
            red, green, blue = parse_hex_colour(DEFAULT_ACCENT)
        # A very light accent would vanish on white paper: darken it for text and rules.
        luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
        if luminance > 0.55:
            factor = 0.55 / luminance
            red, green, blue = red * factor, green * factor, blue * factor
        light = tuple(0.86 + 0.14 * c for c in (red, green, blue))
        return cls(accent=colors.Color(red, green, blue), accent_light=colors.Color(*light))


class Stylesheet:
    """Named paragraph styles: ``sheet["body"]``, ``sheet["h1"]``..."""

    def __init__(self, fonts: ReportFonts, palette: Palette) -> None:
        self.fonts = fonts
        self.palette = palette
        base = ParagraphStyle(
            "body",
            fontName=fonts.regular,
            fontSize=9.5,
            leading=13,
            textColor=palette.text,
            shaping=1,
            splitLongWords=1,
            spaceAfter=4,
            bulletFontName=fonts.regular,
        )
        styles = {"body": base}

        def add(name: str, parent: str = "body", **kw: object) -> None:
            styles[name] = ParagraphStyle(name, styles[parent], **kw)

        bold = fonts.bold
        add("small", fontSize=8, leading=10.5, textColor=palette.muted)
        add("caption", "small", alignment=TA_CENTER, spaceBefore=2, spaceAfter=8)
        add("bold", fontName=bold)
        add(
            "title", fontName=bold, fontSize=24, leading=30, spaceAfter=10, textColor=palette.accent
        )
        add("company", fontName=bold, fontSize=18, leading=23, spaceAfter=6)
        add("cover-label", "small", fontName=bold, spaceBefore=8, spaceAfter=1)
        add("cover-key", "small", fontName=bold, spaceAfter=0)
        add("cover-text", fontSize=11, leading=15, spaceAfter=2)
        add(
            "h1",
            fontName=bold,
            fontSize=16,
            leading=21,
            spaceBefore=0,
            spaceAfter=8,
            textColor=palette.accent,
        )
        add(
            "h2",
            fontName=bold,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        )
        add(
            "h3",
            fontName=bold,
            fontSize=10,
            leading=13.5,
            spaceBefore=6,
            spaceAfter=2,
        )
        add("kicker", "small", fontName=bold, textColor=palette.muted, spaceAfter=0, keepWithNext=1)
        add("big-score", fontName=bold, fontSize=30, leading=34, textColor=palette.accent)
        add("big-stage", fontName=bold, fontSize=14, leading=18)
        add("flag", "small", fontName=bold, textColor=palette.blocker, spaceAfter=1)
        add("big-provisional", "big-stage", fontSize=16, leading=20, textColor=palette.blocker)
        add("big-stage-provisional", "big-stage", textColor=palette.blocker)
        add("provisional-note", "body", fontName=bold, textColor=palette.blocker)
        add("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2)
        add("step", leftIndent=16, bulletIndent=2, spaceAfter=1.5)
        add("cell", fontSize=8.5, leading=11, spaceAfter=0)
        add("cell-bold", "cell", fontName=bold)
        add("cell-small", "cell", fontSize=7.5, leading=9.5, textColor=palette.muted)
        add("cell-head", "cell", fontName=bold, textColor=colors.white)
        add("cell-head-right", "cell-head", alignment=TA_RIGHT)
        add("cell-right", "cell", alignment=TA_RIGHT)
        add("header", "small", spaceAfter=0)
        add("header-right", "header", alignment=TA_RIGHT)
        add("footer", "small", fontSize=7.5, leading=9.5, spaceAfter=0)
        add("footer-right", "footer", alignment=TA_RIGHT)
        add("chart-label", "small", textColor=palette.text, spaceAfter=0)
        add("chart-label-centre", "chart-label", alignment=TA_CENTER)
        add("left", alignment=TA_LEFT)
        self._styles = styles
        self._unshaped: dict[str, ParagraphStyle] = {}

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self._styles[name]

    def for_markup(self, name: str, markup: str) -> ParagraphStyle:
        """The style ``name`` for this markup: shaped only when it holds Devanagari.

        Latin text needs no shaping; leaving it unshaped is faster and keeps it free of
        ligatures (``fi`` as one glyph), so the PDF's text can be searched and copied.
        """
        if needs_shaping(markup):
            return self._styles[name]
        style = self._unshaped.get(name)
        if style is None:
            style = ParagraphStyle(f"{name}-latin", self._styles[name], shaping=0)
            self._unshaped[name] = style
        return style

    def __contains__(self, name: str) -> bool:
        return name in self._styles
