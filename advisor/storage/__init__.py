"""Assessment documents on disk: loading with clear errors, migration, atomic saves."""

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
