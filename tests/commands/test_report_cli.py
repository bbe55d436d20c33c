"""``export-advisor report``: one file, folders, parallel jobs, bad files, exit codes."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.cli import main
from advisor.domain.assessment import Answer, Assessment, CompanyProfile
from advisor.resources import resources_root
from advisor.storage import dumps_assessment

EXAMPLES = resources_root() / "examples"


def write_assessment(path: Path, company: str = "Sharma Textiles") -> Path:
    """A small assessment of the built-in bank (a few answers) saved at ``path``."""
    from advisor.storage.banks import default_bank

    bank = default_bank()
    doc = Assessment.new(bank.id, bank.version, now=dt.datetime(2026, 11, 27, 10, tzinfo=dt.UTC))
    doc.profile = CompanyProfile(company=company, sector=bank.profile.sectors[0].id)
    first = bank.questions[0]
    doc.answers = {first.id: Answer(choice=first.worst_options()[0].id)}
    path.write_bytes(dumps_assessment(doc))
    return path


def pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_one_file_to_a_pdf(tmp_path, capsys):
    source = write_assessment(tmp_path / "sharma.json")
    assert main(["report", str(source), "-o", str(tmp_path / "out.pdf")]) == 0
    assert pages(tmp_path / "out.pdf") >= 6
    assert "out.pdf" in capsys.readouterr().out


def test_pdf_suffix_is_added_and_letter_paper(tmp_path):
    source = write_assessment(tmp_path / "sharma.json")
    assert main(["report", str(source), "-o", str(tmp_path / "out"), "--paper", "letter"]) == 0
    box = PdfReader(tmp_path / "out.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_one_file_into_an_existing_folder(tmp_path):
    source = write_assessment(tmp_path / "sharma.json")
    (tmp_path / "reports").mkdir()
    assert main(["report", str(source), "-o", str(tmp_path / "reports")]) == 0
    assert (tmp_path / "reports" / "sharma.pdf").is_file()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_with_a_bad_file(tmp_path, capsys, jobs):
    folder = tmp_path / "in"
    folder.mkdir()
    write_assessment(folder / "a.json", "A Exports")
    write_assessment(folder / "b.json", "B Exports")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "workshop.json").write_text("{}", encoding="utf-8")  # a workshop's session file
    out = tmp_path / "out"
    code = main(["report", str(folder), "-o", str(out), "--jobs", jobs])
    captured = capsys.readouterr()
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "b.pdf"]
    assert "broken.json" in captured.err
    assert "workshop.json" not in captured.err
    assert "wrote 2 of 3 reports" in captured.out
    assert "Traceback" not in captured.err


def test_a_branding_profile_in_the_folder_is_left_aside_not_an_error(tmp_path, capsys):
    """The bundled examples folder holds a branding profile next to the assessments."""
    out = tmp_path / "out"
    assert main(["report", str(EXAMPLES), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assessments = [p for p in EXAMPLES.glob("*.json") if "branding" not in p.name]
    assert len(list(out.glob("*.pdf"))) == len(assessments) >= 3
    assert "left aside: branding-example.json (branding)" in captured.out
    assert "error" not in captured.err


def test_a_branding_profile_named_on_purpose_is_still_an_error(tmp_path, capsys):
    a = write_assessment(tmp_path / "a.json")
    code = main(
        ["report", str(a), str(EXAMPLES / "branding-example.json"), "-o", str(tmp_path / "o")]
    )
    assert code == 1
    assert "branding-example.json" in capsys.readouterr().err


def test_a_foreign_format_key_later_in_the_file_is_not_trusted(tmp_path, capsys):
    """Only our own ``export-advisor/...`` kinds are set aside; a broken file is reported."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_assessment(folder / "a.json")
    (folder / "odd.json").write_text('{"format": "something/else"', encoding="utf-8")
    assert main(["report", str(folder), "-o", str(tmp_path / "o")]) == 1
    assert "odd.json" in capsys.readouterr().err


def test_same_names_from_two_folders_do_not_overwrite(tmp_path):
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        write_assessment(tmp_path / name / "client.json", f"{name} Exports")
    out = tmp_path / "out"
    assert main(["report", str(tmp_path / "x"), str(tmp_path / "y"), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["client-2.pdf", "client.pdf"]


def test_hindi_and_branding(tmp_path):
    source = write_assessment(tmp_path / "sharma.json")
    shutil.copy(EXAMPLES / "branding-example.json", tmp_path / "brand.json")
    shutil.copy(EXAMPLES / "branding-logo.png", tmp_path / "branding-logo.png")
    out = tmp_path / "out.pdf"
    argv = ["report", str(source), "-o", str(out), "--lang", "hi", "--branding"]
    assert main([*argv, str(tmp_path / "brand.json")]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Rao Export Advisory LLP" in text


@pytest.mark.parametrize(
    ("profile", "words"),
    [
        ("{not json", "not valid JSON"),
        ('{"accent": "red"}', "accent"),
        ('{"logo": "missing.png"}', "does not exist"),
    ],
)
def test_bad_branding_is_a_usage_error(tmp_path, capsys, profile, words):
    source = write_assessment(tmp_path / "sharma.json")
    (tmp_path / "brand.json").write_text(profile, encoding="utf-8")
    argv = ["report", str(source), "-o", str(tmp_path / "o.pdf"), "--branding"]
    assert main([*argv, str(tmp_path / "brand.json")]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o.pdf").exists()


def test_usage_errors(tmp_path, capsys):
    source = write_assessment(tmp_path / "sharma.json")
    out = str(tmp_path / "o.pdf")
    assert main(["report", str(tmp_path / "nowhere.json"), "-o", out]) == 2
    assert main(["report", str(source), "-o", out, "--jobs", "0"]) == 2
    assert main(["report", str(source), "-o", str(tmp_path / "no" / "dir" / "o.pdf")]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["report", str(empty), "-o", str(tmp_path / "outdir")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["report", str(source), "-o", out, "--paper", "a3"])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_bad_single_file_is_bad_input(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    assert main(["report", str(bad), "-o", str(tmp_path / "o.pdf")]) == 2
    assert "bad.json" in capsys.readouterr().err
    assert not (tmp_path / "o.pdf").exists()


def test_several_inputs_to_a_pdf_name_is_a_usage_error(tmp_path, capsys):
    """Two files and ``-o plans.pdf`` must not create a folder named plans.pdf."""
    one = write_assessment(tmp_path / "a.json")
    two = write_assessment(tmp_path / "b.json")
    out = tmp_path / "plans.pdf"
    assert main(["report", str(one), str(two), "-o", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "folder" in err and "Traceback" not in err
