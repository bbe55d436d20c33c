"""A table of gaps (or blockers) in which each row is a tab stop with a name in words.

The Results page showed its gaps as an HTML table inside one label: nothing in it could
take the focus, so a keyboard or screen-reader user never reached a gap. Here each gap is
a :class:`~advisor.ui.common.focusable.FocusFrame` with wrapped cells (a screen reader
hears a list of items, not generic frames); the columns keep
fixed proportions so the rows line up under the header. Rows are kept and reused from one
result to the next (a refresh after an edit changes a few texts, it builds nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from advisor.ui.common.focusable import RING, FocusFrame, show_if

__all__ = ["GapRow", "GapTable", "RowText"]


@dataclass(frozen=True)
class RowText:
    """What one row shows (a text per column) and says (name, description)."""

    cells: tuple[str, ...]
    name: str
    description: str = ""
    unsure_column: int = -1  # a column drawn in italics (an answer "Don't know")


class _Cell(QLabel):
    """A wrapped cell that remembers its height per width until its text or font changes.

    A layout pass asks every wrapped label for its height several times, and each answer
    lays out its text again; with a label per cell of every gap, moving to the page after
    an edit spent most of its time there. The heights are forgotten when the text is set
    (all our texts are set from Python, through :meth:`setText`) and on a font change
    (``QEvent.FontChange``, which a style sheet's font sends too), so a cached height is
    never one of another text; keying on the font's ``key()`` at every call cost more
    than the height itself on a cache hit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 16:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height


def _cell(parent: QWidget, bold: bool = False) -> QLabel:
    label = _Cell(parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # the width comes from the column's stretch alone, so every row lines up
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _columns(widget: QWidget, stretches: tuple[int, ...], bold: bool = False) -> list[QLabel]:
    box = QHBoxLayout(widget)
    box.setContentsMargins(RING + 4, RING + 2, RING + 4, RING + 2)
    box.setSpacing(12)
    cells = []
    for stretch in stretches:
        cell = _cell(widget, bold)
        box.addWidget(cell, stretch)
        cells.append(cell)
    return cells


class GapRow(FocusFrame):
    """One gap: its cells, and its accessible name and description; an item of its table's
    list for a screen reader."""

    ACCESSIBLE_ROLE = QAccessible.Role.ListItem

    def __init__(self, stretches: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = _columns(self, stretches)

    def show_text(self, row: RowText) -> None:
        """Show ``row`` (texts that did not change are left alone)."""
        for column, (cell, text) in enumerate(zip(self.cells, row.cells, strict=True)):
            if cell.text() != text:
                cell.setText(text)
            italic = column == row.unsure_column
            if cell.font().italic() != italic:
                font = cell.font()
                font.setItalic(italic)
                cell.setFont(font)
        if self.accessibleName() != row.name:
            self.setAccessibleName(row.name)
        if self.accessibleDescription() != row.description:
            self.setAccessibleDescription(row.description)


class GapTable(QWidget):
    """A header and one :class:`GapRow` per gap, in the order given (a list for a screen
    reader: each gap is one of its items)."""

    ACCESSIBLE_ROLE = QAccessible.Role.List

    def __init__(
        self, headers: list[str], stretches: tuple[int, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stretches = stretches
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(0)
        self.header = QWidget(self)
        for cell, text in zip(_columns(self.header, stretches, bold=True), headers, strict=True):
            cell.setText(text)
        self._box.addWidget(self.header)
        self._rows: list[GapRow] = []
        self._shown: list[RowText] | None = None
        self.count = 0

    def set_rows(self, rows: list[RowText]) -> None:
        """Show these rows; rows left over from a longer list are hidden, not destroyed.

        The same rows as last time (a refresh after an edit elsewhere: the page keeps each
        gap's :class:`RowText` while its answer is unchanged) touch no widget.
        """
        if rows == self._shown:  # list equality compares the same objects by identity first
            return
        self._shown = list(rows)
        while len(self._rows) < len(rows):
            row = GapRow(self.stretches, self)
            if len(self._rows) % 2:  # every other row shaded, as in an item view
                row.setBackgroundRole(QPalette.ColorRole.AlternateBase)
                row.setAutoFillBackground(True)
            self._box.addWidget(row)
            self._rows.append(row)
        for widget, text in zip(self._rows, rows, strict=False):
            widget.show_text(text)
            show_if(widget, True)
        for widget in self._rows[len(rows) :]:
            show_if(widget, False)
        self.count = len(rows)

    def rows(self) -> list[GapRow]:
        """The rows shown, top to bottom."""
        return self._rows[: self.count]

    def all_rows(self) -> list[GapRow]:
        """Every row made so far (those beyond :meth:`rows` are hidden), top to bottom."""
        return list(self._rows)
