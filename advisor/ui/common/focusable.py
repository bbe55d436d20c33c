"""Read-only content a keyboard and a screen reader can reach: text blocks and links.

A page of results is mostly text; Tab skips labels, so a screen-reader user never hears
the score or the gaps. :class:`SelectableText` is text the keys reach and select;
:class:`FocusFrame` is a block (one gap, the score summary) that is
a tab stop with an accessible name and description in words; :class:`LinkLabel` is a link
that is a tab stop and follows itself on Enter, Return or Space (and a click). Both draw a
ring in the readable highlight colour while they have the keyboard focus, so the reader
always sees where Tab went.

A screen reader is told what each block is by its accessible role: a widget of ours
with an ``ACCESSIBLE_ROLE`` class attribute gets that role (a factory installed with
:class:`FocusFrame`'s module); a :class:`FocusFrame` is a panel (``Grouping``, not the
generic frame Qt gives a ``QFrame``), a gap row a list item of its table, a list.
"""

from __future__ import annotations

import itertools

from PySide6 import QtGui
from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from advisor.ui.common.style import readable_highlight

__all__ = [
    "FocusFrame",
    "LinkLabel",
    "SelectableText",
    "add_link",
    "plain_text",
    "set_tab_chain",
    "show_if",
]

RING = 2  # the focus ring's width in pixels; layouts inside keep at least this margin


def _accessible_with_role(_key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt's accessible interface for a widget of ours that declares ``ACCESSIBLE_ROLE``
    (name, description, state and children as for any widget; the role is the one
    declared). Every other object is left to Qt."""
    role = getattr(type(obj), "ACCESSIBLE_ROLE", None)
    if role is None or not isinstance(obj, QWidget):
        return None
    return QAccessibleWidget(obj, role)


QAccessible.installFactory(_accessible_with_role)  # once: this module is imported once


def _draw_ring(widget: QWidget) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(readable_highlight(widget.palette()), RING))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(half, half, -half, -half), 3, 3)
    painter.end()


class _Ringed:
    """Mixin for a tab stop that draws its own focus ring (put it before the Qt class)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self.update()  # type: ignore[attr-defined]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        self.update()  # type: ignore[attr-defined]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[misc]
        if self.hasFocus():  # type: ignore[attr-defined]
            _draw_ring(self)  # type: ignore[arg-type]


class FocusFrame(_Ringed, QFrame):
    """A block of read-only content that is a tab stop, ringed while it has the focus.

    The owner sets ``accessibleName`` (what it is, in words) and ``accessibleDescription``;
    a screen reader hears it as a panel (``ACCESSIBLE_ROLE``: a subclass may say otherwise).
    """

    ACCESSIBLE_ROLE = QAccessible.Role.Grouping

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class SelectableText(_Ringed, QLabel):
    """Wrapped rich text that is a tab stop: the keys select and copy it (Shift+arrows,
    Ctrl+C), a screen reader reads it; ringed while it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the flags alone give click focus
        self.setContentsMargins(RING + 2, RING, RING + 2, RING)


class LinkLabel(_Ringed, QLabel):
    """A wrapped, underlined link that is a tab stop; Enter, Return, Space or a click emit
    :attr:`activated` with its target.

    Unlike a link inside a rich-text label, it is one focus stop per link, with its own
    accessible name, and Space follows it as on a button.
    """

    activated = Signal(str)

    def __init__(self, text: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setContentsMargins(RING + 1, RING, RING + 1, RING)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.set_link(text, target)

    def set_link(self, text: str, target: str) -> None:
        """Show ``text``, following ``target`` when activated."""
        self.target = target
        if self.text() != text:
            self.setText(text)
        # never wider than its text in one line, so the focus ring hugs the link
        margins = self.contentsMargins()
        one_line = self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right()
        self.setMaximumWidth(max(one_line + 2, 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.activated.emit(self.target)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.target)
        super().mouseReleaseEvent(event)


def add_link(box: QBoxLayout, link: LinkLabel) -> None:
    """Add ``link`` to a column of links, as wide as its text (its focus ring too)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(link, 1)  # up to its text's width (its maximum); the rest stays empty
    row.addStretch(0)
    box.addLayout(row)


def set_tab_chain(widgets: list[QWidget]) -> None:
    """Put ``widgets`` one after the other in the Tab order (after the first of them).

    Widgets made later (rows added when a result grows, a feature's panel) would otherwise
    come last in the window's chain, after the navigation buttons.
    """
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def plain_text(text: str) -> str:
    """A label's text without its markup (for an accessible description)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return QTextDocumentFragment.fromHtml(text).toPlainText()


def show_if(widget: QWidget, shown: bool) -> None:
    """Show or hide ``widget``, touching it only when that changes (a page of many rows
    is refreshed after every edit; ``setVisible`` costs even when nothing changes).

    A widget never shown or hidden on purpose is hidden only until its parent shows, so
    it is always told the first time.
    """
    explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    if not explicit or widget.isHidden() == shown:
        widget.setVisible(shown)
