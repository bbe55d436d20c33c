"""The navigator repaints what changed without being asked to repaint everything."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from advisor.domain.assessment import Answer
from advisor.storage.banks import default_bank


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_an_answer_and_the_focus_repaint_the_navigator(make_window) -> None:  # type: ignore[no-untyped-def]
    bank = default_bank()
    window = make_window(bank)
    _settle()
    paints = _Paints()
    window.navigator.viewport().installEventFilter(paints)
    question = bank.questions[0]
    window.doc.set_answer(question.id, Answer(choice=(question.options or [])[0].id))
    _settle()
    row = window.navigator.row_of(question.dimension)
    assert window.navigator.progress[row][0] == 1
    assert paints.count > 0  # the new count is drawn (the item's data changed)
    paints.count = 0
    window.navigator.setFocus()
    _settle()
    assert paints.count > 0  # the focus ring
