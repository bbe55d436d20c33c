"""The section list on the left: every step of the assessment with its progress.

Question sections show "answered / applicable" and a thin progress bar; the user can
jump to any section with the mouse or the arrow keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate

from advisor.ui.common.style import muted_colour, readable_highlight

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

__all__ = ["Navigator", "Section"]

# PySide6 6.12 drops a reference to None each time ``index.data(role)`` finds no data
# (the interpreter aborts at exit after a few thousand calls), so the progress lives in
# a plain dict on the navigator, not in an item role.


@dataclass(frozen=True)
class Section:
    """One entry of the navigator: its key (page id) and title."""

    key: str
    title: str
    counted: bool = False  # shows answered / applicable


class _SectionDelegate(QStyledItemDelegate):
    """Draws the title, the "12 / 20" count and a thin bar under it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(option.fontMetrics.horizontalAdvance("M") * 14, int(height * 2.3))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the base class draws no text; paint() draws it
        # the selection under the white title must read (4.5:1), Fusion's blue does not
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Highlight, readable_highlight(palette))
        option.palette = palette

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # The base class draws the selection and the focus frame (without the text),
        # this draws the title, the count and the bar. (Drawing the panel through QStyle
        # from Python would cost ~30 ms at start-up for its enums.)
        super().paint(painter, option, index)
        view = self.parent()
        if not isinstance(view, Navigator):
            return
        title = view.sections[index.row()].title
        selected = view.currentRow() == index.row()
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(10, 0, -10, 0)
        fm = option.fontMetrics
        progress = view.progress.get(index.row())
        painter.save()
        font = option.font
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(text_colour)
        text_rect = QRect(rect.left(), rect.top(), rect.width(), rect.height())
        if progress is not None:
            text_rect.setHeight(int(rect.height() * 0.72))
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title
        )
        if progress is not None:
            answered, applicable = progress
            count = f"{answered} / {applicable}"
            painter.setFont(option.font)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count
            )
            bar_top = text_rect.bottom() - fm.descent() // 2 + 2
            track = muted_colour(palette) if not selected else QColor(text_colour)
            track.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRect(rect.left(), bar_top, rect.width(), 4), 2, 2)
            share = answered / applicable if applicable else 1.0
            fill = QColor(text_colour) if selected else palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRect(rect.left(), bar_top, int(rect.width() * share), 4), 2, 2)
        if selected and view.hasFocus():
            # the keyboard is here: a ring the user can see (the style's dotted frame is
            # lost on the highlight)
            pen = QPen(text_colour)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
        painter.restore()


class Navigator(QListWidget):
    """The list of sections; ``currentRowChanged`` tells which one the user picked."""

    def __init__(self, sections: list[Section], parent=None) -> None:
        super().__init__(parent)
        self.sections = sections
        self.progress: dict[int, tuple[int, int]] = {}  # row -> (answered, applicable)
        self.setAccessibleName(self.tr("Sections"))
        self.setItemDelegate(_SectionDelegate(self))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for section in sections:
            item = QListWidgetItem(section.title)  # drawn by the delegate
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title)
            item.setToolTip(section.title)
            self.addItem(item)
        fm = self.fontMetrics()
        widest = max(fm.horizontalAdvance(s.title) for s in sections)
        bold = self.font()
        bold.setBold(True)
        widest = max(widest, *(QFontMetrics(bold).horizontalAdvance(s.title) for s in sections))
        count = fm.horizontalAdvance("000 / 000")
        self.setFixedWidth(widest + count + 20 + 24 + self.frameWidth() * 2)

    def set_progress(self, key: str, answered: int, applicable: int) -> None:
        """Show ``answered / applicable`` on a counted section (a change of its item's
        data repaints the item)."""
        for row, section in enumerate(self.sections):
            if section.key == key:
                item = self.item(row)
                if self.progress.get(row) == (answered, applicable):
                    return
                self.progress[row] = (answered, applicable)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("%1, %2 of %3 answered")
                    .replace("%1", section.title)
                    .replace("%2", str(answered))
                    .replace("%3", str(applicable)),
                )
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Page Up/Down would jump several sections at once: the arrows move one section.
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    # The item views repaint through their model or ``update(index)``: the first call of
    # ``viewport()`` from Python costs about 12 ms (PySide6 looks up the type of Qt's own
    # viewport widget), which every start of the window paid.

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update(self.currentIndex())  # the ring round the current section

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update(self.currentIndex())

    def row_of(self, key: str) -> int:
        """The row of a section key."""
        for row, section in enumerate(self.sections):
            if section.key == key:
                return row
        raise KeyError(key)
