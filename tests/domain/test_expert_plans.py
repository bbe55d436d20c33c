"""Results and plans an export consultant would sign (README "How the plan is built").

Realistic firms (:mod:`expert_firms`) and properties over random answer sets: honest
results on partial answers, a short "now" in dependency order, best practice no gap.
"""

from __future__ import annotations

import pytest
from bank_answers import BUILTIN, MINI, answers_to, assessments
from expert_firms import (
    first_time_eu_textiles,
    half_answered,
    mature_multi_market,
    us_food_exporter,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.domain.assessment import Assessment, PlanEdit
from advisor.domain.bank import Bank, Phase
from advisor.domain.planning import (
    NOW_CAP,
    NOW_CAP_MICRO,
    QUICK_WINS,
    TIER_BORDER,
    TIER_SHIP_OR_PAY,
    ActionPlan,
    build_plan,
)
from advisor.domain.scoring import score_assessment

PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BANKS = pytest.mark.parametrize("bank", [MINI, BUILTIN], ids=["mini", "builtin"])
_ORDER = {Phase.NOW: 0, Phase.NEXT: 1, Phase.LATER: 2}


def _scored(doc: Assessment, bank: Bank = BUILTIN):  # type: ignore[no-untyped-def]
    result = score_assessment(bank, doc)
    return result, build_plan(bank, doc, result)


def _ids(actions) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.id for a in actions]


def assert_dependencies_hold(plan: ActionPlan) -> None:
    """No action in an earlier phase than, or before, an action it needs."""
    position = {a.id: i for i, a in enumerate(plan)}
    for action in plan:
        for rid in action.recommendation.after:
            need = plan.get(rid)
            if need is None:
                continue  # no gap: already done
            assert _ORDER[need.phase] <= _ORDER[action.phase], (rid, action.id)
            assert position[rid] < position[action.id], (rid, action.id)


# --- a first-time exporter to the EU ---------------------------------------------------


def test_first_timer_now_is_short_blockers_first_and_iec_first() -> None:
    result, plan = _scored(first_time_eu_textiles())
    now = plan.in_phase(Phase.NOW)
    assert 0 < len(now) <= NOW_CAP_MICRO <= 8  # a micro firm
    assert now[0].id == "rec.iec"
    ids = _ids(now)
    # IEC, then the export bank account, then the AD code registration
    assert ids.index("rec.iec") < ids.index("rec.ad_bank") < ids.index("rec.ad_code")
    assert_dependencies_hold(plan)
    # only blockers, what they need, and a few quick wins
    for action in now:
        needed = any(action.id in other.recommendation.after for other in now)
        assert action.critical or action.quick_win or needed, action.id
    assert sum(a.quick_win and not a.critical for a in now) <= QUICK_WINS
    # the destination's border rule (GPSR) is in "now", after can't-ship/can't-get-paid
    tiers = [a.tier for a in now if a.critical]
    assert tiers == sorted(tiers) and TIER_BORDER in tiers and TIER_SHIP_OR_PAY in tiers
    assert "rec.gpsr" in ids
    # the top five of the summary are the plan's first five, none of them "later"
    assert plan.top(5) == plan.actions[:5]
    assert all(a.phase is not Phase.LATER for a in plan.top(5))
    # a long plan is not cut: the rest is "when you are ready"
    assert len(plan.shown) + len(plan.when_ready) == len(plan) > 25
    assert result.stage.id == "not_ready" and not result.provisional


def test_plan_edits_survive_reranking() -> None:
    doc = first_time_eu_textiles()
    doc.plan = {"rec.gpsr": PlanEdit(owner="Selvi", notes="Ask the buyer for their template")}
    _, before = _scored(doc)
    doc.answers["log.iec"] = doc.answers["log.iec"].model_copy(update={"choice": "yes_updated"})
    _, after = _scored(doc)
    assert before.get("rec.gpsr").rank != after.get("rec.gpsr").rank  # re-ranked...
    assert after.get("rec.gpsr").edit.owner == "Selvi"  # ...and the edit followed it
    assert after.get("rec.iec") is None


# --- a US food exporter ---------------------------------------------------------------


