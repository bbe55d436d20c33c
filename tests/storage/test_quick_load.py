"""The one-pass load (issue 18) refuses exactly what the careful path refuses.

``parse_assessment`` first parses in one compiled pass without the per-object duplicate-key
hook and finds duplicate keys by counting the ``:`` of the validated file
(:func:`advisor.storage.lean_assessment.load_lean`). These
tests put a duplicate key at every depth of a valid file, next to texts full of colons and
escapes, and check that it is refused with the careful path's message; and that a valid
file loads to the same document whichever path reads it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from advisor.domain.assessment import FROM_FILE, Assessment
from advisor.storage import DocumentError, dumps_assessment, parse_assessment
from advisor.storage.banks import default_bank
from advisor.storage.lean_assessment import load_lean
from advisor.storage.strict_json import parse_json_text

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from bench_scoring import generate

TRICKY = 'Call: 10:30 "sharp" \\ back\\slash\nline: two ::: \u00e9 \u0939\u093f\u0902\u0926\u0940'


def _valid_text() -> str:
    doc = generate(default_bank(), 1, seed=5)[0]
    data = doc.to_json_data()
    data["profile"]["company"] = "Ltd: " + TRICKY
    data["assessor"] = {"name": "A: B", "organisation": TRICKY}
    plan = dict(data.get("plan", {}))
    plan["rec.iec"] = {"owner": "O: 1", "notes": TRICKY, "status": "open"}
    data["plan"] = plan
    return json.dumps(data, ensure_ascii=False, indent=2)


def _careful(text: str) -> Assessment:
    data = parse_json_text(text, None)
    return Assessment.model_validate(data, context=FROM_FILE)


@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf8", "escaped"])
def test_a_valid_file_loads_the_same_either_way(ascii_only: bool) -> None:
    text = _valid_text()
    if ascii_only:
        text = json.dumps(json.loads(text), ensure_ascii=True, indent=2)  # \u escapes
    loaded = parse_assessment(text.encode("utf-8")).assessment
    assert loaded == _careful(text)
    assert (load_lean(text) is None) is ascii_only  # escapes: in doubt, the careful way


def _with_duplicate(text: str, anchor: str, extra: str) -> str:
    """``text`` with ``extra`` (a key and value, then a comma) inserted after ``anchor``."""
    assert anchor in text, anchor
    return text.replace(anchor, anchor + extra, 1)


CASES: list[tuple[str, str, str]] = [
    ("top level", "{", '"created_at": "2026-11-02T10:00:00+05:30",'),
    ("bank", '"bank": {', '"id": "other",'),
    ("assessor", '"assessor": {', '"name": "Z: z",'),
    ("profile", '"profile": {', '"company": "x",'),
    ("profile with colons", '"profile": {', '"company": "a:b:c:d:e",'),
    ("answers", '"answers": {', '"log.iec": {"choice": "no"},'),
    ("one answer", '"log.iec": {', '"skip": "unknown",'),
    ("plan", '"plan": {', '"rec.iec": {"owner": "::::"},'),
    ("one plan edit", '"rec.iec": {', '"notes": "x",'),
]


@pytest.mark.parametrize(("where", "anchor", "extra"), CASES, ids=[c[0] for c in CASES])
def test_a_duplicate_key_anywhere_is_refused(where: str, anchor: str, extra: str) -> None:
    text = _with_duplicate(_valid_text(), anchor, extra)
    with pytest.raises(DocumentError) as caught:
        parse_assessment(text.encode("utf-8"))
    assert "appears twice" in caught.value.message, where


@pytest.mark.parametrize(
    ("number", "message"),
    [("NaN", "NaN is not a number"), ("-Infinity", "-Infinity is not"), ("1e999", "too large")],
)
def test_nan_and_infinity_are_still_refused(number: str, message: str) -> None:
    data: dict[str, Any] = json.loads(dumps_assessment(generate(default_bank(), 1)[0]))
    qid = next(q.id for q in default_bank().questions if q.kind.value == "number")
    data["answers"][qid] = {"number": 12345.5}
    text = json.dumps(data).replace("12345.5", number)
    with pytest.raises(DocumentError) as caught:
        parse_assessment(text.encode("utf-8"))
    assert message in caught.value.message
