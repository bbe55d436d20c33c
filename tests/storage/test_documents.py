"""Assessment files: every broken or hostile file we promise to refuse clearly, in process.

Loading raises :class:`DocumentError` and nothing else; its message says what is wrong
and where (the file, and the key path when there is one). Good files round-trip. Reading
the file from disk (missing, unreadable, too large): test_document_reading.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from advisor.domain.assessment import Answer, Assessment, PlanEdit, PlanStatus, Skip
from advisor.domain.limits import MAX_ANSWERS
from advisor.storage import (
    DocumentError,
    dumps_assessment,
    load_assessment,
    parse_assessment,
    save_assessment,
)

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
BASE: dict[str, Any] = {
    "format": "export-advisor/assessment",
    "schema_version": 1,
    "bank": {"id": "in-sme-export", "version": "1.0.0"},
    "created_at": "2026-11-27T10:15:00+05:30",
    "updated_at": "2026-11-27T10:40:00+05:30",
    "assessor": {"name": "Kavita Rao", "organisation": "FIEO Chennai"},
    "profile": {
        "company": "Sri Lakshmi Spices",
        "sector": "spices",
        "size": "small",
        "experience": "occasional",
        "target_markets": ["us", "uae_gcc"],
        "channels": ["marketplace"],
    },
    "answers": {"log.iec": {"choice": "yes_updated"}, "brand.photos": {"choices": []}},
    "plan": {"rec.iec": {"owner": "Ravi", "due": "2027-01-31", "status": "open", "notes": ""}},
}
GOOD = json.dumps(BASE, indent=2)


def _with(**changes: Any) -> bytes:
    data = json.loads(GOOD)
    for key, value in changes.items():
        if value is ...:
            del data[key]
        else:
            data[key] = value
    return json.dumps(data).encode()


def _replace(old: str, new: str) -> bytes:
    compact = json.dumps(BASE)
    assert old in compact, old
    return compact.replace(old, new, 1).encode()


# (id, file bytes, the message must contain, the place)
CASES: list[tuple[str, bytes, str, str]] = [
    ("empty", b"", "the file is empty", ""),
    ("blank", b"  \n\t ", "the file is empty", ""),
    ("truncated", GOOD[: len(GOOD) // 2].encode(), "not valid JSON at line", ""),
    ("utf16", GOOD.encode("utf-16"), "saved as UTF-16", ""),
    ("utf16be", b"\xfe\xff" + GOOD.encode("utf-16-be"), "saved as UTF-16", ""),
    (
        "latin1",
        _replace("Sri Lakshmi", "Sr\xed Lakshmi").decode().encode("latin-1"),
        "not UTF-8 text (bad byte at position",
        "",
    ),
    ("trailing-garbage", GOOD.encode() + b"\n}garbage", "Extra data", ""),
    (
        "duplicate-keys",
        _replace('"schema_version": 1', '"schema_version": 1, "schema_version": 1'),
        "the key 'schema_version' appears twice",
        "",
    ),
    (
        "duplicate-answer",
        _replace(
            '"log.iec": {"choice": "yes_updated"}',
            '"log.iec": {"choice": "yes_updated"}, "log.iec": {"choice": "no"}',
        ),
        "the key 'log.iec' appears twice",
        "",
    ),
    ("nan", _replace('{"choices": []}', '{"number": NaN}'), "NaN is not a number", ""),
    (
        "infinity",
        _replace('{"choices": []}', '{"number": Infinity}'),
        "Infinity is not a number",
        "",
    ),
    (
        "minus-infinity",
        _replace('{"choices": []}', '{"number": -Infinity}'),
        "-Infinity is not",
        "",
    ),
    (
        "1e999",
        _replace('{"choices": []}', '{"number": 1e999}'),
        "the number 1e999 is too large",
        "",
    ),
    (
        "huge-number",
        _replace('{"choices": []}', '{"number": 1e300}'),
        "less than or equal to 1000000000000",
        "answers.brand.photos.number",
    ),
    (
        "schema-missing",
        _with(schema_version=...),
        "the format version is missing",
        "schema_version",
    ),
    (
        "schema-string",
        _with(schema_version="1"),
        "must be a whole number, not '1'",
        "schema_version",
    ),
    # 1.0 is the number 1 in JSON (and to JSON Schema); 1.5 is not a version
    ("schema-float", _with(schema_version=1.5), "must be a whole number", "schema_version"),
    ("schema-bool", _with(schema_version=True), "must be a whole number", "schema_version"),
    ("schema-zero", _with(schema_version=0), "unknown format version 0", "schema_version"),
    ("schema-negative", _with(schema_version=-3), "unknown format version -3", "schema_version"),
    ("schema-999", _with(schema_version=999), "written by a newer version", "schema_version"),
    ("format-missing", _with(format=...), "not an assessment file", "format"),
    ("format-bank", _with(format="export-advisor/bank"), "not an assessment file", "format"),
    ("unknown-top-key", _with(colour="red"), "unknown key", "colour"),
    (
        "unknown-answer-key",
        _replace('{"choice": "yes_updated"}', '{"choice": "yes_updated", "x": 1}'),
        "unknown key",
        "answers.log.iec.x",
    ),
    (
        "string-10mb",
        _with(profile={"company": "x" * 10_000_000}),
        "too large for an assessment",
        "",
    ),
    (
        "company-too-long",
        _with(profile={"company": "x" * 201}),
        "at most 200 characters",
        "profile.company",
    ),
    (
        "notes-too-long",
        _with(plan={"rec.iec": {"notes": "n" * 5001}}),
        "at most 5000 characters",
        "plan.rec.iec.notes",
    ),
    (
        "answers-100000",
        _with(answers={str(i): {} for i in range(100_000)}),
        f"too many entries (100,000; the limit is {MAX_ANSWERS:,})",
        "answers",
    ),
    ("deep-nesting", b"[" * 100_000 + b"]" * 100_000, "nested far too deeply", ""),
    (
        "deep-in-object",
        _with(plan={"rec.iec": {"notes": [[[[[[[[[[[[["x"]]]]]]]]]]]]]}}),
        "nested far too deeply",
        "",
    ),
    ("not-an-object", b'["export-advisor/assessment", 1]', "holds one JSON object", ""),
    ("a-string", b'"hello"', "holds one JSON object", ""),
    (
        "wrong-kind-two-fields",
        _replace('{"choice": "yes_updated"}', '{"choice": "no", "number": 3}'),
        "exactly one of 'choice', 'choices', 'number' or 'skip' (has choice, number)",
        "answers.log.iec",
    ),
    (
        "empty-answer",
        _replace('{"choice": "yes_updated"}', "{}"),
        "exactly one of",
        "answers.log.iec",
    ),
    (
        "bad-skip",
        _replace('{"choice": "yes_updated"}', '{"skip": "later"}'),
        "'unknown' or 'not_applicable'",
        "answers.log.iec.skip",
    ),
    (
        "same-choice-twice",
        _replace('{"choices": []}', '{"choices": ["a", "a"]}'),
        "the same option is chosen twice",
        "answers.brand.photos",
    ),
    (
        "bad-question-id",
        _with(answers={"Log IEC!": {"skip": "unknown"}}),
        "should match pattern",
        "answers.Log IEC!.[key]",
    ),
    (
        "naive-datetime",
        _with(created_at="2026-11-27T10:15:00"),
        "must include a time zone",
        "created_at",
    ),
    ("bad-date", _with(plan={"rec.iec": {"due": "31/01/2027"}}), "date", "plan.rec.iec.due"),
    (
        "bad-status",
        _with(plan={"rec.iec": {"status": "finished"}}),
        "'open'",
        "plan.rec.iec.status",
    ),
    (
        "lone-surrogate",
        _replace('"Sri Lakshmi Spices"', '"\\ud800"'),
        "invalid character (a lone UTF-16 surrogate)",
        "profile.company",
    ),
    ("bank-missing", _with(bank=...), "this key is required", "bank"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF document", ""),
    ("zip", b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (a spreadsheet or Word file", ""),
    ("xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document", ""),
    ("png", b"\x89PNG\r\n\x1a\n", "a PNG image", ""),
    ("exe", b"MZ\x90\x00\x03", "a Windows program", ""),
]


@pytest.mark.parametrize(
    ("raw", "message", "place"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_bytes_raise_document_error_only(raw: bytes, message: str, place: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_assessment(raw, "client.json")
    error = caught.value
    assert message in error.message, error.message
    assert error.place == place
    assert error.path == "client.json"
    assert str(error).startswith("client.json: " + (f"{place}: " if place else ""))
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("raw", "message", "place"), [c[1:] for c in CASES[:12]], ids=[c[0] for c in CASES[:12]]
)
def test_bad_files_are_left_untouched(raw: bytes, message: str, place: str, tmp_path: Path) -> None:
    path = tmp_path / "client.json"
    path.write_bytes(raw)
    before = hashlib.sha256(raw).hexdigest(), path.stat().st_mtime_ns
    with pytest.raises(DocumentError, match=r"client\.json"):
        load_assessment(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.json"]


def test_newer_version_names_the_app_version() -> None:
    with pytest.raises(DocumentError) as caught:
        parse_assessment(_with(schema_version=2), "new.json")
    assert "newer version of Export Readiness Advisor (format version 2)" in str(caught.value)
    assert "please update the app" in str(caught.value)


def test_a_bom_is_accepted() -> None:
    loaded = parse_assessment(b"\xef\xbb\xbf" + GOOD.encode(), "notepad.json")
    assert loaded.assessment.profile.company == "Sri Lakshmi Spices"


def test_crlf_and_devanagari_are_fine() -> None:
    text = _replace('"Sri Lakshmi Spices"', '"श्री लक्ष्मी मसाले 🚀"').decode().replace("{", "{\r\n")
    loaded = parse_assessment(text.encode(), "x.json")
    assert loaded.assessment.profile.company == "श्री लक्ष्मी मसाले 🚀"


def test_a_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.json"
    path.write_text(GOOD, encoding="utf-8")
    loaded = load_assessment(path)
    doc = loaded.assessment
    assert loaded.path == path and loaded.migrated_from is None
    assert doc.answers["log.iec"] == Answer(choice="yes_updated")
    assert doc.answers["brand.photos"] == Answer(choices=[])
    assert doc.plan["rec.iec"].due == dt.date(2027, 1, 31)
    assert doc.created_at.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_round_trip_is_stable(tmp_path: Path) -> None:
    doc = Assessment.new(
        "in-sme-export", "1.0.0", now=dt.datetime(2026, 11, 27, 10, 15, tzinfo=IST)
    )
    doc.profile.company = "निर्यात <b>unclosed & Co"
    doc.answers = {
        "a": Answer(choice="x"),
        "b": Answer(choices=["p", "q"]),
        "c": Answer(number=12.5),
        "d": Answer(skip=Skip.UNKNOWN),
        "e": Answer(skip=Skip.NOT_APPLICABLE),
    }
    doc.plan = {
        "rec.a": PlanEdit(owner="Ravi", due=dt.date(2027, 1, 31), status=PlanStatus.IN_PROGRESS),
        "rec.b": PlanEdit(),  # nothing edited: not written
    }
    raw = dumps_assessment(doc)
    assert raw == dumps_assessment(doc)
    data = json.loads(raw)
    assert data["created_at"] == "2026-11-27T10:15:00+05:30"
    assert list(data["plan"]) == ["rec.a"]
    assert data["answers"]["c"] == {"number": 12.5}
    again = parse_assessment(raw).assessment
    assert dumps_assessment(again) == raw
    path = tmp_path / "saved.json"
    save_assessment(path, doc)
    assert path.read_bytes() == raw
    assert load_assessment(path).assessment == again


def test_validation_errors_count_the_rest() -> None:
    raw = _with(created_at="2026-11-27T10:15:00", updated_at="2026-11-27T10:15:00")
    with pytest.raises(DocumentError, match=r"\(and 1 more problem\)$"):
        parse_assessment(raw, "x.json")


def test_no_path_is_named_as_document() -> None:
    with pytest.raises(DocumentError) as caught:
        parse_assessment(b"")
    assert str(caught.value) == "<document>: the file is empty"
