"""``export-advisor validate FILE``: an assessment or a bank, OK or the first problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from advisor.cli import main
from advisor.resources import resource_path
from advisor.storage.banks import default_bank


@pytest.mark.parametrize(
    "name",
    ["first-time-textiles-eu.json", "growing-spices-us-uae.json", "mature-engineering-eu-us.json"],
)
def test_examples_are_valid(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = resource_path(f"examples/{name}")
    assert main(["validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"OK: {path} is a valid assessment (") and err == ""
    assert f"bank in-sme-export {default_bank().version}" in out


def test_the_built_in_bank_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    path = resource_path("banks/in-sme-export.yaml")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        f"OK: {path} is a valid question bank (in-sme-export {default_bank().version}, "
    )


def test_a_json_bank_is_recognised(
    mini_bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(mini_bank_path.read_text(encoding="utf-8"))
    path = tmp_path / "mini-bank.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert "valid question bank (mini 1.0.0, 5 questions" in capsys.readouterr().out


def test_a_bank_with_several_problems_lists_them_after_the_error(
    mini_bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(mini_bank_path.read_text(encoding="utf-8"))
    data["questions"][0]["weight"] = 0
    data["questions"][1]["weight"] = -1
    path = tmp_path / "two.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert out == "" and len(lines) == 2
    assert lines[0].startswith(f"export-advisor: error: {path}: question log.iec, field weight")
    assert lines[0].endswith("(and 1 more)")
    assert lines[1].startswith("  also: question log.docs, field weight")


def test_an_assessment_against_another_bank(
    mini_bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mini.json"
    path.write_text(
        json.dumps(
            {
                "format": "export-advisor/assessment",
                "schema_version": 1,
                "bank": {"id": "mini", "version": "1.0.0"},
                "created_at": "2026-11-27T10:15:00+05:30",
                "updated_at": "2026-11-27T10:15:00+05:30",
                "answers": {"log.docs": {"choices": ["none", "invoice"]}},
            }
        ),
        encoding="utf-8",
    )
    assert main(["validate", "--bank", str(mini_bank_path), str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"export-advisor: error: {path}: answers.log.docs.choices: 'none' cannot be combined "
        "with other choices\n"
    )
