"""The start page's command links: their arrow is drawn by us, in the text colour."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from advisor.ui.common.link_button import Arrow, LinkButton


def _dark_pixels(image, colour: QColor) -> int:  # type: ignore[no-untyped-def]
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).rgb() == colour.rgb()
    )


def test_a_link_has_an_arrow_the_size_of_its_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    button = LinkButton("Start", "Step by step")
    icon = button.icon()
    assert not icon.isNull() and icon.actualSize(button.iconSize()) == button.iconSize()
    image = icon.pixmap(QSize(20, 20)).toImage()
    text = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    filled = _dark_pixels(image, text)
    assert 40 < filled < 20 * 20 / 2  # a triangle, not a box
    left, right = image.pixelColor(7, 10), image.pixelColor(16, 3)
    assert left.alpha() > 200 and right.alpha() == 0  # pointing right


def test_the_arrow_is_sharp_at_200_percent_and_dimmed_when_disabled(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = QIcon(Arrow())
    big = icon.pixmap(QSize(20, 20), 2.0)
    assert big.devicePixelRatio() == 2.0 and big.size() == QSize(40, 40)
    disabled = icon.pixmap(QSize(20, 20), QIcon.Mode.Disabled).toImage()
    dim = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert _dark_pixels(disabled, dim) > 40


def _filled(image, columns: range) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for x in columns for y in range(image.height()) if image.pixelColor(x, y).alpha())


def test_the_arrow_follows_its_buttons_own_palette_and_direction(qapp) -> None:  # type: ignore[no-untyped-def]
    """A button with a dark palette of its own (the app's stays light) gets a light arrow,
    and one read right to left an arrow pointing left."""
    from PySide6.QtCore import Qt

    button = LinkButton("Start", "Step by step")
    dark = QPalette(button.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        dark.setColor(group, QPalette.ColorRole.Button, QColor("#202020"))
        dark.setColor(group, QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    button.setPalette(dark)
    image = button.icon().pixmap(QSize(20, 20)).toImage()
    assert _dark_pixels(image, QColor("#f0f0f0")) > 40  # light on the dark button
    assert _filled(image, range(0, 10)) > _filled(image, range(10, 20))  # its base on the left
    button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = button.icon().pixmap(QSize(20, 20)).toImage()
    assert _filled(mirrored, range(10, 20)) > _filled(mirrored, range(0, 10))  # points left
