"""``export-advisor bank [--json] [--bank PATH]``: the active bank, for people and scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli import main
from advisor.storage.banks import default_bank


def test_json_shape_is_the_documented_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bank", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    bank = default_bank()
    assert {"id", "version", "title", "rules_as_of", "dimensions", "questions"} <= set(data)
    assert (data["id"], data["version"]) == (bank.id, bank.version)
    assert [d["id"] for d in data["dimensions"]] == [d.id for d in bank.dimensions]
    assert len(data["questions"]) == len(bank.questions)
    for question in data["questions"]:
        assert {
            "id",
            "dimension",
            "kind",
            "text",
            "help",
            "weight",
            "critical",
            "condition",
        } <= set(question)
        assert question["kind"] in ("single", "multi", "number")
        if question["kind"] == "number":
            assert question["bands"] and "options" not in question
            assert all({"min", "max", "includes_max", "score"} == set(b) for b in question["bands"])
        else:
            assert question["options"] and "bands" not in question
            assert all({"id", "label", "score"} <= set(o) for o in question["options"])
        scores = [x["score"] for x in question.get("options", question.get("bands"))]
        assert (all(0 <= s <= 100 for s in scores) and max(scores) == 100) or question[
            "kind"
        ] == "multi"


def test_text_lists_every_question(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bank"]) == 0
    out = capsys.readouterr().out
    bank = default_bank()
    assert out.startswith(f"{bank.title.get()} (in-sme-export {bank.version}): ")
    for question in bank.questions:
        assert f"  {question.id}: " in out
    assert "critical below 50" in out and "if markets: eu" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_another_bank(mini_bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bank", "--json", "--bank", str(mini_bank_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "mini" and len(data["questions"]) == 5
    assert main(["--bank", str(mini_bank_path), "bank"]) == 0  # before the command too
    assert "Mini bank (mini 1.0.0): 5 questions" in capsys.readouterr().out


def test_a_missing_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.yaml"
    assert main(["bank", "--bank", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"export-advisor: error: {missing}: the file does not exist")
    assert len(err.splitlines()) == 1
