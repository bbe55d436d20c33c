"""Where the reader is in an area's page, and taking them somewhere (see ``questions.py``).

:class:`ReaderPlace` is mixed into :class:`~advisor.ui.assessment.pages.questions.QuestionsPage`:
the question the reader is on (the one focused last, or the first in view), scrolling to
a card once it is laid out and focusing it, keeping the focus in view, and the moves
between chunks of a paged area: its chunk buttons and the window's Back and Next, which
go through the chunks before leaving the area (and come into it at its first chunk by
Next, at its last by Back). The page holds the cards; this holds where the reader is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtWidgets import QApplication

from advisor.ui.common.style import focus_visibly

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollBar, QWidget

    from advisor.domain.bank import Question
    from advisor.ui.assessment.widgets.question_card import QuestionCard

__all__ = ["ReaderPlace"]


class ReaderPlace:
    """The reader's place in the page's cards, and the moves that change it."""

    if TYPE_CHECKING:  # the page's
        cards: dict[str, QuestionCard]
        paged: bool
        chunk: int
        _questions: list[Question]
        _current: str | None
        _pending: str | None

        def widget(self) -> QWidget: ...
        def viewport(self) -> QWidget: ...
        def verticalScrollBar(self) -> QScrollBar: ...
        def ensureWidgetVisible(self, child: QWidget, xmargin: int, ymargin: int) -> None: ...
        def isVisible(self) -> bool: ...
        def chunk_count(self) -> int: ...
        def _set_chunk(self, index: int) -> bool: ...
        def update_visibility(self) -> None: ...

    def _anchor(self) -> str | None:
        """The question the reader is on: the one with the focus last if it is in view,
        else the first one in view (the first of the chunk when not laid out yet)."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        in_view = [
            qid
            for qid, card in self.cards.items()
            if not card.isHidden()
            and (y := card.mapTo(self.widget(), QPoint(0, 0)).y()) + card.height() > top
            and y < bottom
        ]
        if self._current in in_view:
            return self._current
        if in_view:
            return in_view[0]
        return self._questions[0].id if self.paged and self._questions else None

    def visible_cards(self) -> list[QuestionCard]:
        """The cards built so far of the questions that apply now."""
        return [c for c in self.cards.values() if not c.isHidden()]

    def focus_first(self) -> None:
        """Focus the first visible question (visibly: as Tab would)."""
        cards = self.visible_cards()
        if cards:
            focus_visibly(cards[0].entry_widget())

    def _on_focused(self, qid: str) -> None:
        self._current = qid
        self._keep_focus_in_view()

    def _keep_focus_in_view(self) -> None:
        """The arrow keys move the focus between options: keep it on screen."""
        widget = QApplication.focusWidget()
        if widget is not None and self.widget().isAncestorOf(widget):
            self.ensureWidgetVisible(widget, 0, 24)

    def _reveal(self, qid: str, *, focus: bool, again: bool = True) -> None:
        """Scroll to a card (its place once laid out), and focus it visibly if asked."""
        self._pending = None
        card = self.cards[qid]
        # cards just built have no place yet: lay the page out first, else the scroll
        # goes to where the card would be without them (inner layout, then the scroll area)
        for _ in range(2):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(card, 0, 40)
        if focus:
            focus_visibly(card.entry_widget())  # drawn with its ring
        if again:  # many cards built at once settle on the next turn: follow the card
            self._pending = qid
            QTimer.singleShot(0, self._reveal_pending)

    def _reveal_pending(self) -> None:
        if self._pending is not None and self._pending in self.cards and self.isVisible():
            self._reveal(self._pending, focus=False, again=False)

    def _go(self, step: int) -> None:
        self.go_to_chunk(self.chunk + step)

    def go_to_chunk(self, index: int) -> None:
        """Show another chunk from its top and focus its first question."""
        if not self._set_chunk(index):
            return
        self.update_visibility()
        self.verticalScrollBar().setValue(0)
        self.focus_first()

    def can_step(self, direction: int) -> bool:
        """A paged area has a chunk before (-1) or after (+1) the one shown."""
        return self.paged and 0 <= self.chunk + direction < self.chunk_count()

    def step(self, direction: int) -> bool:
        """The window's Back/Next: the chunk before or after, while there is one."""
        if not self.can_step(direction):
            return False
        self.go_to_chunk(self.chunk + direction)
        return True

    def enter(self, direction: int) -> None:
        """Reached by Next: the first chunk; by Back: the last one (so Next and Back
        retrace each other's steps); its top, its first question focused."""
        if self.paged:
            last = self.chunk_count() - 1
            self.go_to_chunk(0 if direction > 0 else last)
            self.verticalScrollBar().setValue(0)
        self.focus_first()
