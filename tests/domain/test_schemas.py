"""The JSON Schemas in resources/schemas/ are generated from the models and kept current."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.domain.schemas import SCHEMAS, rendered_schemas, schema_of, stale_schemas
from advisor.resources import resource_path

FOLDER = resource_path("schemas")


def test_the_committed_schemas_are_current() -> None:
    assert stale_schemas(FOLDER) == [], (
        "resources/schemas/ is stale: run `python scripts/gen_schemas.py` and commit"
    )


def test_each_schema_has_an_id_and_a_title() -> None:
    ids = set()
    for item in SCHEMAS:
        schema = json.loads(resource_path(f"schemas/{item.filename}").read_text(encoding="utf-8"))
        assert schema["$schema"].endswith("2020-12/schema")
        assert schema["$id"] == item.schema_id and schema["$id"].startswith("urn:")
        assert schema["title"] == item.title and schema["description"]
        assert schema["type"] == "object"
        # files we read refuse unknown keys; the output of score --json may gain keys
        closed = item.filename not in ("score.schema.json", "benchmark.schema.json")
        assert schema.get("additionalProperties", True) is not closed
        ids.add(schema["$id"])
    assert len(ids) == len(SCHEMAS)


def test_the_schemas_describe_the_documented_formats() -> None:
    assessment = schema_of(SCHEMAS[1])
    assert set(assessment["required"]) == {
        "format",
        "schema_version",
        "bank",
        "created_at",
        "updated_at",
    }
    assert assessment["properties"]["format"]["const"] == "export-advisor/assessment"
    assert assessment["properties"]["created_at"]["format"] == "date-time"
    assert {"choice", "choices", "number", "skip"} == set(
        assessment["$defs"]["Answer"]["properties"]
    )
    bank = schema_of(SCHEMAS[0])
    assert "questions" in bank["required"]
    assert bank["$defs"]["Question"]["additionalProperties"] is False
    text = json.dumps(bank["$defs"]["Text"])
    assert '"required": ["en"]' in text  # English is required in every text
    branding = schema_of(SCHEMAS[2])
    assert branding["properties"]["accent"]["pattern"] == "^#[0-9A-Fa-f]{6}$(?!\\n)"


def test_generation_is_deterministic() -> None:
    assert rendered_schemas() == rendered_schemas()


def test_a_stale_or_missing_file_is_named(tmp_path: Path) -> None:
    for filename, text in rendered_schemas().items():
        (tmp_path / filename).write_text(text, encoding="utf-8")
    assert stale_schemas(tmp_path) == []
    (tmp_path / "bank.schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "branding.schema.json").unlink()
    assert stale_schemas(tmp_path) == ["bank.schema.json", "branding.schema.json"]


@pytest.mark.parametrize("stale", [False, True])
def test_the_check_command(stale: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from advisor.domain import schemas

    folder = tmp_path / "schemas"
    folder.mkdir()
    for filename, text in rendered_schemas().items():
        (folder / filename).write_text(text if not stale else text + " ", encoding="utf-8")
    monkeypatch.setattr("advisor.resources.resource_path", lambda *a, **k: folder)
    assert schemas.main(["--check"]) == (1 if stale else 0)


def test_the_check_command_in_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "advisor.domain.schemas", "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"OK: {len(SCHEMAS)} JSON Schemas")
