"""The document: undoable edits, signals, the modified flag, saving."""

from __future__ import annotations

import datetime as dt
import json

from advisor.domain.assessment import Answer, PlanEdit, PlanStatus, Skip
from advisor.storage import load_assessment
from advisor.ui.document.model import AssessmentDocument


def test_answers_undo_and_redo(qtbot, mini_bank) -> None:
    doc = AssessmentDocument(mini_bank)
    with qtbot.waitSignals([doc.answerChanged, doc.changed]):
        doc.set_answer("log.iec", Answer(choice="yes"))
    doc.set_answer("log.iec", Answer(choice="no"))
    doc.set_answer("pay.reply", Answer(number=12))
    assert doc.modified
    assert doc.result().dimension("payments").score == 100
    doc.undo_stack.undo()
    assert "pay.reply" not in doc.assessment.answers
    doc.undo_stack.undo()
    assert doc.assessment.answers["log.iec"].choice == "yes"
    doc.undo_stack.redo()
    assert doc.assessment.answers["log.iec"].choice == "no"
    doc.clear_answer("log.iec")
    assert "log.iec" not in doc.assessment.answers
    doc.undo_stack.undo()
    assert doc.assessment.answers["log.iec"].choice == "no"


def test_same_answer_twice_is_one_step(mini_bank) -> None:
    doc = AssessmentDocument(mini_bank)
    doc.set_answer("log.iec", Answer(skip=Skip.UNKNOWN))
    doc.set_answer("log.iec", Answer(skip=Skip.UNKNOWN))
    assert doc.undo_stack.count() == 1


def test_typing_the_company_name_is_one_undo_step(qtbot, mini_bank) -> None:
    doc = AssessmentDocument(mini_bank)
    with qtbot.waitSignal(doc.profileChanged):
        doc.set_profile_field("company", "A")
    doc.set_profile_field("company", "Ac")
    doc.set_profile_field("company", "Acme")
    doc.set_profile_field("target_markets", ["eu"])
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.assessment.profile.target_markets == []
    doc.undo_stack.undo()
    assert doc.assessment.profile.company == ""
    assert not doc.modified


def test_plan_edits_are_undoable(mini_bank) -> None:
    doc = AssessmentDocument(mini_bank)
    edit = PlanEdit(owner="Asha", status=PlanStatus.IN_PROGRESS)
    doc.set_plan_edit("rec.iec", edit, "owner")
    assert doc.assessment.plan["rec.iec"] == edit
    doc.undo_stack.undo()
    assert "rec.iec" not in doc.assessment.plan


def test_save_stamps_updated_at_and_marks_clean(tmp_path, qtbot, mini_bank) -> None:
    doc = AssessmentDocument(mini_bank)
    doc.assessment.updated_at = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    doc.set_answer("log.iec", Answer(choice="yes"))
    target = tmp_path / "a.json"
    with qtbot.waitSignals([doc.saved, doc.modifiedChanged]):
        doc.save(target)
    assert not doc.modified
    assert doc.path == target
    loaded = load_assessment(target).assessment
    assert loaded.updated_at.year >= 2026
    assert loaded.updated_at.tzinfo is not None
    assert json.loads(doc.to_bytes())["answers"] == {"log.iec": {"choice": "yes"}}
