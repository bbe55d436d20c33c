"""``export-advisor plan FILE -o OUT``: suffix picks the format, atomic writes, exit codes."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from advisor.cli import main
from advisor.domain.assessment import Answer, Assessment, PlanEdit
from advisor.storage import save_assessment

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def doc_path(tmp_path: Path) -> Path:
    doc = Assessment.new("mini", "1.0.0", now=T0)
    doc.profile.company = "निर्यात Exports"
    doc.profile.sector = "food"
    doc.answers = {"log.iec": Answer(choice="no"), "pay.terms": Answer(choice="open")}
    doc.plan = {"rec.iec": PlanEdit(owner="=2+2", due=dt.date(2027, 2, 1))}
    path = tmp_path / "client.json"
    save_assessment(path, doc)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_writes_csv(capsys, mini_bank_path, doc_path, tmp_path):
    out = tmp_path / "plan.csv"
    code, stdout, err = run(
        capsys, "plan", str(doc_path), "-o", str(out), "--bank", str(mini_bank_path)
    )
    assert code == 0, err
    text = out.read_bytes().decode("utf-8-sig")
    assert "'=2+2" in text and "2027-02-01" in text
    assert "2 actions" in stdout


def test_writes_xlsx_in_hindi(capsys, mini_bank_path, doc_path, tmp_path):
    out = tmp_path / "योजना.XLSX"
    code, _, err = run(
        capsys, "plan", str(doc_path), "-o", str(out), "--lang", "hi", "--bank", str(mini_bank_path)
    )
    assert code == 0, err
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet["A1"].value == "क्रम"


@pytest.mark.parametrize("name", ["plan.pdf", "plan", "plan.csv.txt"])
def test_other_suffix_is_exit_2(capsys, mini_bank_path, doc_path, tmp_path, name):
    code, _, err = run(
        capsys, "plan", str(doc_path), "-o", str(tmp_path / name), "--bank", str(mini_bank_path)
    )
    assert code == 2
    assert err.count("\n") == 1 and ".csv or .xlsx" in err
    assert not (tmp_path / name).exists()


def test_missing_output_argument_is_usage_error(capsys, doc_path):
    with pytest.raises(SystemExit) as exc:
        main(["plan", str(doc_path)])
    assert exc.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_missing_folder_is_exit_2(capsys, mini_bank_path, doc_path, tmp_path):
    code, _, err = run(
        capsys,
        "plan",
        str(doc_path),
        "-o",
        str(tmp_path / "no" / "p.csv"),
        "--bank",
        str(mini_bank_path),
    )
    assert code == 2 and "does not exist" in err


def test_bad_assessment_leaves_existing_output_alone(capsys, mini_bank_path, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"")
    out = tmp_path / "plan.csv"
    out.write_bytes(b"precious")
    code, _, err = run(capsys, "plan", str(bad), "-o", str(out), "--bank", str(mini_bank_path))
    assert code == 2 and "empty" in err
    assert out.read_bytes() == b"precious"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_unwritable_folder_is_exit_1(capsys, mini_bank_path, doc_path, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = run(
            capsys,
            "plan",
            str(doc_path),
            "-o",
            str(folder / "p.xlsx"),
            "--bank",
            str(mini_bank_path),
        )
    finally:
        folder.chmod(0o700)
    assert code == 1
    assert "permission" in err and err.count("\n") == 1


def test_output_is_a_folder(capsys, mini_bank_path, doc_path, tmp_path):
    folder = tmp_path / "x.csv"
    folder.mkdir()
    code, _, err = run(
        capsys, "plan", str(doc_path), "-o", str(folder), "--bank", str(mini_bank_path)
    )
    assert code == 2 and "folder" in err


def test_disk_full_is_exit_1_and_keeps_the_old_file(
    capsys, monkeypatch, mini_bank_path, doc_path, tmp_path
):
    import errno

    import advisor.storage.atomic as atomic

    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"old table")

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", full)
    code, _, err = run(capsys, "plan", str(doc_path), "-o", str(out), "--bank", str(mini_bank_path))
    assert code == 1 and "disk is full" in err
    assert out.read_bytes() == b"old table"
