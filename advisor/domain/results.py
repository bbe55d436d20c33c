"""The results of scoring: an outcome per question, gaps, and per-area and overall results.

The types :func:`advisor.domain.scoring.score_assessment` returns (that module states the
rules and re-exports these names). Immutable: outcomes and gaps are tuples underneath
(scoring makes one per question of every file), the results frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from advisor.domain.assessment import Answer
from advisor.domain.bank import Bank, Dimension, Question, Stage

__all__ = [
    "STANDING_COVERAGE",
    "AnswerStatus",
    "DimensionResult",
    "Gap",
    "LazyOutcomes",
    "QuestionOutcome",
    "ReadinessResult",
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
_ANSWERED, _UNKNOWN = AnswerStatus.ANSWERED, AnswerStatus.UNKNOWN
_NOT_APPLICABLE, _UNANSWERED, _HIDDEN = (
    AnswerStatus.NOT_APPLICABLE,
    AnswerStatus.UNANSWERED,
    AnswerStatus.HIDDEN,
)
_DEALT_WITH = frozenset((_ANSWERED, _UNKNOWN, _NOT_APPLICABLE))


class QuestionOutcome(NamedTuple):
    """One question's answer and score (``score`` is None when it is not scored).

    Immutable; a tuple underneath (scoring makes one per question of every file)."""

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


class Gap(NamedTuple):
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


class LazyOutcomes(Mapping[str, QuestionOutcome]):
    """Every question's outcome by id, in bank order, built on first use (issue 18).

    Scoring needs the outcomes of a few questions only (strengths, unconfirmed blockers);
    a page, a report or a command that asks for all of them gets them from ``build``, a
    function of what scoring already worked out (the bank's tables, a copy of the
    answers, which conditions hold). A read-only mapping like the dict it replaces; equal
    to any mapping with the same items.
    """

    __slots__ = ("_build", "_data")

    def __init__(self, build: Callable[[], dict[str, QuestionOutcome]]) -> None:
        self._build: Callable[[], dict[str, QuestionOutcome]] | None = build
        self._data: dict[str, QuestionOutcome] | None = None

    def _outcomes(self) -> dict[str, QuestionOutcome]:
        data = self._data
        if data is None:
            assert self._build is not None
            data = self._data = self._build()
            self._build = None  # let the answers and tables go
        return data

    def __getitem__(self, qid: str) -> QuestionOutcome:
        return self._outcomes()[qid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._outcomes())

    def __len__(self) -> int:
        return len(self._outcomes())

    def __contains__(self, qid: object) -> bool:
        return qid in self._outcomes()

    def get(self, qid: str, default: QuestionOutcome | None = None) -> QuestionOutcome | None:  # type: ignore[override]
        """The outcome of a question, or ``default``."""
        return self._outcomes().get(qid, default)

    def keys(self) -> KeysView[str]:
        """The question ids, in bank order."""
        return self._outcomes().keys()

    def values(self) -> ValuesView[QuestionOutcome]:
        """The outcomes, in bank order."""
        return self._outcomes().values()

    def items(self) -> ItemsView[str, QuestionOutcome]:
        """(question id, outcome) pairs, in bank order."""
        return self._outcomes().items()

    def __repr__(self) -> str:
        return f"LazyOutcomes({self._outcomes()!r})"


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
