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

from advisor.storage.errors import DocumentError

__all__ = ["decode_text", "parse_json_text", "short_repr"]


class _RefusedError(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


def short_repr(value: Any, limit: int = 40) -> str:
    """A value for a message, cut short: a hostile file must not make a huge message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RefusedError(f"the key {short_repr(key)} appears twice in the same object")
        result[key] = value
    return result


def _refuse_constant(name: str) -> float:
    raise _RefusedError(f"{name} is not a number this file may hold")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _RefusedError(f"the number {short_repr(text)[1:-1]} is too large")
    return value


_MAX_INT_DIGITS = 400  # far past any count or amount; Python refuses past 4,300 digits


def _bounded_int(text: str) -> int:
    digits = len(text) - text.startswith("-")
    if digits > _MAX_INT_DIGITS:  # int() would raise a bare ValueError past 4,300
        raise _RefusedError(f"a number of {digits:,} digits is too large")
    return int(text)


def decode_text(raw: bytes, path: Path | str | None) -> str:
    """The text of a file meant to be UTF-8 JSON. Raises :class:`DocumentError`."""
    if not raw or raw.isspace():  # as `not raw.strip()`, without copying the file
        raise DocumentError(path, "the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "the file is saved as UTF-16; save it as UTF-8 and try again")
    try:
        return raw.decode("utf-8-sig")  # tolerate the byte-order mark Notepad adds
    except UnicodeDecodeError as exc:
        raise DocumentError(
            path, f"the file is not UTF-8 text (bad byte at position {exc.start})"
        ) from None


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
        raise DocumentError(
            path, f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise DocumentError(path, f"the file is nested far too deeply to be {what}") from None
