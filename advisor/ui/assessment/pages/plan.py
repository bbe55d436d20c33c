"""The action plan: a table of actions by phase the user can edit, and what each involves.

The table edits owner, due date (calendar pop-up), status (drop-down) and notes; it shows
every row in full (:class:`~advisor.ui.assessment.plan_table.PlanTable`), so the page is
the one thing that scrolls. The panel below it shows the selected action's steps, who can
help, effort and cost.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton

from advisor.domain.vocabulary import COST_LABELS, EFFORT_LABELS, PHASE_LABELS
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.plan_model import COLUMNS, DueDateDelegate, PlanModel, StatusDelegate
from advisor.ui.assessment.plan_table import PlanTable
from advisor.ui.common.style import focus_visibly, muted_label, named, section_heading
from advisor.ui.document.model import AssessmentDocument

__all__ = ["PlanPage"]


class PlanPage(Page):
    """The plan table and the selected action's details, and the way out: the PDF.

    "Get my action plan (PDF)" only asks for the export (:attr:`exportRequested`); the
    window connects it to its declared Export PDF action, so there is one export path.
    """

    exportRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, doc: AssessmentDocument, lang: str, parent=None) -> None:
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
        inner = self.widget()
        self.empty_label = muted_label(
            self.tr("No actions yet: answer some questions first, or there are no gaps."), inner
        )
        self.body.addWidget(self.empty_label)
        self.model = PlanModel(doc, lang, self)
        self.table = named(PlanTable(lang, inner), self.tr("Action plan table"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("due"), DueDateDelegate(self.table))
        self.table.setItemDelegateForColumn(
            COLUMNS.index("status"), StatusDelegate(lang, self.table)
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.body.addWidget(self.table)

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

        self.detail_heading = section_heading("", inner)
        self.body.addWidget(self.detail_heading)
        self.detail = QLabel(inner)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.detail)

        self.table.selectionModel().currentChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._after_reset)
        doc.answerChanged.connect(self._answer_changed)  # a method: gone with the page
        doc.profileChanged.connect(self.mark_dirty)

    def _answer_changed(self, _qid: str) -> None:
        self.mark_dirty()

    def refresh(self) -> None:
        """Rebuild the table from the current plan."""
        self.model.reload()

    def _after_reset(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.table.setVisible(has_rows)
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

    def focus_first(self) -> None:
        """Focus the table."""
        focus_visibly(self.table)
