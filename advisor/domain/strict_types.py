"""Field types that read a file's JSON exactly as the published JSON Schemas say.

pydantic's default ("lax") mode would take ``"number": true`` as 1, ``"20"`` as 20, an
integer as a Unix time and ``2026-11-27 10:15`` as a timestamp; the schemas refuse all of
them, and so do these types. Each carries its own JSON Schema, so the loader and the
schema state the same rule once (a test checks both over a corpus of documents).

Objects from code (a ``datetime`` set by the window) are accepted as they are, with the
same range checks.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema

from advisor.domain.field_error import FieldError
from advisor.domain.limits import MAX_YEAR, MIN_YEAR

__all__ = [
    "DATE_PATTERN",
    "TIMESTAMP_PATTERN",
    "DueDate",
    "Timestamp",
    "VersionNumber",
    "json_number",
    "parse_date",
    "parse_timestamp",
    "version_number",
]

# Years MIN_YEAR..MAX_YEAR (1900-9998), ASCII digits only.
_YEAR = r"(?:19[0-9]{2}|[2-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])"
_DATE = _YEAR + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
_ZONE = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
# `$(?!\n)`: a true end of text in Python's `re` (whose `$` also matches before a final
# newline) and in ECMA-262, the dialect of JSON Schema patterns.
TIMESTAMP_PATTERN = f"^{_DATE}T{_TIME}{_ZONE}$(?!\\n)"
DATE_PATTERN = f"^{_DATE}$(?!\\n)"
_TIMESTAMP_RE = re.compile(TIMESTAMP_PATTERN)
_DATE_RE = re.compile(DATE_PATTERN)
_EXAMPLE = "2026-11-27T10:15:00+05:30"


def _in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _timestamp(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise FieldError("file.field.timezone", example=_EXAMPLE)
        if not _in_range(value.year):
            raise FieldError("file.field.year", low=MIN_YEAR, high=MAX_YEAR)
        return value
    if not isinstance(value, str):
        raise FieldError("file.field.timestamp_text", example=_EXAMPLE)
    if _TIMESTAMP_RE.match(value + "Z") and not value.endswith(("Z", "z")):
        raise FieldError("file.field.timezone", example=_EXAMPLE)
    if not _TIMESTAMP_RE.match(value):
        raise FieldError("file.field.timestamp", low=MIN_YEAR, high=MAX_YEAR, example=_EXAMPLE)
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise FieldError("file.field.not_a_date", value=value[:10]) from None


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if not _in_range(value.year):
            raise FieldError("file.field.year", low=MIN_YEAR, high=MAX_YEAR)
        return value
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise FieldError("file.field.date", low=MIN_YEAR, high=MAX_YEAR)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError("file.field.not_a_date", value=value) from None


def parse_timestamp(value: str) -> dt.datetime:
    """The aware datetime of a timestamp's text, as :data:`Timestamp` reads it from a file.
    Raises ValueError (with the model's words) when it is not one."""
    return _timestamp(value)


def parse_date(value: str) -> dt.date:
    """The date of a due date's text, as :data:`DueDate` reads it from a file. Raises
    ValueError (with the model's words) when it is not one."""
    return _date(value)


def json_number(value: Any) -> Any:
    """A number from a file is a JSON number: not text, not true or false."""
    return _number(value)


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FieldError("file.field.json_number")
    return value


def _version(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FieldError("file.field.version")
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JSON's 1.0 is the number 1, as JSON Schema says
    return value


Timestamp = Annotated[
    dt.datetime,
    BeforeValidator(_timestamp),
    WithJsonSchema({"type": "string", "format": "date-time", "pattern": TIMESTAMP_PATTERN}),
]
DueDate = Annotated[
    dt.date,
    BeforeValidator(_date),
    WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
]
VersionNumber = BeforeValidator(_version)  # use as Annotated[Literal[1], VersionNumber]


def version_number(value: Any) -> Any:
    """A format version read from a file: 1.0 is 1; true, "1" and 1.5 stay as they are."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
