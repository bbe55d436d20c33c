"""Reference copy, as before issue 18 (only test_lean_scoring.py uses it).

Readiness scores: per dimension and overall, with stages, completeness and gaps.

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

Everything is a pure function of (bank, assessment): same input, same output.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from advisor.domain.assessment import Answer, Assessment, Skip
from advisor.domain.bank import Bank, Dimension, Question, QuestionKind, Stage
from advisor.domain.conditions import condition_holds

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

#: Share of an area's applicable question weight that must be dealt with (answered,
#: "don't know" or "not applicable") before its result stands; below it, it is provisional.
STANDING_COVERAGE = 0.8


class AnswerStatus(StrEnum):
    """How a question stands in an assessment."""

    ANSWERED = "answered"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"
    UNANSWERED = "unanswered"
    HIDDEN = "hidden"  # its condition fails for this profile


# Enum members as module constants: looking one up on its class costs about as much as the
# rest of scoring an answer, and this runs for every question of every file.
_SINGLE, _MULTI, _NUMBER = QuestionKind.SINGLE, QuestionKind.MULTI, QuestionKind.NUMBER
_SKIP_UNKNOWN, _SKIP_NA = Skip.UNKNOWN, Skip.NOT_APPLICABLE
_ANSWERED, _UNKNOWN = AnswerStatus.ANSWERED, AnswerStatus.UNKNOWN
_NOT_APPLICABLE, _UNANSWERED, _HIDDEN = (
    AnswerStatus.NOT_APPLICABLE,
    AnswerStatus.UNANSWERED,
    AnswerStatus.HIDDEN,
)
_DEALT_WITH = frozenset((_ANSWERED, _UNKNOWN, _NOT_APPLICABLE))


@dataclass(frozen=True)
class QuestionOutcome:
    """One question's answer and score (``score`` is None when it is not scored)."""

    question: Question
    answer: Answer | None
    status: AnswerStatus
    score: float | None

    @property
    def applicable(self) -> bool:
        """True when the question is asked of this company."""
        return self.status is not _HIDDEN

    @property
    def counted_as_answered(self) -> bool:
        """True when the user has dealt with the question (for completeness)."""
        return self.status in _DEALT_WITH


@dataclass(frozen=True)
class Gap:
    """A scored question below its best answer: what was answered, what is best, and why."""

    question: Question
    answer: Answer
    score: float
    critical: bool
    unknown: bool

    @property
    def dimension(self) -> str:
        """The dimension id of the question."""
        return self.question.dimension

    @property
    def severity(self) -> float:
        """How much the gap costs: points below best times weight, doubled for blockers."""
        return (100.0 - self.score) * self.question.weight * (2.0 if self.critical else 1.0)


@dataclass(frozen=True)
class DimensionResult:
    """A dimension's score (0-100), stage, completeness, strengths and gaps.

    ``score`` and ``stage`` are None when the dimension is not assessed (no scored answer).
    ``coverage`` is the share of its applicable weight dealt with; below
    :data:`STANDING_COVERAGE` the dimension's result is ``provisional``.
    """

    dimension: Dimension
    score: float | None
    stage: Stage | None
    completeness: float
    answered: int
    applicable: int
    scored: int
    gaps: tuple[Gap, ...]
    strengths: tuple[QuestionOutcome, ...]
    capped: bool
    coverage: float = 1.0
    unconfirmed: tuple[QuestionOutcome, ...] = ()

    @property
    def id(self) -> str:
        """The dimension id."""
        return self.dimension.id

    @property
    def assessed(self) -> bool:
        """True when at least one answer of this dimension is scored."""
        return self.score is not None

    @property
    def applies(self) -> bool:
        """True when at least one question of this dimension is asked of this company."""
        return self.applicable > 0

    @property
    def provisional(self) -> bool:
        """True when the dimension applies but is not answered enough to stand on. (An area
        whose questions are all answered "not applicable" has no score, but nothing more can
        be asked of it: it does not hold the result back.)"""
        return self.applies and self.coverage < STANDING_COVERAGE

    @property
    def blockers(self) -> tuple[Gap, ...]:
        """The confirmed blockers: critical gaps from a real answer (not "don't know")."""
        return tuple(g for g in self.gaps if g.critical and not g.unknown)


