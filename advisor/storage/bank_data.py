"""The built-in bank's id and profile choices without its models, for the start page.

The window shows its start page before the bank's pydantic models exist (issue 18: they
cost about 100 ms and 15 MiB, more than the whole start-up budget over a bare Qt window).
:func:`peek_default_bank` reads the built-in bank's compiled twin with ``json`` alone and
keeps only what the start page shows: the bank's id (which files were answered with it)
and the labels of the profile's choices (the examples' sectors, experience and markets).
The rest is let go at once, so the peak memory when the window shows does not hold it.

The twin is not checked against the YAML here (that needs the YAML's bytes and OpenSSL's
SHA-256, 4 MiB): what is read is only shown. The models are built by
:func:`advisor.storage.banks.default_bank`, which checks it as always.

Nothing here imports pydantic, the domain's models or Qt; nothing raises: a missing or
unreadable twin gives None, and the caller loads the bank the usual way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from advisor.domain.languages import DEFAULT_LANGUAGE
from advisor.domain.limits import MAX_BANK_BYTES
from advisor.files import FileReadError, read_bounded
from advisor.resources import ResourceError, resource_path

__all__ = ["BankPeek", "Label", "peek_default_bank"]

DEFAULT_BANK = "banks/in-sme-export.yaml"  # as advisor.storage.banks.DEFAULT_BANK
COMPILED_SUFFIX = ".compiled.json"
PROFILE_CHOICES = ("sectors", "experience", "markets")


@dataclass(frozen=True)
class Label:
    """A text of the bank read without its models (``{"en": ..., "hi": ...}``); like
    :class:`~advisor.domain.text.Text`, :meth:`get` falls back to English."""

    texts: Mapping[str, str]

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``lang``, else in English."""
        return self.texts.get(lang) or self.texts.get(DEFAULT_LANGUAGE, "")


@dataclass(frozen=True)
class BankPeek:
    """What the start page needs of a bank: its id, and per profile field
    (:data:`PROFILE_CHOICES`) the labels of the choices by id."""

    id: str
    choices: Mapping[str, Mapping[str, Label]]


def peek_default_bank() -> BankPeek | None:
    """The built-in bank's :class:`BankPeek`, from its compiled twin (None when the twin
    is missing or is not a bank's)."""
    try:
        path = resource_path(DEFAULT_BANK)
        twin = path.with_name(path.stem + COMPILED_SUFFIX)
        stored = json.loads(read_bounded(twin, 2 * MAX_BANK_BYTES, "a compiled bank"))
    except (ResourceError, FileReadError, OSError, ValueError, RecursionError):
        return None
    data = stored.get("data") if isinstance(stored, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    profile = data.get("profile")
    profile = profile if isinstance(profile, dict) else {}
    return BankPeek(data["id"], {name: _labels(profile.get(name)) for name in PROFILE_CHOICES})


def _labels(items: Any) -> dict[str, Label]:
    found: dict[str, Label] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("label"), dict):
            found[str(item.get("id"))] = Label(item["label"])
    return found
