"""The built-in bank's data without its models: what the start page reads before pydantic.

The window shows its start page before the bank's pydantic models exist (issue 18: they
cost about 100 ms and 15 MiB, more than the whole start-up budget over a bare Qt window).
:func:`default_bank_data` is the built-in bank's parsed compiled twin (standard library
only: ``json`` and ``hashlib``), which the start page reads for the bank's id and the
labels of the profile's choices (:class:`~advisor.services.lazy_bank.LazyBank`), and
from which :func:`advisor.storage.banks.default_bank` then builds the models, once.

Nothing here imports pydantic, the domain's models or Qt; nothing raises: a missing or
stale twin gives None, and the caller loads the bank the usual way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from advisor.domain.languages import DEFAULT_LANGUAGE
from advisor.domain.limits import MAX_BANK_BYTES
from advisor.files import FileReadError, read_bounded
from advisor.resources import ResourceError, resource_path

__all__ = [
    "COMPILED_SUFFIX",
    "DEFAULT_BANK",
    "Label",
    "default_bank_data",
    "forget_default_bank_data",
]

DEFAULT_BANK = "banks/in-sme-export.yaml"
COMPILED_SUFFIX = ".compiled.json"


@dataclass(frozen=True)
class Label:
    """A text of the bank read without its models (``{"en": ..., "hi": ...}``); like
    :class:`~advisor.domain.text.Text`, :meth:`get` falls back to English."""

    texts: Mapping[str, str]

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``lang``, else in English."""
        return self.texts.get(lang) or self.texts.get(DEFAULT_LANGUAGE, "")


@cache
def default_bank_data() -> dict[str, Any] | None:
    """The built-in bank's parsed data from its compiled twin, when the twin matches the
    YAML's bytes (as :func:`advisor.storage.banks.load_bank` checks); else None."""
    try:
        path = resource_path(DEFAULT_BANK)
        raw = read_bounded(path, MAX_BANK_BYTES, "a question bank")
        twin = path.with_name(path.stem + COMPILED_SUFFIX)
        stored = json.loads(read_bounded(twin, 2 * MAX_BANK_BYTES, "a compiled bank"))
    except (ResourceError, FileReadError, OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("source_sha256") != hashlib.sha256(
        raw
    ).hexdigest():
        return None
    data = stored.get("data")
    return data if isinstance(data, dict) else None


def forget_default_bank_data() -> None:
    """Let the parsed data go (the models were built from it)."""
    default_bank_data.cache_clear()
