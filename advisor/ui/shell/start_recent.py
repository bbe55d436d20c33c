"""The start page's recent files: the list, what each row says, opening and removing a row.

:class:`RecentList` shows the recent files after the one "Continue" offers: company, file,
when it was saved and its score, or why it cannot be opened (missing, unreadable) set
apart in a muted colour. Enter opens the current row (``openRequested``); Delete, the
context menu's "Remove from list" and the "Remove from list" button beside the list
(:class:`RemoveButton`, shown while a missing or unreadable file is the current row) ask
to forget it (``removeRequested``): the file itself is never touched. The texts keep the
start page's translation context (they were its own). :func:`open_recent` and
:func:`forget_recent` are what the page does with a row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from advisor.domain.formatting import format_score
from advisor.services.start import FileStatus, FileSummary, one_line
from advisor.ui.common.by_name import set_by_name
from advisor.ui.common.dates import display_date
from advisor.ui.common.style import focus_visibly, muted_colour, named
from advisor.ui.shell.fonts import DEVANAGARI_FAMILY

__all__ = ["RecentList", "RemoveButton", "forget_recent", "open_recent", "saved_text"]

VISIBLE_ROWS = 5
PATH_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: a row's file (made before the first paint: by_name)
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole (before the first paint too)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


def saved_text(summary: FileSummary, lang: str) -> str:
    """ "last saved 30 Nov 2026" ("" when the file does not say)."""
    if summary.saved_at is None:
        return ""
    return _tr("last saved %1").replace("%1", display_date(summary.saved_at, lang))


def row_text(summary: FileSummary, lang: str) -> str:
    """Two lines: company and file (or why it cannot be opened), then saved and score."""
    # file and company names may hold line breaks or an RTL override: one line each
    name, folder = one_line(summary.path.name), one_line(str(summary.path.parent))
    if summary.status is FileStatus.MISSING:
        return _tr("%1 (missing)").replace("%1", name) + "\n" + folder
    if summary.status is FileStatus.UNREADABLE:
        return _tr("%1 (cannot be opened)").replace("%1", name) + "\n" + folder
    company = one_line(summary.company)
    first = f"{company} — {name}" if company else name
    second = saved_text(summary, lang)
    if summary.score is not None:
        score = _tr("score %1").replace("%1", format_score(summary.score, lang))
        second = f"{second} · {score}" if second else score
    return f"{first}\n{second}"


class _Rows(QStyledItemDelegate):
    """Each row as tall as its lines drawn in the taller of the Latin and the Devanagari
    font: Qt measures a line of Devanagari, drawn with the fallback font, 1 px short per
    line, and then elides the row's second line ("last saved" in Hindi, without a score)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        lines = str(index.data() or "").count("\n") + 1
        devanagari = QFont(option.font)
        devanagari.setFamilies([DEVANAGARI_FAMILY])
        line = max(option.fontMetrics.lineSpacing(), QFontMetrics(devanagari).lineSpacing())
        return QSize(size.width(), max(size.height(), lines * line + 4))


