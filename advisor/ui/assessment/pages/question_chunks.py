"""The parts of a big area's page that show it a chunk at a time (see ``questions.py``).

* :class:`ChunkBar`: the "Questions 51–100 of 864" line with its Previous and Next
  buttons above the cards, and the Next button under them. The page gives it its texts
  (they are translated in the page's context).
* :class:`KeptChunks`: the chunks built before and not shown now, so that going back to
  one (or forward again) shows its cards at once instead of building them again (about
  60 ms for a chunk). At most ``size`` are kept, the least recently shown dropped first,
  so memory stays bounded however far the reader goes.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from advisor.domain.bank import Question
from advisor.ui.assessment.widgets.question_card import QuestionCard
from advisor.ui.common.style import muted_label

__all__ = [
    "Batch",
    "ChunkBar",
    "Kept",
    "KeptChunks",
    "batches",
    "chain_focus",
    "drop_box",
    "hide_box",
    "new_batch",
    "new_box",
    "place_of",
]


def _release_focus(box: QWidget) -> None:
    """Take the focus out of ``box`` first: hiding the card with the focus would walk it
    (and the scroll) card by card. Leaving a number box this way commits what was typed
    in it (Qt ends the edit when the box loses the focus)."""
    focus = QApplication.focusWidget()
    if focus is not None and box.isAncestorOf(focus):
        focus.clearFocus()


def new_box(parent: QWidget, body: QVBoxLayout, before: QWidget) -> QWidget:
    """A box for the cards of a chunk (or of a whole area), in ``body`` above ``before``.

    A chunk is hidden and shown again as one widget: its layout keeps its sizes, so
    showing it again measures no text (the cards one by one cost 20-30 ms a chunk)."""
    box = QWidget(parent)
    box.setObjectName("questionCards")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(body.spacing())
    body.insertWidget(body.indexOf(before), box)
    return box


class Batch(QWidget):
    """Cards built together, in a box of their own: shown as one widget once they are
    all built (each card shown by itself in a visible page lays the page out again,
    every card of it: 10-35 ms a card)."""

    def __init__(self, parent: QWidget, spacing: int) -> None:
        super().__init__(parent)
        self.setObjectName("questionBatch")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        self.children_cards: list[QuestionCard] = []


def new_batch(box: QWidget) -> Batch:
    """A hidden batch at the end of a chunk's box."""
    batch = Batch(box, box.layout().spacing())
    batch.setHidden(True)
    box.layout().addWidget(batch)
    return batch


def batches(box: QWidget) -> list[Batch]:
    """The batches of a box, in order."""
    return box.findChildren(Batch, options=Qt.FindChildOption.FindDirectChildrenOnly)


def hide_box(box: QWidget) -> None:
    """Hide a chunk that is kept (it may be shown again)."""
    _release_focus(box)
    box.setHidden(True)


def drop_box(body: QVBoxLayout, box: QWidget) -> None:
    """Take a chunk off the page and delete its cards (the answers are in the document)."""
    _release_focus(box)
    body.removeWidget(box)
    box.hide()
    box.deleteLater()


def chain_focus(widgets: Iterable[QWidget | None]) -> None:
    """Make Tab go through ``widgets`` in this order (None: left out)."""
    for first, second in itertools.pairwise(w for w in widgets if w is not None):
        QWidget.setTabOrder(first, second)


@dataclass
class Kept:
    """A chunk's cards, built and hidden in their box: the question ids of the chunk
    when it was built, and how many of its cards show when it is shown again."""

    ids: list[str]
    cards: dict[str, QuestionCard]
    limit: int
    box: QWidget


class KeptChunks:
    """The chunks kept built, by chunk index, the most recently left last."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._chunks: OrderedDict[int, Kept] = OrderedDict()

    def __len__(self) -> int:
        return len(self._chunks)

    def indexes(self) -> list[int]:
        """The chunks kept, the least recently left first."""
        return list(self._chunks)

    def put(self, index: int, kept: Kept) -> list[Kept]:
        """Keep a chunk that is left; return the ones dropped to stay within ``size``."""
        self._chunks[index] = kept
        self._chunks.move_to_end(index)
        dropped = []
        while len(self._chunks) > self.size:
            dropped.append(self._chunks.popitem(last=False)[1])
        return dropped

    def take(self, index: int) -> Kept | None:
        """The kept chunk ``index`` (no longer kept: it is being shown), or None."""
        return self._chunks.pop(index, None)

    def clear(self) -> list[Kept]:
        """Forget every chunk (the profile changed them); return them to be dropped."""
        dropped = list(self._chunks.values())
        self._chunks.clear()
        return dropped

    def card(self, qid: str) -> QuestionCard | None:
        """The kept card of a question, if any."""
        for kept in self._chunks.values():
            card = kept.cards.get(qid)
            if card is not None:
                return card
        return None


def place_of(qid: str | None, area: list[Question], applying: list[Question]) -> int:
    """Where ``qid`` is in ``applying``, or the nearest question of the ``area`` before it
    that applies (0 when none does, or no question is given)."""
    if qid is None:
        return 0
    ids = [q.id for q in applying]
    order = [q.id for q in area]
    for earlier in reversed(order[: order.index(qid) + 1]):
        if earlier in ids:
            return ids.index(earlier)
    return 0


class ChunkBar:
    """The chunk line and its buttons; ``go(step)`` moves by ``step`` chunks."""

    def __init__(
        self,
        parent: QWidget,
        body: QVBoxLayout,
        under: QWidget,
        texts: tuple[str, str],
        go: Callable[[int], None],
    ) -> None:
        previous_text, next_text = texts
        bar = QHBoxLayout()
        self.label = muted_label("", parent)
        self.label.setObjectName("questionsChunk")
        self.prev_button = QPushButton(previous_text, parent)
        self.prev_button.setObjectName("previousQuestions")
        self.prev_button.clicked.connect(lambda: go(-1))
        self.next_button = QPushButton(next_text, parent)
        self.next_button.setObjectName("nextQuestions")
        self.next_button.clicked.connect(lambda: go(+1))
        bar.addWidget(self.label, 1)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        body.insertLayout(0, bar)
        self.bottom = QPushButton(parent)
        self.bottom.setObjectName("nextQuestionsBottom")
        self.bottom.clicked.connect(lambda: go(+1))
        body.insertWidget(body.indexOf(under) + 1, self.bottom)
        chain_focus([self.prev_button, self.next_button])

    def show(
        self, text: str, bottom: str, *, at: tuple[int, int], cards_left: int, paged: bool
    ) -> None:
        """Show the line ``text`` for chunk ``at`` = (index, count); ``bottom`` on the
        lower button, shown once the chunk has no ``cards_left`` to build."""
        index, count = at
        self.label.setText(text)
        self.label.setAccessibleName(text)
        for widget in (self.label, self.prev_button, self.next_button):
            widget.setHidden(not paged or count == 1)  # a profile that leaves one chunk
        self.prev_button.setEnabled(index > 0)
        more = index < count - 1
        self.next_button.setEnabled(more)
        self.bottom.setText(bottom)
        self.bottom.setAccessibleName(bottom)
        self.bottom.setHidden(not paged or not more or cards_left > 0)
