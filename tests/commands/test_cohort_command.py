"""``export-advisor cohort``: outputs, skipped files, anonymity, exit codes, one-line errors.

(Named test_cohort_command.py: tests/ has no packages, so basenames must be unique.)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata

import pytest
from pypdf import PdfReader

from advisor.cli import main
from advisor.domain.assessment import Answer, Assessment
from advisor.storage import save_assessment
from advisor.storage.workshop import WorkshopSession, save_session

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
SECRET_COMPANY = "Pomegranate Quasar Traders"
SECRET_PERSON = "Eustacia Vandersnoot"


def doc(i: int, bank_id: str = "mini") -> Assessment:
    a = Assessment.new(bank_id, "1.0.0", now=T0 + dt.timedelta(minutes=i))
    a.profile.company = f"{SECRET_COMPANY} {i}"
    a.profile.sector = "food"
    a.assessor.name = SECRET_PERSON
    a.answers = {"log.iec": Answer(choice=("yes", "no")[i % 2]), "pay.reply": Answer(number=30)}
    return a


@pytest.fixture
def workshop(tmp_path):
    folder = tmp_path / "workshop"
    folder.mkdir()
    for i in range(3):
        save_assessment(folder / f"participant-{i}.json", doc(i))
    save_assessment(folder / "other-bank.json", doc(9, bank_id="in-sme-export"))
    (folder / "broken.json").write_text('{"format": ', "utf-8")
    (folder / "readme.txt").write_text("hello", "utf-8")
    (folder / "old.json").mkdir()
    save_session(folder, WorkshopSession(event="Moradabad brass cluster day"))
    return folder


def run(*args: str) -> int:
    return main(["cohort", *args])


def pdf_text(path) -> str:
    reader = PdfReader(str(path))
    text = "\n".join(p.extract_text() for p in reader.pages) + str(reader.metadata)
    return unicodedata.normalize("NFKC", text)  # shaped "fi" extracts as a ligature


def test_writes_pdf_and_csv_and_lists_skipped(workshop, tmp_path, mini_bank_path, capsys):
    out, table = tmp_path / "summary.pdf", tmp_path / "summary.csv"
    code = run(str(workshop), "-o", str(out), "--csv", str(table), "--bank", str(mini_bank_path))
    captured = capsys.readouterr()
    assert code == 0
    assert "Summarised 3 participants (3 files left out)" in captured.out
    warnings = captured.err.strip().splitlines()
    assert len(warnings) == 3
    assert all(line.startswith("export-advisor: warning: left out ") for line in warnings)
    for name in ("broken.json", "old.json", "other-bank.json"):
        assert sum(f"{name}: " in w for w in warnings) == 1
    text = pdf_text(out)
    assert "Moradabad brass cluster day" in text
    assert "3 files left out" in text
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["P01", "P02", "P03"]


def test_anonymous_by_default_names_on_request(workshop, tmp_path, mini_bank_path, capsys):
    out, table = tmp_path / "s.pdf", tmp_path / "s.csv"
    assert (
        run(str(workshop), "-o", str(out), "--csv", str(table), "--bank", str(mini_bank_path)) == 0
    )
    for text in (pdf_text(out), table.read_text("utf-8-sig")):
        assert SECRET_COMPANY not in text
        assert SECRET_PERSON not in text
    args = [str(workshop), "-o", str(out), "--csv", str(table), "--bank", str(mini_bank_path)]
    assert run(*args, "--names") == 0
    for text in (pdf_text(out), table.read_text("utf-8-sig")):
        assert SECRET_COMPANY in text
        assert SECRET_PERSON in text


def test_bank_from_the_session_file(tmp_path, mini_bank_path, capsys):
    folder = tmp_path / "w"
    folder.mkdir()
    save_assessment(folder / "a.json", doc(0))
    (folder / "bank.yaml").write_bytes(mini_bank_path.read_bytes())
    save_session(folder, WorkshopSession(event="E", bank="bank.yaml"))
    assert run(str(folder), "-o", str(tmp_path / "s.pdf")) == 0
    assert "Summarised 1 participant:" in capsys.readouterr().out


def test_bad_session_file_is_a_warning(tmp_path, mini_bank_path, capsys):
    folder = tmp_path / "w"
    folder.mkdir()
    save_assessment(folder / "a.json", doc(0))
    (folder / "workshop.json").write_text(json.dumps({"format": "nope"}))
    assert run(str(folder), "-o", str(tmp_path / "s.pdf"), "--bank", str(mini_bank_path)) == 0
    assert "not a workshop session" in capsys.readouterr().err


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert err, "expected an error message"
    assert "Traceback" not in "\n".join(err)
    return err[-1]


def test_nothing_to_summarise_exits_1(tmp_path, mini_bank_path, capsys):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "bad.json").write_text("{")
    assert run(str(folder), "-o", str(tmp_path / "s.pdf"), "--bank", str(mini_bank_path)) == 1
    line = one_line_error(capsys)
    assert "no assessment could be summarised (1 file left out)" in line
    assert not (tmp_path / "s.pdf").exists()


def test_empty_folder_exits_1(tmp_path, mini_bank_path, capsys):
    assert run(str(tmp_path), "-o", str(tmp_path / "s.pdf"), "--bank", str(mini_bank_path)) == 1
    assert "0 files left out" in one_line_error(capsys)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda t: t / "missing", "does not exist"),
        (lambda t: (t / "f.json").write_text("{}") and t / "f.json", "not a folder"),
    ],
)
def test_bad_dir_exits_2(tmp_path, mini_bank_path, capsys, make, message):
    target = make(tmp_path)
    assert run(str(target), "-o", str(tmp_path / "s.pdf"), "--bank", str(mini_bank_path)) == 2
    assert message in one_line_error(capsys)


def test_output_problems_exit_2(workshop, tmp_path, mini_bank_path, capsys):
    bank = ["--bank", str(mini_bank_path)]
    assert run(str(workshop), "-o", str(tmp_path / "no" / "s.pdf"), *bank) == 2
    assert "does not exist" in one_line_error(capsys)
    assert run(str(workshop), "-o", str(tmp_path), *bank) == 2
    assert "is a folder" in one_line_error(capsys)
    same = str(tmp_path / "s.pdf")
    assert run(str(workshop), "-o", same, "--csv", same, *bank) == 2
    assert "same file" in one_line_error(capsys)


def test_output_over_an_input_file_is_refused(workshop, mini_bank_path, capsys):
    target = workshop / "participant-0.json"
    before = target.read_bytes()
    assert run(str(workshop), "-o", str(target), "--bank", str(mini_bank_path)) == 2
    assert "one of the files to summarise" in one_line_error(capsys)
    assert target.read_bytes() == before


def test_missing_output_option_is_usage_error(workshop, capsys):
    with pytest.raises(SystemExit) as info:
        run(str(workshop))
    assert info.value.code == 2
    assert "-o" in one_line_error(capsys)


def test_unwritable_output_exits_1(workshop, tmp_path, mini_bank_path, capsys, monkeypatch):
    from advisor.storage import DocumentError

    def refuse(path, data):
        raise DocumentError(path, "could not save: the disk or folder is read-only")

    monkeypatch.setattr("advisor.storage.atomic.atomic_write_bytes", refuse)
    code = run(str(workshop), "-o", str(tmp_path / "s.pdf"), "--bank", str(mini_bank_path))
    assert code == 1
    assert "read-only" in one_line_error(capsys)


def test_shipped_examples_with_the_built_in_bank_stay_anonymous(tmp_path, capsys):
    from advisor.resources import resource_path
    from advisor.storage import load_assessment

    examples = resource_path("examples")
    docs = [
        load_assessment(p).assessment
        for p in sorted(examples.glob("*.json"))
        if p.name != "branding-example.json"
    ]
    if not docs:
        pytest.skip("no example assessments shipped")
    folder = tmp_path / "w"
    folder.mkdir()
    for i, a in enumerate(docs):
        save_assessment(folder / f"{i}.json", a)
    out, table = tmp_path / "s.pdf", tmp_path / "s.csv"
    for lang in ("en", "hi"):
        assert run(str(folder), "-o", str(out), "--csv", str(table), "--lang", lang) == 0
        texts = (pdf_text(out), table.read_text("utf-8-sig"))
        for a in docs:
            for name in (a.profile.company, a.assessor.name, a.assessor.organisation):
                assert not name or all(name not in text for text in texts), name
    assert f"Summarised {len(docs)} participants" in capsys.readouterr().out
