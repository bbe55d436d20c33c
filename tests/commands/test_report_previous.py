"""``export-advisor report --previous auto|FILE``: the progress section the app's PDF has."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.cli import main
from advisor.domain.assessment import Answer
from advisor.services import export_pdf, report_options
from advisor.storage import load_assessment, save_assessment
from advisor.storage.banks import default_bank

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples"


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def visits(tmp_path: Path) -> tuple[Path, Path]:
    """Two visits of one client, the later one with better answers."""
    bank = default_bank()
    folder = tmp_path / "Clients" / "Sharma Textiles"
    folder.mkdir(parents=True)
    old = load_assessment(EXAMPLE / "first-time-textiles-eu.json").assessment
    old.created_at = old.updated_at = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    new = old.model_copy(deep=True)
    new.created_at = new.updated_at = dt.datetime(2026, 9, 2, tzinfo=dt.UTC)
    for question in [q for q in bank.questions if q.kind.value == "single"][:8]:
        new.answers[question.id] = Answer(choice=question.best_options()[0].id)
    save_assessment(folder / "2026-09.json", new)
    save_assessment(folder / "2026-03.json", old)
    return folder / "2026-03.json", folder / "2026-09.json"


def test_without_previous_there_is_no_progress_section(visits, tmp_path):
    out = tmp_path / "plain.pdf"
    assert main(["report", str(visits[1]), "-o", str(out)]) == 0
    assert "Progress since" not in text_of(out)


def test_auto_takes_the_earlier_visit_like_the_app(visits, tmp_path):
    out = tmp_path / "auto.pdf"
    assert main(["report", str(visits[1]), "-o", str(out), "--previous", "auto"]) == 0
    assert "Progress since 2 March 2026" in text_of(out)
    bank = default_bank()
    in_app = tmp_path / "app.pdf"
    assessment = load_assessment(visits[1]).assessment
    export_pdf(bank, assessment, in_app, report_options(bank, visits[1], "en"))
    assert out.read_bytes() == in_app.read_bytes()  # the window's rule and bytes


def test_auto_on_a_first_visit_adds_nothing(visits, tmp_path):
    out = tmp_path / "first.pdf"
    assert main(["report", str(visits[0]), "-o", str(out), "--previous", "auto"]) == 0
    assert "Progress since" not in text_of(out)


def test_auto_for_a_folder_compares_each_file(visits, tmp_path, capsys):
    out = tmp_path / "reports"
    folder = str(visits[0].parent)
    assert main(["report", folder, "-o", str(out), "--previous", "auto"]) == 0
    assert "Progress since" not in text_of(out / "2026-03.pdf")
    assert "Progress since 2 March 2026" in text_of(out / "2026-09.pdf")
    assert "wrote 2 of 2 reports" in capsys.readouterr().out


def test_a_named_previous_file(visits, tmp_path):
    out = tmp_path / "named.pdf"
    argv = ["report", str(visits[1]), "-o", str(out), "--previous", str(visits[0])]
    assert main(argv) == 0
    assert "Progress since 2 March 2026" in text_of(out)


def test_a_named_previous_must_be_an_assessment(visits, tmp_path, capsys):
    out = tmp_path / "o.pdf"
    missing = tmp_path / "missing.json"
    assert main(["report", str(visits[1]), "-o", str(out), "--previous", str(missing)]) == 2
    assert "missing.json: no such file" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["report", str(visits[1]), "-o", str(out), "--previous", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.json" in err and "Traceback" not in err
    assert not out.exists()


def test_a_named_previous_needs_one_input(visits, tmp_path, capsys):
    argv = ["report", str(visits[0].parent), "-o", str(tmp_path / "r"), "--previous"]
    assert main([*argv, str(visits[0])]) == 2
    assert "--previous auto" in capsys.readouterr().err


def test_auto_for_a_folder_reads_each_file_a_bounded_number_of_times(visits, tmp_path, monkeypatch):
    """One folder scan serves every file's --previous auto (it was one scan per file)."""
    import advisor.storage.library as library

    folder = visits[0].parent
    for month in range(4, 9):  # seven visits in all
        doc = load_assessment(visits[0]).assessment
        doc.created_at = doc.updated_at = dt.datetime(2026, month, 2, tzinfo=dt.UTC)
        save_assessment(folder / f"2026-0{month}.json", doc)
    reads: list[str] = []
    real = library.load_assessment

    def counting(path):
        reads.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(library, "load_assessment", counting)
    out = tmp_path / "reports"
    assert main(["report", str(folder), "-o", str(out), "--previous", "auto"]) == 0
    assert len(list(out.glob("*.pdf"))) == 7
    assert len(reads) == 7  # the folder was read once, not once per file
    assert "Progress since 2 July 2026" in text_of(out / "2026-08.pdf")
