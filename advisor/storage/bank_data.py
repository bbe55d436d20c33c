"""The built-in bank's id and profile choices without its models, for the start page.

The window shows its start page before the bank's pydantic models exist (issue 18: they
cost about 100 ms and 15 MiB, more than the whole start-up budget over a bare Qt window).
:func:`peek_default_bank` reads the built-in bank's compiled twin with ``json`` alone and
keeps only what the start page shows: the bank's id (which files were answered with it)
and the labels of the profile's choices (the examples' sectors, experience and markets).
The twin is written with sorted keys, so the id and the profile come in its first few
KiB (the questions after them): only that part is read and decoded, member by member
(:func:`_head_members`), and the whole file only when the head does not hold both. A
whole ``json.loads`` of the 370 KB twin cost about 5 ms and 1.3 MiB that stayed in the
process when the window showed.

The twin is not checked against the YAML here (that needs the YAML's bytes and OpenSSL's
SHA-256, 4 MiB): what is read is only shown. The models are built by
:func:`advisor.storage.banks.default_bank`, which checks it as always.

Nothing here imports pydantic, the domain's models or Qt; nothing raises: a missing or
unreadable twin gives None, and the caller loads the bank the usual way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from advisor.domain.languages import DEFAULT_LANGUAGE
from advisor.domain.limits import MAX_BANK_BYTES
from advisor.files import FileReadError, read_bounded
from advisor.resources import ResourceError, resource_path

__all__ = ["BankPeek", "Label", "peek_default_bank"]

DEFAULT_BANK = "banks/in-sme-export.yaml"  # as advisor.storage.banks.DEFAULT_BANK
COMPILED_SUFFIX = ".compiled.json"
PROFILE_CHOICES = ("sectors", "experience", "markets")
HEAD_BYTES = 32 * 1024  # the built-in twin's id and profile end before 20 KiB


class Label(NamedTuple):
    """A text of the bank read without its models (``{"en": ..., "hi": ...}``); like
    :class:`~advisor.domain.text.Text`, :meth:`get` falls back to English.

    This and :class:`BankPeek` are NamedTuples, not frozen dataclasses: they are defined
    before the window shows, in a fifth of the time (issue 18)."""

    texts: Mapping[str, str]

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``lang``, else in English."""
        return self.texts.get(lang) or self.texts.get(DEFAULT_LANGUAGE, "")


class BankPeek(NamedTuple):
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
        with twin.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
        data = _id_and_profile(head.decode("utf-8", "ignore"))  # a cut last letter: ignored
        if data is None:  # not in the head: the whole twin, as the loader reads it
            stored = json.loads(read_bounded(twin, 2 * MAX_BANK_BYTES, "a compiled bank"))
            data = stored.get("data") if isinstance(stored, dict) else None
    except (ResourceError, FileReadError, OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    profile = data.get("profile")
    profile = profile if isinstance(profile, dict) else {}
    return BankPeek(data["id"], {name: _labels(profile.get(name)) for name in PROFILE_CHOICES})


def _id_and_profile(text: str) -> dict[str, Any] | None:
    """``{"id": ..., "profile": ...}`` of the twin's ``data`` from the start of its text,
    or None when the text ends (or is not shaped as expected) before both came."""
    found: dict[str, Any] = {}
    try:
        for key, end in _head_members(text):
            if key in ("id", "profile"):
                found[key] = _DECODER.raw_decode(text, end)[0]
                if len(found) == 2:
                    return found
    except ValueError:
        return None
    return None


_DECODER = json.JSONDecoder()


def _head_members(text: str) -> Iterator[tuple[str, int]]:
    """The members of ``{"data": {...`` in order: each key with where its value starts;
    the values not asked for are skipped by decoding them (raises ValueError when the
    text ends inside one or is not a twin's)."""
    pos = _expect(text, 0, "{")
    key, pos = _DECODER.raw_decode(text, _skip(text, pos))
    if key != "data":
        raise ValueError("the twin does not start with its data")
    pos = _expect(text, _expect(text, pos, ":"), "{")
    while True:
        key, pos = _DECODER.raw_decode(text, _skip(text, pos))
        if not isinstance(key, str):
            raise ValueError("a key that is not a text")
        start = _skip(text, _expect(text, pos, ":"))
        yield key, start
        pos = _DECODER.raw_decode(text, start)[1]
        pos = _skip(text, pos)
        if text.startswith("}", pos):
            raise ValueError("the data ended")
        pos = _expect(text, pos, ",")


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _expect(text: str, pos: int, char: str) -> int:
    """The position after ``char`` (after any blank space before it)."""
    pos = _skip(text, pos)
    if not text.startswith(char, pos):
        raise ValueError(f"expected {char!r}")
    return pos + 1


def _labels(items: Any) -> dict[str, Label]:
    found: dict[str, Label] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("label"), dict):
            found[str(item.get("id"))] = Label(item["label"])
    return found
