"""Every text colour the UI sets reads at 4.5:1 (WCAG AA) in a light and a dark palette.

The colours come from the code (``stage_colour``, ``alert_colour``, ``muted_colour``, the
navigator's selection), the backgrounds from the palettes' window and base colours.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from advisor.ui.common.style import (
    MIN_CONTRAST,
    alert_colour,
    contrast_ratio,
    muted_colour,
    readable_highlight,
    stage_colour,
)

_ROLE = QPalette.ColorRole


def light_palette() -> QPalette:
    """The style's own (Fusion: window #efefef, base white, selection #308cc6)."""
    return QApplication.style().standardPalette()


def dark_palette() -> QPalette:
    """A dark palette as desktops set it (window #353535, base #2a2a2a)."""
    palette = QPalette(light_palette())
    for role, colour in {
        _ROLE.Window: "#353535",
        _ROLE.Base: "#2a2a2a",
        _ROLE.AlternateBase: "#303030",
        _ROLE.WindowText: "#f0f0f0",
        _ROLE.Text: "#f0f0f0",
        _ROLE.Highlight: "#2a82da",
        _ROLE.HighlightedText: "#ffffff",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp) -> QPalette:  # type: ignore[no-untyped-def]
    return light_palette() if request.param == "light" else dark_palette()


def backgrounds(palette: QPalette) -> list[QColor]:
    return [palette.color(_ROLE.Window), palette.color(_ROLE.Base)]


def test_the_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("count", [2, 3, 4, 5])
def test_stage_colours_read_on_the_window_and_base(palette, count) -> None:
    for index in range(count):
        colour = stage_colour(index, count, palette)
        for background in backgrounds(palette):
            ratio = contrast_ratio(colour, background)
            assert ratio >= MIN_CONTRAST, (colour.name(), background.name(), round(ratio, 2))


def test_stage_colours_follow_the_applications_palette(qapp) -> None:
    saved = QApplication.palette()
    try:
        for palette in (light_palette(), dark_palette()):
            QApplication.setPalette(palette)
            for index in range(4):
                assert stage_colour(index, 4) == stage_colour(index, 4, palette)
    finally:
        QApplication.setPalette(saved)


def test_warnings_and_good_news_read(palette) -> None:
    for good in (False, True):
        colour = alert_colour(palette, good=good)
        for background in backgrounds(palette):
            assert contrast_ratio(colour, background) >= MIN_CONTRAST


def test_muted_help_text_reads(palette) -> None:
    colour = muted_colour(palette)
    assert contrast_ratio(colour, palette.color(_ROLE.Window)) >= MIN_CONTRAST


def test_the_selected_navigator_item_reads(palette, make_window, mini_bank) -> None:
    """The navigator's delegate draws the selection in a colour its white title reads on."""
    assert (
        contrast_ratio(palette.color(_ROLE.Highlight), palette.color(_ROLE.HighlightedText))
        < MIN_CONTRAST
    )  # both palettes' own selection colours fail; the navigator fixes it
    window = make_window(mini_bank)
    navigator = window.navigator
    option = QStyleOptionViewItem()
    option.initFrom(navigator)
    option.palette = palette
    index: QModelIndex = navigator.model().index(0, 0)
    navigator.itemDelegate().initStyleOption(option, index)
    drawn = option.palette.color(_ROLE.Highlight)
    text = option.palette.color(_ROLE.HighlightedText)
    assert contrast_ratio(drawn, text) >= MIN_CONTRAST
    assert readable_highlight(palette) == drawn
