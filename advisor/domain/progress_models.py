"""What :func:`advisor.domain.progress.compare` returns: the progress between two visits.

:class:`Progress` holds the overall and per-area :class:`ScoreChange`, the gaps closed,
still open and new (:class:`GapChange`), the actions completed and the questions that
could not be compared (:class:`NonComparable`, with a :class:`NotComparableReason`).
The rules that fill it are in :mod:`advisor.domain.progress`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from advisor.domain.assessment import Answer, Assessment
from advisor.domain.bank import Bank, Dimension, Question, Recommendation, Stage
from advisor.domain.scoring import ReadinessResult
from advisor.domain.text import Text

__all__ = [
    "REASON_LABELS",
    "ComparisonError",
    "CompletedAction",
    "DimensionChange",
    "GapChange",
    "NonComparable",
    "NotComparableReason",
    "Progress",
    "ScoreChange",
]


class ComparisonError(ValueError):
    """The two assessments cannot be compared at all (answered with different banks)."""


class NotComparableReason(StrEnum):
    """Why a question's answers cannot be compared between the two assessments."""

    ONLY_EARLIER = "only_earlier"
    ONLY_LATER = "only_later"
    CHANGED = "changed"
    ANSWER_DOES_NOT_FIT = "answer_does_not_fit"


REASON_LABELS: dict[NotComparableReason, Text] = {
    NotComparableReason.ONLY_EARLIER: Text.of(
        "asked only in the earlier bank version", hi="केवल पिछली प्रश्नावली में पूछा गया"
    ),
    NotComparableReason.ONLY_LATER: Text.of(
        "new in the later bank version", hi="नई प्रश्नावली में नया सवाल"
    ),
    NotComparableReason.CHANGED: Text.of(
        "its options or scoring changed between bank versions",
        hi="प्रश्नावली के संस्करणों के बीच इसके विकल्प या अंक बदले",
    ),
    NotComparableReason.ANSWER_DOES_NOT_FIT: Text.of(
        "the earlier answer does not fit the current question",
        hi="पिछला उत्तर मौजूदा सवाल में फ़िट नहीं होता",
    ),
}


def _direction(old: float | None, new: float | None) -> int:
    if old is None or new is None or old == new:
        return 0
    return 1 if new > old else -1


@dataclass(frozen=True)
class ScoreChange:
    """A score (0-100) and stage before and after; ``None`` where nothing was scored
    (not assessed). ``*_provisional`` marks a side not answered enough to stand on."""

    old: float | None
    new: float | None
    old_stage: Stage | None
    new_stage: Stage | None
    old_provisional: bool = False
    new_provisional: bool = False

    @property
    def delta(self) -> float | None:
        """New minus old, rounded to 0.1 (None when either side is missing)."""
        if self.old is None or self.new is None:
            return None
        return round(self.new - self.old, 1)

    @property
    def stage_direction(self) -> int:
        """+1 when the stage went up, -1 down, 0 the same (or unknown)."""
        if self.old_stage is None or self.new_stage is None:
            return 0
        return _direction(self.old_stage.min, self.new_stage.min)


@dataclass(frozen=True)
class DimensionChange:
    """How one dimension moved."""

    dimension: Dimension
    change: ScoreChange

    @property
    def id(self) -> str:
        """The dimension id."""
        return self.dimension.id


@dataclass(frozen=True)
class GapChange:
    """One question's gap, before and after (scores are ``None`` where not scored)."""

    question: Question
    old_answer: Answer | None
    new_answer: Answer | None
    old_score: float | None
    new_score: float | None
    old_critical: bool
    new_critical: bool

    @property
    def id(self) -> str:
        """The question id."""
        return self.question.id

    @property
    def dimension(self) -> str:
        """The question's dimension id."""
        return self.question.dimension

    @property
    def critical(self) -> bool:
        """True when the gap was or is a blocker."""
        return self.old_critical or self.new_critical


@dataclass(frozen=True)
class CompletedAction:
    """An action of the plan done since the earlier assessment."""

    recommendation: Recommendation
    dimension: str
    marked_done: bool
    gaps_closed: bool

    @property
    def id(self) -> str:
        """The action id."""
        return self.recommendation.id


@dataclass(frozen=True)
class NonComparable:
    """A question answered on one side that cannot be compared, and why."""

    question: Question
    reason: NotComparableReason

    @property
    def id(self) -> str:
        """The question id."""
        return self.question.id


@dataclass(frozen=True)
class Progress:
    """Everything that changed between an earlier (``old``) and a later (``new``) assessment."""

    bank: Bank
    old_bank: Bank
    old: Assessment
    new: Assessment
    old_result: ReadinessResult
    new_result: ReadinessResult
    overall: ScoreChange
    dimensions: tuple[DimensionChange, ...]
    gaps_closed: tuple[GapChange, ...]
    gaps_open: tuple[GapChange, ...]
    gaps_new: tuple[GapChange, ...]
    gaps_not_reassessed: tuple[GapChange, ...]
    actions_completed: tuple[CompletedAction, ...]
    not_comparable: tuple[NonComparable, ...]
    warning_texts: tuple[Text, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        """The warnings in English (the command line and JSON)."""
        return tuple(text.get() for text in self.warning_texts)

    def dimension(self, dimension_id: str) -> DimensionChange:
        """The change of one dimension."""
        for change in self.dimensions:
            if change.id == dimension_id:
                return change
        raise KeyError(dimension_id)
