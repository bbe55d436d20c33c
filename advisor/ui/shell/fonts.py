"""The bundled Noto fonts, given to Qt before any window: Devanagari reads the same everywhere.

Our users' laptops often have no Devanagari font at all (a fresh Debian has DejaVu and
URW only; many Windows images lack Mangal/Nirmala for the Hindi UI). Qt would then draw
every Devanagari letter as a box. :func:`install_app_fonts` registers the fonts under
``resources/fonts`` with :class:`QFontDatabase` and makes Noto Sans Devanagari Qt's
first choice for the Devanagari script, whatever the system has; Latin text keeps the
system's interface font. Call it right after the QApplication exists.

:func:`devanagari_coverage` answers "can the window draw this text?" with the font Qt
actually picks for a label, character by character (``export-advisor check`` uses it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

__all__ = [
    "DEVANAGARI_FAMILY",
    "FONT_FILES",
    "Coverage",
    "devanagari_coverage",
    "install_app_fonts",
]

DEVANAGARI_FAMILY = "Noto Sans Devanagari"
LATIN_FAMILY = "Noto Sans"
FONT_FILES = (
    "fonts/NotoSans-Regular.ttf",
    "fonts/NotoSans-Bold.ttf",
    "fonts/NotoSansDevanagari-Regular.ttf",
    "fonts/NotoSansDevanagari-Bold.ttf",
)

_installed: list[str] | None = None


def install_app_fonts() -> list[str]:
    """Register the bundled fonts once per process; returns the font families Qt loaded.

    Needs a QGuiApplication. A missing or broken font file is skipped (``check`` says
    so); the app still starts.
    """
    global _installed  # noqa: PLW0603 - the font database is process-wide too
    if _installed is not None:
        return _installed
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from advisor.resources import ResourceError, resource_path

    families: list[str] = []
    for name in FONT_FILES:
        try:
            path = resource_path(name)
        except ResourceError:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded = QFontDatabase.applicationFontFamilies(font_id)
            families += [f for f in loaded if f not in families]
    if DEVANAGARI_FAMILY in families:
        _prefer_for_devanagari(QGuiApplication.instance())  # type: ignore[arg-type]
    _installed = families
    return families


def _prefer_for_devanagari(app: QGuiApplication) -> None:
    """Make every font Qt resolves fall back to Noto Sans Devanagari for Devanagari.

    Qt tries a font's families in order and, for each script, skips the families that do
    not support it; a family's substitutes come after it. So the application font gets
    Noto Sans Devanagari as its second family (Latin still comes from the system UI font),
    and the system family and the generic names style sheets use get it as a substitute,
    for fonts built from a family name alone.
    """
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    system_family = font.family()
    families = [f for f in font.families() or [system_family] if f != DEVANAGARI_FAMILY]
    font.setFamilies([*families, DEVANAGARI_FAMILY])
    app.setFont(font)
    for family in {system_family, "Sans Serif", "Sans", "sans-serif", LATIN_FAMILY}:
        if DEVANAGARI_FAMILY not in QFont.substitutes(family):
            QFont.insertSubstitution(family, DEVANAGARI_FAMILY)


class Coverage(NamedTuple):  # not a dataclass: defined at every start (0.5 ms; issue 18)
    """Which characters of a text the picked font can draw."""

    family: str
    """The font Qt actually used for the Devanagari text."""
    checked: int
    """How many different Devanagari characters were checked."""
    missing: str
    """The characters no font Qt chose can draw (empty when all are covered)."""


def devanagari_coverage(text: str) -> Coverage:
    """Check every distinct Devanagari character of ``text`` with the font Qt picks for it.

    The font is the one Qt's text layout resolves for a Devanagari run in the
    application's default font (after fallback), so this fails when Qt would draw boxes.
    """
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QTextLayout

    chars = sorted({c for c in text if 0x0900 <= ord(c) <= 0x097F or 0xA8E0 <= ord(c) <= 0xA8FF})
    sample = "".join(chars) or "हिन्दी"
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari):
        # No font at all: Qt draws boxes (and reading the box font's details can crash).
        return Coverage(family="", checked=len(chars), missing=sample)
    layout = QTextLayout(sample, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    # A run Qt could not match has a nameless "box" font: it covers nothing.
    families = list(dict.fromkeys(r.rawFont().familyName() for r in layout.glyphRuns()))
    picked = [f for f in families if f]
    family = picked[0] if picked else ""
    metrics = [QFontMetrics(QFont(f)) for f in picked]
    missing = [c for c in chars if not any(m.inFontUcs4(ord(c)) for m in metrics)]
    return Coverage(family=family, checked=len(chars), missing="".join(missing))
