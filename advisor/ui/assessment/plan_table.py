"""The plan's table: columns that fit what they show, rows tall enough for all their text,
and as tall as its rows, so the page scrolls and the table never scrolls inside it.

The phase, due date and status columns are as wide as their longest text can be (every
month's date in the interface language, every status, the header), so a date is never cut
to "2026-11..."; owner and notes take a share of the rest and the action title the
remainder, each wrapping. Rows are resized to their wrapped text after every change of
width or data. Hindi titles, drawn with the bundled font, wrap instead of ending in "…".
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

from advisor.domain.formatting import format_date
from advisor.domain.vocabulary import PHASE_LABELS, STATUS_LABELS
from advisor.ui.assessment.plan_model import COLUMNS

__all__ = ["PlanTable", "drawn_height"]

# shares of the width left after the fitted columns (the action title takes the rest)
SHARES = {"owner": 0.18, "notes": 0.27}
MIN_CHARS = {"phase": 4, "owner": 8, "notes": 10, "action": 14}
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


class PlanTable(QTableView):
    """A table view of :class:`~advisor.ui.assessment.plan_model.PlanModel` that shows every
    row in full (its height is that of all its rows) with columns that fit their content."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().sectionResized.connect(lambda *_: self.updateGeometry())
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
        """The widths of the columns that never wrap: phase, due date and status."""
        lang = self.lang
        model = self.model()
        shown = []
        if model is not None:
            due = COLUMNS.index("due")
            shown = [str(model.index(r, due).data() or "") for r in range(model.rowCount())]
        year = dt.date.today().year
        dates = [format_date(dt.date(year, month, 28), lang, "short") for month in range(1, 13)]
        return {
            "phase": self._fit_to("phase", [t.get(lang) for t in PHASE_LABELS.values()]),
            "due": self._fit_to("due", dates + shown),
            "status": self._fit_to("status", [t.get(lang) for t in STATUS_LABELS.values()]),
        }

    def least_widths(self) -> dict[str, int]:
        """The narrowest the wrapping columns may be: a few characters, and their longest
        word (a word wider than its column is cut with "…", it cannot wrap)."""
        char = self.fontMetrics().averageCharWidth()
        least = {name: chars * char for name, chars in MIN_CHARS.items()}
        model = self.model()
        metrics = self.fontMetrics()
        pad = self._cell_padding() + 1  # a pixel to spare: Qt cuts a word that just fits
        for name, narrowest in least.items():
            column = COLUMNS.index(name)
            # a phase wraps before its days, never inside them: "Now" / "(0-30 days)"
            words = [w for t in PHASE_LABELS.values() for w in t.get(self.lang).split(" (")]
            if model is not None and name != "phase":
                rows = range(model.rowCount())
                words = [w for r in rows for w in str(model.index(r, column).data() or "").split()]
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
        """Every row as tall as its wrapped text; the table as tall as its rows."""
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
        self.updateGeometry()

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
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()
            self._rows_later.start()

    # --- height -----------------------------------------------------------------------

    def full_height(self) -> int:
        """The height that shows the header and every row."""
        header = self.horizontalHeader()
        head = max(header.height(), header.sizeHint().height()) if not header.isHidden() else 0
        return 2 * self.frameWidth() + head + self.verticalHeader().length()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.full_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.full_height())

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # type: ignore[no-untyped-def]
        """Nothing scrolls inside (every row is shown): the page scrolls to the cell."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or area.widget() is None or not index.isValid():
            return
        rect = self.visualRect(index)
        centre = self.viewport().mapTo(area.widget(), rect.center())
        area.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 8, rect.height() // 2 + 8)
