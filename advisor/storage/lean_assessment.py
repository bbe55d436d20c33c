"""The compiled one-pass load of a current, valid assessment file (issue 18).

:data:`LEAN_VALIDATOR` is a pydantic-core validator written by hand from the assessment
models: it parses the JSON text and builds the very :class:`Assessment`, :class:`BankRef`,
:class:`Assessor`, :class:`CompanyProfile` and :class:`PlanEdit` objects the models would,
in compiled code and in one pass, with every bound of the models (patterns, lengths, the
number range, the enums) and **strict** types (a number is never text or true; a text is
never a number). Only three small things run in Python: the two timestamps and a due date
(the models' own parsers), and each answer, taken from the models' memo of validated
answers (:func:`advisor.domain.assessment.known_answer`) - building a model per answer in
pydantic-core costs more than looking it up.

It is **stricter** than the models, never looser: whatever it refuses (a null, a version
written ``1.0``, an answer with two keys, any problem at all) goes the careful way in
:func:`advisor.storage.documents.parse_assessment`, which gives the same message as ever.
What it accepts, the models accept, into equal objects (``tests/storage/test_lean_load.py``
compares both on generated files and hypothesis-made ones). It does not look for
duplicate keys, ``NaN`` or lone surrogates: the caller refuses ``\\u`` escapes before (the
only way to write a surrogate in UTF-8 JSON) and counts the keys after.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic_core import SchemaValidator, core_schema

from advisor.domain.assessment import (
    ANSWER_MEMO,
    ASSESSMENT_FORMAT,
    SCHEMA_VERSION,
    Assessment,
    Assessor,
    BankRef,
    CompanyProfile,
    PlanEdit,
    PlanStatus,
    known_answer,
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
from advisor.domain.strict_types import DATE_PATTERN, TIMESTAMP_PATTERN, parse_date, parse_timestamp

__all__ = ["LEAN_VALIDATOR", "RefusedError", "load_lean"]

_ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"  # `$` is the true end of text in Rust's regex
_VERSION_PATTERN = r"^[0-9]+\.[0-9]+\.[0-9]+$"
_STAMP_COLONS = "stamp_colons"  # the validation context's count of the timestamps' ':'


class RefusedError(ValueError):
    """Raised inside the validator for an answer the memo does not take (the caller then
    loads the file the careful way)."""


def _rust(pattern: str) -> str:
    """A pattern of :mod:`advisor.domain.strict_types` for Rust's regex: ``$(?!\\n)`` (the
    true end of text in Python) is ``$`` there, and Rust has no look-ahead."""
    return pattern.replace("$(?!\\n)", "$")


def _id() -> core_schema.CoreSchema:
    return core_schema.str_schema(pattern=_ID_PATTERN, max_length=64, strict=True)


def _text(limit: int) -> core_schema.CoreSchema:
    return core_schema.str_schema(max_length=limit, strict=True)


def _field(schema: core_schema.CoreSchema, default: Any = ..., **kw: Any) -> Any:
    """A required field, or one with a ``default`` or a ``default_factory`` (in ``kw``)."""
    if default is ... and not kw:
        return core_schema.model_field(schema)
    if default is not ...:
        kw["default"] = default
    return core_schema.model_field(core_schema.with_default_schema(schema, **kw))


def _model(cls: type, fields: dict[str, Any]) -> core_schema.CoreSchema:
    return core_schema.model_schema(
        cls,
        core_schema.model_fields_schema(fields, extra_behavior="forbid"),
        extra_behavior="forbid",
    )


def _timestamp(value: str, info: core_schema.ValidationInfo) -> dt.datetime:
    """A timestamp, whose ``:`` it adds to the context's count (see :func:`load_lean`)."""
    info.context[_STAMP_COLONS] += value.count(":")
    return parse_timestamp(value)


