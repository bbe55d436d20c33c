"""A dimension's questions (logistics, payments, quality or branding), one card each.

Questions whose condition fails for the company profile are hidden as soon as the profile
changes; their answers stay in the document and show again if the profile changes back.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QWidget

from advisor.domain.bank import Dimension
from advisor.domain.conditions import applies
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.widgets.question_card import QuestionCard
from advisor.ui.common.style import muted_label
from advisor.ui.document.model import AssessmentDocument

__all__ = ["QuestionsPage"]


class QuestionsPage(Page):
    """The cards of one dimension, shown or hidden with the profile."""

    def __init__(
        self, doc: AssessmentDocument, dimension: Dimension, lang: str, parent=None
    ) -> None:
        super().__init__(doc, dimension.title.get(lang), dimension.description.get(lang), parent)
        self.dimension = dimension
        self.cards: dict[str, QuestionCard] = {}
        for number, question in enumerate(doc.bank.questions_of(dimension.id), start=1):
            card = QuestionCard(doc, question, number, lang, self.widget())
            self.cards[question.id] = card
            self.body.addWidget(card)
        self.none_label = muted_label(
            self.tr("No questions in this section apply to your company profile."), self.widget()
        )
        self.body.addWidget(self.none_label)
        self._chain_tab_order()
        doc.answerChanged.connect(self._on_answer)
        doc.profileChanged.connect(self.update_visibility)
        self.update_visibility()

    def _chain_tab_order(self) -> None:
        widgets: list[QWidget] = [w for card in self.cards.values() for w in card.focus_widgets()]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _on_answer(self, qid: str) -> None:
        card = self.cards.get(qid)
        if card is not None:
            card.refresh()

    def update_visibility(self) -> None:
        """Show the questions that apply to the current profile, hide the others."""
        profile = self.doc.assessment.profile
        shown = 0
        for card in self.cards.values():
            visible = applies(card.question, profile)
            card.setHidden(not visible)
            if visible:
                shown += 1
                card.set_number(shown)
        self.none_label.setHidden(shown > 0)

    def visible_cards(self) -> list[QuestionCard]:
        """The cards of the questions that apply now."""
        return [c for c in self.cards.values() if not c.isHidden()]

    def show_question(self, qid: str) -> bool:
        """Scroll to a question and focus its first control; False if not on this page."""
        card = self.cards.get(qid)
        if card is None or card.isHidden():
            return False
        self.ensureWidgetVisible(card, 0, 40)
        card.focus_widgets()[0].setFocus()
        return True

    def focus_first(self) -> None:
        """Focus the first visible question."""
        cards = self.visible_cards()
        if cards:
            cards[0].focus_widgets()[0].setFocus()
