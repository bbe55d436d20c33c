"""The action plan: ranking (blockers, relevance, quick wins), phases and the user's edits."""

from __future__ import annotations

import datetime as dt

import pytest
from bank_answers import BUILTIN, MINI, answered, assessments, profile_of, worst_answer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.domain.assessment import Answer, Assessment, PlanEdit, PlanStatus, Skip
from advisor.domain.bank import Bank, Phase
from advisor.domain.planning import build_plan, relevance
from advisor.domain.scoring import score_assessment


def _plan(doc: Assessment, bank: Bank = MINI):  # type: ignore[no-untyped-def]
    return build_plan(bank, doc, score_assessment(bank, doc))


def _doc(**answers: Answer) -> Assessment:
    doc = Assessment.new("mini", "1.0.0")
    doc.profile = profile_of(MINI, sector="food", target_markets=["eu"])
    doc.answers = {k.replace("_", "."): v for k, v in answers.items()}
    return doc


def test_no_gaps_no_actions() -> None:
    doc = _doc(log_iec=Answer(choice="yes"), pay_reply=Answer(number=3))
    plan = _plan(doc)
    assert len(plan) == 0 and plan.top() == () and plan.get("rec.iec") is None


def test_blockers_rank_first_and_start_now() -> None:
    doc = _doc(
        log_iec=Answer(choice="no"),  # blocker, effort low, bank phase now
        pay_terms=Answer(choice="open"),  # blocker, bank phase next
        pay_reply=Answer(number=500),  # not critical, bank phase later
    )
    plan = _plan(doc)
    ranked = [a.id for a in plan]
    assert ranked == ["rec.iec", "rec.terms", "rec.reply"]
    assert [a.id for a in plan.top(10)] == ["rec.iec", "rec.terms"]  # no "later" in the top
    assert [a.id for a in plan.in_phase(Phase.NOW)] == ["rec.iec", "rec.terms"]
    assert plan.get("rec.terms").critical and plan.get("rec.terms").phase is Phase.NOW
    assert [a.id for a in plan.in_phase(Phase.LATER)] == ["rec.reply"]
    assert [a.rank for a in plan] == [1, 2, 3]


def test_non_blockers_take_the_banks_phase() -> None:
    doc = _doc(log_docs=Answer(choices=["invoice"]), pay_reply=Answer(number=30))
    plan = _plan(doc)
    assert plan.get("rec.docs").phase is Phase.NEXT
    assert plan.get("rec.reply").phase is Phase.LATER
    assert [a.id for a in plan] == ["rec.docs", "rec.reply"]  # phase order, then rank


def test_a_recommendation_gathers_all_its_gaps() -> None:
    doc = _doc(log_docs=Answer(choices=["invoice"]), log_ce=Answer(choice="no"))
    action = _plan(doc).get("rec.docs")
    assert [g.question.id for g in action.gaps] == ["log.ce", "log.docs"]  # most severe first
    assert action.severity == 200 and action.dimension == "logistics"


def test_market_relevance_raises_the_rank() -> None:
    # log.ce (EU only, weight 2) and a same-severity plain gap: the market one wins
    ce = MINI.question_by_id["log.ce"]
    assert relevance(ce, profile_of(MINI, target_markets=["eu"])) == 1.5
    assert relevance(ce, profile_of(MINI, target_markets=["us"])) == 1.0
    terms = MINI.question_by_id["pay.terms"]
    assert relevance(terms, profile_of(MINI, sector="food")) == 1.25
    assert relevance(MINI.question_by_id["log.iec"], profile_of(MINI)) == 1.0

    doc = _doc(log_ce=Answer(choice="no"), pay_reply=Answer(number=500))
    # severities: log.ce 100 x 2 = 200 (x 1.5 relevance); pay.reply 100 x 1 = 100
    plan = _plan(doc)
    assert [a.id for a in plan] == ["rec.docs", "rec.reply"]
    assert plan.get("rec.docs").relevance == 1.5


def test_quick_wins_first_among_equals() -> None:
    data = MINI.model_dump(mode="json")
    # two equal gaps (weight 1, score 0) whose recommendations differ only in effort
    data["recommendations"][2]["effort"] = "low"  # rec.reply
    data["recommendations"][1]["effort"] = "high"  # rec.docs
    data["recommendations"][1]["phase"] = "later"
    bank = Bank.model_validate(data)
    doc = _doc()
    doc.profile = profile_of(MINI, sector="textiles", target_markets=["us", "eu"])
    doc.answers = {"pay.reply": Answer(number=500), "log.docs": Answer(choices=["none"])}
    plan = build_plan(bank, doc, score_assessment(bank, doc))
    assert plan.get("rec.docs").priority == plan.get("rec.reply").priority
    assert [a.id for a in plan] == ["rec.reply", "rec.docs"]
    data["recommendations"][2]["effort"] = "high"
    data["recommendations"][1]["effort"] = "low"
    bank = Bank.model_validate(data)
    plan = build_plan(bank, doc, score_assessment(bank, doc))
    assert [a.id for a in plan] == ["rec.docs", "rec.reply"]


def test_unknown_answers_become_actions() -> None:
    plan = _plan(_doc(log_iec=Answer(skip=Skip.UNKNOWN)))
    (action,) = plan.actions
    assert action.id == "rec.iec" and action.critical and action.gaps[0].unknown


def test_plan_edits_are_merged_by_action_id() -> None:
    doc = _doc(log_iec=Answer(choice="no"), pay_reply=Answer(number=500))
    edit = PlanEdit(
        owner="Meena Iyer", due=dt.date(2027, 1, 31), status=PlanStatus.DONE, notes="Applied."
    )
    doc.plan = {"rec.iec": edit, "rec.gone": PlanEdit(owner="nobody")}
    plan = _plan(doc)
    assert plan.get("rec.iec").edit == edit and plan.get("rec.iec").done
    assert plan.get("rec.reply").edit == PlanEdit() and not plan.get("rec.reply").done
    assert plan.get("rec.gone") is None  # an edit of an action that is no longer needed is kept
    assert "rec.gone" in doc.plan  # in the document, not shown


@pytest.mark.parametrize("bank", [MINI, BUILTIN], ids=["mini", "builtin"])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_plan_invariants(bank: Bank, data: st.DataObject) -> None:
    doc = data.draw(assessments(bank))
    result = score_assessment(bank, doc)
    plan = build_plan(bank, doc, result)
    gap_ids = {g.question.id for g in result.gaps}
    covered = {g.question.id for a in plan for g in a.gaps}
    assert covered == gap_ids  # every gap has an action, no action without a gap
    assert [a.rank for a in plan] == list(range(1, len(plan) + 1))  # rank = plan order
    now = plan.in_phase(Phase.NOW)
    needed = {rid for a in now for rid in a.after}  # brought in, just before, by a blocker
    criticals = [a.critical for a in now if a.id not in needed]
    assert criticals == sorted(criticals, reverse=True)  # blockers first, then quick wins
    phases = [list(Phase).index(a.phase) for a in plan]
    assert phases == sorted(phases)
    assert build_plan(bank, doc, result) == plan


def test_all_worst_builtin_plan_has_every_phase() -> None:
    profile = profile_of(BUILTIN, sector="spices", target_markets=["us", "uae_gcc"])
    doc = answered(BUILTIN, profile, worst_answer)
    plan = _plan(doc, BUILTIN)
    assert all(plan.in_phase(phase) for phase in Phase)
    assert plan.top(1)[0].critical
