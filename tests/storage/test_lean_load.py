"""The compiled one-pass load (``advisor/storage/lean_assessment.py``, issue 18) gives the
models' own document, or None (then the careful path loads the file and names any problem).

It must never accept what the models refuse, and what it accepts must be the same document:
equal, with the same keys set (they decide what is saved), saved to the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_quick_load import CASES, _valid_text, _with_duplicate

from advisor.domain.assessment import FROM_FILE, Assessment
from advisor.storage import DocumentError, dumps_assessment, parse_assessment
from advisor.storage.banks import default_bank
from advisor.storage.lean_assessment import load_lean
from advisor.storage.strict_json import parse_json_text

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from bench_scoring import generate


def _careful(text: str) -> Assessment:
    return Assessment.model_validate(parse_json_text(text, None), context=FROM_FILE)


def _same(lean: Assessment, careful: Assessment) -> None:
    assert lean == careful
    assert type(lean) is Assessment
    for a, b in (
        (lean, careful),
        (lean.bank, careful.bank),
        (lean.assessor, careful.assessor),
        (lean.profile, careful.profile),
        *zip(lean.plan.values(), careful.plan.values(), strict=True),
        *zip(lean.answers.values(), careful.answers.values(), strict=True),
    ):
        assert a.model_fields_set == b.model_fields_set
        assert a.__dict__ == b.__dict__
    assert list(lean.answers) == list(careful.answers)
    assert list(lean.plan) == list(careful.plan)
    assert dumps_assessment(lean) == dumps_assessment(careful)


def test_generated_files_load_to_the_models_document() -> None:
    for doc in generate(default_bank(), 1000, seed=11):
        text = dumps_assessment(doc).decode("utf-8")
        lean = load_lean(text)
        assert lean is not None
        _same(lean, _careful(text))


def test_texts_with_colons_and_escapes_load_the_same() -> None:
    text = _valid_text()
    lean = load_lean(text)
    assert lean is not None
    _same(lean, _careful(text))
    assert load_lean(json.dumps(json.loads(text), ensure_ascii=True)) is None  # \u: in doubt


@pytest.mark.parametrize(("where", "anchor", "extra"), CASES, ids=[c[0] for c in CASES])
def test_a_duplicate_key_anywhere_is_left_to_the_careful_path(
    where: str, anchor: str, extra: str
) -> None:
    assert load_lean(_with_duplicate(_valid_text(), anchor, extra)) is None, where


def _doc() -> dict[str, Any]:
    return json.loads(_valid_text())  # type: ignore[no-any-return]


def _number_qid() -> str:
    return next(q.id for q in default_bank().questions if q.kind.value == "number")


UNUSUAL: list[tuple[str, Any]] = [
    ("version 1.0", lambda d: d.update(schema_version=1.0)),
    ("version true", lambda d: d.update(schema_version=True)),
    ("version 2", lambda d: d.update(schema_version=2)),
    ("null sector", lambda d: d["profile"].update(sector=None)),
    ("number as text", lambda d: d["answers"].update({_number_qid(): {"number": "5"}})),
    ("number true", lambda d: d["answers"].update({_number_qid(): {"number": True}})),
    ("number too big", lambda d: d["answers"].update({_number_qid(): {"number": 1e13}})),
    ("two keys", lambda d: d["answers"].update({"x.y": {"choice": "a", "skip": "unknown"}})),
    ("no key", lambda d: d["answers"].update({"x.y": {}})),
    ("null choice", lambda d: d["answers"].update({"x.y": {"choice": None}})),
    ("same option twice", lambda d: d["answers"].update({"x.y": {"choices": ["a", "a"]}})),
    ("bad skip", lambda d: d["answers"].update({"x.y": {"skip": "maybe"}})),
    ("bad id", lambda d: d["answers"].update({"X Y": {"choice": "a"}})),
    ("no zone", lambda d: d.update(created_at="2026-11-02T10:00:00")),
    ("timestamp newline", lambda d: d.update(created_at="2026-11-02T10:00:00Z\n")),
    ("no such day", lambda d: d.update(updated_at="2026-02-30T10:00:00Z")),
    ("due not a day", lambda d: d["plan"]["rec.iec"].update(due="2026-02-30")),
    ("due with time", lambda d: d["plan"]["rec.iec"].update(due="2026-02-03T10:00:00Z")),
    ("bad status", lambda d: d["plan"]["rec.iec"].update(status="later")),
    ("unknown key", lambda d: d["profile"].update(colour="red")),
    ("long company", lambda d: d["profile"].update(company="x" * 201)),
    ("bank missing", lambda d: d.pop("bank")),
    ("format", lambda d: d.update(format="export-advisor/branding")),
    ("markets not a list", lambda d: d["profile"].update(target_markets="eu")),
]


@pytest.mark.parametrize(("what", "change"), UNUSUAL, ids=[u[0] for u in UNUSUAL])
def test_unusual_files_go_the_careful_way(what: str, change: Any) -> None:
    data = _doc()
    change(data)
    text = json.dumps(data, ensure_ascii=False)
    lean = load_lean(text)
    try:
        careful = _careful(text)
    except Exception:  # the models refuse it: so must the lean load
        assert lean is None, what
        return
    if lean is not None:  # the lean load may leave more to the careful path, never differ
        _same(lean, careful)


@pytest.mark.parametrize("number", ["NaN", "-Infinity", "Infinity", "1e999"])
def test_nan_and_infinity_go_the_careful_way(number: str) -> None:
    data = _doc()
    data["answers"][_number_qid()] = {"number": 12345.5}
    text = json.dumps(data).replace("12345.5", number)
    assert load_lean(text) is None
    with pytest.raises(DocumentError):
        parse_assessment(text.encode("utf-8"))


_TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
_NUMBERS = st.one_of(
    st.integers(-(10**13), 10**13), st.floats(-1e13, 1e13, allow_nan=False), st.just(-0.0)
)
_ANSWER = st.one_of(
    st.fixed_dictionaries({"choice": st.sampled_from(["yes", "no", "Yes", "a b", ""])}),
    st.fixed_dictionaries({"choices": st.lists(st.sampled_from(["a", "b", "c"]), max_size=3)}),
    st.fixed_dictionaries({"number": _NUMBERS}),
    st.fixed_dictionaries({"skip": st.sampled_from(["unknown", "not_applicable", "no"])}),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    company=_TEXTS,
    owner=_TEXTS,
    notes=_TEXTS,
    answers=st.dictionaries(st.sampled_from(["q.a", "q.b", "q-c", "9", "Q"]), _ANSWER),
    due=st.one_of(st.none(), st.dates().map(str)),
    escaped=st.booleans(),
)
def test_hypothesis_lean_is_the_models_or_none(
    company: str,
    owner: str,
    notes: str,
    answers: dict[str, Any],
    due: str | None,
    escaped: bool,
) -> None:
    data = _doc()
    data["profile"]["company"] = company
    data["plan"]["rec.iec"] = {"owner": owner, "notes": notes, **({"due": due} if due else {})}
    data["answers"] = answers
    text = json.dumps(data, ensure_ascii=escaped)
    lean = load_lean(text)
    try:
        careful = _careful(text)
    except Exception:  # refused by the models: the lean load refuses too
        assert lean is None
        return
    if lean is not None:
        _same(lean, careful)
    loaded = parse_assessment(text.encode("utf-8")).assessment
    _same(loaded, careful)


def _bad_json() -> dict[str, str]:
    text = _valid_text()
    number = '"number": '
    at = text.index(number) + len(number)
    end = at + next(i for i, c in enumerate(text[at:]) if c in ",\n}")
    value = text[at:end]
    with_number = lambda new: text[:at] + new + text[end:]  # noqa: E731
    return {
        "raw tab": text.replace('"Ltd: ', '"Ltd:\t', 1),
        "raw newline": text.replace('"Ltd: ', '"Ltd:\n', 1),
        "raw NUL": text.replace('"Ltd: ', '"Ltd:\x00', 1),
        "trailing data": text + " x",
        "a second object": text + "{}",
        "bad escape": text.replace('"Ltd: ', '"Ltd\\x: ', 1),
        "single quotes": text.replace('"format"', "'format'", 1),
        "trailing comma": text.replace("\n}", ",\n}"),
        "comment": text.replace("{", "{ // c\n", 1),
        "leading zero": with_number("0" + value),
        "plus sign": with_number("+" + value),
        "hex": with_number("0x10"),
        "dot at the end": with_number("5."),
    }


@pytest.mark.parametrize("what", list(_bad_json()))
def test_json_that_json_loads_refuses_is_refused(what: str) -> None:
    text = _bad_json()[what]
    with pytest.raises(ValueError):
        json.loads(text)
    assert load_lean(text) is None
    with pytest.raises(DocumentError):
        parse_assessment(text.encode("utf-8"))


@pytest.mark.parametrize(
    "path",
    [
        ("assessor",),
        ("profile",),
        ("answers",),
        ("plan",),
        ("profile", "target_markets"),
        ("profile", "channels"),
        ("profile", "sector"),
        ("assessor", "organisation"),
    ],
    ids=".".join,
)
def test_a_file_without_an_optional_part_loads_the_compiled_way(path: tuple[str, ...]) -> None:
    """What the models let a file leave out, the compiled load does too (it once took the
    parts with a default factory - assessor, profile, answers, plan, the profile's lists -
    as required, so such a file went the careful way every time)."""
    data = json.loads(dumps_assessment(generate(default_bank(), 1, seed=7)[0]))
    part = data
    for key in path[:-1]:
        part = part[key]
    del part[path[-1]]
    text = json.dumps(data, ensure_ascii=False, indent=2)
    lean = load_lean(text)
    assert lean is not None
    _same(lean, _careful(text))
