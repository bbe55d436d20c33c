"""The plan's table: columns that fit what they show and their editors, rows tall enough
for all their text; it scrolls inside itself (the page keeps the selected action's
details in view below it).

The phase, due date and status columns are as wide as their longest text can be (every
month's date in the interface language, every status, the header) and as their editors
(the date editor with its calendar button, the status list), so a date is never cut to
"2026-11..." and an editor never covers the next cell; owner and notes take a share of
the rest and the action title the remainder, each wrapping. Rows are resized to their
wrapped text after every change of width or data. Hindi titles, drawn with the bundled
font, wrap instead of ending in "…".
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import Qt, QTextBoundaryFinder, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

from advisor.domain.formatting import format_date
from advisor.domain.vocabulary import PHASE_LABELS, STATUS_LABELS
from advisor.ui.assessment.plan_model import COLUMNS, DueDateDelegate, StatusDelegate

__all__ = ["PlanTable", "drawn_height", "unbreakable"]

# shares of the width left after the fitted columns (the action title takes the rest)
SHARES = {"owner": 0.18, "notes": 0.27}
MIN_CHARS = {"phase": 4, "owner": 8, "notes": 10, "action": 12}
TITLE_CHARS = 24  # the action title gets this much before owner and notes get more


def drawn_height(text: str, font: QFont, width: int) -> int:
    """The height a cell needs for Qt to draw ``text`` wrapped at ``width`` without "…".

    Qt's item views stop before a line when the next one, taken as tall as the current,
    would not fit; a first line with Latin and Devanagari is taller than the next, so a
    row exactly as tall as the lines still lost its last line ("…"). This asks for room
    for that guess too.
    """
    if not text:
        return 0
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    heights = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        heights.append(line.height())
    layout.endLayout()
    need, total = 0.0, 0.0
    for index, height in enumerate(heights):
        total += height
        guess = total + height if index < len(heights) - 1 else total
        need = max(need, guess)
    return math.ceil(need)


def unbreakable(text: str) -> list[str]:
    """The pieces of ``text`` a wrapped line never breaks inside (Unicode line breaking, as
    Qt wraps: at spaces, and after a hyphen between letters)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        if end > start:
            piece = text[start:end].strip()
            if piece:
                pieces.append(piece)
        start = end
    return pieces


class PlanTable(QTableView):
    """A table view of :class:`~advisor.ui.assessment.plan_model.PlanModel` with columns
    that fit their content and editors, and rows as tall as their wrapped text."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setItemDelegateForColumn(COLUMNS.index("due"), DueDateDelegate(self))
        self.setItemDelegateForColumn(COLUMNS.index("status"), StatusDelegate(lang, self))
        header = self.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 4)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized by fit_columns
        self._rows_later = QTimer(self, singleShot=True, interval=0)
        self._rows_later.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_later.start())

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        model.modelReset.connect(self.fit)
        model.dataChanged.connect(lambda *_: self._rows_later.start())
        self.fit()

    # --- widths -----------------------------------------------------------------------

    def _padding(self) -> int:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return (
            2 * (margin + 1)
            + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
            + 2
        )

    def _fit_to(self, name: str, texts: list[str]) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        header = self.horizontalHeader().sectionSizeHint(COLUMNS.index(name))
        return max(header, widest + self._padding())

    def fitted_widths(self) -> dict[str, int]:
        """The widths of the columns that never wrap: phase, due date and status (the last
        two at least as wide as their editors)."""
        lang = self.lang
        model = self.model()
        shown = []
        if model is not None:
            due = COLUMNS.index("due")
            shown = [str(model.index(r, due).data() or "") for r in range(model.rowCount())]
        year = dt.date.today().year
        dates = [format_date(dt.date(year, month, 28), lang, "short") for month in range(1, 13)]
        widths = {
            "phase": self._fit_to("phase", [t.get(lang) for t in PHASE_LABELS.values()]),
            "due": self._fit_to("due", dates + shown),
            "status": self._fit_to("status", [t.get(lang) for t in STATUS_LABELS.values()]),
        }
        for name in ("due", "status"):
            delegate = self.itemDelegateForColumn(COLUMNS.index(name))
            if isinstance(delegate, DueDateDelegate | StatusDelegate):
                grid = 1 if self.showGrid() else 0  # a cell is its column less the grid line
                widths[name] = max(widths[name], delegate.editor_width(self.viewport()) + grid)
        return widths

    def least_widths(self) -> dict[str, int]:
        """The narrowest the wrapping columns may be: a few characters, and their longest
        unbreakable piece (a word, or the part of "pesticide-residue" before or after its
        hyphen, where Qt may break it: a piece wider than its column is cut with "…")."""
        char = self.fontMetrics().averageCharWidth()
        least = {name: chars * char for name, chars in MIN_CHARS.items()}
        model = self.model()
        metrics = self.fontMetrics()
        pad = self._cell_padding() + 1  # a pixel to spare: Qt cuts a word that just fits
        for name, narrowest in least.items():
            column = COLUMNS.index(name)
            # a phase wraps before its days, never inside them: "Now" / "(0-30 days)"
            labels = PHASE_LABELS.values() if name == "phase" else ()
            words = [w for t in labels for w in t.get(self.lang).split(" (")]
            if model is not None:  # what the rows show ("When you are ready (…days))" too)
                shown = (str(model.index(r, column).data() or "") for r in range(model.rowCount()))
                words += [w for text in shown for w in unbreakable(text)]
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            least[name] = max(narrowest, widest + pad)
        return least

    def fit_columns(self) -> None:
        """Size the columns for the table's width: due date and status in one line; the
        phase in one line when there is room, else wrapped; owner and notes a share of the
        rest, the action title what is left (each at least its longest word)."""
        header = self.horizontalHeader()
        widths = self.fitted_widths()
        least = self.least_widths()
        room = self.viewport().width()
        wanted = max(least["action"], TITLE_CHARS * self.fontMetrics().averageCharWidth())
        wrapping = least["owner"] + least["notes"] + wanted
        if room - sum(widths.values()) < wrapping:
            widths["phase"] = least["phase"]
        rest = max(0, room - sum(widths.values()))
        for name, share in SHARES.items():
            widths[name] = max(least[name], int(rest * share))
        # the action title first: owner and notes give way (down to their longest word)
        for name in ("notes", "owner"):
            short = wanted - (room - sum(widths.values()))
            if short > 0:
                widths[name] -= min(short, widths[name] - least[name])
        widths["action"] = max(least["action"], room - sum(widths.values()))
        for name, width in widths.items():
            column = COLUMNS.index(name)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def fit_rows(self) -> None:
        """Every row as tall as its wrapped text."""
        self.resizeRowsToContents()
        model = self.model()
        if model is not None:
            pad = self._cell_padding()
            grid = 1 if self.showGrid() else 0
            for row in range(model.rowCount()):
                need = max(
                    drawn_height(
                        str(model.index(row, column).data() or ""),
                        self.font(),
                        self.columnWidth(column) - pad,
                    )
                    for column in range(model.columnCount())
                )
                if need + grid > self.rowHeight(row):
                    self.setRowHeight(row, need + grid)

    def _cell_padding(self) -> int:
        """What a cell's width leaves out of its text's: the grid line and a margin each side."""
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return 2 * margin + (1 if self.showGrid() else 0)

    def fit(self) -> None:
        """Columns, then rows (after a new plan or a language)."""
        self.fit_columns()
        self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The viewport's size changed (the window's, or the scroll bar came or went: the
        columns fit the new width; narrower columns make taller rows, so this settles)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()
            self._rows_later.start()
