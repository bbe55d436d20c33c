"""What is wrong with one field of a file, in words any language can say.

The domain's own validators raise a :class:`~advisor.domain.field_error.FieldError`
naming its key (pydantic keeps it in the error's ``ctx["error"]``). pydantic's own errors
say it in English: :func:`field_wording` finds the key of the word catalogues that says
the same (``file.field.*``), with the values taken from the error. The English of that key
must be the very text pydantic gave (checked when the error is raised, which is rare):
when it is not, the text is kept, said as a detail (``file.field.other``), so a message
never changes in English and never goes unsaid in another language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.domain.field_error import FieldError
from advisor.storage.errors import Wording

__all__ = ["field_wording"]

#: pydantic's error types, by the key that says them (its ``ctx`` gives the values).
_TYPES = {
    "extra_forbidden": "file.field.unknown_key",
    "missing": "file.field.required",
    "string_type": "file.field.text",
    "string_unicode": "file.field.surrogate",
    "string_too_long": "file.field.text_too_long",
    "string_too_short": "file.field.text_too_short",
    "string_pattern_mismatch": "file.field.pattern",
    "list_type": "file.field.list",
    "dict_type": "file.field.object",
    "model_type": "file.field.object_of",
    "enum": "file.field.one_of",
    "literal_error": "file.field.one_of",
    "too_long": "file.field.too_many_items",
    "less_than_equal": "file.field.at_most",
    "greater_than_equal": "file.field.at_least",
    "int_type": "file.field.whole_number",
    "float_type": "file.field.number",
    "bool_type": "file.field.true_false",
}

#: Types whose words are ours, not pydantic's (the assessment format's own phrasing).
_OURS = {
    "extra_forbidden": "unknown key (not part of the assessment format)",
    "missing": "this key is required",
    "string_unicode": "contains an invalid character (a lone UTF-16 surrogate)",
}

#: pydantic's own words of the types :data:`_OURS` words otherwise.
_PYDANTIC = {
    "extra_forbidden": "file.field.extra",
    "missing": "file.field.field_required",
    "string_unicode": "file.field.not_unicode",
}

_EXAMPLE = "2026-11-27T10:15:00+05:30"
_TIMEZONE = f"the date and time must include a time zone, e.g. {_EXAMPLE}"


def _number(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _candidate(error: Mapping[str, Any], ours: bool = True) -> tuple[Wording, str] | None:
    """The wording that should say ``error``, and the English it must say."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        error_ = ctx["error"]  # our own validator's exception: its key, or its English
        if isinstance(error_, FieldError):
            return Wording(error_.key, **error_.values), str(error_)
        return None
    if kind == "timezone_aware":
        return Wording("file.field.timezone", example=_EXAMPLE), _TIMEZONE
    key = _TYPES.get(kind) if ours or kind not in _OURS else _PYDANTIC.get(kind)
    if key is None:
        return None
    values: dict[str, object] = {
        name: _number(ctx[name]) for name in ctx if isinstance(ctx[name], (str, int, float))
    }
    expected = values.get("expected")
    if isinstance(expected, str) and " or " in expected:  # "'a', 'b' or 'c'": "or" in words
        first, last = expected.rsplit(" or ", 1)
        values["expected"] = Wording("file.field.either", first=first, last=last)
    english = _OURS.get(kind, str(error["msg"])) if ours else str(error["msg"])
    return Wording(key, **values), english


def field_wording(error: Mapping[str, Any], *, ours: bool = True) -> Wording:
    """What is wrong with the field of one validation error (one of ``exc.errors()``).

    ``ours`` False: pydantic's own English is kept for every type ("Field required"), as
    the branding profile and the workshop session say it.
    """
    found = _candidate(error, ours)
    if found is not None:
        wording, english = found
        try:
            if wording.render("en") == english:
                return wording
        except (KeyError, IndexError, ValueError):  # a template that does not fit: say the text
            pass
        return Wording("file.field.other", detail=english)
    ctx = error.get("ctx") or {}
    english = str(ctx["error"]) if error["type"] == "value_error" and "error" in ctx else None
    return Wording("file.field.other", detail=english or str(error["msg"]))
