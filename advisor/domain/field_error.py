"""What a model's validator refuses, said by a key of the word catalogues.

A validator raises :class:`FieldError` (a ``ValueError``, as pydantic expects) with a
``file.field.*`` key of ``resources/words/<lang>.json`` and the values of its
placeholders. pydantic keeps the exception in the error's ``ctx["error"]``; the storage
layer (:mod:`advisor.storage.field_words`) says it in any language from its key, so the
sentence lives once, in the catalogues. ``str()`` is the English (pydantic's message, the
command line's). Nothing is read until a message is put into words.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FieldError", "WordedError"]


class WordedError(ValueError):
    """A ``ValueError`` said by a key of the word catalogues and its values (a branding
    logo that cannot be used: ``WordedError("file.logo.empty", path=...)``); ``str()`` is
    the English. A value may be another :class:`WordedError`, said in the same language."""

    def __init__(self, key: str, /, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values: dict[str, object] = values

    def __str__(self) -> str:
        from advisor.domain.words import words

        values = {k: str(v) if isinstance(v, WordedError) else v for k, v in self.values.items()}
        return words("en").get(self.key, **values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_worded, (type(self), self.key, self.values))


class FieldError(WordedError):
    """A value a validator refuses: ``FieldError("file.field.year", low=1900, high=9998)``."""


def _worded(kind: type[WordedError], key: str, values: dict[str, object]) -> WordedError:
    return kind(key, **values)
