"""Reading and writing assessment files.

:func:`load_assessment` never raises anything but :class:`DocumentError`, whose message
says what is wrong and where (file, key path). Files are bounded in size and nesting,
decoded strictly (a UTF-8 byte-order mark is accepted, UTF-16 is named as such), parsed
with duplicate keys and ``NaN``/``Infinity`` refused, migrated from older formats and
refused from newer ones. :func:`save_assessment` writes atomically and durably.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import advisor
from advisor.domain.assessment import ASSESSMENT_FORMAT, FROM_FILE, SCHEMA_VERSION, Assessment
from advisor.domain.limits import MAX_ANSWERS, MAX_ASSESSMENT_BYTES, MAX_DEPTH, MAX_PLAN_EDITS
from advisor.domain.strict_types import version_number
from advisor.files import STDIN_NAMES, is_regular_file, size_words
from advisor.storage.atomic import atomic_write_bytes
from advisor.storage.errors import DocumentError, NewerFormatError, Wording, read_file
from advisor.storage.lean_assessment import load_lean
from advisor.storage.migrations import MIGRATIONS, Migration, migrate
from advisor.storage.strict_json import (
    decode_text,
    parse_json_text,
    short_repr,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "DocumentError",
    "LoadedDocument",
    "check_savable",
    "dumps_assessment",
    "load_assessment",
    "parse_assessment",
    "save_assessment",
]

MAX_DOCUMENT_BYTES = MAX_ASSESSMENT_BYTES

_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a spreadsheet or Word file, perhaps)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"GIF8", "a GIF image"),
)


@dataclass(frozen=True)
class LoadedDocument:
    """An assessment read from disk, and how it was read."""

    assessment: Assessment
    path: Path | None
    migrated_from: int | None = None
    notes: list[str] = field(default_factory=list)


def _as_path(path: Path | str | None) -> Path | None:
    """``path`` as a :class:`Path` (``Path(path)`` parses a ``Path`` again: 3 µs a file)."""
    if path is None or isinstance(path, Path):
        return path
    return Path(path) if path else None


def _depth(value: Any, limit: int) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


_ANY_SIGNATURE = tuple(signature for signature, _ in _SIGNATURES)


def _decode(raw: bytes, path: Path | str | None) -> str:
    if raw.startswith(_ANY_SIGNATURE):  # one test for the common case: none of them
        for signature, what in _SIGNATURES:
            if raw.startswith(signature):
                raise DocumentError(path, Wording("file.not_an_assessment", what=what))
    return decode_text(raw, path)


def _format_loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc)


def _validation_message(error: Mapping[str, Any]) -> Wording:
    from advisor.storage.field_words import field_wording

    return field_wording(error)


def _refuse_too_many(data: dict[str, Any], path: Path | str | None) -> None:
    """Refuse a huge ``answers`` or ``plan`` at once, before validating every entry."""
    for key, limit in (("answers", MAX_ANSWERS), ("plan", MAX_PLAN_EDITS)):
        value = data.get(key)
        if isinstance(value, dict) and len(value) > limit:
            counted = {"count": f"{len(value):,}", "limit": f"{limit:,}"}
            raise DocumentError(path, Wording("file.too_many_entries", **counted), key)


def parse_assessment(
    raw: bytes,
    path: Path | str | None = None,
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    current_version: int = SCHEMA_VERSION,
) -> LoadedDocument:
    """Parse the bytes of an assessment file. Raises :class:`DocumentError` only."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        sizes = {"size": size_words(len(raw)), "limit": size_words(MAX_DOCUMENT_BYTES)}
        raise DocumentError(path, Wording("file.too_large", what="an assessment file", **sizes))
    text = _decode(raw, path)
    if current_version == SCHEMA_VERSION:
        lean = load_lean(text)  # compiled, one pass: the common case
        if lean is not None:
            return LoadedDocument(lean, _as_path(path), None)
    data = parse_json_text(text, path, what="an assessment")
    if not isinstance(data, dict):
        raise DocumentError(path, Wording("file.not_one_object"))
    if data.get("format") != ASSESSMENT_FORMAT:
        expected = repr(ASSESSMENT_FORMAT)
        raise DocumentError(path, Wording("file.wrong_format", expected=expected), "format")

    if "schema_version" in data:
        data["schema_version"] = version_number(data["schema_version"])
    version = data.get("schema_version")
    if "schema_version" not in data:
        raise DocumentError(path, Wording("file.version_missing"), "schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        given = Wording("file.version_not_whole", value=short_repr(version))
        raise DocumentError(path, given, "schema_version")
    migrated_from = None
    if version > current_version:
        newer = {"version": version, "app": advisor.__version__, "current": current_version}
        raise NewerFormatError(path, Wording("file.newer_format", **newer), "schema_version")
    if version < current_version:
        if version not in migrations:
            unknown = Wording("file.unknown_version", version=version)
            raise DocumentError(path, unknown, "schema_version")
        try:
            data = migrate(data, version, current=current_version, migrations=migrations)
        except (KeyError, TypeError, ValueError) as exc:
            failed = Wording("file.cannot_upgrade", version=version, detail=str(exc))
            raise DocumentError(path, failed) from None
        migrated_from = version

    _refuse_too_many(data, path)
    try:
        assessment = Assessment.model_validate(data, context=FROM_FILE)
    except ValidationError as exc:
        # The models nest 4 levels, so a valid document is never deep; a deep one is only
        # looked for here, after validation failed, to keep loading good files fast.
        if _depth(data, MAX_DEPTH) > MAX_DEPTH:
            raise DocumentError(path, Wording("file.too_deep", what="an assessment")) from None
        first = exc.errors()[0]
        others = exc.error_count() - 1
        said = _validation_message(first)
        if others:
            said = Wording("file.and_more", problem=said, more=Wording("file.more", n=others))
        raise DocumentError(path, said, _format_loc(first["loc"])) from None
    return LoadedDocument(assessment, _as_path(path), migrated_from)


_OWN_FORMAT = re.compile(rb'"format"\s*:\s*"export-advisor/([a-z-]{1,40})"')
_PEEK_BYTES = 4096


def own_other_format(path: Path | str) -> str | None:
    """The kind of one of our own files that is not an assessment ("branding"...), else None.

    For a folder scan: a branding profile kept next to the client files is not a broken
    assessment. Reads at most the first 4 KB of a regular file; anything else (a FIFO,
    a missing file, a foreign JSON) gives None so the loader reports it as usual.
    """
    if not is_regular_file(path):
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(_PEEK_BYTES)
    except OSError:
        return None
    match = _OWN_FORMAT.search(head)
    if match is None:
        return None
    kind = match.group(1).decode("ascii")
    return None if f"export-advisor/{kind}" == ASSESSMENT_FORMAT else kind


def load_assessment(path: Path | str) -> LoadedDocument:
    """Read an assessment file. Raises :class:`DocumentError` only; never changes the file.

    ``-`` (or ``/dev/stdin``) reads standard input; anything but a regular file is refused.
    """
    path = _as_path(path) if str(path) not in STDIN_NAMES else str(path)
    raw = read_file(path, MAX_DOCUMENT_BYTES, "an assessment file")
    return parse_assessment(raw, path)


def dumps_assessment(assessment: Assessment) -> bytes:
    """The document as UTF-8 JSON bytes, indented, stable for the same content."""
    text = json.dumps(assessment.to_json_data(), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def check_savable(data: bytes, path: Path | str | None = None) -> None:
    """Refuse, before anything is written, bytes that :func:`load_assessment` would refuse.

    The same loader checks the bytes, so the app never saves a file it cannot open again
    (too many answers, a file over the size limit, a text too long...). Raises
    :class:`DocumentError` saying "not saved" and why.
    """
    try:
        parse_assessment(data, path)
    except DocumentError as exc:
        refused = Wording("file.not_saved_reopen", reason=exc.wording or exc.message)
        raise DocumentError(path, refused, exc.place) from None


def save_assessment(path: Path | str, assessment: Assessment) -> None:
    """Write the document atomically and durably, if it can be read back.

    Raises :class:`DocumentError` (see :func:`check_savable`); the file is then unchanged.
    """
    data = dumps_assessment(assessment)
    check_savable(data, path)
    atomic_write_bytes(Path(path), data)
