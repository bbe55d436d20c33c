"""The one error type the storage layer lets escape, and the words it is said in.

A :class:`DocumentError` says what is wrong (a :class:`Wording`: a key of the word
catalogues, ``resources/words/<lang>.json`` under ``file.*``, and its values) and where
(the file, the key path). ``str(error)`` and ``error.message`` are English, as the
command line, the logs and the tests read them; the window says the same in its own
language with :meth:`DocumentError.text` / :meth:`DocumentError.reason`. Nothing here
imports anything until a message is put into words (issue 18: the start-up reads none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from advisor.files import FileReadError, read_bounded

__all__ = ["DocumentError", "NewerFormatError", "Wording", "folder_error", "read_file"]

#: Placeholders that name a kind of file or thing ("an assessment file", "a pipe (FIFO)"):
#: given in English by the code, said in the language from the ``file.thing.*`` words.
THING_PLACEHOLDERS = frozenset({"what", "kind"})
THING_PREFIX = "file.thing."


class Wording:
    """What a message says, by key: ``Wording("file.too_large", what=..., size=..., limit=...)``.

    A value may be another :class:`Wording` (said in the same language). A key of the
    catalogues' ``plurals`` takes its number as ``n``. :meth:`render` puts it into words.
    """

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values: Mapping[str, object] = values

    def render(self, lang: str = "en") -> str:
        """The message in ``lang`` (English for a key or language the catalogues lack)."""
        from advisor.domain.words import words

        catalogue = words(lang)
        filled = {name: _said(name, value, lang) for name, value in self.values.items()}
        if self.key in words("en").plurals:
            n = filled.pop("n")
            return catalogue.count(self.key, n, **filled)  # type: ignore[arg-type]
        return catalogue.get(self.key, **filled)

    def __repr__(self) -> str:
        values = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"Wording({self.key!r}{', ' if values else ''}{values})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Wording) and other.key == self.key and other.values == self.values

    def __hash__(self) -> int:
        return hash(self.key)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_wording, (self.key, dict(self.values)))


def _wording(key: str, values: dict[str, object]) -> Wording:
    return Wording(key, **values)


def _said(name: str, value: object, lang: str) -> object:
    if isinstance(value, Wording):
        return value.render(lang)
    from advisor.domain.field_error import WordedError

    if isinstance(value, WordedError):
        return Wording(value.key, **value.values).render(lang)
    if isinstance(value, dt.datetime):  # "30 Nov 2026, 15:56" / "30 नव॰ 2026, 15:56"
        from advisor.domain.formatting import format_moment

        return format_moment(value, lang)
    if name in THING_PLACEHOLDERS and isinstance(value, str) and lang != "en":
        return _thing(value, lang)
    return value


def _thing(english: str, lang: str) -> str:
    """A kind of file named in English ("a question bank"), in ``lang`` when it has it."""
    from advisor.domain.words import words

    for key, text in words("en").entries.items():
        if text == english and key.startswith(THING_PREFIX):
            return words(lang).get(key)
    return english


class DocumentError(Exception):
    """A document cannot be read or written. The message says what is wrong and where.

    ``place`` is a key path such as ``answers.log.iec.choice`` (empty for the whole file).
    ``message`` is a :class:`Wording` (said in any language) or a plain English text.
    """

    def __init__(self, path: Path | str | None, message: str | Wording, place: str = "") -> None:
        self.path = str(path) if path is not None else "<document>"
        self.place = place
        self.wording = message if isinstance(message, Wording) else None
        self._english = message if isinstance(message, str) else None
        super().__init__(self.path, message, place)

    @property
    def message(self) -> str:
        """What is wrong, in English, without the path and the place."""
        if self._english is None:
            assert self.wording is not None
            self._english = self.wording.render("en")
        return self._english

    def reason(self, lang: str = "en") -> str:
        """What is wrong, in ``lang``, without the path and the place."""
        if self.wording is None or lang == "en":
            return self.message
        return self.wording.render(lang)

    def text(self, lang: str = "en") -> str:
        """The whole message in ``lang``: ``path: place: what is wrong``.

        The path and the key path are kept as they are (a file name, ``answers.x.choice``):
        the user finds them in the file manager and the file as written.
        """
        where = f"{self.path}: {self.place}: " if self.place else f"{self.path}: "
        return where + self.reason(lang)

    def __str__(self) -> str:
        return self.text("en")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.wording or self.message, self.place))


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
        raise DocumentError(exc.path, file_read_wording(exc)) from None


def folder_error(folder: Path | str, exc: OSError | None = None) -> DocumentError:
    """A folder that cannot be listed: missing, a file, or ``exc`` (the system's words)."""
    if exc is None or isinstance(exc, FileNotFoundError):
        return DocumentError(folder, Wording("file.folder.missing"))
    if isinstance(exc, NotADirectoryError):
        return DocumentError(folder, Wording("file.folder.is_file"))
    return DocumentError(
        folder, Wording("file.folder.cannot_read", detail=str(exc.strerror or exc))
    )


def file_read_wording(exc: FileReadError) -> Wording:
    """The words of a :class:`~advisor.files.FileReadError` (its ``reason``, in any language)."""
    return Wording(exc.key, **exc.values)
