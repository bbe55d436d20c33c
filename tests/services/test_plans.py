"""The plan table export shared by ``export-advisor plan`` and the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from service_fixtures import example

from advisor.report.table_export import csv_bytes, plan_rows
from advisor.services.plans import export_plan_table, plan_table_bytes
from advisor.storage import DocumentError
from advisor.storage.banks import default_bank


def test_the_suffix_picks_the_format(tmp_path: Path) -> None:
    bank, assessment = default_bank(), example()
    xlsx, count = plan_table_bytes(bank, assessment, tmp_path / "p.XLSX")
    assert xlsx.startswith(b"PK") and count == len(plan_rows(bank, assessment))
    csv, _ = plan_table_bytes(bank, assessment, tmp_path / "p.csv", "hi")
    assert csv == csv_bytes(plan_rows(bank, assessment, "hi"), "hi")


def test_export_writes_and_counts(tmp_path: Path) -> None:
    bank, assessment = default_bank(), example()
    count = export_plan_table(bank, assessment, tmp_path / "plan.csv")
    assert count > 0
    assert (tmp_path / "plan.csv").read_bytes() == plan_table_bytes(
        bank, assessment, tmp_path / "plan.csv"
    )[0]
    with pytest.raises(DocumentError):
        export_plan_table(bank, assessment, tmp_path / "gone" / "plan.csv")
