"""Branding profiles on disk: a small JSON file (``export-advisor/branding``).

:func:`load_branding` returns the profile and the folder it came from (a relative logo
path is relative to that folder; :func:`logo_path` resolves it). Every problem raises
:class:`~advisor.storage.errors.DocumentError` naming the file and the key: not JSON,
duplicate keys, ``NaN``, an unknown key, a colour that is not ``#RRGGBB``, text too long.
The logo image itself is checked by the report layer when a PDF is made
(``advisor.report.logo.load_logo``), since only it reads images.
:func:`save_branding` writes atomically, so a failed save keeps the previous profile.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from advisor.domain.branding import BRANDING_FORMAT, BrandingProfile
from advisor.domain.limits import MAX_BRANDING_BYTES
from advisor.storage.atomic import atomic_write_bytes
from advisor.storage.errors import DocumentError, Wording, read_file
from advisor.storage.strict_json import decode_text, parse_json_text

__all__ = ["MAX_BRANDING_BYTES", "dumps_branding", "load_branding", "logo_path", "save_branding"]


def _message(error: Any) -> Wording:
    from advisor.storage.field_words import field_wording

    kind = error["type"]
    loc = error["loc"]
    if kind == "extra_forbidden":
        return Wording("file.branding.unknown_key")
    if kind == "string_pattern_mismatch" and loc and loc[0] == "accent":
        return Wording("file.branding.colour", given=repr(error["input"]))
    if kind == "string_too_long":
        return Wording("file.branding.too_long", most=error["ctx"]["max_length"])
    if kind == "too_long":
        return Wording("file.branding.too_many", most=error["ctx"]["max_length"])
    if kind == "literal_error" and loc and loc[0] == "schema_version":
        return Wording("file.branding.version")
    return field_wording(error, ours=False)


def _read(path: Path) -> bytes:
    return read_file(path, MAX_BRANDING_BYTES, "a branding profile")


def parse_branding(raw: bytes, path: Path | str | None = None) -> BrandingProfile:
    """A profile from the bytes of its file. Raises :class:`DocumentError` only."""
    data = parse_json_text(decode_text(raw, path), path, what="a branding profile")
    if not isinstance(data, dict):
        raise DocumentError(path, Wording("file.branding.not_one_object"))
    if data.get("format", BRANDING_FORMAT) != BRANDING_FORMAT:
        expected = repr(BRANDING_FORMAT)
        raise DocumentError(
            path, Wording("file.branding.wrong_format", expected=expected), "format"
        )
    try:
        return BrandingProfile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        said = _message(first)
        if exc.error_count() > 1:
            more = Wording("file.more", n=exc.error_count() - 1)
            said = Wording("file.and_more", problem=said, more=more)
        place = ".".join(str(p) for p in first["loc"])
        raise DocumentError(path, said, place) from None


def load_branding(path: Path | str) -> tuple[BrandingProfile, Path]:
    """Read a branding profile; returns it and its folder. Raises :class:`DocumentError`."""
    path = Path(path)
    profile = parse_branding(_read(path), path)
    return profile, path.parent.resolve()


def logo_path(profile: BrandingProfile, base_dir: Path | str) -> Path | None:
    """The profile's logo as a path (a relative one is taken from ``base_dir``)."""
    if not profile.logo:
        return None
    logo = Path(profile.logo).expanduser()
    return logo if logo.is_absolute() else Path(base_dir) / logo


def dumps_branding(profile: BrandingProfile) -> bytes:
    """The profile as UTF-8 JSON bytes, indented, stable for the same content."""
    text = json.dumps(profile.model_dump(mode="json"), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def save_branding(path: Path | str, profile: BrandingProfile) -> None:
    """Write the profile atomically and durably. Raises :class:`DocumentError`."""
    atomic_write_bytes(Path(path), dumps_branding(profile))
