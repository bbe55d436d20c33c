"""A command link button that shows the keyboard focus, and titles made of user text.

Fusion draws command links flat, without a focus ring: :class:`LinkButton` draws one (in
the readable selection colour) and, for the page's main choice (``primary``), a card.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QCommandLinkButton

from advisor.ui.common.style import readable_highlight

__all__ = ["TITLE_CHARS", "LinkButton", "button_title"]

TITLE_CHARS = 48  # a longer name is cut in a button's title (the description has it all)


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
