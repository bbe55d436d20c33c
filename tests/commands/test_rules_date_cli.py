"""The bank's rules date on the command line: ``bank --json``, ``validate``, ``score``, ``report``.

The commands' clock (:func:`advisor.commands.today`) is replaced to make the rules old.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from advisor.cli import main
from advisor.resources import resource_path

EXAMPLE = resource_path("examples/first-time-textiles-eu.json")
BANK = resource_path("banks/in-sme-export.yaml")
OLD_WARNING = "These rules were last checked on 30 Nov 2026, more than 12 months ago"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set the commands' today: ``clock(date(2028, 1, 5))``."""

    def set_today(day: date) -> None:
        monkeypatch.setattr("advisor.commands.today", lambda: day)

    return set_today


def test_bank_json_has_the_rules_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bank", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rules_as_of"] == "2026-11-30"


def test_validate_names_the_rules_date(clock, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 12, 1))
    assert main(["validate", str(BANK)]) == 0
    out = capsys.readouterr().out
    assert "Rules as of 30 Nov 2026" in out and "Note:" not in out
    clock(date(2028, 1, 5))
    assert main(["validate", str(BANK)]) == 0
    assert OLD_WARNING in capsys.readouterr().out


def test_validate_asks_for_a_date_when_there_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = Path(__file__).resolve().parents[1] / "fixtures" / "mini_bank.yaml"
    assert main(["validate", str(bank)]) == 0
    assert "no rules_as_of date" in capsys.readouterr().out


def test_score_shows_the_date_and_warns_only_when_old(clock, capsys) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 12, 1))
    assert main(["score", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Rules as of 30 Nov 2026" in out and "WARNING" not in out
    clock(date(2028, 1, 5))
    assert main(["score", str(EXAMPLE)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"WARNING: {OLD_WARNING}" in out
    assert "Overall" in out  # it still works


def test_score_in_hindi_warns_in_hindi(clock, capsys) -> None:  # type: ignore[no-untyped-def]
    clock(date(2028, 1, 5))
    assert main(["score", "--lang", "hi", str(EXAMPLE)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "30 नवंबर 2026 तक के नियम" in out and "12 महीने से ज़्यादा पहले" in out


def test_score_json_carries_the_date_and_warns_on_stderr(clock, capsys) -> None:  # type: ignore[no-untyped-def]
    clock(date(2028, 1, 5))
    assert main(["score", "--json", str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["bank"]["rules_as_of"] == "2026-11-30"
    assert OLD_WARNING in err


def test_report_warns_in_the_pdf(clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    clock(date(2028, 1, 5))
    target = tmp_path / "plan.pdf"
    assert main(["report", str(EXAMPLE), "-o", str(target)]) == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Rules as of 30 Nov 2026" in text
    assert OLD_WARNING in text
