"""``export-advisor score FILE [--json]``: scores, gaps and the plan, for people and scripts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from advisor.cli import main
from advisor.commands.score import render_text
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.resources import resource_path
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank

EXAMPLES = sorted(
    p
    for p in resource_path("examples").glob("*.json")
    if "export-advisor/assessment" in p.read_text(encoding="utf-8")
)


def _score_json(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    assert main(["score", "--json", *extra, str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return json.loads(out)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_json_shape_is_the_documented_one(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _score_json(path, capsys)
    assert {"overall", "completeness", "dimensions", "gaps", "actions"} <= set(data)
    assert {"score", "stage"} <= set(data["overall"])
    for dim in data["dimensions"]:
        assert {"id", "title", "score", "stage", "completeness"} <= set(dim)
    for gap in data["gaps"]:
        assert {"question", "dimension", "answer", "best", "critical", "unknown"} <= set(gap)
    for action in data["actions"]:
        assert {
            "id",
            "title",
            "dimension",
            "phase",
            "steps",
            "help",
            "cost",
            "effort",
            "questions",
        } <= set(action)
        assert action["phase"] in ("now", "next", "later")
        assert action["help"] and all(isinstance(h, str) for h in action["help"])
    criticals = [g["critical"] for g in data["gaps"]]
    assert criticals == sorted(criticals, reverse=True)  # blockers first


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_json_matches_the_domain(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _score_json(path, capsys)
    bank = default_bank()
    doc = load_assessment(path).assessment
    result = score_assessment(bank, doc)
    assert data["overall"]["score"] == result.score
    assert [d["score"] for d in data["dimensions"]] == [d.score for d in result.dimensions]
    plan = build_plan(bank, doc, result)
    assert [a["id"] for a in data["actions"]] == [a.id for a in plan]
    for action in data["actions"]:
        edit = doc.plan.get(action["id"])
        if edit is not None:
            assert action["owner"] == edit.owner and action["status"] == edit.status.value


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_human_output_fits_80_columns(path: Path) -> None:
    bank = default_bank()
    doc = load_assessment(path).assessment
    result = score_assessment(bank, doc)
    text = render_text(doc, result, build_plan(bank, doc, result), "en", 80)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0] == f"{doc.profile.company}: export readiness"
    assert f"Overall  {result.score:5.1f}/100" in text
    assert "ACTION PLAN" in text and "{" not in text  # no wall of JSON
    for dim in bank.dimensions:
        assert dim.title.get() in text
    if result.blockers:
        assert "BLOCKERS: fix these first" in text
        assert text.index("BLOCKERS") < text.index("OTHER GAPS")


def test_human_output_in_a_terminal(tmp_path: Path) -> None:
    path = resource_path("examples/growing-spices-us-uae.json")
    done = subprocess.run(
        [sys.executable, "-m", "advisor", "score", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        env={**__import__("os").environ, "COLUMNS": "80", "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0 and done.stderr == ""
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    assert "Malabar Spice Traders LLP" in done.stdout
    assert "Owner: Anil Kurian (accounts); due 10 Dec 2026; In progress" in done.stdout


def _bank_json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["bank", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _answer(question: dict[str, Any], best: bool) -> dict[str, Any]:
    if question["kind"] == "number":
        bands = sorted(question["bands"], key=lambda b: b["score"], reverse=best)
        return {"number": bands[0]["min"]}
    options = question["options"]
    if question["kind"] == "multi":
        if best:
            return {"choices": [o["id"] for o in options if o["score"] > 0 and not o["exclusive"]]}
        return {"choices": [o["id"] for o in options if o["exclusive"]][:1]}
    ranked = sorted(options, key=lambda o: o["score"], reverse=best)
    return {"choice": ranked[0]["id"]}


@pytest.mark.parametrize("best", [True, False], ids=["all-best", "all-worst"])
def test_assessment_built_from_bank_json(
    best: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = _bank_json(capsys)
    document = {
        "format": "export-advisor/assessment",
        "schema_version": 1,
        "bank": {"id": bank["id"], "version": bank["version"]},
        "created_at": "2026-11-27T10:15:00+05:30",
        "updated_at": "2026-11-27T10:15:00+05:30",
        "profile": {
            "company": "Built From Bank JSON",
            "sector": "food_agri",
            "size": "small",
            "experience": "regular",
            "target_markets": ["eu", "us", "uk", "uae_gcc"],
            "channels": ["marketplace", "own_website"],
        },
        "answers": {q["id"]: _answer(q, best) for q in bank["questions"]},
    }
    path = tmp_path / "built.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    data = _score_json(path, capsys)
    stages = [s["id"] for s in bank["stages"]]
    if best:
        assert data["overall"] == {**data["overall"], "score": 100, "stage": stages[-1]}
        assert all(d["score"] == 100 and d["stage"] == stages[-1] for d in data["dimensions"])
        assert data["gaps"] == [] and data["actions"] == []
    else:
        assert data["overall"]["stage"] == stages[0]
        assert all(d["stage"] == stages[0] for d in data["dimensions"])
        assert data["gaps"][0]["critical"] and data["actions"][0]["critical"]
    assert data["completeness"] == 1


def test_score_with_another_bank(
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
                "answers": {"log.iec": {"skip": "unknown"}},
            }
        ),
        encoding="utf-8",
    )
    data = _score_json(path, capsys, "--bank", str(mini_bank_path))
    assert data["bank"] == {"id": "mini", "version": "1.0.0", "rules_as_of": None}
    (gap,) = data["gaps"]
    assert gap["unknown"] and gap["critical"] and gap["answer"] == "Don't know"
    assert main(["score", str(path)]) == 2  # against the built-in bank: another bank id
    assert "bank.id" in capsys.readouterr().err


# --- honest results on partial answers (issue 13) ----------------------------------------


def _only_logistics(tmp_path: Path) -> Path:
    """The first-time example with only its logistics answers kept."""
    source = resource_path("examples") / "first-time-textiles-eu.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["answers"] = {k: v for k, v in data["answers"].items() if k.startswith("log.")}
    path = tmp_path / "logistics-only.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_one_area_answered_is_provisional_with_three_not_assessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _only_logistics(tmp_path)
    data = _score_json(path, capsys)
    overall = data["overall"]
    assert overall["provisional"] is True
    assert overall["stage"] != "export_ready"
    assert overall["not_assessed"] == ["payments", "quality", "branding"]
    assert "pay.terms_new_buyer" in overall["unconfirmed_blockers"]
    for dim in data["dimensions"]:
        assert "assessed" in dim
        if dim["id"] != "logistics":
            assert dim["assessed"] is False
            assert dim["score"] is None and dim["stage"] is None  # never 0
            assert dim["blockers"] is None  # nothing checked: not "0 blockers"
        else:
            assert isinstance(dim["blockers"], int)
    assert main(["score", str(path)]) == 0
    text = capsys.readouterr().out
    headline = next(line for line in text.splitlines() if line.startswith("Overall"))
    assert "PROVISIONAL" in headline  # on the same line as the score
    assert text.count("not assessed yet") == 3
    assert "UNCONFIRMED BLOCKERS" in text and "No blockers" not in text
    assert "Export-ready" not in headline


def test_first_time_example_plan_is_short_and_starts_with_the_iec(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _score_json(resource_path("examples") / "first-time-textiles-eu.json", capsys)
    now = [a for a in data["actions"] if a["phase"] == "now"]
    assert 0 < len(now) <= 8 and now[0]["id"] == "rec.iec"
    seen: set[str] = set()
    for action in data["actions"]:  # nothing before what it needs
        assert set(action["after"]) <= seen, action["id"]
        seen.add(action["id"])
    assert [a["rank"] for a in data["actions"]] == list(range(1, len(data["actions"]) + 1))


def test_mature_example_has_nothing_for_now(capsys: pytest.CaptureFixture[str]) -> None:
    data = _score_json(resource_path("examples") / "mature-engineering-eu-us.json", capsys)
    assert not [a for a in data["actions"] if a["phase"] == "now"]
    assert data["overall"]["provisional"] is False and data["overall"]["unconfirmed_blockers"] == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_json_fits_its_published_schema(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """resources/schemas/score.schema.json describes what score --json prints."""
    from advisor.domain.score_output import ScoreOutput

    ScoreOutput.model_validate(_score_json(path, capsys))
    schema = json.loads(resource_path("schemas/score.schema.json").read_text(encoding="utf-8"))
    assert {"overall", "dimensions", "actions"} <= set(schema["properties"])


def test_partial_json_fits_its_published_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from advisor.domain.score_output import ScoreOutput

    data = _score_json(_only_logistics(tmp_path), capsys)
    parsed = ScoreOutput.model_validate(data)
    assert parsed.overall.provisional and parsed.dimensions[1].score is None
