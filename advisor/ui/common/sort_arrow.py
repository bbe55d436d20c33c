"""A header's sort arrow that points the way the list is sorted, in every style.

:class:`~PySide6.QtWidgets.QHeaderView` hands the style "sort down" for an ascending sort
and "sort up" for a descending one, and each style draws that its own way: Fusion on
Linux drew A to Z with a downward arrow and Z to A with an upward one, against what the
"Sort by" list beside it said. :func:`arrows_follow_order` gives a header a style that
draws the arrow itself, where the header's own style puts it: up (▲) for ascending
(A to Z, oldest first, lowest first), down (▼) for descending.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

__all__ = ["SortArrowStyle", "arrows_follow_order"]

_HEADER_ARROW = QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
_ASCENDING = QStyleOptionHeader.SortIndicator.SortDown  # QHeaderView's word for ascending
_DESCENDING = QStyleOptionHeader.SortIndicator.SortUp


class SortArrowStyle(QProxyStyle):
    """The base style, except that a header's sort arrow is drawn up for an ascending sort
    and down for a descending one (the base style's plain up and down arrows)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _HEADER_ARROW and isinstance(option, QStyleOptionHeader):
            indicator = option.sortIndicator
            if indicator in (_ASCENDING, _DESCENDING):
                arrow = (
                    QStyle.PrimitiveElement.PE_IndicatorArrowUp
                    if indicator == _ASCENDING
                    else QStyle.PrimitiveElement.PE_IndicatorArrowDown
                )
                super().drawPrimitive(arrow, option, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def arrows_follow_order(header: QHeaderView) -> SortArrowStyle:
    """Make ``header`` draw its sort arrow up for ascending, down for descending.

    The header gets a style of its own on the application's (kept alive by the header).
    """
    app = QApplication.instance()
    name = app.style().name() if isinstance(app, QApplication) else header.style().name()
    base = QStyleFactory.create(name)
    style = SortArrowStyle(base) if base is not None else SortArrowStyle()
    style.setParent(header)
    header.setStyle(style)
    return style
