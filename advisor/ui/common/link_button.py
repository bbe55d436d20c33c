"""A command link button that shows the keyboard focus, and titles made of user text.

Fusion draws command links flat, without a focus ring: :class:`LinkButton` draws one (in
the readable selection colour) and, for the page's main choice (``primary``), a card. Its
arrow is drawn in the button's text colour (:class:`Arrow`) instead of Qt's picture.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QWidget

from advisor.ui.common.style import readable_highlight

__all__ = ["TITLE_CHARS", "Arrow", "LinkButton", "button_title"]

TITLE_CHARS = 48  # a longer name is cut in a button's title (the description has it all)


def button_title(text: str, limit: int = TITLE_CHARS) -> str:
    """User text as a button title: cut to ``limit`` characters, an ``&`` shown as such
    (not taken as an Alt letter)."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("&", "&&")


class Arrow(QIconEngine):
    """A command link's arrow, drawn when the button is painted, in its text colour (a
    dark palette gets a light arrow) and its reading direction (right to left points
    left). Qt's own, a picture found through the icon theme, cost 0.8 MiB before the
    start page showed (issue 18)."""

    def __init__(self, button: QWidget | None = None) -> None:
        super().__init__()
        # weak: the button owns its icon, and the icon must not keep the button alive
        self._button = weakref.ref(button) if button is not None else None

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtCore import Qt  # when painted (see ui.common.by_name)

        button = self._button() if self._button is not None else None
        palette = button.palette() if button is not None else QApplication.palette()
        if mode == QIcon.Mode.Disabled:
            group = QPalette.ColorGroup.Disabled
        elif button is not None and not button.isActiveWindow():
            group = QPalette.ColorGroup.Inactive
        else:
            group = QPalette.ColorGroup.Active
        colour = QColor(palette.color(group, QPalette.ColorRole.ButtonText))
        leftward = button is not None and button.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = min(rect.width(), rect.height()) * 0.8  # as tall as Qt's arrow was
        centre = QRectF(rect).center()
        x, y = centre.x(), centre.y()
        back, tip = (
            (x + side * 0.3, x - side * 0.3) if leftward else (x - side * 0.3, x + side * 0.3)
        )
        triangle = QPolygonF(
            [QPointF(back, y - side / 2), QPointF(tip, y), QPointF(back, y + side / 2)]
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(triangle)
        painter.restore()

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        from PySide6.QtCore import Qt

        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return Arrow(self._button() if self._button is not None else None)


class LinkButton(QCommandLinkButton):
    """A command link that shows where the keyboard focus is, and (``primary``) that it
    is the main choice."""

    primary = False  # drawn as a card: the page's main choice

    def __init__(self, title: str = "", description: str = "", parent: QWidget | None = None):
        super().__init__(title, description, parent)
        self.setIcon(QIcon(Arrow(self)))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.primary:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.end()
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(readable_highlight(self.palette()), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()
