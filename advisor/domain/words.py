"""The words the reports and commands add around the bank's texts, one catalogue a language.

A catalogue is ``resources/words/<lang>.json``: ``{"language": "hi", "words": {key: text},
"plurals": {key: {category: text}}}`` with ``{name}`` placeholders. A plural holds one
text per CLDR plural category of the language (``one``, ``other``; Hindi counts 0 as
``one``), picked by :meth:`Words.count` with ``{n}`` the number. Keys are grouped by
where they are used: ``pdf.*`` (every PDF), ``report.*`` (the PDF action plan),
``progress.*`` (its progress section), ``cohort.*`` and ``cohort_csv.*`` (the workshop
summary). Dates, numbers and the choice of plural form come from
:mod:`advisor.domain.formatting` (CLDR), not spelled here. English (``en.json``) holds
every key; another catalogue may lack some, which then read in
English. A third language is one more file, with no change of code (add it to
:data:`advisor.domain.languages.LANGUAGES` to offer it).

    words("hi").get("pdf.page_of", page=2, pages=9)   # "पृष्ठ 2 / 9"
    words("en").count("cohort.left_out", 1)            # "1 file left out: ..."
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from advisor.domain.formatting import plural
from advisor.domain.languages import DEFAULT_LANGUAGE
from advisor.resources import resource_path

__all__ = ["Words", "words"]

CATALOGUE_FOLDER = "words"


class Words:
    """The words of one language, falling back to English key by key."""

    def __init__(
        self,
        lang: str,
        entries: Mapping[str, str],
        fallback: Words | None = None,
        plurals: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.lang = lang
        self.entries: Mapping[str, str] = MappingProxyType(dict(entries))
        self.plurals: Mapping[str, Mapping[str, str]] = MappingProxyType(
            {key: dict(forms) for key, forms in (plurals or {}).items()}
        )
        self.fallback = fallback

    def get(self, key: str, **values: object) -> str:
        """The text of ``key`` with ``{name}`` placeholders filled from ``values``.

        Raises ``KeyError`` for a key no catalogue has (a typo in the code).
        """
        text = self.entries.get(key)
        if text is None:
            if self.fallback is None:
                raise KeyError(f"no word {key!r} in the {self.lang!r} catalogue")
            return self.fallback.get(key, **values)
        return text.format(**values) if values else text

    def count(self, key: str, n: int, **values: object) -> str:
        """The plural ``key`` for the number ``n``: the form of its CLDR category, filled.

        ``{n}`` is the number (grouped the Indian way); raises ``KeyError`` for a key no
        catalogue has.
        """
        forms = self.plurals.get(key)
        if forms is None:
            if self.fallback is None:
                raise KeyError(f"no plural {key!r} in the {self.lang!r} catalogue")
            return self.fallback.count(key, n, **values)
        return plural(n, forms, self.lang, **values)

    def __contains__(self, key: object) -> bool:
        return key in self.entries or (self.fallback is not None and key in self.fallback)

    def keys(self) -> list[str]:
        """Every key this language can look up (its own and the English ones)."""
        own = set(self.entries)
        return sorted(own | set(self.fallback.keys() if self.fallback else ()))


def _read(lang: str) -> tuple[dict[str, str], dict[str, dict[str, str]]] | None:
    path = resource_path(f"{CATALOGUE_FOLDER}/{lang}.json", must_exist=False)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(raw)
    entries = data.get("words") if isinstance(data, dict) else None
    if not isinstance(entries, dict) or data.get("language") != lang:
        raise ValueError(f"{path}: not the word catalogue of {lang!r}")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
        raise ValueError(f"{path}: every word must be a text")
    plurals = data.get("plurals", {})
    if not isinstance(plurals, dict) or not all(
        isinstance(forms, dict)
        and "other" in forms
        and all(isinstance(k, str) and isinstance(v, str) for k, v in forms.items())
        for forms in plurals.values()
    ):
        raise ValueError(f"{path}: every plural must be texts by category, with 'other'")
    return entries, plurals


@cache
def words(lang: str = DEFAULT_LANGUAGE) -> Words:
    """The catalogue of ``lang`` (English alone when there is none), read once."""
    if lang == DEFAULT_LANGUAGE:
        entries, plurals = _read(DEFAULT_LANGUAGE) or ({}, {})
        return Words(DEFAULT_LANGUAGE, entries, plurals=plurals)
    entries, plurals = _read(lang) or ({}, {})
    return Words(lang, entries, fallback=words(DEFAULT_LANGUAGE), plurals=plurals)
