"""The scoring and planning over per-bank tables (issue 18) give exactly what the engine
before them gave: same scores (to the bit, and of the same type), stages, provisional and
capped flags, blockers, gaps, outcomes, plan items, phases and order.

The engine before is kept in ``ref_scoring.py`` / ``ref_planning.py`` (this folder) only as
this test's reference.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import ref_planning
import ref_scoring
from bank_answers import BUILTIN, MINI, assessments
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.domain.assessment import Answer, Assessment, PlanEdit, PlanStatus
from advisor.domain.bank import Bank
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.domain.tables import tables_for
from advisor.domain.validation import answer_problems, assessment_problems, profile_problems

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))  # the benchmarks' generators

from _generate import random_answer  # noqa: E402


def _num(value: Any) -> str:
    return repr(value)  # 0 and 0.0 differ in the JSON output: compare the type too


def _gap(g: Any) -> tuple[Any, ...]:
    return (g.question.id, g.answer, _num(g.score), g.critical, g.unknown, _num(g.severity))


def _outcome(o: Any) -> tuple[Any, ...]:
    return (o.question.id, o.answer, str(o.status), _num(o.score), o.applicable)


def _stage(stage: Any) -> str | None:
    return None if stage is None else stage.id


def snapshot(result: Any, plan: Any) -> dict[str, Any]:
    """Everything a result and a plan say, as plain data."""
    return {
        "score": _num(result.score),
        "stage": _stage(result.stage),
        "completeness": _num(result.completeness),
        "capped": result.capped,
        "provisional": result.provisional,
        "no_blockers": result.no_blockers,
        "gaps": [_gap(g) for g in result.gaps],
        "blockers": [g.question.id for g in result.blockers],
        "unconfirmed": [_outcome(o) for o in result.unconfirmed],
        "missing": [d.id for d in result.missing],
        "outcomes": [(k, _outcome(o)) for k, o in result.outcomes.items()],
        "dimensions": [
            (
                d.id,
                _num(d.score),
                _stage(d.stage),
                _num(d.completeness),
                d.answered,
                d.applicable,
                d.scored,
                [_gap(g) for g in d.gaps],
                [_outcome(o) for o in d.strengths],
                d.capped,
                _num(d.coverage),
                [_outcome(o) for o in d.unconfirmed],
                d.provisional,
                [g.question.id for g in d.blockers],
            )
            for d in result.dimensions
        ],
        "plan": [
            (
                a.id,
                [_gap(g) for g in a.gaps],
                str(a.phase),
                a.critical,
                _num(a.severity),
                _num(a.relevance),
                a.rank,
                a.edit,
                a.tier,
                a.quick_win,
                a.after,
                _num(a.priority),
                a.dimension,
            )
            for a in plan
        ],
        "top": [a.id for a in plan.top()],
    }


def both(bank: Bank, doc: Assessment) -> tuple[dict[str, Any], dict[str, Any]]:
    """(new engine, reference engine) snapshots of one assessment."""
    result = score_assessment(bank, doc)
    new = snapshot(result, build_plan(bank, doc, result))
    ref_result = ref_scoring.score_assessment(bank, doc)
    old = snapshot(ref_result, ref_planning.build_plan(bank, doc, ref_result))
    return new, old


def _misfit(bank: Bank, rng: random.Random) -> Answer:
    """An answer of another question (often of the wrong kind or an unknown option)."""
    other = rng.choice(bank.questions)
    if rng.random() < 0.2:
        return Answer(choice="no-such-option")
    answer = None
    while answer is None:
        answer = random_answer(other, rng)
    return answer


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), bank=st.sampled_from([BUILTIN, MINI]), seed=st.integers(0, 2**32))
def test_same_results_as_the_reference_engine(data: st.DataObject, bank: Bank, seed: int) -> None:
    doc = data.draw(assessments(bank))
    rng = random.Random(seed)
    answers = dict(doc.answers)
    for qid in list(answers)[: rng.randint(0, 3)]:
        answers[qid] = _misfit(bank, rng)  # answers that do not fit count as not given
    if rng.random() < 0.3:
        answers["not.in.the.bank"] = Answer(choice="yes")  # kept, never scored
    doc.answers = answers
    if rng.random() < 0.2:  # a profile value the bank does not know
        doc.profile = doc.profile.model_copy(update={"target_markets": ["mars"]})
    recs = rng.sample(bank.recommendations, min(len(bank.recommendations), rng.randint(0, 5)))
    doc.plan = {
        r.id: PlanEdit(owner=f"Owner {i}", status=rng.choice(list(PlanStatus)))
        for i, r in enumerate(recs)
    }
    new, old = both(bank, doc)
    assert new == old
    assert assessment_problems(bank, doc) == _every_problem(bank, doc)


def _every_problem(bank: Bank, doc: Assessment) -> list[str]:
    """What :func:`assessment_problems` says, without its quick yes for answers that fit."""
    problems = list(profile_problems(bank, doc))
    for qid, answer in doc.answers.items():
        question = bank.question_by_id.get(qid)
        if question is not None:
            problems.extend(answer_problems(question, answer, f"answers.{qid}"))
    return problems


def test_same_results_on_1000_generated_files() -> None:
    """The benchmark's 1,000 generated assessments (varied profiles, answers, plan edits)."""
    from bench_scoring import generate

    for doc in generate(BUILTIN, 1000, seed=18):
        new, old = both(BUILTIN, doc)
        assert new == old, doc.profile


