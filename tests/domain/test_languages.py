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


def _commands() -> list[str]:
    import pkgutil

    import advisor.commands

    # private modules (``_columns``) are helpers, not commands: the CLI skips them too
    modules = pkgutil.iter_modules(advisor.commands.__path__)
    return sorted(m.name for m in modules if not m.name.startswith("_"))


def test_every_command_with_lang_offers_the_list() -> None:
    import importlib

    with_lang = set()
    for command in _commands():
        parser = argparse.ArgumentParser()
        importlib.import_module(f"advisor.commands.{command}").add_arguments(parser)
        lang = next((a for a in parser._actions if a.dest == "lang"), None)
        if lang is not None:
            with_lang.add(command)
            assert tuple(lang.choices) == LANGUAGE_CODES, command
            assert lang.default == DEFAULT_LANGUAGE, command
    assert {"bank", "report", "compare", "score", "cohort", "plan"} <= with_lang
