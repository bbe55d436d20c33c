"""The one formatter: CLDR dates, Indian grouping, percentages and plurals per language."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor.domain.formatting import (
    format_date,
    format_inr,
    format_moment,
    format_number,
    format_percent_value,
    format_score,
    join_list,
    locale_for,
    plural,
)

DAY = dt.date(2026, 10, 12)


@pytest.mark.parametrize(
    ("lang", "form", "text"),
    [
        ("en", "long", "12 October 2026"),
        ("en", "short", "12 Oct 2026"),
        ("hi", "long", "12 अक्टूबर 2026"),
        ("hi", "short", "12 अक्टू॰ 2026"),
    ],
)
def test_dates(lang: str, form: str, text: str) -> None:
    assert format_date(DAY, lang, form) == text  # type: ignore[arg-type]
    assert format_date(dt.datetime(2026, 10, 12, 23, 0), lang, form) == text  # type: ignore[arg-type]


def test_moment_in_local_time() -> None:
    moment = dt.datetime(2026, 10, 12, 14, 5)
    assert format_moment(moment) == "12 Oct 2026, 14:05"


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_indian_grouping(lang: str) -> None:
    assert format_inr(100_000, lang) == "₹1,00,000"
    assert format_inr(12_34_567, lang) == "₹12,34,567"
    assert format_inr(-2500, lang) == "-₹2,500"
    assert format_number(1234567.46, lang, 1) == "12,34,567.5"
    assert format_score(72.4, lang) == "72"
    assert format_score(None, lang) == "–"
    assert format_percent_value(0.72, lang) == "72%"


def test_plurals_follow_cldr() -> None:
    forms_en = {"one": "{n} file left out", "other": "{n} files left out"}
    assert plural(1, forms_en) == "1 file left out"
    assert plural(0, forms_en) == "0 files left out"
    assert plural(1200, forms_en) == "1,200 files left out"
    forms_hi = {"one": "{n} फ़ाइल छोड़ी गई", "other": "{n} फ़ाइलें छोड़ी गईं"}
    assert plural(0, forms_hi, "hi") == "0 फ़ाइल छोड़ी गई"  # Hindi: 0 and 1 are "one"
    assert plural(3, forms_hi, "hi") == "3 फ़ाइलें छोड़ी गईं"
    assert plural(2, {"other": "{n} x {what}"}, "en", what="y") == "2 x y"


def test_any_language_code_gets_a_locale() -> None:
    assert str(locale_for("en")) == "en_IN"
    assert str(locale_for("hi")) == "hi_IN"
    assert str(locale_for("ta")) == "ta_IN"  # a third language needs no code
    assert str(locale_for("zz")) == "en_IN"


def test_list_patterns_are_babels_for_every_interface_language() -> None:
    """join_list joins the interface languages without reading CLDR: the same as Babel."""
    from babel.lists import format_list

    from advisor.domain.formatting import LIST_PATTERNS, locale_for
    from advisor.domain.languages import LANGUAGE_CODES

    assert set(LIST_PATTERNS) == set(LANGUAGE_CODES)
    words = ["USA", "UAE", "UK", "Japan", "Kenya"]
    for lang in LANGUAGE_CODES:
        assert LIST_PATTERNS[lang] == dict(locale_for(lang).list_patterns["standard"])
        for n in range(len(words) + 1):
            expected = format_list(words[:n], locale=locale_for(lang)) if n else ""
            assert join_list(words[:n], lang) == expected
    assert join_list(["a", "b", "c"], "fr") == "a, b et c"  # any other language: Babel
