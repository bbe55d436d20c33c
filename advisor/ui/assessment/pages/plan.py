"""The action plan: a table of actions by phase the user can edit, and what each involves.

The table edits owner, due date (calendar pop-up), status (drop-down) and notes
(:class:`~advisor.ui.assessment.plan_table.PlanTable`). Below it, in the same view and
always in sight, a panel shows the selected action's steps, who can help, effort and
cost: the page fills the window and does not scroll; the table scrolls inside itself and
the panel too when its text is long, and the line between them can be dragged. Moving
through the table with the arrow keys shows each action's details; Tab goes on to them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from advisor.domain.vocabulary import COST_LABELS, EFFORT_LABELS, PHASE_LABELS
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.plan_model import COLUMNS, PlanModel
from advisor.ui.assessment.plan_table import PlanTable
from advisor.ui.common.focusable import SelectableText
from advisor.ui.common.settings import Settings
from advisor.ui.common.style import focus_visibly, muted_label, named, section_heading
from advisor.ui.document.model import AssessmentDocument

__all__ = ["PlanPage"]

_Step = QAbstractSlider.SliderAction
# keys that scroll the details while their text has the focus (Shift+keys still select)
SCROLL_KEYS = {
    Qt.Key.Key_Down: _Step.SliderSingleStepAdd,
    Qt.Key.Key_Up: _Step.SliderSingleStepSub,
    Qt.Key.Key_PageDown: _Step.SliderPageStepAdd,
    Qt.Key.Key_PageUp: _Step.SliderPageStepSub,
    Qt.Key.Key_Home: _Step.SliderToMinimum,
    Qt.Key.Key_End: _Step.SliderToMaximum,
}


class PlanPage(Page):
    """The plan table and the selected action's details, and the way out: the PDF.

    "Get my action plan (PDF)" only asks for the export (:attr:`exportRequested`); the
    window connects it to its declared Export PDF action, so there is one export path.
    """

    exportRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        doc: AssessmentDocument,
        lang: str,
        parent=None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(
            doc,
            self.tr("Action plan"),
            self.tr(
                "What to do, in order: now (0-30 days), next (31-90 days), later (91-180 "
                "days). Double-click or press F2 on a cell to give an action an owner, a due "
                "date, a status or notes. Your edits are saved with the assessment."
            ),
            parent,
        )
        self.lang = lang
        self.settings = settings  # the window's (None: the line is not remembered)
        self._split_moved = False  # written when the drag ends, not at each pixel
        inner = self.widget()
        self.empty_label = muted_label(
            self.tr("No actions yet: answer some questions first, or there are no gaps."), inner
        )
        self.body.addWidget(self.empty_label)
        self.model = PlanModel(doc, lang, self)
        self.table = named(PlanTable(lang, inner), self.tr("Action plan table"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)  # the header, two rows
        self.split = QSplitter(Qt.Orientation.Vertical, inner)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(self._detail_panel())
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([2000, 1000])  # two thirds the table, a third the details
        saved = settings.plan_split() if settings is not None else None
        if saved is not None:  # where the user last left the line
            self.split.restoreState(saved)
        self.split.splitterMoved.connect(self._split_was_moved)
        self.split.handle(1).installEventFilter(self)  # the drag's end: _remember_split
        self.body.addWidget(self.split, 1)
        self.fill_height()

        buttons = QHBoxLayout()
        self.clear_due = named(
            QPushButton(self.tr("Clear &due date"), inner), self.tr("Clear due date")
        )
        self.clear_due.clicked.connect(self._clear_due)
        buttons.addWidget(self.clear_due)
        buttons.addStretch(1)
        self.get_plan = named(
            QPushButton(self.tr("Get my action &plan (PDF)"), inner),
            self.tr("Get my action plan (PDF)"),
        )
        self.get_plan.setDefault(True)  # drawn as the primary button
        font = self.get_plan.font()
        font.setBold(True)
        self.get_plan.setFont(font)
        self.get_plan.clicked.connect(self.exportRequested)
        buttons.addWidget(self.get_plan)
        self.body.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.detail)
        QWidget.setTabOrder(self.detail, self.clear_due)

        self.table.selectionModel().currentChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._after_reset)
        doc.answerChanged.connect(self._answer_changed)  # a method: gone with the page
        doc.profileChanged.connect(self.mark_dirty)

    def _split_was_moved(self, _pos: int, _index: int) -> None:
        self._split_moved = True

    def _remember_split(self) -> None:
        """Write where the line was left, once a drag ended (or the page is hidden)."""
        if self._split_moved and self.settings is not None:
            self.settings.set_plan_split(self.split.saveState())
        self._split_moved = False

    def hideEvent(self, event: QHideEvent) -> None:
        self._remember_split()  # another section, or the window closing
        super().hideEvent(event)

    def fill_height(self) -> None:
        """The table and the details take the window's height (the page scrolls only when
        the window is too low for their least heights)."""
        outer = self.widget().layout()
        assert isinstance(outer, QVBoxLayout)
        outer.setStretch(outer.count() - 1, 0)  # the page's closing stretch: none here
        outer.setStretchFactor(self.body, 1)

    def _detail_panel(self) -> QScrollArea:
        """What the selected action involves: a heading and its text, scrolling on its own."""
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 8, 4, 0)
        self.detail_heading = section_heading("", panel)
        box.addWidget(self.detail_heading)
        # Tab reaches it (after the table); the keys select and copy it
        self.detail = named(SelectableText(panel), self.tr("What this action involves"))
        box.addWidget(self.detail, 1)
        self.detail.installEventFilter(self)  # the keys scroll it (eventFilter)
        self.detail_area = QScrollArea()
        self.detail_area.setObjectName("planDetail")
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its text is the tab stop
        self.detail_area.setWidget(panel)
        self.detail_area.setMinimumHeight(self.fontMetrics().height() * 4)
        return self.detail_area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow keys, Page Up/Down, Home and End scroll the focused details; the
        line between table and details is remembered when it is let go."""
        if event.type() == QEvent.Type.MouseButtonRelease and watched is self.split.handle(1):
            self._remember_split()
        if event.type() == QEvent.Type.KeyPress and watched is getattr(self, "detail", None):
            assert isinstance(event, QKeyEvent)
            step = SCROLL_KEYS.get(Qt.Key(event.key()))
            if step is not None and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.detail_area.verticalScrollBar().triggerAction(step)
                return True
        return super().eventFilter(watched, event)

    def _answer_changed(self, _qid: str) -> None:
        self.mark_dirty()

    def refresh(self) -> None:
        """Rebuild the table from the current plan."""
        self.model.reload()

    def _after_reset(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.split.setVisible(has_rows)
        self.clear_due.setVisible(has_rows)
        if has_rows:
            self.table.setCurrentIndex(self.model.index(0, COLUMNS.index("owner")))
        else:
            self.detail_heading.setText("")
            self.detail.setText("")

    def _clear_due(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.setData(self.model.index(index.row(), COLUMNS.index("due")), None)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            return
        item = self.model.action(current.row())
        rec = item.recommendation
        lang = self.lang
        bank = self.doc.bank
        self.detail_heading.setText(rec.title.get(lang))
        steps = "".join(f"<li>{html.escape(s.get(lang))}</li>" for s in rec.steps)
        helpers = "".join(
            f"<li><b>{html.escape(bank.source_by_id[s].name.get(lang))}</b>: "
            f"{html.escape(bank.source_by_id[s].description.get(lang))}</li>"
            for s in rec.help
            if s in bank.source_by_id
        )
        facts = " · ".join(
            [
                PHASE_LABELS[item.phase].get(lang),
                EFFORT_LABELS[rec.effort].get(lang),
                COST_LABELS[rec.cost].get(lang),
            ]
        )
        because = "; ".join(html.escape(g.question.text.get(lang)) for g in item.gaps)
        blocker = (
            f"<p><b>{html.escape(self.tr('This action removes a blocker.'))}</b></p>"
            if item.critical
            else ""
        )
        self.detail.setText(
            f"{blocker}<p>{html.escape(facts)}</p>"
            f"<p><b>{html.escape(self.tr('What to do'))}</b></p><ol>{steps}</ol>"
            f"<p><b>{html.escape(self.tr('Who can help'))}</b></p><ul>{helpers}</ul>"
            f"<p><b>{html.escape(self.tr('Because of'))}</b>: {because}</p>"
        )
        self._fit_detail()

    def _fit_detail(self) -> None:
        """The details as tall as their new text now, scrolled to their start (the scroll
        area would get there a few events later, showing the text cut meanwhile)."""
        panel = self.detail_area.widget()
        layout = panel.layout()
        if layout is not None:
            layout.activate()
            room = self.detail_area.viewport().height()
            panel.resize(panel.width(), max(room, panel.heightForWidth(panel.width())))
        self.detail_area.verticalScrollBar().setValue(0)

    def focus_first(self) -> None:
        """Focus the table."""
        focus_visibly(self.table)
