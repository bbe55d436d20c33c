"""A dimension's questions (logistics, payments, quality or branding), one card each.

Questions whose condition fails for the company profile are hidden as soon as the profile
changes; their answers stay in the document and show again if the profile changes back.

An area of at most :data:`ALL_AT_ONCE` questions (every area of the built-in bank) gets all
its cards at once. A bigger area (a trade body's bank of 5,000 questions) gets them in
batches of :data:`BATCH` questions that apply (a card costs about 5 ms to lay out, so the
page still opens within a frame or so): the next batch is built when the page is scrolled
near its end, by the "Show more questions" button under the cards (for the keyboard), or
when a question further down is asked for (:meth:`QuestionsPage.show_question`).

An area of more than :data:`PAGED_OVER` questions is also shown a chunk of :data:`CHUNK`
applying questions at a time ("Questions 51–100 of 1,026", with Previous and Next
buttons): a jump to a question builds its chunk only, and the cards of the chunk left are
dropped, so memory stays bounded however far the jump goes. Answers live in the document,
not in the cards, so nothing is lost with them.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from advisor.domain.bank import Dimension, Question
from advisor.domain.conditions import applies
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.widgets.question_card import QuestionCard
from advisor.ui.common.style import focus_visibly, muted_label
from advisor.ui.document.model import AssessmentDocument

__all__ = ["ALL_AT_ONCE", "BATCH", "CHUNK", "PAGED_OVER", "QuestionsPage"]

ALL_AT_ONCE = 40  # an area with at most this many questions is built whole (built-in: ~25)
BATCH = 12  # else: cards of questions that apply built at a time (two or three screens)
PAGED_OVER = 100  # an area with more questions is shown a chunk at a time
CHUNK = 50  # applying questions in a chunk


class QuestionsPage(Page):
    """The cards of one dimension, shown or hidden with the profile."""

    def __init__(
        self, doc: AssessmentDocument, dimension: Dimension, lang: str, parent=None
    ) -> None:
        super().__init__(doc, dimension.title.get(lang), dimension.description.get(lang), parent)
        self.dimension = dimension
        self.lang = lang
        self.cards: dict[str, QuestionCard] = {}  # the cards built so far, in bank order
        self._all = list(doc.bank.questions_of(dimension.id))
        self.paged = len(self._all) > PAGED_OVER
        self.chunk = -1  # paged: which chunk of the applying questions is shown (-1: none yet)
        self._offset = 0  # paged: applying questions before the chunk (for the numbers)
        self._applying: list[Question] = []  # paged: the questions that apply, in order
        self.chunk_label = self.prev_button = self.next_button = self.next_bottom = None
        if self.paged:
            self._build_chunk_bar()
        # the questions the cards are built from: the area's, or the chunk's when paged
        self._questions = [] if self.paged else self._all
        # cards that apply to show before "Show more questions"
        self._wanted = len(self._questions) if len(self._questions) <= ALL_AT_ONCE else BATCH
        self.more_button = QPushButton(self.widget())
        self.more_button.setObjectName("moreQuestions")
        self.more_button.clicked.connect(self.show_more)
        self.body.addWidget(self.more_button)
        if self.paged:
            self.next_bottom = QPushButton(self.widget())
            self.next_bottom.setObjectName("nextQuestionsBottom")
            self.next_bottom.clicked.connect(lambda: self.go_to_chunk(self.chunk + 1))
            self.body.addWidget(self.next_bottom)
        self.none_label = muted_label(
            self.tr("No questions in this section apply to your company profile."), self.widget()
        )
        self.body.addWidget(self.none_label)
        doc.answerChanged.connect(self._on_answer)
        doc.profileChanged.connect(self.update_visibility)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.update_visibility()

    # --- chunks (an area of more than PAGED_OVER questions) ------------------------------

    def _build_chunk_bar(self) -> None:
        bar = QHBoxLayout()
        self.chunk_label = muted_label("", self.widget())
        self.chunk_label.setObjectName("questionsChunk")
        self.prev_button = QPushButton(self.tr("&Previous questions"), self.widget())
        self.prev_button.setObjectName("previousQuestions")
        self.prev_button.clicked.connect(lambda: self.go_to_chunk(self.chunk - 1))
        self.next_button = QPushButton(self.tr("Ne&xt questions"), self.widget())
        self.next_button.setObjectName("nextQuestions")
        self.next_button.clicked.connect(lambda: self.go_to_chunk(self.chunk + 1))
        bar.addWidget(self.chunk_label, 1)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        self.body.addLayout(bar)

    def chunk_count(self) -> int:
        """How many chunks the applying questions make (1 when the page is not paged)."""
        return max(1, -(-len(self._applying) // CHUNK)) if self.paged else 1

    def _set_chunk(self, index: int) -> bool:
        """Show chunk ``index`` (clamped): drop the cards of another; True if it changed."""
        index = max(0, min(index, self.chunk_count() - 1))
        questions = self._applying[index * CHUNK : (index + 1) * CHUNK]
        if index == self.chunk and [q.id for q in questions] == [q.id for q in self._questions]:
            return False
        old = list(self.cards.values())
        self.cards.clear()
        self.chunk, self._offset, self._questions = index, index * CHUNK, questions
        self._wanted = min(BATCH, len(questions))
        focus = QApplication.focusWidget()
        if focus is not None and any(card.isAncestorOf(focus) for card in old):
            focus.clearFocus()  # else hiding it walks the focus (and the scroll) card by card
        for card in old:
            self.body.removeWidget(card)
            card.hide()
            card.deleteLater()  # its answers are in the document
        return True

    def go_to_chunk(self, index: int) -> None:
        """Show another chunk from its top and focus its first question."""
        if not self._set_chunk(index):
            return
        self.update_visibility()
        self.verticalScrollBar().setValue(0)
        self.focus_first()

    def _update_chunk_bar(self) -> None:
        total = len(self._applying)
        first, last = self._offset + 1, self._offset + len(self._questions)
        text = (
            self.tr("Questions %1–%2 of %3")
            .replace("%1", f"{first:,}")
            .replace("%2", f"{last:,}")
            .replace("%3", f"{total:,}")
        )
        self.chunk_label.setText(text)
        for widget in (self.chunk_label, self.prev_button, self.next_button):
            widget.setHidden(self.chunk_count() == 1)  # a profile that leaves one chunk
        self.chunk_label.setAccessibleName(text)
        self.prev_button.setEnabled(self.chunk > 0)
        more = self.chunk < self.chunk_count() - 1
        self.next_button.setEnabled(more)
        after = min(CHUNK, total - last)
        bottom = self.tr("Next questions (%1–%2)").replace("%1", f"{last + 1:,}")
        bottom = bottom.replace("%2", f"{last + after:,}")
        self.next_bottom.setText(bottom)
        self.next_bottom.setAccessibleName(bottom)
        self.next_bottom.setHidden(not more or self.remaining() > 0)

    # --- building cards ------------------------------------------------------------------

    def _build_next(self, count: int) -> None:
        """Build the cards of the next ``count`` questions of the bank (applying or not)."""
        start = len(self.cards)
        before = self._last_focus_widget() or self.next_button
        for question in self._questions[start : start + count]:
            card = QuestionCard(self.doc, question, 0, self.lang, self.widget())
            card.setHidden(True)  # update_visibility shows it when it applies
            self.cards[question.id] = card
            card.focused.connect(self._keep_focus_in_view)
            self.body.insertWidget(self.body.indexOf(self.more_button), card)
        widgets: list[QWidget] = [before] if before is not None else []
        for card in itertools.islice(self.cards.values(), start, None):
            widgets.extend(card.focus_widgets())
        widgets.append(self.more_button)
        if self.next_bottom is not None:
            widgets.append(self.next_bottom)
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _last_focus_widget(self) -> QWidget | None:
        if not self.cards:
            return None
        return next(reversed(self.cards.values())).focus_widgets()[-1]

    def _applying_built(self) -> int:
        profile = self.doc.assessment.profile
        return sum(applies(q, profile) for q in self._questions[: len(self.cards)])

    def _fill(self) -> None:
        """Build cards until ``_wanted`` of them apply, or every question has its card."""
        profile = self.doc.assessment.profile
        built = len(self.cards)
        applying = self._applying_built()
        while applying < self._wanted and built < len(self._questions):
            step = self._wanted - applying
            applying += sum(applies(q, profile) for q in self._questions[built : built + step])
            self._build_next(step)
            built = len(self.cards)

    def remaining(self) -> int:
        """Questions that apply to the profile and have no card yet."""
        profile = self.doc.assessment.profile
        return sum(applies(q, profile) for q in self._questions[len(self.cards) :])

    def show_more(self) -> None:
        """Build the next batch of cards (the button, or scrolling near the end)."""
        if len(self.cards) >= len(self._questions):
            return
        focus = self.more_button.hasFocus()
        first_new = len(self.cards)
        self._wanted = self._applying_built() + BATCH
        self.update_visibility()
        if focus:  # from the keyboard: carry on with the first new question
            for card in itertools.islice(self.cards.values(), first_new, None):
                if not card.isHidden():
                    focus_visibly(card.entry_widget())
                    break

    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() and len(self.cards) < len(self._questions):
            self.show_more()

    # --- showing -------------------------------------------------------------------------

    def _on_answer(self, qid: str) -> None:
        card = self.cards.get(qid)
        if card is not None:
            card.refresh()

    def update_visibility(self) -> None:
        """Show the questions that apply to the current profile, hide the others."""
        if self.paged:  # the chunks are made of the questions that apply now
            profile = self.doc.assessment.profile
            self._applying = [q for q in self._all if applies(q, profile)]
            self._set_chunk(self.chunk)
        self._fill()
        profile = self.doc.assessment.profile
        shown = 0
        for card in self.cards.values():
            visible = applies(card.question, profile)
            card.setHidden(not visible)
            if visible:
                shown += 1
                card.set_number(self._offset + shown)
        left = self.remaining()
        more = self.tr("Show more questions (%1 left)").replace("%1", f"{left:,}")
        self.more_button.setText(more)
        self.more_button.setAccessibleName(more)
        self.more_button.setHidden(left == 0)
        self.none_label.setHidden(shown > 0)
        if self.paged:
            self._update_chunk_bar()

    def visible_cards(self) -> list[QuestionCard]:
        """The cards built so far of the questions that apply now."""
        return [c for c in self.cards.values() if not c.isHidden()]

    def show_question(self, qid: str) -> bool:
        """Scroll to a question and focus its first control; False if not on this page."""
        if self.paged and qid not in self.cards:
            ids = [q.id for q in self._applying]
            if qid not in ids:
                return False
            if self._set_chunk(ids.index(qid) // CHUNK):
                self.update_visibility()
        if qid not in self.cards:
            ids = [q.id for q in self._questions]
            if qid not in ids:
                return False
            self._build_next(ids.index(qid) + 1 - len(self.cards))
            self.update_visibility()
        card = self.cards[qid]
        if card.isHidden():
            return False
        # cards just built have no place yet: lay the page out first, else the scroll
        # goes to where the card would be without them (inner layout, then the scroll area)
        for _ in range(2):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(card, 0, 40)
        focus_visibly(card.entry_widget())  # drawn with its ring
        return True

    def focus_first(self) -> None:
        """Focus the first visible question (visibly: as Tab would)."""
        cards = self.visible_cards()
        if cards:
            focus_visibly(cards[0].entry_widget())

    def _keep_focus_in_view(self, _qid: str) -> None:
        """The arrow keys move the focus between options: keep it on screen."""
        widget = QApplication.focusWidget()
        if widget is not None and self.widget().isAncestorOf(widget):
            self.ensureWidgetVisible(widget, 0, 24)
