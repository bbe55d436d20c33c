"""The one error type the storage layer lets escape."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DocumentError"]


class DocumentError(Exception):
    """A document cannot be read or written. The message says what is wrong and where.

    ``place`` is a key path such as ``answers.log.iec.choice`` (empty for the whole file).
    """

    def __init__(self, path: Path | str | None, message: str, place: str = "") -> None:
        self.path = str(path) if path is not None else "<document>"
        self.place = place
        self.message = message
        where = f"{self.path}: {place}: " if place else f"{self.path}: "
        super().__init__(where + message)
