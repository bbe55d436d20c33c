"""Before the results: the questions still unanswered and those answered "Don't know".

Each is a row that jumps back to the question (Enter, double-click, or the button).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from advisor.domain.scoring import AnswerStatus
from advisor.ui.document import AssessmentDocument
from advisor.ui.pages.base import Page
from advisor.ui.style import muted_label, named

__all__ = ["ReviewPage"]

QID_ROLE = Qt.ItemDataRole.UserRole


class ReviewPage(Page):
    """Lists what is left to answer, grouped by area.

    Signals:
        jumpRequested(str): the user wants to go to this question id.
    """

    jumpRequested = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, doc: AssessmentDocument, lang: str, parent=None) -> None:
        super().__init__(
            doc,
            self.tr("Review your answers"),
            self.tr(
                "Questions you have not answered yet, and those you answered “Don't know”. "
                "“Don't know” counts as a gap: finding out is often the first step. "
                "Choose a question and press Enter to go back to it."
            ),
            parent,
        )
        self.lang = lang
        inner = self.widget()
        self.summary = muted_label("", inner)
        self.body.addWidget(self.summary)
        self.tree = named(QTreeWidget(inner), self.tr("Questions to review"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Status")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumHeight(self.fontMetrics().height() * 22)
        self.tree.itemActivated.connect(self._on_activated)
        self.body.addWidget(self.tree)
        row = QHBoxLayout()
        self.go_button = named(
            QPushButton(self.tr("&Go to question"), inner), self.tr("Go to question")
        )
        self.go_button.clicked.connect(self._go_selected)
        row.addWidget(self.go_button)
        row.addStretch(1)
        self.body.addLayout(row)
        doc.changed.connect(self.mark_dirty)

    def refresh(self) -> None:
        """List the unanswered and "don't know" questions that apply."""
        result = self.doc.result()
        lang = self.lang
        self.tree.clear()
        unanswered = unknown = 0
        labels = {
            AnswerStatus.UNANSWERED: self.tr("Not answered"),
            AnswerStatus.UNKNOWN: self.tr("Don't know"),
        }
        for dimension in self.doc.bank.dimensions:
            items = []
            for question in self.doc.bank.questions_of(dimension.id):
                status = result.outcomes[question.id].status
                if status not in labels:
                    continue
                unanswered += status is AnswerStatus.UNANSWERED
                unknown += status is AnswerStatus.UNKNOWN
                item = QTreeWidgetItem([question.text.get(lang), labels[status]])
                item.setData(0, QID_ROLE, question.id)
                item.setToolTip(0, question.text.get(lang))
                items.append(item)
            if not items:
                continue
            group = QTreeWidgetItem([f"{dimension.title.get(lang)} ({len(items)})", ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.addChildren(items)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        if unanswered == 0 and unknown == 0:
            self.summary.setText(
                self.tr("Every question that applies is answered. See your results next.")
            )
        else:
            self.summary.setText(
                self.tr("%1 not answered, %2 “Don't know”.")
                .replace("%1", str(unanswered))
                .replace("%2", str(unknown))
            )
        self.tree.setVisible(bool(unanswered or unknown))
        self.go_button.setVisible(bool(unanswered or unknown))

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        qid = item.data(0, QID_ROLE)
        if qid:
            self.jumpRequested.emit(qid)

    def _go_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._on_activated(item)

    def focus_first(self) -> None:
        """Focus the list on its first question."""
        if self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0).child(0)
            if first is not None:
                self.tree.setCurrentItem(first)
        self.tree.setFocus()
