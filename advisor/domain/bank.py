"""The question bank: dimensions, profile fields, questions, recommendations and sources.

A bank is data (YAML in ``resources/banks/``), validated by the pydantic models below with
``extra="forbid"``. :mod:`advisor.domain.bank_checks` validates parsed data into a
:class:`Bank` and checks the references between its parts (every error names the place);
:mod:`advisor.storage.banks` reads bank files (``load_bank``, ``default_bank``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
)

from advisor.domain.limits import (
    MAX_BANK_QUESTIONS,
    MAX_BANK_RECOMMENDATIONS,
    MAX_CHOICES,
    MAX_PROFILE_LIST,
)
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

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", min_length=1, max_length=64)
]
# A number in a bank is a JSON number (not "50", not true), as its schema says.
Number = Annotated[float, Field(allow_inf_nan=False), BeforeValidator(json_number)]
Score = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False), BeforeValidator(json_number)]


class BankError(ValueError):
    """A bank cannot be used. ``problems`` lists one message per fault, each naming a place."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "unknown problem"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{source}: {first}{more}")


class QuestionKind(StrEnum):
    """How a question is answered."""

    SINGLE = "single"
    MULTI = "multi"
    NUMBER = "number"


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


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stage(_Model):
    """A readiness stage: a score at or above ``min`` reaches it."""

    id: Identifier
    title: Text = Field(description="Name of the stage, e.g. 'Export-ready'.")
    min: Score = Field(description="Lowest score (0-100) that reaches this stage.")
    description: Text | None = Field(default=None, description="What the stage means.")


class Dimension(_Model):
    """One of the four scored areas (logistics, payments, quality, branding)."""

    id: Identifier
    title: Text
    description: Text = Field(description="One sentence on what the dimension covers.")
    weight: Annotated[
        float, Field(gt=0, le=100, allow_inf_nan=False), BeforeValidator(json_number)
    ] = Field(description="Weight in the overall score.")


class Choice(_Model):
    """One value a profile field can take (a sector, a market, a size band...)."""

    id: Identifier
    label: Text
    help: Text | None = None


class ProfileFields(_Model):
    """The values the company profile may take. The profile is not scored."""

    sectors: list[Choice] = Field(min_length=1)
    sizes: list[Choice] = Field(min_length=1)
    experience: list[Choice] = Field(min_length=1)
    markets: list[Choice] = Field(min_length=1, max_length=MAX_PROFILE_LIST)
    channels: list[Choice] = Field(min_length=1, max_length=MAX_PROFILE_LIST)

    def field(self, name: str) -> list[Choice]:
        """The choices of a profile field by its condition name."""
        return getattr(self, name)  # type: ignore[no-any-return]


class Condition(_Model):
    """When a question applies. Every field given must hold; within a field any value does.

    ``markets`` and ``channels`` hold when the profile names at least one of the values.
    ``not_sectors`` excludes sectors.
    """

    sectors: list[Identifier] | None = None
    sizes: list[Identifier] | None = None
    experience: list[Identifier] | None = None
    markets: list[Identifier] | None = None
    channels: list[Identifier] | None = None
    not_sectors: list[Identifier] | None = None

    def references(self) -> Iterator[tuple[str, str, str]]:
        """(condition field, profile field, value) for every value named."""
        mapping = {
            "sectors": "sectors",
            "sizes": "sizes",
            "experience": "experience",
            "markets": "markets",
            "channels": "channels",
            "not_sectors": "sectors",
        }
        for name, profile_field in mapping.items():
            for value in getattr(self, name) or ():
                yield name, profile_field, value

    def describe(self) -> dict[str, list[str]]:
        """The condition as plain data (for ``bank --json``)."""
        return self.model_dump(exclude_none=True)


class Option(_Model):
    """An answer to a choice question, with its score (100 = best)."""

    id: Identifier
    label: Text
    score: Score
    exclusive: StrictBool = Field(
        default=False, description="Multi choice only: choosing it clears the others."
    )


class Band(_Model):
    """A score for numbers in [min, max) (or [min, max] with ``includes_max``).

    ``max`` omitted means no upper limit.
    """

    min: Number
    max: Number | None = None
    score: Score
    includes_max: StrictBool = Field(
        default=False,
        description="True when max itself belongs to the band, as in 'within 24 hours'.",
    )

    def contains(self, value: float) -> bool:
        """True when ``value`` falls in this band."""
        if self.max is None:
            return self.min <= value
        return self.min <= value and (value < self.max or (self.includes_max and value == self.max))


class Question(_Model):
    """A scored question of one dimension."""

    id: Identifier
    dimension: Identifier
    kind: QuestionKind
    text: Text = Field(description="The question, in plain language.")
    help: Text = Field(description="Why this matters, in one or two sentences.")
    weight: Annotated[
        float, Field(gt=0, le=10, allow_inf_nan=False), BeforeValidator(json_number)
    ]
    critical_below: Score | None = Field(
        default=None,
        description="An answer scoring below this is a blocker, whatever the average says.",
    )
    condition: Condition | None = None
    options: list[Option] | None = Field(default=None, max_length=MAX_CHOICES)
    bands: list[Band] | None = None
    unit: Text | None = Field(default=None, description="Number questions: the unit asked for.")
    minimum: Number = 0
    maximum: Number = 1_000_000

    @property
    def critical(self) -> bool:
        """True when some answer to this question is a blocker."""
        return self.critical_below is not None

    @cached_property
    def options_by_id(self) -> Mapping[str, Option]:
        """The options by id (empty for number questions)."""
        return {o.id: o for o in self.options or ()}

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if the question has it."""
        return self.options_by_id.get(option_id)

    def best_options(self) -> list[Option]:
        """The answer that scores 100: one option, or for multi choice every scoring option."""
        options = self.options or []
        if self.kind is QuestionKind.MULTI:
            return [o for o in options if o.score > 0 and not o.exclusive]
        best = max(options, key=lambda o: o.score, default=None)
        return [best] if best else []

    def worst_options(self) -> list[Option]:
        """The lowest-scoring answer (an empty list for multi choice: nothing chosen)."""
        options = self.options or []
        if self.kind is QuestionKind.MULTI:
            zero = [o for o in options if o.exclusive and o.score == 0]
            return zero[:1]
        worst = min(options, key=lambda o: o.score, default=None)
        return [worst] if worst else []

    def best_number(self) -> float | None:
        """A number that scores best (the lower edge of the best band)."""
        if not self.bands:
            return None
        band = max(self.bands, key=lambda b: b.score)
        return band.min

    def worst_number(self) -> float | None:
        """A number that scores worst (the lower edge of the worst band)."""
        if not self.bands:
            return None
        band = min(self.bands, key=lambda b: b.score)
        return band.min


class Source(_Model):
    """Where to get help: an agency, a scheme or a document named in the recommendations."""

    id: Identifier
    name: Text = Field(
        description="The official name, e.g. 'DGFT (Directorate General of Foreign Trade)'."
    )
    description: Text = Field(description="What to get there, in one sentence.")


class Recommendation(_Model):
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


class Bank(_Model):
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
    recommendations: list[Recommendation] = Field(
        min_length=1, max_length=MAX_BANK_RECOMMENDATIONS
    )
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
