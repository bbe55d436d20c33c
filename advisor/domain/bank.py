"""The question bank: dimensions, profile fields, questions, recommendations and sources.

A bank is data (YAML in ``resources/banks/``), validated by the pydantic models below with
``extra="forbid"``; its questions (with their options, bands and conditions) are
:mod:`advisor.domain.bank_questions`, imported here, so ``from advisor.domain.bank import
Question`` still works. :mod:`advisor.domain.bank_checks` validates parsed data into a
:class:`Bank` and checks the references between its parts (every error names the place);
:mod:`advisor.storage.banks` reads bank files (``load_bank``, ``default_bank``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BeforeValidator, ConfigDict, Field, StringConstraints

from advisor.domain.bank_questions import Band, Condition, Option, Question, QuestionKind
from advisor.domain.bank_types import BankModel, Identifier, Score
from advisor.domain.limits import MAX_BANK_QUESTIONS, MAX_BANK_RECOMMENDATIONS, MAX_PROFILE_LIST
from advisor.domain.strict_types import json_number
from advisor.domain.text import Text

__all__ = [
    "BANK_FORMAT",
    "Band",
    "Bank",
    "BankError",
    "Choice",
    "Condition",
    "CostBand",
    "Dimension",
    "Effort",
    "Option",
    "Phase",
    "ProfileFields",
    "Question",
    "QuestionKind",
    "Recommendation",
    "Source",
    "Stage",
]

BANK_FORMAT = "export-advisor/bank"


class BankError(ValueError):
    """A bank cannot be used. ``problems`` lists one message per fault, each naming a place."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "unknown problem"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{source}: {first}{more}")


class Phase(StrEnum):
    """When an action belongs in the plan."""

    NOW = "now"  # 0-30 days
    NEXT = "next"  # 31-90 days
    LATER = "later"  # 91-180 days


class Effort(StrEnum):
    """Rough effort of an action; quick wins (low) come first among equals."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class CostBand(StrEnum):
    """Rough cost of an action in rupees (labels in :mod:`advisor.domain.money`)."""

    NIL = "nil"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Stage(BankModel):
    """A readiness stage: a score at or above ``min`` reaches it."""

    id: Identifier
    title: Text = Field(description="Name of the stage, e.g. 'Export-ready'.")
    min: Score = Field(description="Lowest score (0-100) that reaches this stage.")
    description: Text | None = Field(default=None, description="What the stage means.")


class Dimension(BankModel):
    """One of the four scored areas (logistics, payments, quality, branding)."""

    id: Identifier
    title: Text
    description: Text = Field(description="One sentence on what the dimension covers.")
    weight: Annotated[
        float, Field(gt=0, le=100, allow_inf_nan=False), BeforeValidator(json_number)
    ] = Field(description="Weight in the overall score.")


class Choice(BankModel):
    """One value a profile field can take (a sector, a market, a size band...)."""

    id: Identifier
    label: Text
    help: Text | None = None


class ProfileFields(BankModel):
    """The values the company profile may take. The profile is not scored."""

    sectors: list[Choice] = Field(min_length=1)
    sizes: list[Choice] = Field(min_length=1)
    experience: list[Choice] = Field(min_length=1)
    markets: list[Choice] = Field(min_length=1, max_length=MAX_PROFILE_LIST)
    channels: list[Choice] = Field(min_length=1, max_length=MAX_PROFILE_LIST)

    def field(self, name: str) -> list[Choice]:
        """The choices of a profile field by its condition name."""
        return getattr(self, name)  # type: ignore[no-any-return]


class Source(BankModel):
    """Where to get help: an agency, a scheme or a document named in the recommendations."""

    id: Identifier
    name: Text = Field(
        description="The official name, e.g. 'DGFT (Directorate General of Foreign Trade)'."
    )
    description: Text = Field(description="What to get there, in one sentence.")


class Recommendation(BankModel):
    """What to do about the gaps of one or more questions."""

    id: Identifier
    questions: list[Identifier] = Field(min_length=1)
    title: Text
    steps: list[Text] = Field(min_length=1, max_length=12)
    phase: Phase = Field(description="When to start when the gap is not a blocker.")
    effort: Effort
    cost: CostBand
    help: list[Identifier] = Field(min_length=1, description="Source ids: who can help.")
    after: list[Identifier] = Field(
        default_factory=list,
        description="Recommendation ids that must be done first (the plan never puts this "
        "action in an earlier phase, nor before them in its phase).",
    )
    checked: date | None = Field(
        default=None,
        description="The day this advice was last checked with the named bodies (YYYY-MM-DD).",
    )


class Bank(BankModel):
    """A whole question bank."""

    format: Literal["export-advisor/bank"]
    id: Identifier
    version: Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]
    title: Text
    description: Text
    rules_as_of: date | None = Field(
        default=None,
        description=(
            "The day the bank's rules, rates and dates were last checked (YYYY-MM-DD). "
            "Whoever edits the bank's advice updates it."
        ),
    )
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]] = Field(
        default_factory=lambda: ["en"],
        description="Languages every text of the bank is written in ('en' first).",
    )
    stages: list[Stage] = Field(min_length=2)
    dimensions: list[Dimension] = Field(min_length=1)
    profile: ProfileFields
    questions: list[Question] = Field(min_length=1, max_length=MAX_BANK_QUESTIONS)
    recommendations: list[Recommendation] = Field(min_length=1, max_length=MAX_BANK_RECOMMENDATIONS)
    sources: list[Source] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True)

    @cached_property
    def question_by_id(self) -> Mapping[str, Question]:
        """Questions by id."""
        return {q.id: q for q in self.questions}

    @cached_property
    def dimension_by_id(self) -> Mapping[str, Dimension]:
        """Dimensions by id."""
        return {d.id: d for d in self.dimensions}

    @cached_property
    def recommendation_by_id(self) -> Mapping[str, Recommendation]:
        """Recommendations (the plan's actions) by id."""
        return {r.id: r for r in self.recommendations}

    @cached_property
    def source_by_id(self) -> Mapping[str, Source]:
        """Sources by id."""
        return {s.id: s for s in self.sources}

    @cached_property
    def recommendations_by_question(self) -> Mapping[str, tuple[Recommendation, ...]]:
        """The recommendations that answer each question's gaps, in bank order."""
        found: dict[str, list[Recommendation]] = {}
        for rec in self.recommendations:
            for qid in rec.questions:
                found.setdefault(qid, []).append(rec)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def questions_by_dimension(self) -> Mapping[str, tuple[Question, ...]]:
        """The questions of each dimension, in bank order."""
        found: dict[str, list[Question]] = {}
        for q in self.questions:
            found.setdefault(q.dimension, []).append(q)
        return {k: tuple(v) for k, v in found.items()}

    def questions_of(self, dimension_id: str) -> list[Question]:
        """The questions of a dimension, in bank order."""
        return list(self.questions_by_dimension.get(dimension_id, ()))

    def stage_for(self, score: float) -> Stage:
        """The highest stage whose minimum ``score`` reaches."""
        reached = [s for s in self.stages if score >= s.min]
        return max(reached, key=lambda s: s.min) if reached else self.stages_ordered[0]

    @cached_property
    def stages_ordered(self) -> list[Stage]:
        """Stages from lowest to highest."""
        return sorted(self.stages, key=lambda s: s.min)

    def profile_label(self, field: str, value: str, lang: str = "en") -> str:
        """The label of a profile value (the id itself if the bank does not know it)."""
        for choice in self.profile.field(field):
            if choice.id == value:
                return choice.label.get(lang)
        return value
