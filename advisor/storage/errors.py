"""The one error type the storage layer lets escape."""

from __future__ import annotations

from pathlib import Path

from advisor.files import FileReadError, read_bounded

__all__ = ["DocumentError", "NewerFormatError", "read_file"]


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


class NewerFormatError(DocumentError):
    """The document was written by a newer version of the app: nothing is wrong with it,
    and an updated app reads it (so it is never treated as damaged)."""


def read_file(path: Path | str, limit: int, what: str) -> bytes:
    """A regular file's bytes, bounded (see :func:`advisor.files.read_bounded`).

    Raises :class:`DocumentError` with the one wording of file-read errors.
    """
    try:
        return read_bounded(path, limit, what)
    except FileReadError as exc:
        raise DocumentError(exc.path, exc.reason) from None
