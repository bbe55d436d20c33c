"""A command link button that shows the keyboard focus, and titles made of user text.

Fusion draws command links flat, without a focus ring: :class:`LinkButton` draws one (in
the readable selection colour) and, for the page's main choice (``primary``), a card. Its
arrow is drawn in the button's text colour instead of Qt's picture (:meth:`LinkButton.paintEvent`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QCommandLinkButton, QWidget

from advisor.ui.common.style import readable_highlight

__all__ = ["TITLE_CHARS", "LinkButton", "button_title"]

TITLE_CHARS = 48  # a longer name is cut in a button's title (the description has it all)
LEFT, TOP = 7, 10  # where QCommandLinkButton draws its icon (its margins; left in both directions)

_blank: dict[tuple[int, int], QIcon] = {}


def button_title(text: str, limit: int = TITLE_CHARS) -> str:
    """User text as a button title: cut to ``limit`` characters, an ``&`` shown as such
    (not taken as an Alt letter)."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("&", "&&")


class LinkButton(QCommandLinkButton):
    """A command link that shows where the keyboard focus is, and (``primary``) that it
    is the main choice."""

    primary = False  # drawn as a card: the page's main choice

    def __init__(self, title: str = "", description: str = "", parent: QWidget | None = None):
        super().__init__(title, description, parent)
        self.setIcon(_blank_icon(self.iconSize()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.primary:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.end()
        super().paintEvent(event)
        self._paint_arrow()
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(readable_highlight(self.palette()), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()

    def _paint_arrow(self) -> None:
        """The arrow, where Qt draws the (blank) icon, in the button's own text colour
        (inactive and disabled colours too: a dark palette gets a light arrow), pointing
        left in a right-to-left layout.

        Qt's own arrow, a picture found through the icon theme, cost 0.8 MiB before the
        start page showed; an icon engine of ours drawing it cost 1.5-2 ms of CPU before
        (Qt asks it for sizes while laying out the page: issue 18). The blank icon keeps
        Qt's layout (the text beside the icon)."""
        from PySide6.QtCore import Qt  # when painted (see ui.common.by_name)

        if not self.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif not self.isActiveWindow():
            group = QPalette.ColorGroup.Inactive
        else:
            group = QPalette.ColorGroup.Active
        colour = QColor(self.palette().color(group, QPalette.ColorRole.ButtonText))
        size = self.icon().actualSize(self.iconSize())
        rect = QRect(LEFT, TOP, size.width(), size.height())
        if self.isDown():  # as Qt shifts its icon (Fusion: not at all)
            from PySide6.QtWidgets import QStyle

            style = self.style()
            rect.translate(
                style.pixelMetric(QStyle.PixelMetric.PM_ButtonShiftHorizontal, None, self),
                style.pixelMetric(QStyle.PixelMetric.PM_ButtonShiftVertical, None, self),
            )
        leftward = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = min(rect.width(), rect.height()) * 0.8  # as tall as Qt's arrow was
        centre = QRectF(rect).center()
        x, y = centre.x(), centre.y()
        back, tip = (
            (x + side * 0.3, x - side * 0.3) if leftward else (x - side * 0.3, x + side * 0.3)
        )
        triangle = QPolygonF(
            [QPointF(back, y - side / 2), QPointF(tip, y), QPointF(back, y + side / 2)]
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(triangle)
        painter.end()


def _blank_icon(size: QSize) -> QIcon:
    """A transparent icon of ``size``: Qt leaves room for it beside the text, and
    :meth:`LinkButton._paint_arrow` draws the arrow there (one icon for all buttons)."""
    key = (size.width(), size.height())
    icon = _blank.get(key)
    if icon is None:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent (without PySide6's `Qt`)
        icon = _blank[key] = QIcon()
        icon.addPixmap(pixmap)  # QIcon(pixmap) makes the QIconEngine type (its overloads)
    return icon
