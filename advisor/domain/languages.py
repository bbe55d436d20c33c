"""The languages of the app, its reports and its commands, defined once.

Every language listed here has an interface translation (``resources/translations``),
a word catalogue for reports and commands (:mod:`advisor.domain.words`) and texts in
the built-in bank. Each is named in itself, as a Language menu shows it. English is the
default and the fallback of every text.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "LANGUAGE_CODES", "language_name"]

DEFAULT_LANGUAGE = "en"
"""The default language and the fallback of every text (no pydantic here: the start page
reads it before the models exist)."""

LANGUAGES: Mapping[str, str] = MappingProxyType({"en": "English", "hi": "हिन्दी"})
LANGUAGE_CODES: tuple[str, ...] = tuple(LANGUAGES)


def language_name(code: str) -> str:
    """The language's name in itself (``हिन्दी``); the code itself when it is not listed."""
    return LANGUAGES.get(code, code)