@dataclass(frozen=True)
class ReadinessResult:
    """The whole result of scoring one assessment against one bank."""

    bank: Bank
    score: float | None
    stage: Stage | None
    completeness: float
    capped: bool
    dimensions: tuple[DimensionResult, ...]
    gaps: tuple[Gap, ...]
    outcomes: Mapping[str, QuestionOutcome]
    provisional: bool = False
    unconfirmed: tuple[QuestionOutcome, ...] = ()

    @property
    def assessed(self) -> bool:
        """True when at least one dimension is assessed (there is a score at all)."""
        return self.score is not None

    @property
    def blockers(self) -> tuple[Gap, ...]:
        """Confirmed blockers (critical gaps from a real answer), most severe first."""
        return tuple(g for g in self.gaps if g.critical and not g.unknown)

    @property
    def unconfirmed_blockers(self) -> tuple[QuestionOutcome, ...]:
        """Critical questions unanswered or answered "don't know", in bank order."""
        return self.unconfirmed

    @property
    def no_blockers(self) -> bool:
        """True only when no blocker is found and every critical question that applies is
        answered: the one condition under which "No blockers" may be said."""
        return not self.blockers and not self.unconfirmed

    @property
    def missing(self) -> tuple[DimensionResult, ...]:
        """The applicable dimensions not answered enough to stand on (why it is provisional)."""
        return tuple(d for d in self.dimensions if d.provisional)

    def first_unanswered(self, dimension_id: str) -> str | None:
        """The id of the first question of a dimension still to answer (bank order)."""
        for qid, outcome in self.outcomes.items():
            if outcome.question.dimension == dimension_id and outcome.status is _UNANSWERED:
                return qid
        return None

    @property
    def top_stage(self) -> Stage:
        """The bank's highest stage (a provisional result never reaches it)."""
        return self.bank.stages_ordered[-1]

    def dimension(self, dimension_id: str) -> DimensionResult:
        """The result of one dimension."""
        for result in self.dimensions:
            if result.id == dimension_id:
                return result
        raise KeyError(dimension_id)


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


def _outcome(question: Question, answer: Answer | None, asked: bool) -> QuestionOutcome:
    if not asked:
        return QuestionOutcome(question, answer, _HIDDEN, None)
    if answer is None:
        return QuestionOutcome(question, None, _UNANSWERED, None)
    skip = answer.skip
    if skip is _SKIP_NA:
        return QuestionOutcome(question, answer, _NOT_APPLICABLE, None)
    score = question_score(question, answer)
    if score is None:  # an answer that does not fit the question counts as not given
        return QuestionOutcome(question, None, _UNANSWERED, None)
    return QuestionOutcome(
        question, answer, _UNKNOWN if skip is _SKIP_UNKNOWN else _ANSWERED, score
    )


def _gap(outcome: QuestionOutcome) -> Gap | None:
    if outcome.score is None or outcome.answer is None or outcome.score >= 100:
        return None
    q = outcome.question
    critical = q.critical_below is not None and outcome.score < q.critical_below
    return Gap(q, outcome.answer, outcome.score, critical, outcome.status is _UNKNOWN)


def _gap_order(gap: Gap) -> tuple[bool, float, str]:
    return (not gap.critical, -gap.severity, gap.question.id)


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    total_weight = sum(w for _, w in pairs)
    if total_weight <= 0:
        return None
    return round(sum(s * w for s, w in pairs) / total_weight, 1)