def test_us_food_exporter_registers_with_fda_now() -> None:
    result, plan = _scored(us_food_exporter())
    now = plan.in_phase(Phase.NOW)
    assert "rec.fda_registration" in _ids(now) and len(now) <= NOW_CAP
    fda = plan.get("rec.fda_registration")
    assert fda.critical and fda.tier == TIER_BORDER
    assert_dependencies_hold(plan)
    for action in plan:  # whatever waits for the FDA registration comes after it
        if "rec.fda_registration" in action.recommendation.after:
            assert action.rank > fda.rank
    assert {g.question.id for g in result.blockers} >= {"qa.fda_registration"}


# --- a mature exporter ----------------------------------------------------------------


def test_mature_exporter_gets_no_now_and_no_action_for_best_practice() -> None:
    result, plan = _scored(mature_multi_market())
    assert plan.in_phase(Phase.NOW) == ()
    assert plan.get("rec.secure_terms") is None  # a confirmed LC is best practice
    assert not any(g.question.id == "pay.terms_new_buyer" for g in result.gaps)
    assert result.stage.id == "export_ready" and not result.provisional
    assert result.no_blockers


# --- half answered ---------------------------------------------------------------------


def test_half_answered_is_provisional_with_three_areas_not_assessed() -> None:
    result, _plan = _scored(half_answered())
    assert result.provisional
    assert result.score == 100  # what was answered was answered well...
    assert result.stage != result.top_stage  # ...but it has not earned "Export-ready"
    not_assessed = [d.id for d in result.dimensions if not d.assessed]
    assert not_assessed == ["payments", "quality", "branding"]
    for dim in result.dimensions:
        if not dim.assessed:
            assert dim.score is None and dim.stage is None  # never 0, never "Not yet ready"
    unconfirmed = [o.question.id for o in result.unconfirmed]
    assert "pay.terms_new_buyer" in unconfirmed  # cannot say whether they get paid
    assert not result.no_blockers
    assert result.stage.min <= BUILTIN.stages_ordered[1].min  # held like a blocker


# --- properties ------------------------------------------------------------------------


@BANKS
@PROPERTY
@given(data=st.data())
def test_plan_never_violates_a_dependency_and_now_stays_short(
    bank: Bank, data: st.DataObject
) -> None:
    doc = data.draw(assessments(bank))
    _, plan = _scored(doc, bank)
    assert_dependencies_hold(plan)
    cap = NOW_CAP_MICRO if doc.profile.size in ("micro", "not_registered") else NOW_CAP
    assert len(plan.in_phase(Phase.NOW)) <= cap
    early = [a for a in plan if a.phase is not Phase.LATER]
    if early:
        assert all(a.phase is not Phase.LATER for a in plan.top(5))
    assert plan.top(5) == plan.actions[: len(plan.top(5))]


@BANKS
@PROPERTY
@given(data=st.data())
def test_one_more_answer_never_makes_a_result_provisional(bank: Bank, data: st.DataObject) -> None:
    doc = data.draw(assessments(bank))
    open_questions = [q for q in bank.questions if q.id not in doc.answers]
    if not open_questions:
        return
    question = data.draw(st.sampled_from(open_questions))
    before = score_assessment(bank, doc)
    doc.answers = {**doc.answers, question.id: data.draw(answers_to(question))}
    after = score_assessment(bank, doc)
    if not before.provisional:
        assert not after.provisional
    assert len(after.missing) <= len(before.missing)


@BANKS
@PROPERTY
@given(data=st.data())
def test_a_provisional_result_never_reaches_the_top_stage(bank: Bank, data: st.DataObject) -> None:
    result = score_assessment(bank, data.draw(assessments(bank)))
    top = bank.stages_ordered[-1]
    if result.provisional:
        assert result.stage != top
    for dim in result.dimensions:
        if dim.provisional:
            assert dim.stage != top
        if not dim.assessed:
            assert dim.score is None and dim.stage is None
    if result.unconfirmed or result.blockers:
        assert not result.no_blockers
        assert result.stage is None or result.stage.min <= bank.stages_ordered[1].min
