"""Upgrading older assessment formats, tested on a synthetic older version.

No older public format exists yet (version 1 is the first), so the tests hand
``parse_assessment`` a made-up "version 0" and the step that upgrades it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from advisor.storage import DocumentError, parse_assessment
from advisor.storage.migrations import MIGRATIONS, migrate

V0: dict[str, Any] = {  # the made-up old format: one "name" field and a flat answer list
    "format": "export-advisor/assessment",
    "schema_version": 0,
    "bank": {"id": "in-sme-export", "version": "1.0.0"},
    "created_at": "2026-01-05T09:00:00+05:30",
    "updated_at": "2026-01-05T09:30:00+05:30",
    "company_name": "Kaveri Textiles",
    "answers": [["log.iec", "yes_updated"], ["log.forwarder", "no"]],
}


def v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """The upgrade step of the made-up version 0."""
    data["profile"] = {"company": data.pop("company_name")}
    data["answers"] = {qid: {"choice": choice} for qid, choice in data["answers"]}
    return data


def test_no_real_migration_is_needed_yet() -> None:
    assert dict(MIGRATIONS) == {}


def test_an_older_file_is_migrated_on_load() -> None:
    raw = json.dumps(V0).encode()
    loaded = parse_assessment(raw, "old.json", migrations={0: v0_to_v1})
    assert loaded.migrated_from == 0
    doc = loaded.assessment
    assert doc.schema_version == 1
    assert doc.profile.company == "Kaveri Textiles"
    assert doc.answers["log.forwarder"].choice == "no"
    assert json.loads(raw) == V0  # the original data is not changed in place


def test_steps_run_in_order_and_stamp_each_version() -> None:
    seen: list[int] = []

    def step(n: int):  # type: ignore[no-untyped-def]
        def run(data: dict[str, Any]) -> dict[str, Any]:
            seen.append(data["schema_version"])
            return data

        return run

    result = migrate(
        {"schema_version": 1}, 1, current=4, migrations={1: step(1), 2: step(2), 3: step(3)}
    )
    assert seen == [1, 2, 3]
    assert result["schema_version"] == 4


def test_a_missing_step_is_an_unknown_version() -> None:
    with pytest.raises(DocumentError, match="unknown format version 0"):
        parse_assessment(json.dumps(V0).encode(), "old.json")


def test_a_failing_step_is_a_clear_error() -> None:
    broken = {**V0, "answers": "not a list"}
    with pytest.raises(DocumentError) as caught:
        parse_assessment(json.dumps(broken).encode(), "old.json", migrations={0: v0_to_v1})
    assert str(caught.value).startswith("old.json: cannot upgrade this file from format version 0")


def test_a_gap_in_the_steps_is_a_clear_error() -> None:
    with pytest.raises(DocumentError, match="cannot upgrade this file from format version 0"):
        parse_assessment(
            json.dumps(V0).encode(), "old.json", migrations={0: v0_to_v1}, current_version=2
        )


def test_the_migrated_result_is_validated() -> None:
    def forgets_the_answers(data: dict[str, Any]) -> dict[str, Any]:
        data.pop("company_name")
        return data  # answers still a list: not the current format

    with pytest.raises(DocumentError) as caught:
        parse_assessment(json.dumps(V0).encode(), "old.json", migrations={0: forgets_the_answers})
    assert caught.value.place == "answers"
