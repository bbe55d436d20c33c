"""Readiness scores: per dimension and overall, with stages, completeness and gaps.

The rules (README, "How the score works"):

* a question scores 0-100 from its answer: the option's score, for multiple choice the
  sum of the chosen options (capped at 100), for numbers the band the number falls in;
* "don't know" scores 0, is a gap and is flagged ``unknown``;
* "not applicable", unanswered questions and questions whose condition fails are left out
  of the denominator; answers to hidden questions are kept in the document, not scored;
* a dimension's score is the weighted mean of its scored questions; the overall score the
  weighted mean of the dimensions that have any scored question;
* a dimension with no scored question is **not assessed**: its score and stage are None,
  never 0 (an untouched area is not "not ready", it is unknown);
* an area **stands** when the questions dealt with (answered, "don't know" or "not
  applicable") carry at least :data:`STANDING_COVERAGE` of its applicable weight; until
  every applicable area stands, the overall result is **provisional**, and a provisional
  result (overall or of one area) never reaches the top stage;
* an answer scoring below a question's ``critical_below`` is a blocker: blockers are listed
  first and cap the stage of their dimension and of the whole assessment. A critical
  question left unanswered or answered "don't know" is an **unconfirmed blocker**: it caps
  the stage the same way, and "no blockers" is only true when there is neither;
* completeness (answered / applicable) is reported apart from the score.

Everything is a pure function of (bank, assessment): same input, same output. The result
types are in :mod:`advisor.domain.results` (re-exported here); the per-question lookups
in :mod:`advisor.domain.tables`.
"""

from __future__ import annotations

from functools import partial
from operator import itemgetter
from typing import TypeVar

from advisor.domain.assessment import Answer, Assessment, Skip
from advisor.domain.bank import Bank, Question, QuestionKind, Stage
from advisor.domain.results import (
    _ANSWERED,
    _HIDDEN,
    _NOT_APPLICABLE,
    _UNANSWERED,
    _UNKNOWN,
    STANDING_COVERAGE,
    AnswerStatus,
    DimensionResult,
    Gap,
    LazyOutcomes,
    QuestionOutcome,
    ReadinessResult,
)
from advisor.domain.tables import KIND_MULTI, KIND_SINGLE, BankTables, QuestionRow, tables_for

_T = TypeVar("_T")

__all__ = [
    "STANDING_COVERAGE",
    "AnswerStatus",
    "DimensionResult",
    "Gap",
    "QuestionOutcome",
    "ReadinessResult",
    "question_score",
    "score_assessment",
]

# Enum members as module constants: looking one up on its class costs about as much as the
# rest of scoring an answer, and this runs for every question of every file.
_SINGLE, _MULTI, _NUMBER = QuestionKind.SINGLE, QuestionKind.MULTI, QuestionKind.NUMBER
_SKIP_UNKNOWN, _SKIP_NA = Skip.UNKNOWN, Skip.NOT_APPLICABLE


def question_score(question: Question, answer: Answer) -> float | None:
    """The score (0-100) of an answer, or None for "not applicable".

    Answers that do not fit the question (an unknown option, the wrong kind) score None;
    :func:`advisor.domain.validation.answer_problems` reports them.
    """
    skip = answer.skip
    if skip is not None:
        return None if skip is _SKIP_NA else 0.0
    kind = question.kind
    if kind is _SINGLE and answer.choice is not None:
        option = question.options_by_id.get(answer.choice)
        return option.score if option else None
    if kind is _MULTI and answer.choices is not None:
        options = question.options_by_id
        chosen = [options.get(c) for c in answer.choices]
        if any(o is None for o in chosen):
            return None
        return min(100.0, sum(o.score for o in chosen if o is not None))
    if kind is _NUMBER and answer.number is not None:
        for band in question.bands or ():
            if band.contains(answer.number):
                return band.score
        return 0.0
    return None


def _capped_stage(
    tables: BankTables, score: float | None, blocked: bool, provisional: bool
) -> tuple[Stage | None, bool]:
    """The stage a score earns, held back by blockers (to the second stage) and, for a
    provisional result, kept below the top stage. The flag says blockers held it back."""
    if score is None:
        return None, False
    stage = tables.stage_for(score)
    ordered = tables.stages_ordered
    if provisional and len(ordered) > 1 and stage.min >= ordered[-1].min:
        stage = ordered[-2]
    cap = ordered[1] if len(ordered) > 1 else ordered[0]
    if blocked and stage.min > cap.min:
        return cap, True
    return stage, False


