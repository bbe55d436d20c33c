"""``validate`` tells a bank from an assessment by the parsed ``format`` key, not by text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from advisor.resources import resource_path

EXAMPLE = resource_path("examples/growing-spices-us-uae.json")


def _validate(path: Path | str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor", "validate", str(path)],
        input=stdin.decode("utf-8"),
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def test_an_assessment_that_mentions_the_bank_format_is_an_assessment(tmp_path: Path) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["assessor"]["organisation"] = "export-advisor/bank consultants"
    path = tmp_path / "client.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = _validate(path)
    assert done.returncode == 0, done.stderr
    assert "is a valid assessment" in done.stdout


def test_a_bank_saved_as_json_is_a_bank(tmp_path: Path, mini_bank_path: Path) -> None:
    import yaml

    path = tmp_path / "bank.json"
    path.write_text(json.dumps(yaml.safe_load(mini_bank_path.read_text("utf-8"))), "utf-8")
    done = _validate(path)
    assert done.returncode == 0, done.stderr
    assert "is a valid question bank" in done.stdout


def test_an_assessment_named_yaml_is_an_assessment(tmp_path: Path) -> None:
    path = tmp_path / "client.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    done = _validate(path)
    assert done.returncode == 0, done.stderr
    assert "is a valid assessment" in done.stdout


def test_neither_names_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    done = _validate(path)
    assert done.returncode == 2
    assert "not an assessment file (the key 'format'" in done.stderr
    assert len(done.stderr.splitlines()) == 1
