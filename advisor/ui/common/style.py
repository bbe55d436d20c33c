"""Small helpers that give every page the same look: headings, muted help text, spacing.

Colours come from the palette (so a dark palette works); sizes from the default font
(so 125-200 % scaling works). No fixed pixel fonts anywhere.
"""

from __future__ import annotations

import functools
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from advisor.ui.common.by_name import set_by_name

__all__ = [
    "MARGIN",
    "MIN_CONTRAST",
    "SPACING",
    "alert_colour",
    "contrast_ratio",
    "focus_visibly",
    "follow_palettes",
    "heading",
    "hold_palettes",
    "is_dark",
    "muted_colour",
    "muted_label",
    "named",
    "readable_highlight",
    "scaled_font",
    "section_heading",
    "stage_colour",
    "wrapped_label",
]

SPACING = 10
MARGIN = 20

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control its accessible name (what a screen reader says) and description."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, ``factor`` times larger."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def muted_colour(palette: QPalette) -> QColor:
    """A text colour between the text and the background (readable in light and dark)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() * 2 + base.red()) // 3,
        (text.green() * 2 + base.green()) // 3,
        (text.blue() * 2 + base.blue()) // 3,
    )


def wrapped_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A plain-text label that wraps and can be selected with the mouse."""
    label = QLabel(text, parent)
    set_by_name(label, textFormat="PlainText")  # made before the first paint too (by_name)
    label.setWordWrap(True)
    return label


class MutedLabel(QLabel):
    """Wrapped help text in the muted colour, kept in step with palette changes.

    The colour is mixed from the surrounding palette's text and background, so it keeps
    a readable contrast (unlike the placeholder colour) and follows a switch between a
    light and a dark palette while the app runs (:class:`_PaletteFollower`; the labels
    made while the start page waits for its first paint follow from then on:
    :func:`hold_palettes`).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        set_by_name(self, textFormat="PlainText")
        self.setWordWrap(True)
        self._apply_colour()
        if _held is not None:
            _held.append(self)
        else:
            self.installEventFilter(_follower())

    def _apply_colour(self) -> None:
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else QApplication.palette()
        colour = muted_colour(source)
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


class _PaletteFollower(QObject):
    """A muted label's colour mixed again when its palette or parent changes.

    An event filter rather than ``changeEvent``: the first ``QEvent`` a Python handler
    receives makes PySide6's Python types of about 50 event classes (1.5-3 ms), which
    the start page does not pay before it shows (issue 18: :func:`hold_palettes`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, MutedLabel) and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ParentChange,
        ):
            watched._apply_colour()
        return False


_the_follower: list[_PaletteFollower] = []
_held: list[MutedLabel] | None = None


def _follower() -> _PaletteFollower:
    from shiboken6 import isValid

    if not _the_follower or not isValid(_the_follower[0]):
        _the_follower[:] = [_PaletteFollower(QApplication.instance())]
    return _the_follower[0]


def hold_palettes() -> None:
    """Muted labels made from now on follow palette changes only from
    :func:`follow_palettes` on (the start page before its first paint: their colour is
    right when made, and nothing changes it before)."""
    global _held  # noqa: PLW0603 - the muted labels made while held, process-wide
    if _held is None:
        _held = []


def follow_palettes() -> None:
    """The held muted labels (:func:`hold_palettes`) follow palette changes from now
    on, their colour mixed again (one moved to another parent meanwhile); and those
    made later at once."""
    from shiboken6 import isValid

    global _held
    held, _held = _held or [], None
    for label in held:
        if isValid(label):
            label._apply_colour()
            label.installEventFilter(_follower())


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Help text: wrapped, in the muted colour."""
    return MutedLabel(text, parent)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A page's title."""
    label = wrapped_label(text, parent)
    label.setFont(scaled_font(label, 1.6, bold=True))
    label.setAccessibleName(text)
    return label


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A heading inside a page."""
    label = wrapped_label(text, parent)
    label.setFont(scaled_font(label, 1.2, bold=True))
    return label


MIN_CONTRAST = 4.5
"""WCAG AA for text of normal size: every text colour we set has at least this ratio."""

# red -> amber -> blue -> green; dark enough for a light window, light enough for a dark one
_STAGE_COLOURS_LIGHT = ("#a93226", "#8a5100", "#1f618d", "#196f3d")
_STAGE_COLOURS_DARK = ("#ff8a80", "#ffb74d", "#85c1e9", "#7dcea0")


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) has a dark window."""
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def stage_colour(index: int, count: int, palette: QPalette | None = None) -> QColor:
    """A text colour for the stage at ``index`` of ``count`` (red -> green).

    Picked for the palette (default: the application's) so that it reads at
    :data:`MIN_CONTRAST` on its window and base colours, light or dark.
    """
    colours = _STAGE_COLOURS_DARK if is_dark(palette) else _STAGE_COLOURS_LIGHT
    if count <= 1:
        return QColor(colours[-1])
    position = round(index * (len(colours) - 1) / (count - 1))
    return QColor(colours[position])


def alert_colour(palette: QPalette | None = None, good: bool = False) -> QColor:
    """The text colour of a warning (red) or of good news (``good``: green)."""
    return stage_colour(1 if good else 0, 2, palette)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1.0 - 21.0)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_highlight(palette: QPalette) -> QColor:
    """The palette's selection colour, darkened (or lightened) until its text reads.

    Fusion's light blue under white text is 3.7:1; selected items are drawn on this.
    The navigator asks for every item it paints: the answer is remembered per pair of
    colours.
    """
    text = palette.color(QPalette.ColorRole.HighlightedText).rgba()
    highlight = palette.color(QPalette.ColorRole.Highlight).rgba()
    return QColor.fromRgba(_readable_highlight(text, highlight))


@functools.lru_cache(maxsize=16)
def _readable_highlight(text_rgba: int, highlight_rgba: int) -> int:
    text, colour = QColor.fromRgba(text_rgba), QColor.fromRgba(highlight_rgba)
    darken = text.lightness() >= 128
    for _ in range(40):
        if contrast_ratio(colour, text) >= MIN_CONTRAST:
            break
        colour = colour.darker(108) if darken else colour.lighter(108)
    return colour.rgba()


def focus_visibly(widget: QWidget) -> None:
    """Move the keyboard focus to ``widget`` and have the style draw its focus ring.

    Qt draws the ring only after a keyboard focus change (Tab, or a shortcut): a plain
    ``setFocus`` after a page change or a jump leaves the focus invisible.
    """
    from PySide6.QtCore import Qt  # at call time: see advisor.ui.common.by_name

    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    widget.update()
