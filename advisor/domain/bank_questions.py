"""The questions of a bank: what each asks, when it applies and how its answers score.

:class:`Question` (single or multiple choice, or a number), its :class:`Option` choices
or number :class:`Band` s, and the :class:`Condition` on the company profile under which
it applies. Part of :mod:`advisor.domain.bank`, which imports them from here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum
from functools import cached_property
from typing import Annotated

from pydantic import BeforeValidator, Field, StrictBool

from advisor.domain.bank_types import BankModel, Identifier, Number, Score
from advisor.domain.limits import MAX_CHOICES
from advisor.domain.strict_types import json_number
from advisor.domain.text import Text

__all__ = ["Band", "Condition", "Option", "Question", "QuestionKind"]


class QuestionKind(StrEnum):
    """How a question is answered."""

    SINGLE = "single"
    MULTI = "multi"
    NUMBER = "number"


class Condition(BankModel):
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


class Option(BankModel):
    """An answer to a choice question, with its score (100 = best)."""

    id: Identifier
    label: Text
    score: Score
    exclusive: StrictBool = Field(
        default=False, description="Multi choice only: choosing it clears the others."
    )


class Band(BankModel):
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


class Question(BankModel):
    """A scored question of one dimension."""

    id: Identifier
    dimension: Identifier
    kind: QuestionKind
    text: Text = Field(description="The question, in plain language.")
    help: Text = Field(description="Why this matters, in one or two sentences.")
    weight: Annotated[float, Field(gt=0, le=10, allow_inf_nan=False), BeforeValidator(json_number)]
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