def _capped_stage(
    bank: Bank, score: float | None, blocked: bool, provisional: bool
) -> tuple[Stage | None, bool]:
    """The stage a score earns, held back by blockers (to the second stage) and, for a
    provisional result, kept below the top stage. The flag says blockers held it back."""
    if score is None:
        return None, False
    stage = bank.stage_for(score)
    ordered = bank.stages_ordered
    if provisional and len(ordered) > 1 and stage.min >= ordered[-1].min:
        stage = ordered[-2]
    cap = ordered[1] if len(ordered) > 1 else ordered[0]
    if blocked and stage.min > cap.min:
        return cap, True
    return stage, False


def _unconfirmed(outcome: QuestionOutcome) -> bool:
    """A critical question that applies and is unanswered or answered "don't know"."""
    return outcome.question.critical_below is not None and outcome.status in (
        _UNANSWERED,
        _UNKNOWN,
    )


def score_assessment(bank: Bank, assessment: Assessment) -> ReadinessResult:
    """Score an assessment against a bank. Pure and deterministic."""
    answers = assessment.answers
    profile = assessment.profile
    outcomes: dict[str, QuestionOutcome] = {}
    dimension_results: list[DimensionResult] = []
    all_gaps: list[Gap] = []
    for dimension in bank.dimensions:
        applicable: list[QuestionOutcome] = []
        for question in bank.questions_by_dimension.get(dimension.id, ()):
            asked = question.condition is None or condition_holds(question.condition, profile)
            outcome = _outcome(question, answers.get(question.id), asked)
            outcomes[question.id] = outcome
            if asked:
                applicable.append(outcome)
        scored = [o for o in applicable if o.score is not None]
        answered = sum(o.counted_as_answered for o in applicable)
        gaps = tuple(sorted(filter(None, (_gap(o) for o in scored)), key=_gap_order))
        all_gaps.extend(gaps)
        strengths = tuple(o for o in scored if o.score is not None and o.score >= 100)
        score = _weighted_mean(
            [(o.score, o.question.weight) for o in scored if o.score is not None]
        )
        weight = sum(o.question.weight for o in applicable)
        dealt = sum(o.question.weight for o in applicable if o.counted_as_answered)
        coverage = round(dealt / weight, 3) if weight else 1.0
        unconfirmed = tuple(o for o in applicable if _unconfirmed(o))
        blocked = bool(unconfirmed) or any(g.critical for g in gaps)
        provisional = bool(applicable) and coverage < STANDING_COVERAGE
        stage, capped = _capped_stage(bank, score, blocked, provisional)
        dimension_results.append(
            DimensionResult(
                dimension=dimension,
                score=score,
                stage=stage,
                completeness=round(answered / len(applicable), 3) if applicable else 1.0,
                answered=answered,
                applicable=len(applicable),
                scored=len(scored),
                gaps=gaps,
                strengths=strengths,
                capped=capped,
                coverage=coverage,
                unconfirmed=unconfirmed,
            )
        )
    # in bank order; a question of no listed dimension (a bank error) counts as hidden
    outcomes = {
        q.id: outcomes[q.id] if q.id in outcomes else _outcome(q, answers.get(q.id), False)
        for q in bank.questions
    }

    contributing = [(d.score, d.dimension.weight) for d in dimension_results if d.score is not None]
    overall = _weighted_mean(contributing)
    all_gaps.sort(key=_gap_order)
    unconfirmed = tuple(o for d in dimension_results for o in d.unconfirmed)
    provisional = any(d.provisional for d in dimension_results)
    blocked = bool(unconfirmed) or (bool(all_gaps) and all_gaps[0].critical)
    stage, capped = _capped_stage(bank, overall, blocked, provisional)
    applicable_total = sum(d.applicable for d in dimension_results)
    answered_total = sum(d.answered for d in dimension_results)
    return ReadinessResult(
        bank=bank,
        score=overall,
        stage=stage,
        completeness=round(answered_total / applicable_total, 3) if applicable_total else 1.0,
        capped=capped,
        dimensions=tuple(dimension_results),
        gaps=tuple(all_gaps),
        outcomes=outcomes,
        provisional=provisional,
        unconfirmed=unconfirmed,
    )
