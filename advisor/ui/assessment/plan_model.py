"""The action plan as a table model, and the editors for its due date and status.

Rows are the actions of :func:`advisor.domain.planning.build_plan`, in plan order (phase,
then rank). Owner, due date, status and notes are editable; every edit goes to the
document as an undoable :class:`~advisor.domain.assessment.PlanEdit`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from advisor.domain.assessment import PlanStatus
from advisor.domain.formatting import format_date
from advisor.domain.planning import SHOWN_ACTIONS, ActionItem
from advisor.domain.vocabulary import PHASE_LABELS, STATUS_LABELS
from advisor.ui.document.model import AssessmentDocument

__all__ = ["COLUMNS", "DueDateDelegate", "PlanModel", "StatusDelegate"]

COLUMNS = ("phase", "action", "owner", "due", "status", "notes")
EDITABLE = {"owner", "due", "status", "notes"}
Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """The plan's actions with the user's edits, bound to the document."""

    def __init__(self, doc: AssessmentDocument, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.lang = lang
        self._actions: list[ActionItem] = []
        self._headers = [
            self.tr("Phase"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Notes"),
        ]
        doc.planChanged.connect(self._on_plan_changed)
        self.reload()

    def reload(self) -> None:
        """Rebuild the rows from the document's current plan."""
        self.beginResetModel()
        self._actions = list(self.doc.plan())
        self.endResetModel()

    def action(self, row: int) -> ActionItem:
        """The action shown on a row."""
        return self._actions[row]

    def row_of(self, action_id: str) -> int:
        """The row of an action (-1 when it is not in the plan)."""
        for row, item in enumerate(self._actions):
            if item.id == action_id:
                return row
        return -1

    def _on_plan_changed(self, action_id: str) -> None:
        row = self.row_of(action_id)
        if row < 0:
            return
        plan = self.doc.plan()
        fresh = plan.get(action_id)
        if fresh is not None:
            self._actions[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- the model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._actions[index.row()]
        column = COLUMNS[index.column()]
        edit = item.edit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "phase":
                phase = _days_together(PHASE_LABELS[item.phase].get(self.lang))
                if item.rank > SHOWN_ACTIONS:  # the rest of a long plan, as in the PDF
                    return self.tr("When you are ready (%1)").replace("%1", phase)
                return phase
            if column == "action":
                title = item.recommendation.title.get(self.lang)
                return ("⚠ " + title) if item.critical else title
            if column == "owner":
                return edit.owner
            if column == "due":
                return format_date(edit.due, self.lang, "short") if edit.due else ""
            if column == "status":
                return STATUS_LABELS[edit.status].get(self.lang)
            return edit.notes
        if role == Qt.ItemDataRole.EditRole:
            if column == "due":
                return QDate(edit.due) if edit.due else QDate()
            if column == "status":
                return edit.status.value
            if column in ("owner", "notes"):
                return getattr(edit, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.rank > SHOWN_ACTIONS:
            from PySide6.QtGui import QPalette

            from advisor.ui.common.style import muted_colour

            return muted_colour(QPalette())
        if role == Qt.ItemDataRole.ToolTipRole and column == "action":
            steps = "\n".join(f"• {s.get(self.lang)}" for s in item.recommendation.steps)
            return f"{item.recommendation.title.get(self.lang)}\n{steps}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE:
            return False
        item = self._actions[index.row()]
        current = self.doc.assessment.plan.get(item.id, item.edit)
        try:
            if column == "due":
                new_due = _to_date(value)
                edit = current.model_copy(update={"due": new_due})
            elif column == "status":
                edit = current.model_copy(update={"status": PlanStatus(value)})
            else:
                limit = 200 if column == "owner" else 5000
                edit = current.model_copy(update={column: str(value)[:limit]})
        except (TypeError, ValueError):
            return False
        self.doc.set_plan_edit(item.id, edit, column)
        return True


def _days_together(phase: str) -> str:
    """``Now (0-30 days)`` that wraps before its days, never inside them."""
    head, bracket, days = phase.partition(" (")
    return head + bracket + days.replace(" ", "\u00a0") if bracket else phase


def _to_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _fit_editor(editor: QWidget, option: QStyleOptionViewItem) -> None:
    """Place an editor inside its cell, as tall as it needs to be, centred on the row.

    The table makes the due date and status columns at least as wide as their editors
    (:meth:`_FittingDelegate.editor_width`), so an editor covers no other cell. Only in a
    column narrower than that (a window below its minimum size) does it grow past the
    cell, staying inside the table.
    """
    cell = QRect(option.rect)  # type: ignore[attr-defined]
    hint = editor.sizeHint()
    rect = QRect(cell)
    rect.setWidth(max(cell.width(), hint.width()))
    if cell.height() > hint.height():  # a tall row of wrapped text: the editor's own height
        rect.setHeight(hint.height())
        rect.moveTop(cell.top() + (cell.height() - hint.height()) // 2)
    else:
        rect.setHeight(hint.height())
    room = editor.parentWidget()
    if room is not None:
        if rect.right() >= room.width():
            rect.moveRight(room.width() - 1)
        if rect.bottom() >= room.height():
            rect.moveBottom(room.height() - 1)
        rect.moveTopLeft(QPoint(max(rect.left(), 0), max(rect.top(), 0)))
    editor.setGeometry(rect)


class _FittingDelegate(QStyledItemDelegate):
    """A delegate whose editor fits in its cell: it says how wide its editor needs to be."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._width: tuple[tuple[str, str, str], int] | None = None

    def editor_width(self, view: QWidget) -> int:
        """The width an editor on ``view`` needs (measured once per font, style, locale)."""
        key = (view.font().key(), view.style().name(), QLocale().name())
        if self._width is None or self._width[0] != key:
            editor = self.createEditor(view, QStyleOptionViewItem(), QModelIndex())
            editor.hide()
            width = self._measure(editor)
            editor.setParent(None)
            editor.deleteLater()
            self._width = (key, width)
        return self._width[1]

    def _measure(self, editor: QWidget) -> int:
        return editor.sizeHint().width()

    def updateEditorGeometry(self, editor: QWidget, option, index: Index) -> None:
        _fit_editor(editor, option)


class DueDateDelegate(_FittingDelegate):
    """Edits the due date with a calendar pop-up."""

    def createEditor(self, parent: QWidget, _option, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("d MMM yyyy")  # month names of the interface language
        editor.setAccessibleName(self.tr("Due date"))
        editor.setMinimumDate(QDate(2000, 1, 1))
        return editor

    def _measure(self, editor: QWidget) -> int:
        """Qt sizes a date editor for its first and last dates' text; a month with a longer
        name (in Hindi too) needs more: room for the widest 28th of a month."""
        assert isinstance(editor, QDateEdit)
        metrics = editor.fontMetrics()
        last = editor.textFromDateTime(editor.maximumDateTime())[:18] + " "
        frame = editor.sizeHint().width() - metrics.horizontalAdvance(last)
        year = QDate.currentDate().year()
        days = [QDateTime(QDate(year, month, 28), QTime(0, 0)) for month in range(1, 13)]
        widest = max(metrics.horizontalAdvance(editor.textFromDateTime(d) + " ") for d in days)
        return max(editor.sizeHint().width(), frame + widest)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        date = value if isinstance(value, QDate) and value.isValid() else QDate.currentDate()
        editor.setDate(date)  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class StatusDelegate(_FittingDelegate):
    """Edits the status with a drop-down list."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, _option, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Status"))
        for status in PlanStatus:
            editor.addItem(STATUS_LABELS[status].get(self.lang), status.value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))  # type: ignore[attr-defined]
        editor.setCurrentIndex(max(found, 0))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
