"""Scoring: unit tests on the mini bank, property tests (hypothesis) on both banks."""

from __future__ import annotations

import pytest
from bank_answers import (
    BUILTIN,
    MINI,
    answered,
    answers_to,
    assessments,
    best_answer,
    profile_of,
    profiles,
    worst_answer,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.domain.assessment import Answer, Assessment, Skip
from advisor.domain.bank import Bank
from advisor.domain.scoring import AnswerStatus, question_score, score_assessment

PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BANKS = pytest.mark.parametrize("bank", [MINI, BUILTIN], ids=["mini", "builtin"])


def _doc(**answers: Answer) -> Assessment:
    doc = Assessment.new("mini", "1.0.0")
    doc.profile = profile_of(MINI, sector="food", target_markets=["eu"])
    doc.answers = {k.replace("_", "."): v for k, v in answers.items()}
    return doc


# --- unit: the scoring rules (README, "How the score works") on the mini bank ------------


def test_question_scores_by_kind() -> None:
    q = MINI.question_by_id
    assert question_score(q["log.iec"], Answer(choice="stale")) == 50
    assert question_score(q["log.docs"], Answer(choices=["invoice"])) == 50
    assert question_score(q["log.docs"], Answer(choices=["invoice", "packing"])) == 100
    assert question_score(q["log.docs"], Answer(choices=["none"])) == 0
    assert question_score(q["log.docs"], Answer(choices=[])) == 0
    assert question_score(q["pay.reply"], Answer(number=23.9)) == 100
    assert question_score(q["pay.reply"], Answer(number=24)) == 50
    assert question_score(q["pay.reply"], Answer(number=500)) == 0
    assert question_score(q["log.iec"], Answer(skip=Skip.UNKNOWN)) == 0
    assert question_score(q["log.iec"], Answer(skip=Skip.NOT_APPLICABLE)) is None
    # answers that do not fit their question are not scored
    assert question_score(q["log.iec"], Answer(choice="maybe")) is None
    assert question_score(q["log.iec"], Answer(number=3)) is None
    assert question_score(q["log.docs"], Answer(choices=["invoice", "maybe"])) is None


def test_weighted_mean_per_dimension_and_overall() -> None:
    doc = _doc(
        log_iec=Answer(choice="stale"),  # 50 x 3
        log_docs=Answer(choices=["invoice", "packing"]),  # 100 x 1
        log_ce=Answer(choice="yes"),  # 100 x 2
        pay_reply=Answer(number=30),  # 50 x 1
        pay_terms=Answer(choice="lc"),  # 80 x 2
    )
    result = score_assessment(MINI, doc)
    assert result.dimension("logistics").score == pytest.approx(round(450 / 6, 1))
    assert result.dimension("payments").score == pytest.approx(70.0)
    assert result.score == pytest.approx(round((75.0 + 70.0) / 2, 1))
    assert result.stage.id == "good"
    assert not result.blockers and not result.capped


def test_unknown_is_a_flagged_gap_and_a_blocker_when_critical() -> None:
    result = score_assessment(MINI, _doc(log_iec=Answer(skip=Skip.UNKNOWN)))
    (gap,) = result.gaps
    assert gap.unknown and gap.critical and gap.score == 0
    assert result.outcomes["log.iec"].status is AnswerStatus.UNKNOWN
    assert result.dimension("logistics").score == 0
    assert result.dimension("logistics").completeness == pytest.approx(round(1 / 3, 3))


def test_not_applicable_and_unanswered_leave_the_denominator() -> None:
    base = {"log_iec": Answer(choice="yes"), "log_docs": Answer(choices=["invoice"])}
    with_na = score_assessment(MINI, _doc(**base, log_ce=Answer(skip=Skip.NOT_APPLICABLE)))
    without = score_assessment(MINI, _doc(**base))
    logistics = with_na.dimension("logistics")
    assert logistics.score == without.dimension("logistics").score == pytest.approx(87.5)
    assert logistics.scored == 2 and logistics.applicable == 3
    # not applicable counts as dealt with for completeness; unanswered does not
    assert logistics.completeness == 1.0
    assert without.dimension("logistics").completeness == pytest.approx(0.667)


def test_completeness_is_separate_from_the_score() -> None:
    result = score_assessment(MINI, _doc(log_iec=Answer(choice="yes")))
    assert result.dimension("logistics").score == 100
    assert result.completeness == pytest.approx(0.2)
    assert result.dimension("payments").scored == 0
    assert result.score == 100  # only dimensions with a scored question count
    # ... but a result resting on one answer is provisional and not "Export-ready"
    assert result.provisional and result.stage.id == "mid"  # held by pay.terms, unanswered
    assert [o.question.id for o in result.unconfirmed] == ["pay.terms"]
    assert result.dimension("payments").score is None
    assert result.dimension("payments").stage is None
    assert not result.dimension("payments").assessed
    assert [d.id for d in result.missing] == ["logistics", "payments"]  # IEC is 3 of 6


def test_hidden_answers_are_kept_but_not_scored() -> None:
    doc = _doc(log_iec=Answer(choice="yes"), log_ce=Answer(choice="no"))
    doc.profile = profile_of(MINI, sector="food", target_markets=["us"])
    result = score_assessment(MINI, doc)
    assert "log.ce" in doc.answers
    assert result.outcomes["log.ce"].status is AnswerStatus.HIDDEN
    assert result.outcomes["log.ce"].score is None
    assert result.dimension("logistics").score == 100
    assert result.dimension("logistics").applicable == 2
    assert not result.gaps


def test_blockers_come_first_and_cap_the_stage() -> None:
    doc = _doc(
        log_iec=Answer(choice="no"),  # critical
        log_docs=Answer(choices=["invoice", "packing"]),
        log_ce=Answer(choice="yes"),
        pay_reply=Answer(number=100),  # a worse gap by points, but not critical
        pay_terms=Answer(choice="advance"),
    )
    result = score_assessment(MINI, doc)
    assert [g.question.id for g in result.gaps] == ["log.iec", "pay.reply"]
    assert result.blockers == result.gaps[:1]
    logistics = result.dimension("logistics")
    assert logistics.score == 50 and logistics.stage.id == "mid" and not logistics.capped
    payments = result.dimension("payments")
    assert payments.stage.id == "good" and not payments.blockers
    assert result.score == pytest.approx(round((50 + 66.7) / 2, 1))
    assert result.stage.id == "mid" and not result.capped  # 58.4 is "mid" anyway


def test_a_blocker_caps_a_high_dimension() -> None:
    doc = _doc(
        log_iec=Answer(choice="yes"),
        pay_reply=Answer(number=1),
        pay_terms=Answer(choice="open"),  # critical below 40, weight 2 of 3
    )
    doc.profile = profile_of(MINI, sector="food", target_markets=["us"])
    result = score_assessment(MINI, doc)
    assert result.dimension("payments").score == pytest.approx(33.3)
    doc.answers["pay.reply"] = Answer(number=1)
    doc.answers["log.iec"] = Answer(choice="yes")
    doc.answers["log.docs"] = Answer(choices=["invoice", "packing"])
    high = score_assessment(MINI, doc)
    assert high.score >= 60
    assert high.stage.id == "mid" and high.capped  # the second stage is the ceiling


def test_strengths_and_gap_details() -> None:
    result = score_assessment(MINI, _doc(log_iec=Answer(choice="yes"), log_ce=Answer(choice="no")))
    logistics = result.dimension("logistics")
    assert [o.question.id for o in logistics.strengths] == ["log.iec"]
    (gap,) = logistics.gaps
    assert (gap.question.id, gap.answer.choice, gap.dimension) == ("log.ce", "no", "logistics")
    assert gap.severity == 200 and not gap.critical and not gap.unknown


def test_an_empty_assessment() -> None:
    result = score_assessment(MINI, Assessment.new("mini", "1.0.0"))
    assert result.score is None and result.completeness == 0 and not result.gaps
    assert result.stage is None and result.provisional and not result.assessed
    assert all(d.score is None and d.stage is None for d in result.dimensions)
    # nothing answered: the critical IEC question is an unconfirmed blocker
    assert [o.question.id for o in result.unconfirmed] == ["log.iec"]
    assert not result.blockers and not result.no_blockers
    with pytest.raises(KeyError):
        result.dimension("nope")


# --- properties (issue 3) --------------------------------------------------------------


@BANKS
@PROPERTY
@given(data=st.data())
def test_every_score_is_between_0_and_100(bank: Bank, data: st.DataObject) -> None:
    result = score_assessment(bank, data.draw(assessments(bank)))
    assert result.score is None or 0 <= result.score <= 100
    assert 0 <= result.completeness <= 1
    for dim in result.dimensions:
        assert 0 <= dim.completeness <= 1
        if dim.score is None:  # not assessed: no score and no stage, never 0
            assert dim.stage is None and not dim.assessed and dim.scored == 0
            continue
        assert 0 <= dim.score <= 100
        assert not dim.blockers or dim.stage.min <= bank.stages_ordered[1].min
    for gap in result.gaps:
        assert 0 <= gap.score < 100


@BANKS
@PROPERTY
@given(data=st.data())
def test_all_best_answers_give_100_and_the_top_stage(bank: Bank, data: st.DataObject) -> None:
    result = score_assessment(bank, answered(bank, data.draw(profiles(bank)), best_answer))
    top = bank.stages_ordered[-1]
    assert result.score == 100 and result.stage == top and not result.gaps
    for dim in result.dimensions:
        assert dim.score == 100 and dim.stage == top and dim.completeness == 1


@BANKS
@PROPERTY
@given(data=st.data())
def test_all_worst_answers_give_the_lowest_stage_with_blockers(
    bank: Bank, data: st.DataObject
) -> None:
    result = score_assessment(bank, answered(bank, data.draw(profiles(bank)), worst_answer))
    lowest = bank.stages_ordered[0]
    assert result.stage == lowest and result.score < lowest.min + 10
    assert all(d.stage == lowest for d in result.dimensions)
    assert result.blockers and result.gaps[: len(result.blockers)] == result.blockers


@BANKS
@PROPERTY
@given(data=st.data())
def test_improving_one_answer_never_lowers_its_dimension(bank: Bank, data: st.DataObject) -> None:
    doc = data.draw(assessments(bank))
    question = data.draw(st.sampled_from(bank.questions))
    before_answer = data.draw(answers_to(question))
    after_answer = data.draw(answers_to(question, skips=False))
    before_score = question_score(question, before_answer)
    after_score = question_score(question, after_answer)
    if before_score is None or after_score is None or after_score < before_score:
        before_answer, after_answer = after_answer, before_answer
        before_score, after_score = after_score, before_score
    if before_score is None or after_score is None:
        return  # "not applicable" is not worse or better: see the next test
    doc.answers = {**doc.answers, question.id: before_answer}
    before = score_assessment(bank, doc).dimension(question.dimension).score
    doc.answers = {**doc.answers, question.id: after_answer}
    after = score_assessment(bank, doc).dimension(question.dimension).score
    if before is None or after is None:  # the question is hidden and its area not assessed
        assert before is after is None
        return
    assert after >= before


@BANKS
@PROPERTY
@given(data=st.data())
def test_not_applicable_never_changes_another_dimension(bank: Bank, data: st.DataObject) -> None:
    doc = data.draw(assessments(bank))
    question = data.draw(st.sampled_from(bank.questions))
    before = score_assessment(bank, doc)
    doc.answers = {**doc.answers, question.id: Answer(skip=Skip.NOT_APPLICABLE)}
    after = score_assessment(bank, doc)
    for old, new in zip(before.dimensions, after.dimensions, strict=True):
        if old.id != question.dimension:
            assert old == new


@BANKS
@PROPERTY
@given(data=st.data())
def test_same_input_same_output(bank: Bank, data: st.DataObject) -> None:
    doc = data.draw(assessments(bank))
    copy = Assessment.model_validate(doc.model_dump())
    assert score_assessment(bank, doc) == score_assessment(bank, copy)
    reordered = Assessment.model_validate(
        {**doc.model_dump(), "answers": dict(reversed(list(doc.answers.items())))}
    )
    assert score_assessment(bank, reordered) == score_assessment(bank, doc)


@BANKS
@PROPERTY
@given(data=st.data())
def test_unknown_is_always_a_flagged_gap(bank: Bank, data: st.DataObject) -> None:
    doc = data.draw(assessments(bank))
    result = score_assessment(bank, doc)
    for qid, outcome in result.outcomes.items():
        if outcome.status is AnswerStatus.UNKNOWN:
            gap = next(g for g in result.gaps if g.question.id == qid)
            assert gap.unknown and gap.score == 0
            assert gap.critical == outcome.question.critical


@BANKS
@PROPERTY
@given(data=st.data())
def test_hidden_answers_do_not_count(bank: Bank, data: st.DataObject) -> None:
    doc = data.draw(assessments(bank))
    result = score_assessment(bank, doc)
    hidden = [q for q, o in result.outcomes.items() if o.status is AnswerStatus.HIDDEN]
    doc.answers = {k: v for k, v in doc.answers.items() if k not in hidden}
    assert score_assessment(bank, doc).dimensions == result.dimensions
