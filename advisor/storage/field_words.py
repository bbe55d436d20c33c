"""What is wrong with one field of a file, in words any language can say.

The models' validation (pydantic, and the domain's own validators) says it in English;
:func:`field_wording` finds the key of the word catalogues that says the same
(``file.field.*``), with the values taken from the error. The English of that key must be
the very text the validation gave (checked when the error is raised, which is rare): when
it is not, the text is kept, said as a detail (``file.field.other``), so a message never
changes in English and never goes unsaid in another language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

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
_Y = r"(?P<low>\d{4})-(?P<high>\d{4})"
#: The domain validators' sentences (``ValueError``), by the key that says them.
_OWN = (
    (
        re.compile(r"must be a number, e\.g\. 20 \(not text, and not true or false\)"),
        "file.field.json_number",
    ),
    (re.compile(r"'(?P<name>\w+)' cannot be null: leave the key out"), "file.field.null"),
    (
        re.compile(r"an answer needs exactly one of 'choice', 'choices', 'number' or 'skip'"),
        "file.field.one_answer",
    ),
    (
        re.compile(
            r"an answer needs exactly one of 'choice', 'choices', 'number' or 'skip' "
            r"\(has (?P<given>[\w, ]+)\)"
        ),
        "file.field.one_answer_has",
    ),
    (re.compile(r"the same option is chosen twice"), "file.field.chosen_twice"),
    (
        re.compile(r"the date and time must include a time zone, e\.g\. (?P<example>\S+)"),
        "file.field.timezone",
    ),
    (re.compile(r"the year must be between (?P<low>\d{4}) and (?P<high>\d{4})"), "file.field.year"),
    (
        re.compile(r"a date and time is written as text, e\.g\. (?P<example>\S+)"),
        "file.field.timestamp_text",
    ),
    (
        re.compile(
            rf"not a date and time with a time zone, years {_Y} "
            r"\(write it as (?P<example>\S+)\)"
        ),
        "file.field.timestamp",
    ),
    (re.compile(r"not a real date \((?P<value>.*)\)"), "file.field.not_a_date"),
    (re.compile(rf"a date is written as text YYYY-MM-DD, years {_Y}"), "file.field.date"),
    (re.compile(r"the format version must be a whole number, e\.g\. 1"), "file.field.version"),
)


def _number(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _candidate(error: Mapping[str, Any], ours: bool = True) -> tuple[Wording, str] | None:
    """The wording that should say ``error``, and the English it must say."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        text = str(ctx["error"])  # our own validator's words, without "Value error,"
        for pattern, key in _OWN:
            match = pattern.fullmatch(text)
            if match:
                return Wording(key, **match.groupdict()), text
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
