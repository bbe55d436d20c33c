"""Export plan: XLSX or CSV from the app, atomic writes, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import consultant_fixtures as fx
from openpyxl import load_workbook

from advisor.domain.assessment import PlanEdit
from advisor.domain.bank import Bank
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.ui.consultant.plan_export import export_plan

english_interface = fx.english_interface
Recorder = fx.Recorder
bank = fx.bank
cdialogs = fx.cdialogs

DAY = dt.date(2026, 11, 27)


def _assessment(bank: Bank):  # type: ignore[no-untyped-def]
    assessment = fx.example(0)
    plan = build_plan(bank, assessment, score_assessment(bank, assessment))
    first = next(iter(plan))
    assessment.plan[first.id] = PlanEdit(owner='=HYPERLINK("http://x")', notes="@SUM(A1)", due=DAY)
    return assessment


def test_xlsx_is_written_and_safe(cdialogs: Recorder, dialogs, bank: Bank, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plan.xlsx"
    cdialogs.answers["ask_plan_path"] = target
    assert export_plan(None, bank, _assessment(bank), "en", str(tmp_path)) == target
    suggested = cdialogs.args("ask_plan_path")[0]
    assert suggested.startswith(str(tmp_path))
    assert suggested.endswith(".xlsx")
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Rank"
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert '\'=HYPERLINK("http://x")' in values
    assert "'@SUM(A1)" in values
    assert sheet.freeze_panes == "A2"
    assert dialogs.calls == []
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]  # no temporary left


def test_csv_in_hindi(cdialogs: Recorder, dialogs, bank: Bank, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "योजना.csv"
    cdialogs.answers["ask_plan_path"] = target
    assert export_plan(None, bank, _assessment(bank), "hi") == target
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "क्रम" in data.decode("utf-8-sig").splitlines()[0]


def test_cancel_writes_nothing(cdialogs: Recorder, dialogs, bank: Bank, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert export_plan(None, bank, _assessment(bank), "en", str(tmp_path)) is None
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_is_one_clear_message(
    cdialogs: Recorder, dialogs, bank: Bank, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cdialogs.answers["ask_plan_path"] = tmp_path / "no such folder" / "plan.csv"
    assert export_plan(None, bank, _assessment(bank)) is None
    assert dialogs.names() == ["show_error"]
    title, message = dialogs.calls[0][1]
    assert title == "Cannot export the action plan"
    assert "\n" not in message
