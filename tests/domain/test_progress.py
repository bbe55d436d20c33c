"""Progress between two assessments: scores, stages, gaps, actions, bank version changes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from advisor.domain.assessment import Answer, Assessment, PlanEdit, PlanStatus, Skip
from advisor.domain.bank import Bank
from advisor.domain.bank_checks import bank_from_data
from advisor.domain.progress import (
    ComparisonError,
    NotComparableReason,
    compare,
    progress_to_json,
)

T0 = dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)

BEST = {
    "log.iec": Answer(choice="yes"),
    "log.docs": Answer(choices=["invoice", "packing"]),
    "log.ce": Answer(choice="yes"),
    "pay.reply": Answer(number=2),
    "pay.terms": Answer(choice="advance"),
}


def make(when: dt.datetime = T0, company: str = "Sharma Textiles", **answers: Answer) -> Assessment:
    doc = Assessment.new("mini", "1.0.0", now=when)
    doc.profile.company = company
    doc.profile.sector = "textiles"
    doc.profile.target_markets = ["eu"]
    doc.answers = {**BEST, **{k.replace("_", "."): v for k, v in answers.items()}}
    return doc


def other_version(bank: Bank, mutate) -> Bank:  # type: ignore[no-untyped-def]
    data = bank.model_dump(mode="json")
    data["version"] = "1.1.0"
    mutate(data)
    return bank_from_data(data, "<test bank>")


@pytest.fixture
def before() -> Assessment:
    return make(
        T0,
        log_iec=Answer(choice="no"),  # blocker
        log_ce=Answer(choice="no"),
        pay_reply=Answer(number=50),
    )


@pytest.fixture
def after() -> Assessment:
    return make(
        T1,
        log_iec=Answer(choice="yes"),  # closed
        log_ce=Answer(choice="no"),  # still open
        pay_terms=Answer(choice="lc"),  # new gap
        pay_reply=Answer(number=2),  # closed
    )


def test_scores_and_stages_move(mini_bank, before, after):
    progress = compare(mini_bank, before, after)
    assert progress.overall.old == progress.old_result.score
    assert progress.overall.new == progress.new_result.score
    assert progress.overall.delta == round(progress.overall.new - progress.overall.old, 1)
    assert progress.overall.delta > 0
    logistics = progress.dimension("logistics")
    assert logistics.change.old < logistics.change.new
    assert logistics.change.stage_direction == 1
    assert [d.id for d in progress.dimensions] == ["logistics", "payments"]


def test_gaps_closed_open_and_new(mini_bank, before, after):
    progress = compare(mini_bank, before, after)
    assert [g.id for g in progress.gaps_closed] == ["log.iec", "pay.reply"]
    assert [g.id for g in progress.gaps_open] == ["log.ce"]
    assert [g.id for g in progress.gaps_new] == ["pay.terms"]
    iec = progress.gaps_closed[0]
    assert iec.old_critical and not iec.new_critical and iec.critical
    assert iec.old_score == 0 and iec.new_score == 100
    assert progress.not_comparable == ()
    assert progress.warnings == ()


def test_actions_completed_by_closing_gaps_or_marking_done(mini_bank, before, after):
    after.plan = {"rec.docs": PlanEdit(status=PlanStatus.DONE, owner="Asha")}
    progress = compare(mini_bank, before, after)
    completed = {a.id: a for a in progress.actions_completed}
    assert set(completed) == {"rec.iec", "rec.reply", "rec.docs"}
    assert completed["rec.iec"].gaps_closed and not completed["rec.iec"].marked_done
    assert completed["rec.docs"].marked_done and not completed["rec.docs"].gaps_closed


def test_action_done_already_last_time_is_not_counted_again(mini_bank, before, after):
    before.plan = {"rec.docs": PlanEdit(status=PlanStatus.DONE)}
    after.plan = {"rec.docs": PlanEdit(status=PlanStatus.DONE)}
    progress = compare(mini_bank, before, after)
    assert "rec.docs" not in {a.id for a in progress.actions_completed}


def test_action_newly_marked_done_without_earlier_gap_counts(mini_bank):
    old, new = make(T0), make(T1)
    new.plan = {"rec.terms": PlanEdit(status=PlanStatus.DONE)}
    progress = compare(mini_bank, old, new)
    assert [(a.id, a.marked_done, a.dimension) for a in progress.actions_completed] == [
        ("rec.terms", True, "payments")
    ]


def test_gap_not_reassessed_when_later_skips_it(mini_bank, before):
    later = make(T1, log_iec=Answer(choice="yes"), pay_reply=Answer(number=2))
    del later.answers["log.ce"]
    later.answers = dict(later.answers)
    progress = compare(mini_bank, before, later)
    assert [g.id for g in progress.gaps_not_reassessed] == ["log.ce"]
    assert "log.ce" not in {g.id for g in progress.gaps_closed}


def test_unknown_answer_is_a_gap_that_can_close(mini_bank):
    old = make(T0, log_docs=Answer(skip=Skip.UNKNOWN))
    new = make(T1)
    progress = compare(mini_bank, old, new)
    assert [g.id for g in progress.gaps_closed] == ["log.docs"]


def test_identical_assessments_show_no_change(mini_bank, before):
    progress = compare(mini_bank, before, before)
    assert progress.overall.delta == 0
    assert all(d.change.delta == 0 for d in progress.dimensions)
    assert progress.gaps_closed == () and progress.gaps_new == ()
    assert len(progress.gaps_open) == 3
    assert progress.actions_completed == ()


def test_company_names_differ_is_a_warning_not_an_error(mini_bank):
    progress = compare(mini_bank, make(T0, "Sharma Textiles"), make(T1, "Gupta Spices"))
    assert len(progress.warnings) == 1
    assert "company names differ" in progress.warnings[0]
    same = compare(mini_bank, make(T0, "sharma  textiles"), make(T1, "Sharma Textiles"))
    assert same.warnings == ()


def test_warnings_have_hindi_for_the_app(mini_bank):
    progress = compare(mini_bank, make(T0, "Sharma Textiles"), make(T1, "Gupta Spices"))
    (text,) = progress.warning_texts
    assert "कंपनी के नाम अलग हैं" in text.get("hi")
    assert text.get("en") == progress.warnings[0]


def test_clock_set_backwards_warns(mini_bank):
    progress = compare(mini_bank, make(T1), make(T0))
    assert any("dated after" in w for w in progress.warnings)


def test_different_banks_cannot_be_compared(mini_bank):
    other = make(T1)
    other.bank = other.bank.model_copy(update={"id": "other"})
    with pytest.raises(ComparisonError, match=r"different banks|not 'mini'"):
        compare(mini_bank, make(T0), other)


def test_bank_versions_compare_shared_questions_and_list_the_others(mini_bank, before, after):
    def mutate(data):  # type: ignore[no-untyped-def]
        questions = data["questions"]
        questions[:] = [q for q in questions if q["id"] != "log.docs"]  # removed
        reply = next(q for q in questions if q["id"] == "pay.reply")
        reply["bands"][1]["score"] = 60  # scoring changed
        new_q = dict(next(q for q in questions if q["id"] == "log.ce"))
        new_q.update(id="log.hs", condition=None)
        questions.append(new_q)  # added
        for rec in data["recommendations"]:
            rec["questions"] = [q for q in rec["questions"] if q != "log.docs"]
            if rec["id"] == "rec.docs":
                rec["questions"].append("log.hs")

    new_bank = other_version(mini_bank, mutate)
    later = after.model_copy(deep=True)
    later.bank = later.bank.model_copy(update={"version": "1.1.0"})
    later.answers = {k: v for k, v in later.answers.items() if k != "log.docs"}
    later.answers["log.hs"] = Answer(choice="no")
    progress = compare(new_bank, before, later, old_bank=mini_bank)
    reasons = {n.id: n.reason for n in progress.not_comparable}
    assert reasons == {
        "log.docs": NotComparableReason.ONLY_EARLIER,
        "pay.reply": NotComparableReason.CHANGED,
        "log.hs": NotComparableReason.ONLY_LATER,
    }
    compared = {g.id for g in progress.gaps_closed + progress.gaps_open + progress.gaps_new}
    assert compared == {"log.iec", "log.ce", "pay.terms"}
    assert progress.warnings == ()


def test_old_answers_that_no_longer_fit_are_not_comparable(mini_bank, before, after):
    before.answers = {**before.answers, "log.iec": Answer(choice="pending")}
    before.bank = before.bank.model_copy(update={"version": "0.9.0"})
    progress = compare(mini_bank, before, after)
    assert [(n.id, n.reason) for n in progress.not_comparable] == [
        ("log.iec", NotComparableReason.ANSWER_DOES_NOT_FIT)
    ]
    assert "log.iec" not in {g.id for g in progress.gaps_closed}
    assert any("version 0.9.0" in w for w in progress.warnings)


def test_json_shape_and_determinism(mini_bank, before, after):
    first = progress_to_json(compare(mini_bank, before, after))
    second = progress_to_json(compare(mini_bank, before, after))
    assert first == second
    text = json.dumps(first, ensure_ascii=False)
    assert json.loads(text) == first
    assert set(first) >= {
        "old",
        "new",
        "overall",
        "dimensions",
        "gaps_closed",
        "gaps_open",
        "gaps_new",
        "actions_completed",
        "not_comparable",
        "warnings",
    }
    assert first["overall"]["stage_change"] in {"up", "same", "down"}
    closed = first["gaps_closed"][0]
    assert closed == {
        "question": "log.iec",
        "dimension": "logistics",
        "text": "Do you have an IEC?",
        "old_answer": "No",
        "new_answer": "Yes",
        "old_score": 0.0,
        "new_score": 100.0,
        "critical": True,
    }
    assert first["old"]["date"] == "2026-05-01"


def test_empty_assessments_compare_without_scores(mini_bank):
    old = Assessment.new("mini", "1.0.0", now=T0)
    new = Assessment.new("mini", "1.0.0", now=T1)
    progress = compare(mini_bank, old, new)
    assert progress.overall.old is None and progress.overall.delta is None
    assert progress_to_json(progress)["overall"]["delta"] is None
