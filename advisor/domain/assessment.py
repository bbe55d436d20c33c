"""The assessment document: what a user answers and saves (format: README, "File formats").

Scores and the plan are computed from it and never stored as the truth. The models here
are pure data with bounds on every string and list, so a hostile file is refused early.
Reading and writing files is :mod:`advisor.storage`'s job.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from advisor.domain.field_error import FieldError
from advisor.domain.limits import (
    MAX_ANSWERS,
    MAX_CHOICES,
    MAX_NOTES,
    MAX_NUMBER,
    MAX_PLAN_EDITS,
    MAX_PROFILE_LIST,
    MAX_SHORT_TEXT,
)
from advisor.domain.strict_types import DueDate, Timestamp, VersionNumber, json_number
from advisor.domain.text import no_surrogates

__all__ = [
    "ANSWER_MEMO",
    "ASSESSMENT_FORMAT",
    "FROM_FILE",
    "SCHEMA_VERSION",
    "Answer",
    "Assessment",
    "Assessor",
    "BankRef",
    "CompanyProfile",
    "PlanEdit",
    "PlanStatus",
    "Skip",
    "known_answer",
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


_ANSWER_KEYS = ("choice", "choices", "number", "skip")
FROM_FILE: dict[str, bool] = {"file": True}  # validation context: data read from a file


def _answer_schema(schema: dict[str, Any]) -> None:
    """The schema says what the loader does: one key of four, never null, nothing else."""
    for prop in schema["properties"].values():
        alternatives = [a for a in prop.pop("anyOf", []) if a.get("type") != "null"]
        if alternatives:
            prop.update(alternatives[0])
        prop.pop("default", None)
    schema["properties"]["choices"]["uniqueItems"] = True
    schema["minProperties"] = schema["maxProperties"] = 1


class Answer(_Model):
    """One answer: exactly one of ``choice``, ``choices``, ``number`` or ``skip``."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_answer_schema)

    choice: Id | None = None
    choices: list[Id] | None = Field(default=None, max_length=MAX_CHOICES)
    number: (
        Annotated[
            float,
            Field(allow_inf_nan=False, ge=-MAX_NUMBER, le=MAX_NUMBER),
            BeforeValidator(json_number),
        ]
        | None
    ) = None
    skip: Skip | None = None

    @model_validator(mode="before")
    @classmethod
    def _one_key_not_null(cls, data: Any, info: ValidationInfo) -> Any:
        """In a file (context ``FROM_FILE``), an answer's one key is never null."""
        if isinstance(data, dict) and info.context is FROM_FILE:
            nulls = [k for k in _ANSWER_KEYS if k in data and data[k] is None]
            if nulls:
                raise FieldError("file.field.null", name=nulls[0])
        return data

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
            if given:
                raise FieldError("file.field.one_answer_has", given=", ".join(given))
            raise FieldError("file.field.one_answer")
        if self.choices is not None and len(set(self.choices)) != len(self.choices):
            raise FieldError("file.field.chosen_twice")
        return self

    @property
    def is_skip(self) -> bool:
        """True for "don't know" and "not applicable"."""
        return self.skip is not None


class BankRef(_Model):
    """Which bank, and which version of it, the answers were given against."""

    id: Id
    version: Annotated[str, StringConstraints(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")]


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
    due: DueDate | None = None
    status: PlanStatus = PlanStatus.OPEN
    notes: LongText = ""

    def is_default(self) -> bool:
        """True when nothing was edited (such entries need not be saved)."""
        return self == PlanEdit()


def _remember(store: Any, key: Any, value: Any = None) -> None:
    """Add to a memo (a dict) or a set of known ids, emptied when full (hostile files)."""
    if len(store) >= _ANSWER_MEMO_SIZE:
        store.clear()
    if isinstance(store, dict):
        store[key] = value
    else:
        store.add(key)


#: Answers already validated, by their one key and value: ``{"choice": "iec"}`` is the same
#: immutable :class:`Answer` in every file, so a file of 90 answers validates few of them
#: (pydantic's call into Python per answer was most of the cost of loading a file, issue
#: 18). Only one-key answers with a text, a list of texts or a number are kept (never a
#: null, whose refusal depends on the context); bounded, so hostile files cannot grow it.
ANSWER_MEMO: dict[tuple[object, ...], Answer] = {}
_ANSWER_MEMO_SIZE = 50_000
#: Answer keys (question ids) already validated as ids.
_KNOWN_IDS: set[str] = set()
_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*")  # Id's pattern, matched in full (no final newline)


def known_answer(value: dict[str, Any]) -> Answer | None:
    """The :class:`Answer` of one answer's data read from a file (one key: ``choice``,
    ``choices``, ``number`` or ``skip``), taken from :data:`ANSWER_MEMO` or validated and
    remembered; None when it is not valid (or not a kind the memo keeps): validate the
    whole document then, to name the problem's place."""
    ((key, item),) = value.items()
    kind = type(item)
    if kind is str:
        memo_key: tuple[object, ...] = (key, item)
    elif kind is list and all(type(c) is str for c in item):
        memo_key = (key, list, *item)
    elif kind is float or kind is int:
        memo_key = (key, kind, repr(item))  # -0.0 is not 0.0, 1 not 1.0
    else:
        return None
    answer = ANSWER_MEMO.get(memo_key)
    if answer is None:
        try:
            answer = Answer.model_validate(value)  # no null here: same in any context
        except ValidationError:
            return None
        _remember(ANSWER_MEMO, memo_key, answer)
    return answer


def _assessment_schema(schema: dict[str, Any]) -> None:
    """A file must name its format and version (the loader refuses one that does not)."""
    schema["required"] = ["format", "schema_version", *schema.get("required", [])]


class Assessment(_Model):
    """A saved assessment, as in the README ("File formats")."""

    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, json_schema_extra=_assessment_schema
    )

    format: Literal["export-advisor/assessment"] = ASSESSMENT_FORMAT
    schema_version: Annotated[Literal[1], VersionNumber] = SCHEMA_VERSION
    bank: BankRef
    created_at: Timestamp
    updated_at: Timestamp
    assessor: Assessor = Field(default_factory=Assessor)
    profile: CompanyProfile = Field(default_factory=CompanyProfile)
    answers: dict[Id, Answer] = Field(default_factory=dict, max_length=MAX_ANSWERS)
    plan: dict[Id, PlanEdit] = Field(default_factory=dict, max_length=MAX_PLAN_EDITS)

    @field_validator("answers", mode="wrap")
    @classmethod
    def _known_answers(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """A file's answers in one pass: each one-key answer is validated once and then
        taken from :data:`ANSWER_MEMO`. Anything unusual (a wrong answer or id, a null,
        answers set from code) is validated by pydantic as usual, which names the place of
        a problem."""
        if type(data) is not dict or len(data) > MAX_ANSWERS:
            return handler(data)
        ids = _KNOWN_IDS
        out = {}
        for qid, value in data.items():
            if type(value) is not dict or len(value) != 1:
                return handler(data)
            if qid not in ids:
                if type(qid) is not str or len(qid) > 64 or not _ID.fullmatch(qid):
                    return handler(data)
                _remember(ids, qid)
            answer = known_answer(value)
            if answer is None:
                return handler(data)
            out[qid] = answer
        return out

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
