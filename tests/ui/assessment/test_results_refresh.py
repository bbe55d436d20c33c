"""Results after edits shows exactly what a page built for the final answers shows.

The Results page refreshes after an edit by changing only what changed: each gap's row
texts are kept while its answer is the same, a table whose rows did not change is not
touched, and a wrapped cell remembers its height until its text or font changes. Here a
page refreshed after a series of edits (answers changed, changed back, cleared, "don't
know", a blocker made and fixed) is compared with a page built once on the final answers:
every visible text, accessible name and description, italics and the Tab stops in order,
on each example, in English and in Hindi.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from advisor.domain.assessment import Answer, Skip
from advisor.domain.bank import QuestionKind
from advisor.resources import resources_root
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank

EXAMPLES = (
    "first-time-textiles-eu.json",
    "growing-spices-us-uae.json",
    "mature-engineering-eu-us.json",
)


def _snapshot(window) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """What the Results page shows and says, widget by widget, then its Tab stops."""
    page = window.page("results")
    inner = page.widget()
    shown: list[tuple[object, ...]] = []
    for widget in inner.findChildren(QWidget):
        if not widget.isVisibleTo(inner):
            continue
        text = widget.text() if isinstance(widget, QLabel) else None
        shown.append(
            (
                type(widget).__name__,
                text,
                widget.accessibleName(),
                widget.accessibleDescription(),
                widget.font().italic(),
                widget.font().bold(),
                widget.styleSheet(),
            )
        )
    stops = [(w.accessibleName(), w.accessibleDescription()) for w in page.focus_stops()]
    return [*shown, ("stops", tuple(stops))]


def _edits(bank, assessment):  # type: ignore[no-untyped-def]
    """(question id, answer or None) edits touching gaps, blockers and unknowns."""
    single = [q for q in bank.questions if q.kind is QuestionKind.SINGLE and q.options]
    answered = [q for q in single if q.id in assessment.answers]
    edits: list[tuple[str, Answer | None]] = []
    for question in answered[:: max(1, len(answered) // 6)][:6]:
        worst = min(question.options, key=lambda o: o.score)
        best = max(question.options, key=lambda o: o.score)
        edits += [
            (question.id, Answer(choice=worst.id)),
            (question.id, Answer(choice=best.id)),
            (question.id, assessment.answers[question.id]),  # back: the cached row again
        ]
    critical = [q for q in single if q.critical]
    for question in critical[:2]:
        worst = min(question.options, key=lambda o: o.score)
        edits.append((question.id, Answer(choice=worst.id)))  # a blocker
    edits.append((critical[0].id, Answer(skip=Skip.UNKNOWN)))  # unconfirmed
    edits.append((single[-1].id, Answer(skip=Skip.UNKNOWN)))  # a gap in italics
    edits += [(q.id, None) for q in answered[:3]]  # cleared
    edits.append((critical[1].id, None))
    return edits


@pytest.mark.parametrize(
    ("example", "lang"), [*((example, "en") for example in EXAMPLES), (EXAMPLES[1], "hi")]
)
def test_refreshed_page_equals_a_fresh_one(  # type: ignore[no-untyped-def]
    example: str, lang: str, request, make_window, qtbot
) -> None:
    if lang == "hi":
        request.getfixturevalue("hindi")
    bank = default_bank()
    assessment = load_assessment(resources_root() / "examples" / example).assessment
    edited = make_window(bank)
    edited.files.load_assessment(assessment.model_copy(deep=True), None)
    edited.go_to_section("results")
    fresh = make_window(bank)
    changed = 0
    before = _snapshot(edited)
    for qid, answer in _edits(bank, assessment):
        edited.go_to_section(bank.question_by_id[qid].dimension)
        edited.doc.set_answer(qid, answer)
        edited.go_to_section("results")  # refreshed after each edit
        fresh.files.load_assessment(edited.doc.assessment.model_copy(deep=True), None)
        fresh.go_to_section("results")  # built on these answers
        assert fresh.doc.result() == edited.doc.result()
        after = _snapshot(edited)
        assert after == _snapshot(fresh), (qid, answer)
        changed += after != before
        before = after
    assert changed >= 10  # the edits changed what the page shows


def test_a_cell_forgets_its_height_when_its_text_or_font_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.assessment.widgets.gap_table import GapTable, RowText

    table = GapTable(["A", "B"], (1, 1))
    qtbot.addWidget(table)
    table.set_rows([RowText(cells=("short", "x"), name="n")])
    cell = table.rows()[0].cells[0]
    one_line = cell.heightForWidth(120)
    table.set_rows([RowText(cells=("a much longer text " * 8, "x"), name="n")])
    assert cell.heightForWidth(120) > one_line
    longer = cell.heightForWidth(120)
    font = cell.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    cell.setFont(font)
    assert cell.heightForWidth(120) > longer
