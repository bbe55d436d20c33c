"""The shape of ``export-advisor score FILE --json`` as models, for its JSON Schema.

The output itself is built by :func:`advisor.domain.serialize.result_to_json`; these
models only describe it (``resources/schemas/score.schema.json`` is generated from them,
and a test validates real output against them). Keys may be added, never removed:
``extra="allow"``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ScoreOutput"]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ScoreBank(_Open):
    """The bank the assessment was scored with."""

    id: str
    version: str
    rules_as_of: str | None = Field(default=None, description="YYYY-MM-DD, when known.")


class ScoreOverall(_Open):
    """The overall result: null score and stage when nothing is assessed."""

    score: float | None = Field(ge=0, le=100)
    stage: str | None
    stage_title: str | None
    capped_by_blockers: bool
    provisional: bool = Field(
        description="True until every area is answered enough to stand on (80% of its "
        "applicable question weight); a provisional result never has the top stage."
    )
    not_assessed: list[str] = Field(description="Dimension ids with no scored answer.")
    blockers: list[str] = Field(description="Question ids of the confirmed blockers.")
    unconfirmed_blockers: list[str] = Field(
        description="Question ids of critical questions unanswered or answered 'don't know'."
    )


class ScoreDimension(_Open):
    """One area: not assessed means null score and stage (never 0)."""

    id: str
    title: str
    assessed: bool
    score: float | None = Field(ge=0, le=100)
    stage: str | None
    stage_title: str | None
    provisional: bool
    coverage: float = Field(ge=0, le=1, description="Share of the question weight answered.")
    completeness: float = Field(ge=0, le=1)
    answered: int = Field(ge=0)
    applicable: int = Field(ge=0)
    blockers: int | None = Field(
        ge=0, description="Confirmed blockers in the area; null when the area is not assessed."
    )
    unconfirmed_blockers: list[str]


class ScoreGap(_Open):
    """A question answered below its best answer."""

    question: str
    dimension: str
    text: str
    answer: str
    best: str
    score: float = Field(ge=0, lt=100)
    critical: bool
    unknown: bool
    why: str


class ScoreAction(_Open):
    """One action of the plan, in plan order (``rank`` 1 first)."""

    id: str
    rank: int = Field(ge=1)
    title: str
    dimension: str
    phase: Literal["now", "next", "later"]
    critical: bool
    after: list[str] = Field(description="Action ids of this plan that must come first.")
    steps: list[str]
    help: list[str]
    cost: str
    cost_label: str
    effort: str
    effort_label: str
    questions: list[str]
    owner: str
    due: str | None
    status: str
    notes: str


class ScoreOutput(_Open):
    """What ``export-advisor score FILE --json`` prints."""

    bank: ScoreBank
    overall: ScoreOverall
    completeness: float = Field(ge=0, le=1)
    dimensions: list[ScoreDimension]
    gaps: list[ScoreGap]
    actions: list[ScoreAction]
