"""Resources: the one module that finds data files, and the data it finds.

``resource_path`` refuses anything that could leave the resources folder; the banks,
schemas and example assessments are where the app expects them, and the three examples
validate and score in the order of their maturity.
"""

from __future__ import annotations

import json

import pytest

from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.domain.validation import assessment_problems
from advisor.resources import ResourceError, resource_path, resources_root
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank

EXAMPLES = (
    "first-time-textiles-eu.json",
    "growing-spices-us-uae.json",
    "mature-engineering-eu-us.json",
)


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "../pyproject.toml",
        "banks/../../pyproject.toml",
        "banks/..",
        "..",
        "banks\\in-sme-export.yaml",
        "..\\..\\secret.txt",
        "C:/Windows/win.ini",
        "C:\\Windows\\win.ini",
        "c:banks",
        "",
    ],
)
def test_refuses_names_that_leave_the_resources(name: str) -> None:
    with pytest.raises(ResourceError, match="not a resource name"):
        resource_path(name)


def test_a_missing_resource() -> None:
    with pytest.raises(ResourceError, match=r"resource not found: banks/nope\.yaml"):
        resource_path("banks/nope.yaml")
    path = resource_path("banks/nope.yaml", must_exist=False)
    assert path.parent == resources_root() / "banks"


@pytest.mark.parametrize(
    "name",
    [
        "banks/in-sme-export.yaml",
        "schemas/bank.schema.json",
        "schemas/assessment.schema.json",
        "schemas/branding.schema.json",
        *(f"examples/{e}" for e in EXAMPLES),
        "fonts",
        "icons",
    ],
)
def test_finds_shipped_resources(name: str) -> None:
    path = resource_path(name)
    assert path.exists()
    assert path.resolve().is_relative_to(resources_root().resolve())


def test_fonts_resolve() -> None:
    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    for font in fonts:
        assert resource_path(f"fonts/{font.name}") == font


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_example_validates(name: str) -> None:
    path = resource_path(f"examples/{name}")
    loaded = load_assessment(path)
    doc = loaded.assessment
    bank = default_bank()
    assert assessment_problems(bank, doc) == []
    assert (doc.bank.id, doc.bank.version) == (bank.id, bank.version)
    assert doc.created_at.utcoffset().total_seconds() == 5.5 * 3600  # IST
    assert doc.created_at <= doc.updated_at
    assert doc.profile.company and doc.assessor.name and doc.assessor.organisation
    assert json.loads(path.read_bytes())["format"] == "export-advisor/assessment"
    result = score_assessment(bank, doc)
    plan = build_plan(bank, doc, result)
    # every plan edit belongs to an action the plan still has
    assert all(plan.get(action_id) is not None for action_id in doc.plan)


def _scored(name: str):  # type: ignore[no-untyped-def]
    bank = default_bank()
    doc = load_assessment(resource_path(f"examples/{name}")).assessment
    return doc, score_assessment(bank, doc)


def test_examples_come_out_in_order_of_maturity() -> None:
    scores = [_scored(name)[1].score for name in EXAMPLES]
    assert scores == sorted(scores) and len(set(scores)) == 3


def test_the_first_time_exporter() -> None:
    doc, result = _scored(EXAMPLES[0])
    assert doc.profile.sector == "textiles" and doc.profile.target_markets == ["eu"]
    assert "marketplace" in doc.profile.channels and doc.profile.experience == "first_shipments"
    assert len(result.blockers) >= 2 and any(g.unknown for g in result.gaps)
    assert len(result.gaps) >= 30
    assert result.stage.id == default_bank().stages_ordered[0].id


def test_the_growing_exporter() -> None:
    doc, result = _scored(EXAMPLES[1])
    assert doc.profile.sector == "spices" and set(doc.profile.target_markets) == {"us", "uae_gcc"}
    assert len(doc.plan) >= 3
    assert all(e.owner and e.notes for e in doc.plan.values())
    assert {e.status.value for e in doc.plan.values()} >= {"open", "in_progress", "done"}
    assert any(e.due for e in doc.plan.values())
    assert result.blockers and result.capped  # strong in places, held back by one blocker


def test_the_mature_exporter() -> None:
    doc, result = _scored(EXAMPLES[2])
    assert doc.profile.sector == "engineering"
    assert set(doc.profile.target_markets) == {"eu", "us"}
    assert not result.blockers and result.score >= 80 and doc.plan


def test_the_one_folder_app_finds_its_resources_inside_itself(tmp_path, monkeypatch) -> None:
    import shutil
    import sys

    internal = tmp_path / "export-advisor" / "_internal"
    shutil.copytree(resources_root() / "banks", internal / "resources" / "banks")
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    resources_root.cache_clear()
    try:
        assert resources_root() == internal / "resources"
        assert resource_path("banks/in-sme-export.yaml").is_relative_to(internal)
    finally:
        resources_root.cache_clear()
