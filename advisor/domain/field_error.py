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

__all__ = ["FieldError"]


class FieldError(ValueError):
    """A value a validator refuses: ``FieldError("file.field.year", low=1900, high=9998)``."""

    def __init__(self, key: str, /, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values: dict[str, object] = values

    def __str__(self) -> str:
        from advisor.domain.words import words

        return words("en").get(self.key, **self.values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_field_error, (self.key, self.values))


def _field_error(key: str, values: dict[str, object]) -> FieldError:
    return FieldError(key, **values)
