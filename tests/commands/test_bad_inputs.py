"""Every broken assessment file and question bank, through the command line.

Each case runs once in a real subprocess (``python -m advisor``), with ``score`` or
``validate`` in turn, and once more in process with the other command. Either way:
exit code 2, exactly one line on stderr naming the file, no traceback, and the file
byte-for-byte as it was.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from advisor.cli import main
from advisor.storage.banks import default_bank

FIXTURES = Path(__file__).parent.parent / "fixtures"
VERSION = default_bank().version  # the built-in bank's
BASE: dict[str, Any] = {
    "format": "export-advisor/assessment",
    "schema_version": 1,
    "bank": {"id": "in-sme-export", "version": VERSION},
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
    "answers": {
        "log.iec": {"choice": "yes_updated"},
        "log.on_time_pct": {"number": 80},
        "brand.photos": {"choices": []},
        "log.forwarder": {"skip": "unknown"},
    },
    "plan": {"rec.iec": {"owner": "Ravi", "due": "2027-01-31", "status": "open"}},
}
GOOD = json.dumps(BASE, indent=2)


def _with(**changes: Any) -> bytes:
    data = copy.deepcopy(BASE)
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


def _answers(**answers: Any) -> bytes:
    return _with(answers={k.replace("__", "."): v for k, v in answers.items()})


# (id, file bytes, what stderr must say)
ASSESSMENT_CASES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "the file is empty"),
    ("truncated", GOOD[:100].encode(), "not valid JSON at line"),
    ("utf16", GOOD.encode("utf-16"), "saved as UTF-16"),
    ("trailing-garbage", GOOD.encode() + b"garbage", "Extra data"),
    ("duplicate-keys", _replace('"plan": {', '"plan": {}, "plan": {'), "'plan' appears twice"),
    ("nan", _replace('{"number": 80}', '{"number": NaN}'), "NaN is not a number"),
    ("infinity", _replace('{"number": 80}', '{"number": Infinity}'), "Infinity is not a number"),
    ("1e999", _replace('{"number": 80}', '{"number": 1e999}'), "1e999 is too large"),
    ("schema-missing", _with(schema_version=...), "schema_version: the format version is missing"),
    ("schema-string", _with(schema_version="1"), "schema_version: the format version must be"),
    ("schema-zero", _with(schema_version=0), "schema_version: unknown format version 0"),
    ("schema-999", _with(schema_version=999), "written by a newer version"),
    ("unknown-keys", _with(score=87), "score: unknown key"),
    ("string-10mb", _with(assessor={"name": "x" * 10_000_000}), "too large for an assessment"),
    ("answers-100000", _with(answers={f"q{i}": {} for i in range(100_000)}), "too many entries"),
    ("deep-nesting", b"[" * 50_000 + b"]" * 50_000, "nested far too deeply"),
    # an answer to a question the bank does not have is kept and warned about: see
    # test_nothing_dropped.py
    ("wrong-kind-number", _answers(log__iec={"number": 3}), "answers.log.iec: question log.iec"),
    ("wrong-kind-choices", _answers(log__iec={"choices": ["no"]}), "takes one choice"),
    ("wrong-kind-choice", _answers(log__on_time_pct={"choice": "no"}), "takes a number"),
    ("unknown-option", _answers(log__iec={"choice": "maybe"}), "'maybe' is not an option"),
    ("number-out-of-range", _answers(log__on_time_pct={"number": -5}), "is outside"),
    (
        "exclusive-combined",
        _answers(brand__photos={"choices": ["none", "plain_background"]}),
        "cannot be",
    ),
    ("unknown-sector", _with(profile={"sector": "rockets"}), "profile.sector: unknown value"),
    ("another-bank", _with(bank={"id": "kenya-sme", "version": "1.0.0"}), "bank.id: the file"),
    (
        "another-version-misfit",
        _replace('"yes_updated"}, "log.on', '"yes"}, "log.on').replace(
            f'"{VERSION}"'.encode(), b'"0.9.0"'
        ),
        "'yes' is not an option",
    ),
    ("naive-time", _with(updated_at="2026-11-27T10:40:00"), "must include a time zone"),
    ("surrogate", _replace('"Sri Lakshmi Spices"', '"\\udc80"'), "lone UTF-16 surrogate"),
    ("pdf", b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n", "this is a PDF document"),
    ("zip-xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "this is a ZIP archive"),
    ("old-office", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    ("binary", bytes(range(256)) * 4, "not UTF-8 text"),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "80"}
    return subprocess.run(
        [sys.executable, "-m", "advisor", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


def _assert_one_line_error(stderr: str, path: Path, expected: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith(f"export-advisor: error: {path}"), lines[0]
    assert expected in lines[0], lines[0]


@pytest.mark.parametrize(
    ("index", "raw", "expected"),
    [(i, c[1], c[2]) for i, c in enumerate(ASSESSMENT_CASES)],
    ids=[c[0] for c in ASSESSMENT_CASES],
)
def test_bad_assessment_file(
    index: int, raw: bytes, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "client.json"
    path.write_bytes(raw)
    before = _digest(path)
    first, second = ("score", "validate") if index % 2 else ("validate", "score")

    done = _cli(first, path.name, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    _assert_one_line_error(done.stderr, Path(path.name), expected)

    assert main([second, str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _assert_one_line_error(err, path, expected)

    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.json"]


def test_a_bom_file_scores(tmp_path: Path) -> None:
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    done = _cli("score", path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Sri Lakshmi Spices" in done.stdout


def test_another_version_of_the_bank_warns_when_every_answer_fits(tmp_path: Path) -> None:
    path = tmp_path / "older.json"
    path.write_bytes(_replace(f'"{VERSION}"', '"0.9.0"'))
    before = _digest(path)
    done = _cli("score", "--json", path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (warning,) = done.stderr.splitlines()
    assert warning.startswith("export-advisor: warning: ")
    assert f"answered with bank version 0.9.0, scored with {VERSION}" in warning
    assert json.loads(done.stdout)["overall"]["score"] >= 0
    assert _digest(path) == before


def test_a_read_only_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{")
    for path in (good, bad):
        path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        done = _cli("score", good, cwd=tmp_path)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        assert main(["validate", str(bad)]) == 2
        _assert_one_line_error(capsys.readouterr().err, bad, "not valid JSON")
        assert good.read_text(encoding="utf-8") == GOOD and bad.read_bytes() == b"{"
    finally:
        for path in (good, bad):
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_file_that_is_gone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    done = _cli("validate", "vanished.json", cwd=tmp_path)
    assert done.returncode == 2
    _assert_one_line_error(done.stderr, Path("vanished.json"), "does not exist")
    assert main(["score", str(tmp_path)]) == 2
    _assert_one_line_error(capsys.readouterr().err, tmp_path, "is a folder")


def test_a_file_that_disappears_while_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vanishing.json"
    path.write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def vanish(name: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(name).name == path.name:
            path.unlink(missing_ok=True)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr("advisor.files.os.open", vanish)
    assert main(["score", str(path)]) == 2
    _assert_one_line_error(capsys.readouterr().err, path, "does not exist")


# --- question banks ----------------------------------------------------------------------

MINI: dict[str, Any] = yaml.safe_load((FIXTURES / "mini_bank.yaml").read_text(encoding="utf-8"))


def _bank(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = copy.deepcopy(MINI)
    change(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True).encode()


def _q(data: dict[str, Any], index: int) -> dict[str, Any]:
    return data["questions"][index]


BANK_CASES: list[tuple[str, bytes, str]] = [
    (
        "duplicate-question",
        _bank(lambda d: d["questions"].append(copy.deepcopy(_q(d, 1)))),
        "question log.docs, field id: the question id 'log.docs' is used twice",
    ),
    (
        "option-twice",
        _bank(lambda d: _q(d, 0)["options"][2].update(id="yes")),
        "question log.iec, field options: option id 'yes' is used twice",
    ),
    (
        "condition-unknown-field",
        _bank(lambda d: _q(d, 2).update(condition={"galaxy": ["x"]})),
        "question log.ce, field condition.galaxy: unknown key",
    ),
    (
        "condition-unknown-market",
        _bank(lambda d: _q(d, 2).update(condition={"markets": ["mars"]})),
        "question log.ce, field condition.markets: unknown markets value 'mars'",
    ),
    (
        "recommendation-no-question",
        _bank(lambda d: d["recommendations"][0].update(questions=["log.iec", "log.gone"])),
        "recommendation rec.iec, field questions: no question 'log.gone' in the bank",
    ),
    (
        "weight-zero",
        _bank(lambda d: _q(d, 1).update(weight=0)),
        "question log.docs, field weight: Input should be greater than 0",
    ),
    (
        "weight-negative",
        _bank(lambda d: _q(d, 3).update(weight=-1)),
        "question pay.reply, field weight: Input should be greater than 0",
    ),
    (
        "dimension-without-questions",
        _bank(
            lambda d: d["dimensions"].append(
                {"id": "quality", "title": {"en": "Q"}, "description": {"en": "Q"}, "weight": 1}
            )
        ),
        "dimension quality: has no questions",
    ),
    (
        "missing-help",
        _bank(lambda d: _q(d, 4).pop("help")),
        "question pay.terms, field help: Field required",
    ),
    (
        "billion-laughs",
        b"format: export-advisor/bank\na: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a]\n"
        b"c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
        "YAML aliases (*name) are not allowed",
    ),
    (
        "python-object-tag",
        b"format: export-advisor/bank\nid: !!python/object/apply:os.system [ls]\n",
        "could not determine a constructor",
    ),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [c[1:] for c in BANK_CASES], ids=[c[0] for c in BANK_CASES]
)
def test_bad_bank(
    raw: bytes, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_bytes(raw)
    client = tmp_path / "client.json"
    client.write_text(GOOD, encoding="utf-8")
    before = _digest(bank), _digest(client)

    done = _cli("validate", bank.name, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    _assert_one_line_error(done.stderr, Path(bank.name), expected)

    assert main(["score", "--bank", str(bank), str(client)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _assert_one_line_error(err, bank, expected)
    assert (_digest(bank), _digest(client)) == before