def _answer_score(row: QuestionRow, answer: Answer) -> float | None:
    """:func:`question_score` over the question's table row (skips handled by the caller)."""
    kind = row.kind
    if kind == KIND_SINGLE:
        choice = answer.choice
        return None if choice is None else row.scores.get(choice)
    if kind == KIND_MULTI:
        choices = answer.choices
        if choices is None:
            return None
        scores = row.scores
        total: float = 0  # int 0 when nothing is chosen, as sum() gives
        for choice in choices:
            value = scores.get(choice)
            if value is None:
                return None
            total += value
        return min(100.0, total)
    number = answer.number
    if number is None:
        return None
    for low, high, includes_max, score in row.bands:
        if high is None:
            if low <= number:
                return score
        elif low <= number and (number < high or (includes_max and number == high)):
            return score
    return 0.0


def _outcomes(
    tables: BankTables, answers: dict[str, Answer], failing: frozenset[int]
) -> dict[str, QuestionOutcome]:
    """Every question's outcome, in bank order: what :func:`score_assessment` works out
    for each question, done again when a page, report or command first asks for them
    (:class:`~advisor.domain.results.LazyOutcomes`); scoring itself builds none."""
    orphans = {row.id for row in tables.orphan_rows}  # of no listed dimension: hidden
    new = tuple.__new__
    outcomes: dict[str, QuestionOutcome] = {}
    for row in tables.rows:
        qid = row.id
        answer = answers.get(qid)
        score: float | None = None
        if row.condition in failing or qid in orphans:
            status = _HIDDEN
        elif answer is None:
            status = _UNANSWERED
        elif answer.skip is _SKIP_NA:
            status = _NOT_APPLICABLE
        elif answer.skip is _SKIP_UNKNOWN:
            status, score = _UNKNOWN, 0.0
        else:
            score = _answer_score(row, answer)
            status = _UNANSWERED if score is None else _ANSWERED
            if score is None:
                answer = None  # an answer that does not fit counts as not given
        outcomes[qid] = new(QuestionOutcome, (row.question, answer, status, score))
    return outcomes


def _frozen(cls: type[_T], values: dict[str, object]) -> _T:
    """A frozen dataclass made from all its fields' ``values``: what its ``__init__`` does,
    without a call of ``object.__setattr__`` per field (a result's five are made for every
    file scored, and that was a tenth of the time)."""
    made = object.__new__(cls)
    made.__dict__.update(values)
    return made


_gap_key = itemgetter(0)