def test_an_empty_assessment_is_the_same() -> None:
    for bank in (BUILTIN, MINI):
        doc = Assessment.new(bank.id, bank.version)
        new, old = both(bank, doc)
        assert new == old
        assert new["plan"] == []


def test_the_tables_are_built_once_per_bank() -> None:
    assert tables_for(BUILTIN) is tables_for(BUILTIN)
    assert len(tables_for(BUILTIN).rows) == len(BUILTIN.questions)
    assert BUILTIN.model_copy() == BUILTIN  # the kept tables are no part of the bank's value


def _fractional(bank: Bank) -> Bank:
    """``bank`` with weights and option scores that are not whole numbers (the plan then
    rounds each priority to 6 decimals, as the engine before did)."""
    data = bank.model_dump(mode="json")
    for i, question in enumerate(data["questions"]):
        question["weight"] = round(question["weight"] + 0.1 * (i % 7) + 0.05, 2)
        for option in question.get("options") or ():
            if 0 < option["score"] < 100:
                option["score"] = round(option["score"] + 1 / 3, 6)
    return Bank.model_validate(data)


FRACTIONAL = _fractional(BUILTIN)


def test_the_priorities_are_exact_only_for_whole_weights_and_scores() -> None:
    """Rounding a priority to 6 decimals is skipped only where it changes nothing."""
    from advisor.domain.planning import MARKET_BOOST, SECTOR_BOOST

    assert tables_for(BUILTIN).exact_priorities
    assert tables_for(MINI).exact_priorities
    assert not tables_for(FRACTIONAL).exact_priorities
    for factor in (
        MARKET_BOOST,
        SECTOR_BOOST,
        *(r.effort_factor for r in tables_for(BUILTIN).recs),
    ):
        assert (factor * 4).is_integer()


def test_same_results_with_fractional_weights_and_scores() -> None:
    from bench_scoring import generate

    for doc in generate(FRACTIONAL, 300, seed=7):
        new, old = both(FRACTIONAL, doc)
        assert new == old, doc.profile


@settings(max_examples=300, deadline=None)
@given(
    bank=st.sampled_from([BUILTIN, MINI]),
    picks=st.lists(st.integers(0, 10**6), min_size=5, max_size=5),
    markets=st.lists(st.integers(0, 10**6), max_size=4),
    channels=st.lists(st.integers(0, 10**6), max_size=3),
)
def test_failing_conditions_are_those_that_do_not_hold(
    bank: Bank, picks: list[int], markets: list[int], channels: list[int]
) -> None:
    """The set operations of FailingConditions say what six tests of each condition say,
    for known values, unknown ones ("mars") and none."""
    from advisor.domain.assessment import CompanyProfile
    from advisor.domain.tables import holds

    def pick(field: str, n: int) -> str | None:
        ids = [c.id for c in bank.profile.field(field)]
        return None if n % 7 == 0 else "mars" if n % 7 == 1 else ids[n % len(ids)]

    profile = CompanyProfile(
        sector=pick("sectors", picks[0]),
        size=pick("sizes", picks[1]),
        experience=pick("experience", picks[2]),
        target_markets=sorted({m for n in markets if (m := pick("markets", n))}),
        channels=sorted({c for n in channels if (c := pick("channels", n))}),
    )
    tables = tables_for(bank)
    failing = tables.failing(profile)
    assert failing == {i for i, c in enumerate(tables.conditions) if not holds(c, profile)}


def _random_after(bank: Bank, seed: int) -> Bank:
    """``bank`` with new dependencies: each recommendation may come after up to three
    earlier ones (no cycle), so the plan's order has long chains and shared needs."""
    rng = random.Random(seed)
    data = bank.model_dump(mode="json")
    ids = [r["id"] for r in data["recommendations"]]
    for i, rec in enumerate(data["recommendations"]):
        rec["after"] = rng.sample(ids[:i], min(i, rng.choice((0, 0, 1, 2, 3))))
    return Bank.model_validate(data)


def test_same_plans_with_many_dependencies() -> None:
    """The dependency order (placed group by group) is the engine before's (a heap of
    urgencies) on banks where most actions need others."""
    from bench_scoring import generate

    for seed in range(3):
        bank = _random_after(BUILTIN, seed)
        for doc in generate(bank, 150, seed=seed):
            new, old = both(bank, doc)
            assert new["plan"] == old["plan"], (seed, doc.profile)
