"""The assessment document: what a user answers and saves (format of DESIGN.md).

Scores and the plan are computed from it and never stored as the truth. The models here
are pure data with bounds on every string and list, so a hostile file is refused early.
Reading and writing files is :mod:`advisor.storage`'s job.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from advisor.domain.limits import (
    MAX_ANSWERS,
    MAX_CHOICES,
    MAX_NOTES,
    MAX_NUMBER,
    MAX_PLAN_EDITS,
    MAX_PROFILE_LIST,
    MAX_SHORT_TEXT,
)
from advisor.domain.text import no_surrogates

__all__ = [
    "ASSESSMENT_FORMAT",
    "SCHEMA_VERSION",
    "Answer",
    "Assessment",
    "Assessor",
    "BankRef",
    "CompanyProfile",
    "PlanEdit",
    "PlanStatus",
    "Skip",
]

ASSESSMENT_FORMAT = "export-advisor/assessment"
SCHEMA_VERSION = 1

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)]
ShortText = Annotated[
    str, StringConstraints(max_length=MAX_SHORT_TEXT), AfterValidator(no_surrogates)
]
LongText = Annotated[str, StringConstraints(max_length=MAX_NOTES), AfterValidator(no_surrogates)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Skip(StrEnum):
    """A question deliberately not answered with an option."""

    UNKNOWN = "unknown"  # "Don't know": counts as a gap and is flagged
    NOT_APPLICABLE = "not_applicable"  # left out of the score


class PlanStatus(StrEnum):
    """Where an action of the plan stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Answer(_Model):
    """One answer: exactly one of ``choice``, ``choices``, ``number`` or ``skip``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    choice: Id | None = None
    choices: list[Id] | None = Field(default=None, max_length=MAX_CHOICES)
    number: float | None = Field(
        default=None, allow_inf_nan=False, ge=-MAX_NUMBER, le=MAX_NUMBER
    )
    skip: Skip | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        count = (
            (self.choice is not None)
            + (self.choices is not None)
            + (self.number is not None)
            + (self.skip is not None)
        )
        if count == 1 and (self.choices is None or len(set(self.choices)) == len(self.choices)):
            return self  # the common case, checked cheaply: files hold hundreds of answers
        given = [k for k in ("choice", "choices", "number", "skip") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(
                "an answer needs exactly one of 'choice', 'choices', 'number' or 'skip'"
                + (f" (has {', '.join(given)})" if given else "")
            )
        if self.choices is not None and len(set(self.choices)) != len(self.choices):
            raise ValueError("the same option is chosen twice")
        return self

    @property
    def is_skip(self) -> bool:
        """True for "don't know" and "not applicable"."""
        return self.skip is not None


class BankRef(_Model):
    """Which bank, and which version of it, the answers were given against."""

    id: Id
    version: Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]


class Assessor(_Model):
    """Who ran the assessment (a consultant, a facilitator, or the owner)."""

    name: ShortText = ""
    organisation: ShortText = ""


class CompanyProfile(_Model):
    """The company: not scored, but it decides which questions apply."""

    company: ShortText = ""
    sector: Id | None = None
    size: Id | None = None
    experience: Id | None = None
    target_markets: list[Id] = Field(default_factory=list, max_length=MAX_PROFILE_LIST)
    channels: list[Id] = Field(default_factory=list, max_length=MAX_PROFILE_LIST)


class PlanEdit(_Model):
    """The user's edits to one action of the plan."""

    owner: ShortText = ""
    due: dt.date | None = None
    status: PlanStatus = PlanStatus.OPEN
    notes: LongText = ""

    def is_default(self) -> bool:
        """True when nothing was edited (such entries need not be saved)."""
        return self == PlanEdit()


class Assessment(_Model):
    """A saved assessment, as in DESIGN.md ("Documented formats")."""

    format: Literal["export-advisor/assessment"] = ASSESSMENT_FORMAT
    schema_version: Literal[1] = SCHEMA_VERSION
    bank: BankRef
    created_at: AwareDatetime
    updated_at: AwareDatetime
    assessor: Assessor = Field(default_factory=Assessor)
    profile: CompanyProfile = Field(default_factory=CompanyProfile)
    answers: dict[Id, Answer] = Field(default_factory=dict, max_length=MAX_ANSWERS)
    plan: dict[Id, PlanEdit] = Field(default_factory=dict, max_length=MAX_PLAN_EDITS)

    @classmethod
    def new(cls, bank_id: str, bank_version: str, now: dt.datetime | None = None) -> Assessment:
        """An empty assessment against a bank, stamped ``now`` (aware; UTC by default)."""
        stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
        return cls(
            bank=BankRef(id=bank_id, version=bank_version), created_at=stamp, updated_at=stamp
        )

    def to_json_data(self) -> dict[str, object]:
        """The document as JSON-ready data, with empty parts left out where allowed."""
        data = self.model_dump(mode="json", exclude_none=True)
        data["answers"] = {
            k: v.model_dump(mode="json", exclude_none=True) for k, v in self.answers.items()
        }
        data["plan"] = {
            k: v.model_dump(mode="json", exclude_none=True)
            for k, v in self.plan.items()
            if not v.is_default()
        }
        return data
