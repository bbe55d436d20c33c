"""The glossary per language (resources/glossary/<lang>.yaml): one form for each export term.

Every text of a language, wherever it lives, uses the glossary's form and none of its
rivals: the built-in bank, the interface translations (``advisor_<lang>.ts``), the report
and command-line word catalogue (``resources/words/<lang>.json``) and the fixed words of
the domain (phases, statuses, reasons). A failure names the rival, the form to use and the
text it was found in.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import advisor.domain
from advisor.domain.text import Text

ROOT = Path(__file__).resolve().parents[1]
GLOSSARIES = sorted((ROOT / "resources" / "glossary").glob("*.yaml"))
BANK = ROOT / "resources" / "banks" / "in-sme-export.yaml"
NUKTA = "\u093c"


def _bank_texts(lang: str) -> Iterator[str]:
    def walk(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get(lang), str) and "en" in node:
                yield node[lang]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(yaml.safe_load(BANK.read_text(encoding="utf-8")))


def _interface_texts(lang: str) -> Iterator[str]:
    ts = ROOT / "resources" / "translations" / f"advisor_{lang}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        for node in message.iter():
            if node.tag in ("translation", "numerusform") and node.text:
                yield node.text


def _catalogue_texts(lang: str) -> Iterator[str]:
    catalogue = ROOT / "resources" / "words" / f"{lang}.json"
    data = json.loads(catalogue.read_text(encoding="utf-8"))
    yield from data["words"].values()
    for forms in data.get("plurals", {}).values():
        yield from forms.values()


def _domain_texts(lang: str) -> Iterator[str]:
    """The domain's fixed words: every module-level table of texts in advisor.domain."""
    for info in pkgutil.iter_modules(advisor.domain.__path__):
        module = importlib.import_module(f"advisor.domain.{info.name}")
        for value in vars(module).values():
            if isinstance(value, dict):
                for text in value.values():
                    if isinstance(text, Text) and text.has(lang):
                        yield text.get(lang)


SOURCES = {
    "bank": _bank_texts,
    "interface": _interface_texts,
    "catalogue": _catalogue_texts,
    "domain": _domain_texts,
}


def _rival_pattern(rival: str) -> re.Pattern[str]:
    # a rival may start a longer word (प्रोडक्टों) but is another word when a nukta follows
    return re.compile(re.escape(rival) + f"(?!{NUKTA})")


def _findings(glossary: dict, source: str, texts: list[str]) -> list[str]:  # type: ignore[type-arg]
    found = []
    for term in glossary["terms"]:
        exceptions = term.get("except", [])
        for rival in term.get("rivals", []):
            pattern = _rival_pattern(rival)
            for text in texts:
                cleaned = text
                for phrase in exceptions:
                    cleaned = cleaned.replace(phrase, " ")
                if pattern.search(cleaned):
                    found.append(f"{source}: {rival!r} (use {term['use']!r}) in {text!r}")
    return found


def test_there_is_a_glossary_per_language_of_the_bank() -> None:
    assert [p.stem for p in GLOSSARIES] == ["hi"]


@pytest.mark.parametrize("path", GLOSSARIES, ids=lambda p: p.stem)
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_every_text_uses_the_glossary_form(path: Path, source: str) -> None:
    glossary = yaml.safe_load(path.read_text(encoding="utf-8"))
    lang = glossary["language"]
    assert lang == path.stem
    texts = list(dict.fromkeys(SOURCES[source](lang)))  # a table imported twice counts once
    assert texts, f"no {lang} texts in the {source}"
    problems = _findings(glossary, source, texts)
    assert not problems, f"{len(problems)} rival forms:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", GLOSSARIES, ids=lambda p: p.stem)
def test_glossary_entries_are_complete(path: Path) -> None:
    glossary = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms = [t["term"] for t in glossary["terms"]]
    assert len(terms) == len(set(terms)), "a term is listed twice"
    for term in glossary["terms"]:
        assert term.get("use") and term.get("rivals"), term["term"]
        assert term["use"] not in term["rivals"], term["term"]
