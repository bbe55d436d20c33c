"""One formatter per kind of value a person reads: dates, numbers, rupees, percentages, plurals.

Everything shown to a person (the window, the PDFs, the terminal output of ``score``,
``compare`` and ``cohort``) goes through these functions, so one report never mixes
"2026-10-12", "12 October 2026" and "12 Oct 2026". The rules come from the CLDR data
that Babel ships for the Indian locales (``en_IN``, ``hi_IN``): month names, the order
of day, month and year, the Indian digit grouping (``₹1,00,000``) and the plural
categories. A new interface language needs no code here: its CLDR locale is found from
its code (``xx_IN`` when CLDR has it, else ``xx``).

ISO dates (``2026-10-12``) belong only to machine formats: JSON, file names and the date
cells of a spreadsheet. No function here returns one.

Qt-free and reportlab-free: the domain, the report and the commands all use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported by the functions that need it: the window's start page joins lists of
# markets and nothing else (see :data:`LIST_PATTERNS`), so a first start reads no CLDR data.

__all__ = [
    "DateForm",
    "format_date",
    "format_inr",
    "format_moment",
    "format_number",
    "format_percent_value",
    "format_score",
    "join_list",
    "locale_for",
    "plural",
    "plural_category",
]

DateForm = Literal["long", "short"]
_FALLBACK = "en_IN"


@lru_cache(maxsize=16)
def locale_for(lang: str) -> Locale:
    """The CLDR locale of an interface language: ``en`` -> ``en_IN``, ``hi`` -> ``hi_IN``.

    A language CLDR has no Indian variant of falls back to the plain language, and an
    unknown code to ``en_IN``: formatting never fails on a language code.
    """
    from babel import Locale, UnknownLocaleError

    base = (lang or "en").replace("-", "_").split("_")[0].lower()
    for name in (f"{base}_IN", base):
        try:
            return Locale.parse(name)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse(_FALLBACK)


def format_date(day: dt.date | dt.datetime, lang: str = "en", form: DateForm = "long") -> str:
    """A date as a person reads it: ``12 October 2026`` (long) or ``12 Oct 2026`` (short).

    Hindi: ``12 अक्टूबर 2026`` / ``12 अक्टू॰ 2026``. A datetime is shown by its date.
    """
    from babel.dates import format_date as _babel_date

    if isinstance(day, dt.datetime):
        day = day.date()
    return _babel_date(day, "long" if form == "long" else "medium", locale=locale_for(lang))


def format_moment(moment: dt.datetime, lang: str = "en") -> str:
    """A moment in local time: ``12 Oct 2026, 14:05`` (short date, 24-hour clock)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_date(local, lang, 'short')}, {local:%H:%M}"


def format_number(value: float, lang: str = "en", decimals: int = 0) -> str:
    """A number with the Indian grouping (``12,34,567``) and ``decimals`` fixed decimals."""
    from babel.numbers import format_decimal

    from advisor.domain.rounding import half_up  # decimal: not before the window shows

    pattern = "#,##,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(
        half_up(value, decimals), format=pattern, locale=locale_for(lang),
        decimal_quantization=False,
    )  # fmt: skip


def format_score(value: float | None, lang: str = "en", decimals: int = 0) -> str:
    """A score out of 100 (``72``; ``72.4`` with one decimal); ``–`` when there is none."""
    if value is None:
        return "–"
    return format_number(value, lang, decimals)


def format_inr(amount: float, lang: str = "en") -> str:
    """Rupees with the Indian grouping and no paise: ``format_inr(100000) == "₹1,00,000"``."""
    sign = "-" if amount < 0 else ""
    return f"{sign}₹{format_number(abs(amount), lang)}"


def format_percent_value(fraction: float, lang: str = "en") -> str:
    """A share as a percentage: ``0.72`` -> ``72%``."""
    from babel.numbers import format_percent

    return format_percent(fraction, format="#,##,##0%", locale=locale_for(lang))


def plural_category(count: int, lang: str = "en") -> str:
    """The CLDR plural category of ``count`` in ``lang`` (``one``, ``other``, ...).

    Hindi counts 0 and 1 as ``one`` (``0 फ़ाइल``), English only 1.
    """
    return locale_for(lang).plural_form(abs(count))


def plural(count: int, forms: Mapping[str, str], lang: str = "en", **values: object) -> str:
    """Pick the form for ``count`` from ``{"one": ..., "other": ...}`` and fill it in.

    A missing category falls back to ``other``; ``{n}`` is the count, grouped; other
    ``{name}`` fields come from ``values``.
    """
    form = forms.get(plural_category(count, lang)) or forms["other"]
    return form.format(n=format_number(count, lang), **values)


LIST_PATTERNS: dict[str, dict[str, str]] = {
    "en": {"2": "{0} and {1}", "start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0} and {1}"},
    "hi": {"2": "{0} और {1}", "start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0} और {1}"},
}
"""CLDR's standard list patterns of the interface languages' locales, as Babel has them
(a test compares them with Babel's): loading a CLDR locale costs about 40 ms and 5 MiB,
and the start page would load it at launch for nothing but "USA, UAE and UK". A language
not listed here is joined by Babel."""


def join_list(items: Sequence[str], lang: str = "en") -> str:
    """``payments and branding``; ``a, b and c`` (Hindi: ``a, b और c``)."""
    words = list(items)
    patterns = LIST_PATTERNS.get(lang)
    if patterns is None:
        from babel.lists import format_list

        return format_list(words, locale=locale_for(lang)) if words else ""
    if len(words) < 2:
        return words[0] if words else ""
    if len(words) == 2:
        return patterns["2"].format(*words)
    joined = patterns["start"].format(words[0], words[1])
    for word in words[2:-1]:
        joined = patterns["middle"].format(joined, word)
    return patterns["end"].format(joined, words[-1])