def score_assessment(bank: Bank, assessment: Assessment) -> ReadinessResult:
    """Score an assessment against a bank. Pure and deterministic.

    One pass over the bank's per-question tables (:func:`~advisor.domain.tables.tables_for`);
    the rules are the module's, and a test compares every result with the engine this
    replaced.
    """
    tables = tables_for(bank)
    answers = assessment.answers
    failing = tables.failing(assessment.profile)
    new = tuple.__new__  # NamedTuple's own __new__ is a Python function: 3x slower
    # per area: (applicable, answered, scored, weight, dealt, weighted, strengths,
    # unconfirmed, any critical gap); then the gaps of every area, sorted once
    areas = []
    all_gaps: list[tuple[tuple[bool, float, str], int, Gap]] = []
    for area, rows in enumerate(tables.scoring_rows):
        applicable = answered = scored_count = 0
        weight: float = 0
        dealt: float = 0
        total_weight: float = 0
        weighted: float = 0
        strengths: list[QuestionOutcome] = []
        unconfirmed: list[QuestionOutcome] = []
        critical_gap = False
        for question, qid, q_weight, kind, scores, critical_below, condition, row in rows:
            if condition in failing:
                continue  # hidden: its outcome is built only when asked for (_outcomes)
            answer = answers.get(qid)
            applicable += 1
            weight += q_weight
            score: float | None = None
            if answer is None:
                status = _UNANSWERED
            else:
                skip = answer.skip
                if skip is _SKIP_NA:
                    status = _NOT_APPLICABLE
                elif skip is _SKIP_UNKNOWN:
                    status, score = _UNKNOWN, 0.0
                else:
                    if kind == KIND_SINGLE:  # the common case, inline
                        choice = answer.choice
                        score = None if choice is None else scores.get(choice)
                    else:
                        score = _answer_score(row, answer)
                    if score is None:  # an answer that does not fit counts as not given
                        status, answer = _UNANSWERED, None
                    else:
                        status = _ANSWERED
            if status is not _UNANSWERED:
                answered += 1
                dealt += q_weight
            if critical_below is not None and (status is _UNANSWERED or status is _UNKNOWN):
                unconfirmed.append(new(QuestionOutcome, (question, answer, status, score)))
            if score is None:
                continue
            scored_count += 1
            total_weight += q_weight
            weighted += score * q_weight
            if score >= 100:
                strengths.append(new(QuestionOutcome, (question, answer, status, score)))
            else:
                critical = critical_below is not None and score < critical_below
                critical_gap = critical_gap or critical
                gap = new(Gap, (question, answer, score, critical, status is _UNKNOWN))
                severity = (100.0 - score) * q_weight * (2.0 if critical else 1.0)
                all_gaps.append(((not critical, -severity, qid), area, gap))  # the gaps' order
        areas.append(
            (
                applicable,
                answered,
                scored_count,
                weight,
                dealt,
                round(weighted / total_weight, 1) if total_weight > 0 else None,
                strengths,
                unconfirmed,
                critical_gap,
            )
        )
    all_gaps.sort(key=_gap_key)  # the keys differ (question ids): gaps are never compared
    gaps_of_area: list[list[Gap]] = [[] for _ in areas]
    for _, area, gap in all_gaps:
        gaps_of_area[area].append(gap)  # each area's gaps, in the same order

    dimension_results: list[DimensionResult] = []
    total: float = 0
    weighted_total: float = 0
    unconfirmed_all: list[QuestionOutcome] = []
    provisional_all = False
    applicable_total = answered_total = 0
    for dimension, gaps, values in zip(bank.dimensions, gaps_of_area, areas, strict=True):
        applicable, answered, scored_count, weight, dealt, mean, strengths, unconfirmed, blocked = (
            values
        )
        coverage = round(dealt / weight, 3) if weight else 1.0
        provisional = bool(applicable) and coverage < STANDING_COVERAGE
        stage, capped = _capped_stage(tables, mean, blocked or bool(unconfirmed), provisional)
        dimension_results.append(
            _frozen(
                DimensionResult,
                {
                    "dimension": dimension,
                    "score": mean,
                    "stage": stage,
                    "completeness": round(answered / applicable, 3) if applicable else 1.0,
                    "answered": answered,
                    "applicable": applicable,
                    "scored": scored_count,
                    "gaps": tuple(gaps),
                    "strengths": tuple(strengths),
                    "capped": capped,
                    "coverage": coverage,
                    "unconfirmed": tuple(unconfirmed),
                },
            )
        )
        if mean is not None:
            total += dimension.weight
            weighted_total += mean * dimension.weight
        unconfirmed_all += unconfirmed
        provisional_all = provisional_all or provisional  # DimensionResult.provisional
        applicable_total += applicable
        answered_total += answered
    overall = round(weighted_total / total, 1) if total > 0 else None
    gaps_in_order = tuple([gap for _, _, gap in all_gaps])
    blocked_all = bool(unconfirmed_all) or (bool(gaps_in_order) and gaps_in_order[0].critical)
    stage_all, capped_all = _capped_stage(tables, overall, blocked_all, provisional_all)
    return _frozen(
        ReadinessResult,
        {
            "bank": bank,
            "score": overall,
            "stage": stage_all,
            "completeness": (
                round(answered_total / applicable_total, 3) if applicable_total else 1.0
            ),
            "capped": capped_all,
            "dimensions": tuple(dimension_results),
            "gaps": gaps_in_order,
            "outcomes": LazyOutcomes(partial(_outcomes, tables, dict(answers), failing)),
            "provisional": provisional_all,
            "unconfirmed": tuple(unconfirmed_all),
        },
    )
