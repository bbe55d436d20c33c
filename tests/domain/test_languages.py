"""One language list: the commands, the window and the resources follow it."""

from __future__ import annotations

import argparse

import pytest

from advisor.domain.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, LANGUAGES, language_name
from advisor.resources import resources_root


def test_english_first_and_each_language_named_in_itself() -> None:
    assert LANGUAGE_CODES[0] == DEFAULT_LANGUAGE == "en"
    assert language_name("hi") == "हिन्दी"
    assert language_name("xx") == "xx"
    with pytest.raises(TypeError):
        LANGUAGES["fr"] = "Français"  # type: ignore[index]


def test_every_language_has_an_interface_translation() -> None:
    folder = resources_root() / "translations"
    for code in LANGUAGE_CODES[1:]:
        assert (folder / f"advisor_{code}.ts").is_file(), code


@pytest.mark.parametrize("command", ["bank", "report", "compare", "score", "cohort", "plan"])
def test_every_command_offers_the_list(command: str) -> None:
    import importlib

    module = importlib.import_module(f"advisor.commands.{command}")
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    lang = next(a for a in parser._actions if a.dest == "lang")
    assert tuple(lang.choices) == LANGUAGE_CODES
    assert lang.default == DEFAULT_LANGUAGE
