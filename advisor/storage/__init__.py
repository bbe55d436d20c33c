"""Assessment documents on disk: loading with clear errors, migration, atomic saves.

The names below are imported from :mod:`advisor.storage.documents` when first asked for
(PEP 562): importing a light module of the package (``advisor.storage.recovery``,
``portable``, ``paths``) does not import pydantic and the assessment models, which the
start page shows without (issue 18).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advisor.storage.documents import (
        DocumentError,
        LoadedDocument,
        check_savable,
        dumps_assessment,
        load_assessment,
        parse_assessment,
        save_assessment,
    )

__all__ = [
    "DocumentError",
    "LoadedDocument",
    "check_savable",
    "dumps_assessment",
    "load_assessment",
    "parse_assessment",
    "save_assessment",
]


def __getattr__(name: str) -> Any:
    if name == "DocumentError":  # defined without pydantic
        from advisor.storage import errors

        return errors.DocumentError
    if name in __all__:
        from advisor.storage import documents

        return getattr(documents, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
