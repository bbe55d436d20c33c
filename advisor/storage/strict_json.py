"""Reading JSON files from anyone: strict decoding and parsing with plain-language errors.

Shared by assessments, branding profiles and workshop sessions. A UTF-8 byte-order mark
is accepted (Notepad writes one); UTF-16 is named as such; duplicate keys, ``NaN``,
``Infinity`` and numbers too large for a float are refused instead of being silently
accepted as Python's ``json`` would. Only :class:`DocumentError` escapes.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from advisor.storage.errors import DocumentError, Wording

__all__ = ["decode_text", "parse_json_text", "short_repr"]


class _RefusedError(Exception):
    def __init__(self, message: Wording) -> None:
        self.message = message


def short_repr(value: Any, limit: int = 40) -> str:
    """A value for a message, cut short: a hostile file must not make a huge message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RefusedError(Wording("file.duplicate_key", name=short_repr(key)))
        result[key] = value
    return result


def _refuse_constant(name: str) -> float:
    raise _RefusedError(Wording("file.not_a_number", name=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _RefusedError(Wording("file.number_too_large", number=short_repr(text)[1:-1]))
    return value


_MAX_INT_DIGITS = 400  # far past any count or amount; Python refuses past 4,300 digits


def _bounded_int(text: str) -> int:
    digits = len(text) - text.startswith("-")
    if digits > _MAX_INT_DIGITS:  # int() would raise a bare ValueError past 4,300
        raise _RefusedError(Wording("file.too_many_digits", digits=f"{digits:,}"))
    return int(text)


#: Python's JSON parser's messages, by the key that says them in any language (the English
#: of each key is the message itself; another one is said as it is).
_JSON_WORDS = {
    "Expecting value": "file.json.value",
    "Expecting ',' delimiter": "file.json.comma",
    "Expecting ':' delimiter": "file.json.colon",
    "Expecting property name enclosed in double quotes": "file.json.key_quotes",
    "Extra data": "file.json.extra",
    "Unterminated string starting at": "file.json.unterminated",
    "Invalid \\uXXXX escape": "file.json.bad_escape",
    "Invalid \\escape": "file.json.escape",  # a Windows path typed in: "C:\Users"
    "Invalid control character at": "file.json.control",
    # Python 3.13 and later
    "Illegal trailing comma before end of object": "file.json.trailing_comma_object",
    "Illegal trailing comma before end of array": "file.json.trailing_comma_array",
}


def decode_text(raw: bytes, path: Path | str | None) -> str:
    """The text of a file meant to be UTF-8 JSON. Raises :class:`DocumentError`."""
    if not raw or raw.isspace():  # as `not raw.strip()`, without copying the file
        raise DocumentError(path, Wording("file.empty"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, Wording("file.utf16"))
    try:
        return raw.decode("utf-8-sig")  # tolerate the byte-order mark Notepad adds
    except UnicodeDecodeError as exc:
        raise DocumentError(path, Wording("file.not_utf8", position=exc.start)) from None


def parse_json_text(text: str, path: Path | str | None, *, what: str = "this file") -> Any:
    """Parse JSON strictly. Raises :class:`DocumentError` naming the line and column."""
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except _RefusedError as exc:
        raise DocumentError(path, exc.message) from None
    except json.JSONDecodeError as exc:
        key = _JSON_WORDS.get(exc.msg)
        detail = Wording(key) if key else exc.msg
        where = {"line": exc.lineno, "column": exc.colno, "detail": detail}
        raise DocumentError(path, Wording("file.not_json", **where)) from None
    except RecursionError:
        raise DocumentError(path, Wording("file.too_deep", what=what)) from None
