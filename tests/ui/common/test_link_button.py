"""The start page's command links: their arrow is drawn by us, in the text colour, where
Qt draws the icon (a blank icon keeps Qt's layout)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from advisor.ui.common.link_button import LEFT, TOP, LinkButton


def _button(**kwargs) -> LinkButton:  # type: ignore[no-untyped-def]
    button = LinkButton("Start", "Step by step")
    button.resize(300, button.sizeHint().height())
    return button


def _arrow(button: LinkButton, scale: float = 1.0):  # type: ignore[no-untyped-def]
    """The icon's square of the grabbed button (at ``scale`` device pixels a pixel)."""
    image = button.grab().toImage()
    side = button.iconSize().width()
    box = QRect(LEFT, TOP, side, side)
    return image.copy(
        QRect(int(box.x() * scale), int(box.y() * scale), int(side * scale), int(side * scale))
    )


def _pixels(image, colour: QColor) -> int:  # type: ignore[no-untyped-def]
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).rgb() == colour.rgb()
    )


def _text(group: QPalette.ColorGroup, palette: QPalette | None = None) -> QColor:
    return (palette or QApplication.palette()).color(group, QPalette.ColorRole.ButtonText)


def test_a_link_has_an_arrow_the_size_of_its_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    button = _button()
    icon = button.icon()  # blank: Qt leaves the room beside the text
    assert not icon.isNull() and icon.actualSize(button.iconSize()) == button.iconSize()
    assert button.iconSize().width() == 20
    image = _arrow(button)
    text = _text(QPalette.ColorGroup.Inactive)  # a button in no active window
    filled = _pixels(image, text)
    assert 40 < filled < 20 * 20 / 2  # a triangle, not a box
    assert image.pixelColor(7, 10).rgb() == text.rgb()  # its base on the left
    assert image.pixelColor(16, 3).rgb() != text.rgb()  # pointing right


def test_the_arrow_is_sharp_at_200_percent_and_dimmed_when_disabled(qapp) -> None:  # type: ignore[no-untyped-def]
    button = _button()
    button.setEnabled(False)
    dim = _text(QPalette.ColorGroup.Disabled)
    assert _pixels(_arrow(button), dim) > 40
    # at 200%: drawn at the device's pixels: its inside (the pixels fully in the text colour)
    # grows more than four times, as its antialiased edge stays one pixel wide; a 100%
    # arrow blown up would have four times as many at most
    from PySide6.QtGui import QPixmap

    button.setEnabled(True)
    pixmap = QPixmap(button.size() * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(QColor(255, 255, 255))
    button.render(pixmap)
    image = pixmap.toImage()
    image.setDevicePixelRatio(1.0)
    side = 2 * button.iconSize().width()
    square = image.copy(QRect(2 * LEFT, 2 * TOP, side, side))
    text = _text(QPalette.ColorGroup.Inactive)
    single = _pixels(_arrow(button), text)
    double = _pixels(square, text)
    assert double > 4.4 * single > 40


def _filled(image, columns: range, colour: QColor) -> int:  # type: ignore[no-untyped-def]
    return sum(
        1
        for x in columns
        for y in range(image.height())
        if image.pixelColor(x, y).rgb() == colour.rgb()
    )


def test_the_arrow_follows_its_buttons_own_palette_and_direction(qapp) -> None:  # type: ignore[no-untyped-def]
    """A button with a dark palette of its own (the app's stays light) gets a light arrow,
    and one read right to left an arrow pointing left."""
    from PySide6.QtCore import Qt

    button = _button()
    dark = QPalette(button.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        dark.setColor(group, QPalette.ColorRole.Button, QColor("#202020"))
        dark.setColor(group, QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    button.setPalette(dark)
    light = QColor("#f0f0f0")
    image = _arrow(button)
    assert _pixels(image, light) > 40  # light on the dark button
    assert _filled(image, range(0, 10), light) > _filled(image, range(10, 20), light)
    button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = _arrow(button)
    assert _filled(mirrored, range(10, 20), light) > _filled(mirrored, range(0, 10), light)


def test_the_arrow_takes_the_active_colour_in_the_active_window(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Inactive and active colours apart: the arrow follows the window's state."""
    button = _button()
    palette = QPalette(button.palette())
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText, QColor("#000080"))
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.ButtonText, QColor("#800000"))
    button.setPalette(palette)
    assert _pixels(_arrow(button), QColor("#800000")) > 40  # not in the active window
    button.show()
    button.activateWindow()
    qtbot.waitUntil(button.isActiveWindow)
    assert _pixels(_arrow(button), QColor("#000080")) > 40
