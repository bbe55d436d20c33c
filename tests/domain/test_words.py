"""One word catalogue per language: complete, consistent, and open to a third language."""

from __future__ import annotations

import json
import re
import shutil
import string
from pathlib import Path

import pytest

from advisor.domain import words as words_module
from advisor.domain.languages import LANGUAGE_CODES
from advisor.domain.words import Words, words
from advisor.resources import resource_path


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_every_language_has_every_word_with_the_same_placeholders(lang: str) -> None:
    english = words("en").entries
    catalogue = words(lang).entries
    assert set(catalogue) == set(english)
    for key, text in catalogue.items():
        assert fields(text) == fields(english[key]), key
        assert text.strip(), key


def test_lookup_fills_placeholders() -> None:
    assert words("en").get("pdf.page_of", page=2, pages=9) == "Page 2 of 9"
    assert words("hi").get("pdf.page_of", page=2, pages=9) == "पृष्ठ 2 / 9"
    assert words("hi").get("report.report_title") == "निर्यात तैयारी कार्य योजना"


def test_an_unknown_key_is_a_key_error() -> None:
    with pytest.raises(KeyError, match=r"report\.nothing"):
        words("hi").get("report.nothing")


def test_a_missing_word_reads_in_english() -> None:
    english = Words("en", {"a": "A {n}", "b": "B"})
    partial = Words("xx", {"a": "Ä {n}"}, fallback=english)
    assert partial.get("a", n=1) == "Ä 1"
    assert partial.get("b") == "B"
    assert "b" in partial
    assert partial.keys() == ["a", "b"]


def test_keys_are_grouped_by_where_they_are_used() -> None:
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_0-9.]+", key) for key in words("en").entries)


def test_a_third_language_is_one_more_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "words"
    shutil.copytree(resource_path("words"), folder)
    catalogue = {"language": "fr", "words": {"report.report_title": "Plan d'action export"}}
    (folder / "fr.json").write_text(json.dumps(catalogue), encoding="utf-8")
    monkeypatch.setattr(words_module, "resource_path", lambda name, **_: tmp_path / name)
    words.cache_clear()
    try:
        french = words("fr")
        assert french.get("report.report_title") == "Plan d'action export"
        assert french.get("pdf.page_of", page=1, pages=2) == "Page 1 of 2"
        assert words("de").get("report.date") == "Date"  # no catalogue: English
    finally:
        words.cache_clear()


def test_a_broken_catalogue_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "en.json").write_text('{"language": "hi", "words": {}}', "utf-8")
    monkeypatch.setattr(words_module, "resource_path", lambda name, **_: tmp_path / name)
    words.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"en\.json"):
            words("en")
    finally:
        words.cache_clear()


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_every_language_has_every_plural_with_the_same_placeholders(lang: str) -> None:
    english = words("en").plurals
    catalogue = words(lang).plurals
    assert set(catalogue) == set(english)
    for key, forms in catalogue.items():
        assert "other" in forms, key
        for text in forms.values():
            assert fields(text) == fields(english[key]["other"]), key


def test_plurals_follow_each_language_rules() -> None:
    assert words("en").count("cohort.left_out", 1).startswith("1 file left out")
    assert words("en").count("cohort.left_out", 0).startswith("0 files left out")
    assert words("hi").count("cohort.left_out", 0).startswith("0 फ़ाइल छोड़ी गई")  # 0 is "one"
    assert words("hi").count("cohort.left_out", 2).startswith("2 फ़ाइलें छोड़ी गईं")
    assert words("en").count("cohort.left_out", 1500).startswith("1,500 files")
    with pytest.raises(KeyError, match="nothing"):
        words("hi").count("report.nothing", 1)
