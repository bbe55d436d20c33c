"""Limits agree: README lists each one, saving refuses what loading would refuse, and
``validate`` refuses a bank that could produce a file over the limits."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from advisor.domain.assessment import Answer, Assessment
from advisor.domain.limits import LIMITS, MAX_ANSWERS, MAX_BANK_QUESTIONS, MAX_CHOICES
from advisor.storage import DocumentError, load_assessment, save_assessment

ROOT = Path(__file__).parents[1]


def test_readme_lists_every_limit() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for limit in LIMITS:
        assert f"| {limit.what} | {limit.value} |" in readme, limit


def test_saving_refuses_a_file_it_could_not_open(tmp_path: Path) -> None:
    doc = Assessment.new("big-bank", "1.0.0")
    for n in range(MAX_ANSWERS + 5):  # in-place edits are not validated by the model
        doc.answers[f"q{n:05d}"] = Answer(choice="yes")
    target = tmp_path / "big.json"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        save_assessment(target, doc)
    assert "not saved" in caught.value.message
    assert f"the limit is {MAX_ANSWERS:,}" in caught.value.message
    assert target.read_text(encoding="utf-8") == "previous"  # nothing written
    del doc.answers["q00000"], doc.answers["q00001"]
    for n in range(2, 5):
        del doc.answers[f"q{n:05d}"]
    save_assessment(target, doc)
    assert len(load_assessment(target).assessment.answers) == MAX_ANSWERS


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def _grown_bank(tmp_path: Path, mini_bank_path: Path, what: str) -> Path:
    data = yaml.safe_load(mini_bank_path.read_text(encoding="utf-8"))
    if what == "questions":
        template = data["questions"][0]
        data["questions"] = [
            {**copy.deepcopy(template), "id": f"log.q{n:05d}"}
            for n in range(MAX_BANK_QUESTIONS + 1)
        ]
        data["recommendations"][0]["questions"] = ["log.q00000"]
        for rec in data["recommendations"][1:]:
            rec["questions"] = ["log.q00000"]
    else:
        question = next(q for q in data["questions"] if q["kind"] == "multi")
        option = question["options"][0]
        question["options"] = [
            {**option, "id": f"o{n}", "exclusive": False, "score": 1}
            for n in range(MAX_CHOICES + 1)
        ]
    path = tmp_path / f"grown-{what}.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    return path


@pytest.mark.parametrize("what", ["questions", "options"])
def test_validate_refuses_a_bank_that_could_make_a_file_over_the_limits(
    tmp_path: Path, mini_bank_path: Path, what: str
) -> None:
    done = _cli("validate", str(_grown_bank(tmp_path, mini_bank_path, what)))
    assert done.returncode == 2, done.stdout
    first = done.stderr.splitlines()[0]
    assert "too many" in first or "at most" in first, first
    assert "Traceback" not in done.stderr
