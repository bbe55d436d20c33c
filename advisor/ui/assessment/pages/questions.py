"""A dimension's questions (logistics, payments, quality or branding), one card each.

Questions whose condition fails for the company profile are hidden as soon as the profile
changes; their answers stay in the document and show again if the profile changes back.

An area of at most :data:`ALL_AT_ONCE` questions (every area of the built-in bank) gets all
its cards at once. A bigger area (a trade body's bank of 5,000 questions) gets them in
batches of :data:`BATCH` questions that apply (a card costs about 5 ms to lay out, so the
page still opens within a frame or so): the next batch is built when the page is scrolled
near its end, by the "Show more questions" button under the cards (for the keyboard), or
when a question further down is asked for (:meth:`QuestionsPage.show_question`). Cards
built together are shown together, in a box of their own (one layout of the page).

An area where more than :data:`PAGED_OVER` questions apply to the profile is also shown a
chunk of :data:`CHUNK` of them at a time ("Questions 51–100 of 1,026", with Previous and
Next buttons): a jump to a question builds its chunk only. The cards of the last
:data:`KEPT` chunks left stay built (hidden), so going back one chunk and forward again
builds nothing (a kept chunk comes back with one batch shown, the rest shown as it is
scrolled to); older ones are dropped, so memory stays bounded however far the reader
goes. Answers live in the document, not in the cards, so nothing is lost
with them. Whether the area is paged is decided again when the profile changes what
applies, and the reader stays on the question they were on (where the reader is, and
the moves between chunks with the window's Back and Next: ``question_reading.py``).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from advisor.domain.bank import Dimension, Question
from advisor.domain.conditions import applies
from advisor.ui.assessment.pages.base import Page
from advisor.ui.assessment.pages.question_chunks import (
    ChunkBar,
    Kept,
    KeptChunks,
    batches,
    chain_focus,
    drop_box,
    hide_box,
    new_batch,
    new_box,
    place_of,
)
from advisor.ui.assessment.pages.question_reading import ReaderPlace
from advisor.ui.assessment.widgets.question_card import QuestionCard
from advisor.ui.common.style import focus_visibly, muted_label
from advisor.ui.document.model import AssessmentDocument

__all__ = ["ALL_AT_ONCE", "BATCH", "CHUNK", "KEPT", "PAGED_OVER", "QuestionsPage"]

ALL_AT_ONCE = 40  # an area with at most this many questions is built whole (built-in: ~25)
BATCH = 12  # else: cards of questions that apply built at a time (two or three screens)
PAGED_OVER = 100  # an area where more questions apply is shown a chunk at a time
CHUNK = 50  # applying questions in a chunk
KEPT = 2  # chunks kept built besides the one shown (typically the previous and the next)


class QuestionsPage(ReaderPlace, Page):
    """The cards of one dimension, shown or hidden with the profile.

    Signals:
        chunkChanged(): a paged area shows another chunk (the window's Back and Next
            go through the chunks first: :meth:`step`).
    """

    chunkChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self, doc: AssessmentDocument, dimension: Dimension, lang: str, parent=None
    ) -> None:
        super().__init__(doc, dimension.title.get(lang), dimension.description.get(lang), parent)
        self.dimension = dimension
        self.lang = lang
        self.cards: dict[str, QuestionCard] = {}  # built for the area or chunk shown, in order
        self._all = list(doc.bank.questions_of(dimension.id))
        self._applying: list[Question] | None = None  # those that apply (None: not yet known)
        self.paged = False  # shown a chunk at a time
        self.chunk = -1  # paged: which chunk of the applying questions is shown (-1: none)
        self._offset = 0  # paged: applying questions before the chunk (for the numbers)
        self._questions: list[Question] = []  # what the cards are built from (area or chunk)
        self._wanted = 0  # cards that apply to show before "Show more questions"
        self._limit = 0  # the first _limit cards may be shown; the others wait (built or not)
        self._kept = KeptChunks(KEPT)  # paged: chunks left, their cards hidden
        self._current: str | None = None  # the question whose card had the focus last
        self._pending: str | None = None  # a question to scroll to when the page is shown
        self.bar: ChunkBar | None = None  # made when the area is first paged
        self._box: QWidget | None = None  # where the cards shown are (the chunk's)
        self.more_button = QPushButton(self.widget())
        self.more_button.setObjectName("moreQuestions")
        self.more_button.clicked.connect(self.show_more)
        self.body.addWidget(self.more_button)
        self.none_label = muted_label(
            self.tr("No questions in this section apply to your company profile."), self.widget()
        )
        self.body.addWidget(self.none_label)
        doc.answerChanged.connect(self._on_answer)
        doc.profileChanged.connect(self.update_visibility)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.update_visibility()

    # the chunk bar's widgets (None while the area has never been paged)
    chunk_label = property(lambda self: self.bar.label if self.bar else None)
    prev_button = property(lambda self: self.bar.prev_button if self.bar else None)
    next_button = property(lambda self: self.bar.next_button if self.bar else None)
    next_bottom = property(lambda self: self.bar.bottom if self.bar else None)

    # --- paged or not, and which chunk ---------------------------------------------------

    def _applying_now(self) -> list[Question]:
        profile = self.doc.assessment.profile
        return [q for q in self._all if applies(q, profile)]

    def _rearrange(self, applying: list[Question]) -> str | None:
        """What applies changed: page the area or not, keep the reader's question; return
        it when the cards were rebuilt around it (to be scrolled to)."""
        first = self._applying is None
        self._applying = applying
        paged = len(applying) > PAGED_OVER
        if not first and not paged and not self.paged:
            return None  # the cards of every question are there: shown or hidden below
        anchor = None if first else self._anchor()
        if self._box is not None:
            drop_box(self.body, self._box)
        for kept in self._kept.clear():
            drop_box(self.body, kept.box)
        self.cards, self._box = {}, None
        self.paged, self.chunk, self._offset = paged, -1, 0
        if paged:
            if self.bar is None:
                texts = (self.tr("&Previous questions"), self.tr("Ne&xt questions"))
                self.bar = ChunkBar(self.widget(), self.body, self.more_button, texts, self._go)
            self._set_chunk(place_of(anchor, self._all, applying) // CHUNK)
        else:
            self._box, self._limit = new_box(self.widget(), self.body, self.more_button), 0
            self._questions = self._all
            self._wanted = len(self._all) if len(self._all) <= ALL_AT_ONCE else BATCH
            self.chunkChanged.emit()  # no chunks now
        if anchor is None or anchor not in [q.id for q in applying]:
            return None
        self._show_to(anchor)
        return anchor

    def chunk_count(self) -> int:
        """How many chunks the applying questions make (1 when the page is not paged)."""
        return max(1, -(-len(self._applying or ()) // CHUNK)) if self.paged else 1

    def _set_chunk(self, index: int) -> bool:
        """Show chunk ``index`` (clamped): keep the cards of the one left; True if it changed."""
        index = max(0, min(index, self.chunk_count() - 1))
        questions = (self._applying or [])[index * CHUNK : (index + 1) * CHUNK]
        ids = [q.id for q in questions]
        if index == self.chunk and ids == [q.id for q in self._questions]:
            return False
        if self.chunk >= 0 and self._box is not None:
            hide_box(self._box)
            # shown again, it shows one batch (the rest as it is scrolled to): 2 ms a card
            limit = min(BATCH, self._limit)
            for card in itertools.islice(self.cards.values(), limit, None):
                card.setHidden(True)  # cheap in a hidden box
            for batch in batches(self._box):
                batch.setHidden(all(card.isHidden() for card in batch.children_cards))
            left = Kept([q.id for q in self._questions], self.cards, limit, self._box)
            for dropped in self._kept.put(self.chunk, left):
                drop_box(self.body, dropped.box)
        kept = self._kept.take(index)
        if kept is not None and kept.ids != ids:
            drop_box(self.body, kept.box)
            kept = None
        self.chunk, self._offset, self._questions = index, index * CHUNK, questions
        self._wanted = min(BATCH, len(questions))
        if kept is not None:
            self.cards, self._limit, self._box = kept.cards, kept.limit, kept.box
            self._box.setHidden(False)
            self._chain(list(self.cards.values()))
        else:
            self.cards, self._limit = {}, 0
            self._box = new_box(self.widget(), self.body, self.more_button)
        self.chunkChanged.emit()
        return True

    def _update_chunk_bar(self) -> None:
        if self.bar is None:
            return
        total = len(self._applying or ())
        first, last = self._offset + 1, self._offset + len(self._questions)
        text = (
            self.tr("Questions %1–%2 of %3")
            .replace("%1", f"{first:,}")
            .replace("%2", f"{last:,}")
            .replace("%3", f"{total:,}")
        )
        after = min(CHUNK, total - last)
        bottom = self.tr("Next questions (%1–%2)").replace("%1", f"{last + 1:,}")
        bottom = bottom.replace("%2", f"{last + after:,}")
        at = (self.chunk, self.chunk_count())
        self.bar.show(text, bottom, at=at, cards_left=self.remaining(), paged=self.paged)

    # --- building cards ------------------------------------------------------------------

    def _chain(self, cards: list[QuestionCard], before=None) -> None:  # type: ignore[no-untyped-def]
        """Tab order: ``before`` (else the Next button), the cards, Show more, Next."""
        widgets = [before or (self.bar.next_button if self.paged and self.bar else None)]
        for card in cards:
            widgets.extend(card.focus_widgets())
        widgets.append(self.more_button)
        widgets.append(self.bar.bottom if self.paged and self.bar else None)
        chain_focus(widgets)

    def _build_next(self, count: int) -> None:
        """Build the cards of the next ``count`` questions of the bank (applying or not),
        in a batch of their own, hidden until they are laid out together."""
        start = len(self.cards)
        before = self._last_focus_widget()
        batch = new_batch(self._box)
        for question in self._questions[start : start + count]:
            card = QuestionCard(self.doc, question, 0, self.lang, batch)
            card.setHidden(True)  # update_visibility shows it when it applies
            self.cards[question.id] = card
            card.focused.connect(self._on_focused)
            batch.layout().addWidget(card)
            batch.children_cards.append(card)
        self._chain(list(itertools.islice(self.cards.values(), start, None)), before)

    def _show_to(self, qid: str) -> bool:
        """Let the cards up to ``qid``'s be shown, built if need be; False if it is not
        one of this page's questions."""
        ids = [q.id for q in self._questions]
        if qid not in ids:
            return False
        upto = ids.index(qid) + 1
        if upto > len(self.cards):
            self._build_next(upto - len(self.cards))
        self._limit = max(self._limit, upto)
        return True

    def _last_focus_widget(self):  # type: ignore[no-untyped-def]
        if not self.cards:
            return None
        return next(reversed(self.cards.values())).focus_widgets()[-1]

    def _applying_shown(self) -> int:
        profile = self.doc.assessment.profile
        return sum(applies(q, profile) for q in self._questions[: self._limit])

    def _fill(self) -> None:
        """Show cards (built if need be) until ``_wanted`` of them apply, or all are shown."""
        profile = self.doc.assessment.profile
        applying = self._applying_shown()
        while applying < self._wanted and self._limit < len(self._questions):
            upto = min(self._limit + self._wanted - applying, len(self._questions))
            applying += sum(applies(q, profile) for q in self._questions[self._limit : upto])
            if upto > len(self.cards):
                self._build_next(upto - len(self.cards))
            self._limit = upto

    def remaining(self) -> int:
        """Questions that apply to the profile and are not shown yet."""
        profile = self.doc.assessment.profile
        return sum(applies(q, profile) for q in self._questions[self._limit :])

    def show_more(self) -> None:
        """Show the next batch of cards (the button, or scrolling near the end)."""
        if self._limit >= len(self._questions):
            return
        focus = self.more_button.hasFocus()
        first_new = self._limit
        self._wanted = self._applying_shown() + BATCH
        self.update_visibility()
        if focus:  # from the keyboard: carry on with the first new question
            for card in itertools.islice(self.cards.values(), first_new, None):
                if not card.isHidden():
                    focus_visibly(card.entry_widget())
                    break

    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() and self._limit < len(self._questions):
            self.show_more()

    # --- showing -------------------------------------------------------------------------

    def _on_answer(self, qid: str) -> None:
        card = self.cards.get(qid) or self._kept.card(qid)  # an undo may reach a kept one
        if card is not None:
            card.refresh()

    def update_visibility(self) -> None:
        """Show the questions that apply to the current profile, hide the others."""
        applying = self._applying_now()
        anchor = None
        if self._applying is None or [q.id for q in applying] != [q.id for q in self._applying]:
            had_focus = self.widget().isAncestorOf(QApplication.focusWidget())
            anchor = self._rearrange(applying)
        self._fill()
        profile = self.doc.assessment.profile
        wanted = [
            (card, place < self._limit and applies(card.question, profile))
            for place, card in enumerate(self.cards.values())
        ]
        shown = 0
        for card, visible in wanted:
            card.setHidden(not visible)
            if visible:
                shown += 1
                card.set_number(self._offset + shown)
        if self._box is not None:  # a batch shows once it has a card to show: one layout
            for batch in batches(self._box):
                batch.setHidden(all(card.isHidden() for card in batch.children_cards))
        left = self.remaining()
        more = self.tr("Show more questions (%1 left)").replace("%1", f"{left:,}")
        self.more_button.setText(more)
        self.more_button.setAccessibleName(more)
        self.more_button.setHidden(left == 0)
        self.none_label.setHidden(shown > 0)
        self._update_chunk_bar()
        if anchor is not None:  # the cards were made again: back to the reader's question
            if self.isVisible():
                self._reveal(anchor, focus=had_focus)
            else:
                self._pending = anchor

    def show_question(self, qid: str) -> bool:
        """Scroll to a question and focus its first control; False if not on this page."""
        if self.paged and qid not in self.cards:
            ids = [q.id for q in self._applying or ()]
            if qid not in ids:
                return False
            if self._set_chunk(ids.index(qid) // CHUNK):
                self.update_visibility()
        if qid not in self.cards or self.cards[qid].isHidden():
            if not self._show_to(qid):
                return False
            self.update_visibility()
        if self.cards[qid].isHidden():
            return False
        self._reveal(qid, focus=True)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:  # once the page is laid out at its size
            QTimer.singleShot(0, self._reveal_pending)
