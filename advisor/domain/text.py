"""Translatable text, as the bank stores it: ``{"en": "...", "hi": "..."}``.

English is required; any other language may sit beside it, so a translated bank needs
no change of format. Lookups fall back to English when a language is missing.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field, RootModel, StringConstraints

from advisor.domain.field_error import FieldError
from advisor.domain.languages import DEFAULT_LANGUAGE
from advisor.domain.limits import MAX_BANK_TEXT

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGE_CODE", "Text", "has_lone_surrogate", "no_surrogates"]

LANGUAGE_CODE = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"


def has_lone_surrogate(value: str) -> bool:
    """True when ``value`` holds a UTF-16 surrogate, which cannot be written as UTF-8."""
    if value.isascii():
        return False
    try:  # UTF-8 refuses surrogates and nothing else; in C, 10-50x quicker than a regex
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def no_surrogates(value: str) -> str:
    """Validator: refuse a string that cannot be saved as UTF-8."""
    if has_lone_surrogate(value):
        raise FieldError("file.field.surrogate")
    return value


LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE)]
TextValue = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_BANK_TEXT), AfterValidator(no_surrogates)
]


def _require_english(value: dict[str, str]) -> dict[str, str]:
    if DEFAULT_LANGUAGE not in value:
        raise FieldError("file.field.needs_english")
    if not value[DEFAULT_LANGUAGE].strip():
        raise FieldError("file.field.english_empty")
    return value


class Text(RootModel[dict[LanguageCode, TextValue]]):
    """A text in several languages; ``en`` is always present."""

    root: Annotated[
        dict[LanguageCode, TextValue],
        AfterValidator(_require_english),
        Field(json_schema_extra={"required": ["en"]}),
    ]

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``lang``, or in English when that language is missing."""
        return self.root.get(lang) or self.root[DEFAULT_LANGUAGE]

    def has(self, lang: str) -> bool:
        """True when the text exists in ``lang`` (no fallback)."""
        return bool(self.root.get(lang, "").strip())

    def __str__(self) -> str:
        return self.get()

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.root.items())))

    @classmethod
    def of(cls, english: str, **others: Any) -> Text:
        """Build a text from its English and optional other languages: ``Text.of("x", hi="y")``."""
        return cls({DEFAULT_LANGUAGE: english, **others})