class RecentList(QListWidget):
    """The recent files (see the module docstring); ``summaries`` are what it shows."""

    openRequested = Signal(object)  # noqa: N815 - the FileSummary of the row
    removeRequested = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, _tr("Recent files"))
        self.summaries: list[FileSummary] = []
        self.setWordWrap(True)
        # made before the window's first paint: Qt's enums by name (by_name)
        set_by_name(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        set_by_name(self, textElideMode="ElideMiddle")
        self.setItemDelegate(_Rows(self))
        self.itemActivated.connect(lambda item: self._emit(self.openRequested, item))
        self.setStyleSheet(  # Fusion shows no focus on a list whose row is selected
            "QListWidget:focus { border: 2px solid palette(highlight); }"
        )

    def show_files(self, summaries: list[FileSummary], lang: str) -> None:
        """Show ``summaries`` (hidden when there are none), the first row current."""
        self.summaries = list(summaries)
        current = self.currentRow()
        self.clear()
        for summary in self.summaries:
            item = QListWidgetItem(row_text(summary, lang))
            item.setData(PATH_ROLE, str(summary.path))
            item.setToolTip(one_line(str(summary.path)))
            if not summary.openable:
                # readable, but set apart; by its role's number: setForeground's QBrush
                # would make PySide6's `Qt` before the first paint (see by_name)
                item.setData(FOREGROUND_ROLE, muted_colour(self.palette()))
            self.addItem(item)
        self.setVisible(bool(self.summaries))
        if self.summaries:
            self.setCurrentRow(min(max(current, 0), len(self.summaries) - 1))
            rows = min(len(self.summaries), VISIBLE_ROWS)
            self.setFixedHeight(rows * 2 * self.fontMetrics().lineSpacing() + 3 * rows + 8)

    def current_summary(self) -> FileSummary | None:
        """The summary of the current row (None when there is none)."""
        row = self.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def summary_of(self, item: QListWidgetItem | None) -> FileSummary | None:
        """The summary a row shows."""
        row = self.row(item) if item is not None else -1
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def _emit(self, signal: Signal, item: QListWidgetItem | None) -> None:
        summary = self.summary_of(item)
        if summary is not None:
            signal.emit(summary)  # type: ignore[attr-defined]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # at a key press, after the first paint (by_name)

        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._emit(self.removeRequested, self.currentItem())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if event.reason() == QContextMenuEvent.Reason.Keyboard or item is None:
            item = self.currentItem()  # the menu key: the current row
        if item is None:
            return
        self.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(_tr("&Open")).triggered.connect(lambda: self._emit(self.openRequested, item))
        menu.addAction(_tr("Remove from &list")).triggered.connect(
            lambda: self._emit(self.removeRequested, item)
        )
        rect = self.visualItemRect(item)
        where = (
            event.globalPos()
            if event.reason() != QContextMenuEvent.Reason.Keyboard
            else (self.viewport().mapToGlobal(rect.bottomLeft() + QPoint(8, -4)))
        )
        menu.exec(where)


class RemoveButton(QPushButton):
    """ "Remove from list" for the list's current row, shown while that file is missing
    or cannot be opened (a file that opens is removed with Delete or the menu)."""

    def __init__(self, recent: RecentList, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Remove from &list"), parent)
        named(self, _tr("Remove from list"), _tr("Forget this file here; it is not deleted."))
        self.setAutoDefault(True)  # Enter presses it, as Space does
        self.recent = recent
        self.clicked.connect(lambda: recent._emit(recent.removeRequested, recent.currentItem()))
        recent.currentRowChanged.connect(lambda _row: self.update_visibility())

    def update_visibility(self) -> None:
        """Shown while the current row is a file that cannot be opened."""
        summary = self.recent.current_summary()
        self.setVisible(
            self.recent.isVisibleTo(self.parentWidget() or self.recent)
            and summary is not None
            and not summary.openable
        )


def open_recent(page: Any, summary: FileSummary) -> None:
    """A row of ``page``'s list (a :class:`~advisor.ui.shell.start_page.StartPage`) chosen:
    its file opened in the window; a missing file is explained instead."""
    if summary.status is FileStatus.MISSING:
        from advisor.ui.common import dialogs

        dialogs.show_error(
            page.window_,
            _tr("This file is not there any more"),
            _tr(
                "%1 was moved, renamed or deleted, or it is on a drive that is not "
                "connected. Use “Open a file…” to find it."
            ).replace("%1", str(summary.path)),
        )
        return
    page.open_file(summary.path)


def forget_recent(page: Any, summary: FileSummary) -> None:
    """Remove a file from the recent files (the file itself is left alone); the keyboard
    carries on in the list, or at the page's first button when the list is gone."""
    page.window_.settings.remove_recent_file(summary.path)
    recent = page.recent
    row = recent.currentRow()
    page.summaries = [s for s in page.summaries if s is not summary]
    page._show_files()
    if recent.isVisible():
        recent.setCurrentRow(min(row, recent.count() - 1))
        focus_visibly(recent)
    else:
        focus_visibly(page.start_button)
