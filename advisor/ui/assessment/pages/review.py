"""Before the results: the questions still unanswered and those answered "Don't know".

Each is a row that jumps back to the question (Enter, double-click, or the button).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel

from advisor.domain.scoring import AnswerStatus
from advisor.ui.assessment.pages.base import Page
from advisor.ui.common.style import focus_visibly, muted_label, section_heading
from advisor.ui.document.model import AssessmentDocument

__all__ = ["ReviewPage"]


class ReviewPage(Page):
    """Lists what is left to answer, grouped by area; each question is a link.

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
                "Choose a question (Tab, then Enter) to go back to it."
            ),
            parent,
        )
        self.lang = lang
        inner = self.widget()
        self.summary = muted_label("", inner)
        self.body.addWidget(self.summary)
        self.groups: dict[str, tuple[QLabel, QLabel]] = {}
        for dimension in doc.bank.dimensions:
            title = section_heading(dimension.title.get(lang), inner)
            links = QLabel(inner)
            links.setTextFormat(Qt.TextFormat.RichText)
            links.setWordWrap(True)
            links.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            links.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            links.setAccessibleName(
                self.tr("Questions to review in %1").replace("%1", dimension.title.get(lang))
            )
            links.linkActivated.connect(self.jumpRequested)
            self.body.addWidget(title)
            self.body.addWidget(links)
            self.groups[dimension.id] = (title, links)
        doc.changed.connect(self.mark_dirty)

    def pending(self) -> dict[str, list[tuple[str, AnswerStatus]]]:
        """Per dimension: the (question id, status) of questions left to review."""
        result = self.doc.result()
        found: dict[str, list[tuple[str, AnswerStatus]]] = {}
        for question in self.doc.bank.questions:
            status = result.outcomes[question.id].status
            if status in (AnswerStatus.UNANSWERED, AnswerStatus.UNKNOWN):
                found.setdefault(question.dimension, []).append((question.id, status))
        return found

    def refresh(self) -> None:
        """List the unanswered and "don't know" questions that apply."""
        lang = self.lang
        pending = self.pending()
        labels = {
            AnswerStatus.UNANSWERED: self.tr("not answered"),
            AnswerStatus.UNKNOWN: self.tr("don't know"),
        }
        unanswered = unknown = 0
        for dim_id, (title, links) in self.groups.items():
            items = pending.get(dim_id, [])
            title.setVisible(bool(items))
            links.setVisible(bool(items))
            rows = []
            for qid, status in items:
                unanswered += status is AnswerStatus.UNANSWERED
                unknown += status is AnswerStatus.UNKNOWN
                text = html.escape(self.doc.bank.question_by_id[qid].text.get(lang))
                rows.append(
                    f"<li><a href='{html.escape(qid)}'>{text}</a> "
                    f"<i>({html.escape(labels[status])})</i></li>"
                )
            dimension = self.doc.bank.dimension_by_id[dim_id].title.get(lang)
            title.setText(f"{dimension} ({len(items)})")
            links.setText(f"<ul style='margin-left: 0px'>{''.join(rows)}</ul>")
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

    def focus_first(self) -> None:
        """Focus the first list of links."""
        for _title, links in self.groups.values():
            if not links.isHidden():
                focus_visibly(links)
                return
