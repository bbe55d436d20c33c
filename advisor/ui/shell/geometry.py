"""The main window's size and place: always on the screen it opens on.

A fixed 1100x760 first window hid the status bar on a 1366x768 laptop (the task bar takes
40 pixels) and the Next button on 1024x700; a size remembered on a large monitor did the
same after the laptop was undocked. :func:`place_window` gives the first window its
preferred size where it fits, otherwise the screen's available area, and clamps a
remembered geometry into the current screen. The pure functions below do the arithmetic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMargins, QRect, QSize

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["PREFERRED", "clamped", "first_geometry", "place_window"]

PREFERRED = QSize(1100, 760)
MINIMUM = QSize(800, 560)
# Title bar and borders of a window not yet shown (the window manager adds them later);
# generous so that the status bar stays above a task bar on every desktop we know.
FRAME_ALLOWANCE = QMargins(4, 32, 4, 4)


def _inner(available: QRect, frame: QMargins) -> QRect:
    return available.marginsRemoved(frame)


def first_geometry(available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """The first window's client rectangle: preferred size if it fits, centred on the screen."""
    inner = _inner(available, frame)
    size = PREFERRED.boundedTo(inner.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(inner.center())
    return rect


def clamped(geometry: QRect, available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """``geometry`` made to fit inside ``available`` (smaller if needed, then moved in)."""
    inner = _inner(available, frame)
    size = geometry.size().boundedTo(inner.size())
    rect = QRect(geometry.topLeft(), size)
    if rect.right() > inner.right():
        rect.moveRight(inner.right())
    if rect.bottom() > inner.bottom():
        rect.moveBottom(inner.bottom())
    if rect.left() < inner.left():
        rect.moveLeft(inner.left())
    if rect.top() < inner.top():
        rect.moveTop(inner.top())
    return rect


def place_window(window: QWidget, saved: QByteArray | None) -> None:
    """Size and place ``window`` (not shown yet) on its screen; ``saved`` from saveGeometry."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # pragma: no cover - Qt always has a screen once it started
        window.resize(PREFERRED)
        return
    available = screen.availableGeometry()
    window.setMinimumSize(MINIMUM.boundedTo(_inner(available, FRAME_ALLOWANCE).size()))
    if saved is not None and window.restoreGeometry(saved):
        if window.isMaximized() or window.isFullScreen():
            return
        # restoreGeometry may have picked another screen: clamp into the one it is on now
        screen = window.screen() or screen
        window.setGeometry(clamped(window.geometry(), screen.availableGeometry()))
        return
    window.setGeometry(first_geometry(available))
