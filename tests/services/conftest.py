"""Fixtures of the services tests: client folders with dated visits on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from service_fixtures import example

from advisor.storage import save_assessment


@pytest.fixture
def visits(tmp_path: Path) -> list[Path]:
    """Three visits of one client in one folder (file names not in date order), and a
    file that is not an assessment."""
    folder = tmp_path / "Clients" / "Sharma Textiles"
    folder.mkdir(parents=True)
    paths = []
    for name, month in (("c.json", 1), ("a.json", 5), ("b.json", 11)):
        assessment = example()
        assessment.created_at = assessment.updated_at = dt.datetime(2026, month, 2, tzinfo=dt.UTC)
        save_assessment(folder / name, assessment)
        paths.append(folder / name)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    return paths