def _answers(value: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Each answer (already one key of four, its value well typed) as the memo's
    :class:`~advisor.domain.assessment.Answer` (:func:`known_answer` for those not in it;
    the lookup is inlined, with the memo's keys: a call per answer costs as much as the
    lookup)."""
    memo = ANSWER_MEMO
    out = {}
    for qid, answer in value.items():
        ((key, item),) = answer.items()  # ValueError unless exactly one key: refused
        kind = type(item)
        if kind is str:
            found = memo.get((key, item))
        elif kind is list:  # of ids (validated above)
            found = memo.get((key, list, *item))
        else:  # a number: -0.0 is not 0.0, 1 not 1.0
            found = memo.get((key, kind, repr(item)))
        if found is None:
            found = known_answer(answer)
            if found is None:
                raise RefusedError("an answer the models refuse")
        out[qid] = found
    return out


def _build() -> SchemaValidator:
    stamp = core_schema.with_info_after_validator_function(
        _timestamp, core_schema.str_schema(pattern=_rust(TIMESTAMP_PATTERN), strict=True)
    )
    due = core_schema.no_info_after_validator_function(
        parse_date, core_schema.str_schema(pattern=_rust(DATE_PATTERN), strict=True)
    )
    top = int(MAX_NUMBER)
    number = core_schema.union_schema(
        [
            core_schema.int_schema(ge=-top, le=top, strict=True),
            core_schema.float_schema(allow_inf_nan=False, ge=-top, le=top, strict=True),
        ],
        mode="left_to_right",  # an int stays an int, as json.loads reads it
    )
    answer = core_schema.typed_dict_schema(
        {
            "choice": core_schema.typed_dict_field(_id(), required=False),
            "choices": core_schema.typed_dict_field(
                core_schema.list_schema(_id(), max_length=MAX_CHOICES, strict=True),
                required=False,
            ),
            "number": core_schema.typed_dict_field(number, required=False),
            "skip": core_schema.typed_dict_field(
                core_schema.literal_schema(["unknown", "not_applicable"]), required=False
            ),
        },
        extra_behavior="forbid",
        strict=True,
    )
    answers = core_schema.no_info_after_validator_function(
        _answers,
        core_schema.dict_schema(_id(), answer, max_length=MAX_ANSWERS, strict=True),
    )
    status = core_schema.enum_schema(PlanStatus, list(PlanStatus), sub_type="str", strict=True)
    edit = _model(
        PlanEdit,
        {
            "owner": _field(_text(MAX_SHORT_TEXT), ""),
            "due": _field(due, None),
            "status": _field(status, PlanStatus.OPEN),
            "notes": _field(_text(MAX_NOTES), ""),
        },
    )
    ids = core_schema.list_schema(_id(), max_length=MAX_PROFILE_LIST, strict=True)
    profile = _model(
        CompanyProfile,
        {
            "company": _field(_text(MAX_SHORT_TEXT), ""),
            "sector": _field(_id(), None),
            "size": _field(_id(), None),
            "experience": _field(_id(), None),
            "target_markets": _field(ids, default_factory=list),
            "channels": _field(ids, default_factory=list),
        },
    )
    assessor = _model(
        Assessor,
        {
            "name": _field(_text(MAX_SHORT_TEXT), ""),
            "organisation": _field(_text(MAX_SHORT_TEXT), ""),
        },
    )
    bank = _model(
        BankRef,
        {
            "id": _field(_id()),
            "version": _field(core_schema.str_schema(pattern=_VERSION_PATTERN, strict=True)),
        },
    )
    document = _model(
        Assessment,
        {
            "format": _field(core_schema.literal_schema([ASSESSMENT_FORMAT])),
            "schema_version": _field(core_schema.int_schema(strict=True, ge=1, le=SCHEMA_VERSION)),
            "bank": _field(bank),
            "created_at": _field(stamp),
            "updated_at": _field(stamp),
            "assessor": _field(assessor, default_factory=Assessor),
            "profile": _field(profile, default_factory=CompanyProfile),
            "answers": _field(answers, default_factory=dict),
            "plan": _field(
                core_schema.dict_schema(_id(), edit, max_length=MAX_PLAN_EDITS, strict=True),
                default_factory=dict,
            ),
        },
    )
    # _use_prebuilt=False: pydantic-core would otherwise reuse the models' own validators,
    # found on their classes, for the nested models (the very Python validators avoided)
    return SchemaValidator(document, _use_prebuilt=False)


#: ``LEAN_VALIDATOR.validate_json(text)``: an :class:`Assessment`, or any exception
#: (``ValidationError`` for a refusal) meaning "load it the careful way".
LEAN_VALIDATOR = _build()


def _keys_and_colons(doc: Assessment) -> int:
    """The keys of the file ``doc`` was read from, plus the ``:`` inside its texts."""
    keys = len(doc.__pydantic_fields_set__) + len(doc.bank.__pydantic_fields_set__)
    assessor, profile = doc.assessor, doc.profile
    keys += len(assessor.__pydantic_fields_set__) + len(profile.__pydantic_fields_set__)
    colons = assessor.name.count(":") + assessor.organisation.count(":")
    colons += profile.company.count(":")
    keys += 2 * len(doc.answers)  # each answer: its question id and its one key
    for edit in doc.plan.values():
        keys += 1 + len(edit.__pydantic_fields_set__)
        colons += edit.owner.count(":") + edit.notes.count(":")
    return keys + colons


def load_lean(text: str) -> Assessment | None:
    """The assessment of a current, valid file's JSON ``text`` in one compiled pass, or
    None: then load it the careful way (which names any problem).

    None for any ``\\u`` escape (the only way to write a lone surrogate, which the models
    refuse), any refusal of :data:`LEAN_VALIDATOR`, and a duplicate key. Duplicates are
    found by counting: in such a text every ``:`` is a key's separator or inside a
    timestamp or a free text (ids, versions, dates and numbers hold none), so the text's
    ``:`` count equals the keys read plus those texts' ``:`` exactly when no key was read
    twice (a duplicate key drops a key, and maybe texts, from what was read).
    """
    if "\\" in text and "\\u" in text:  # the one-character search first: much the faster
        return None
    context = {_STAMP_COLONS: 0}
    try:
        doc = LEAN_VALIDATOR.validate_json(text, context=context)
    except ValueError:  # pydantic's ValidationError is one
        return None
    if text.count(":") != _keys_and_colons(doc) + context[_STAMP_COLONS]:
        return None
    return doc  # type: ignore[no-any-return]
