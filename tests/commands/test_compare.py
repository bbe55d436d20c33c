"""``export-advisor compare OLD NEW``: text in 80 columns, JSON, exit codes, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from advisor.cli import main
from advisor.domain.assessment import Answer, Assessment
from advisor.storage import save_assessment

T0 = dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)


def write(
    path: Path, when: dt.datetime, company: str = "Sharma Textiles", **answers: Answer
) -> Path:
    doc = Assessment.new("mini", "1.0.0", now=when)
    doc.profile.company = company
    doc.profile.sector = "textiles"
    doc.profile.target_markets = ["eu"]
    doc.answers = {k.replace("_", "."): v for k, v in answers.items()}
    save_assessment(path, doc)
    return path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    old = write(
        tmp_path / "old.json",
        T0,
        log_iec=Answer(choice="no"),
        log_ce=Answer(choice="no"),
        pay_reply=Answer(number=50),
        pay_terms=Answer(choice="advance"),
    )
    new = write(
        tmp_path / "new.json",
        T1,
        log_iec=Answer(choice="yes"),
        log_ce=Answer(choice="no"),
        pay_reply=Answer(number=2),
        pay_terms=Answer(choice="lc"),
    )
    return old, new


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_fits_80_columns(capsys, mini_bank_path, pair):
    code, out, err = run(
        capsys, "compare", str(pair[0]), str(pair[1]), "--bank", str(mini_bank_path)
    )
    assert code == 0, err
    assert err == ""
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "progress since 1 May 2026" in out
    assert "GAPS CLOSED (2)" in out
    assert "GAPS STILL OPEN (1)" in out
    assert "NEW GAPS (1)" in out
    assert "ACTIONS COMPLETED" in out
    overall = next(line for line in out.splitlines() if line.strip().startswith("Overall"))
    assert "+" in overall


def test_json_output(capsys, mini_bank_path, pair):
    code, out, _ = run(
        capsys, "compare", str(pair[0]), str(pair[1]), "--json", "--bank", str(mini_bank_path)
    )
    assert code == 0
    data = json.loads(out)
    assert [g["question"] for g in data["gaps_closed"]] == ["log.iec", "pay.reply"]
    assert data["overall"]["delta"] > 0


def test_company_mismatch_warns_on_stderr(capsys, mini_bank_path, tmp_path, pair):
    other = write(tmp_path / "other.json", T1, "Gupta Spices", log_iec=Answer(choice="yes"))
    code, _, err = run(capsys, "compare", str(pair[0]), str(other), "--bank", str(mini_bank_path))
    assert code == 0
    assert err.count("\n") == 1 and "warning" in err and "company names differ" in err


def test_missing_file_is_one_line_exit_2(capsys, mini_bank_path, tmp_path, pair):
    code, out, err = run(
        capsys, "compare", str(tmp_path / "nope.json"), str(pair[1]), "--bank", str(mini_bank_path)
    )
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "does not exist" in err


def test_bad_json_is_one_line_exit_2(capsys, mini_bank_path, tmp_path, pair):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "export-advisor/assessment", ', encoding="utf-8")
    code, _, err = run(capsys, "compare", str(pair[0]), str(bad), "--bank", str(mini_bank_path))
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err


def test_answer_not_fitting_the_later_file_is_refused(capsys, mini_bank_path, tmp_path, pair):
    bad = write(tmp_path / "bad.json", T1, log_iec=Answer(choice="maybe"))
    code, _, err = run(capsys, "compare", str(pair[0]), str(bad), "--bank", str(mini_bank_path))
    assert code == 2
    assert "answers.log.iec.choice" in err


def test_older_bank_version_without_old_bank_lists_unfit_answers(
    capsys, mini_bank_path, tmp_path, pair
):
    data = json.loads(pair[0].read_text(encoding="utf-8"))
    data["bank"]["version"] = "0.9.0"
    data["answers"]["log.iec"] = {"choice": "pending"}
    older = tmp_path / "older.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "compare", str(older), str(pair[1]), "--bank", str(mini_bank_path))
    assert code == 0, err
    assert "NOT COMPARABLE (1 question)" in out
    assert "log.iec" in out.split("NOT COMPARABLE")[1]
    assert "version 0.9.0" in err


def test_old_bank_option(capsys, mini_bank_path, tmp_path, pair):
    bank = yaml.safe_load(mini_bank_path.read_text(encoding="utf-8"))
    bank["version"] = "1.1.0"
    new_bank = tmp_path / "bank-1.1.yaml"
    new_bank.write_text(yaml.safe_dump(bank), encoding="utf-8")
    data = json.loads(pair[1].read_text(encoding="utf-8"))
    data["bank"]["version"] = "1.1.0"
    pair[1].write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(
        capsys,
        "compare",
        str(pair[0]),
        str(pair[1]),
        "--bank",
        str(new_bank),
        "--old-bank",
        str(mini_bank_path),
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["old"]["scored_with"] == "1.0.0"
    assert err == ""


def test_bad_old_bank_is_exit_2(capsys, mini_bank_path, tmp_path, pair):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: nonsense\n", encoding="utf-8")
    code, _, err = run(
        capsys, "compare", *map(str, pair), "--bank", str(mini_bank_path), "--old-bank", str(broken)
    )
    assert code == 2 and err.count("\n") == 1


def test_hostile_company_name_prints_plainly(capsys, mini_bank_path, tmp_path):
    name = "<b>unclosed \u202e 🚀 निर्यात"
    old = write(tmp_path / "a.json", T0, name, log_iec=Answer(choice="no"))
    new = write(tmp_path / "b.json", T1, name, log_iec=Answer(choice="yes"))
    code, out, _ = run(capsys, "compare", str(old), str(new), "--bank", str(mini_bank_path))
    assert code == 0
    assert name in out
