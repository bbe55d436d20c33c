"""``export-advisor summary``: a phone-sized PNG and a one-page PDF, deterministic, honest."""

from __future__ import annotations

import io
from pathlib import Path

import peer_rooms as rooms
import pytest
from PIL import Image
from pypdf import PdfReader

from advisor.cli import main
from advisor.domain.assessment import Answer
from advisor.resources import resource_path
from advisor.storage import load_assessment, save_assessment

EXAMPLES = Path(resource_path("examples"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_reader(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def test_png_is_phone_wide_and_the_same_bytes_every_time(tmp_path, capsys):
    source = EXAMPLES / "first-time-textiles-eu.json"
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    assert run(capsys, "summary", str(source), "-o", str(one))[0] == 0
    assert run(capsys, "summary", str(source), "-o", str(two))[0] == 0
    assert one.read_bytes() == two.read_bytes()
    with Image.open(one) as image:
        assert image.size[0] == 1080
        assert image.size[1] >= 1900  # at least a phone screen's proportions


def test_pdf_is_one_page_with_the_content_and_embedded_fonts(tmp_path, capsys):
    source = EXAMPLES / "first-time-textiles-eu.json"
    out = tmp_path / "s.pdf"
    assert run(capsys, "summary", str(source), "-o", str(out))[0] == 0
    reader = pdf_reader(out)
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) == 360
    text = reader.pages[0].extract_text()
    company = load_assessment(source).assessment.profile.company
    for expected in (company, "Overall readiness", "Blockers", "First steps", "Now (0-30 days)"):
        assert expected in text
    again = tmp_path / "again.pdf"
    run(capsys, "summary", str(source), "-o", str(again))
    assert again.read_bytes() == out.read_bytes()


def test_hindi_uses_the_devanagari_font(tmp_path, capsys):
    out = tmp_path / "hi.pdf"
    source = EXAMPLES / "growing-spices-us-uae.json"
    assert run(capsys, "summary", str(source), "-o", str(out), "--lang", "hi")[0] == 0
    fonts = set()
    for page in pdf_reader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Devanagari" in f for f in fonts)
    assert not any("Helvetica" in f for f in fonts)
    assert "मदद" in pdf_reader(out).pages[0].extract_text()


def test_provisional_and_not_assessed_are_shown_honestly(tmp_path, capsys):
    doc = rooms.participant(1)
    doc.answers = {k: v for k, v in doc.answers.items() if not k.startswith("brand")}
    path = tmp_path / "partial.json"
    save_assessment(path, doc)
    out = tmp_path / "partial.pdf"
    assert run(capsys, "summary", str(path), "-o", str(out))[0] == 0
    text = " ".join(pdf_reader(out).pages[0].extract_text().split())
    assert "Provisional: 3 of 4 areas are answered enough to stand on" in text
    assert "not assessed" in text


def test_branding_puts_the_consultant_on_the_page(tmp_path, capsys):
    out = tmp_path / "b.pdf"
    code, _, _ = run(
        capsys,
        "summary",
        str(EXAMPLES / "growing-spices-us-uae.json"),
        "-o",
        str(out),
        "--branding",
        str(EXAMPLES / "branding-example.json"),
    )
    assert code == 0
    assert "Rao Export Advisory" in pdf_reader(out).pages[0].extract_text()


def test_the_summary_of_a_participant_holds_nothing_of_another(tmp_path, capsys):
    paths = rooms.write_room(tmp_path / "room", 12)
    out = tmp_path / "p00.pdf"
    assert run(capsys, "summary", str(paths[0]), "-o", str(out))[0] == 0
    text = pdf_reader(out).pages[0].extract_text()
    for secret in (rooms.DISTINCT_COMPANY, rooms.DISTINCT_ASSESSOR, rooms.DISTINCT_ORG):
        assert secret not in text


@pytest.mark.parametrize(
    ("name", "message"),
    [("out.jpg", "as .png or .pdf"), ("missing/out.png", "does not exist")],
)
def test_bad_outputs_are_one_line_errors(tmp_path, capsys, name, message):
    source = EXAMPLES / "first-time-textiles-eu.json"
    code, _, err = run(capsys, "summary", str(source), "-o", str(tmp_path / name))
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / name).exists()


def test_a_bad_branding_profile_is_one_line(tmp_path, capsys):
    bad = tmp_path / "branding.json"
    bad.write_text("{", encoding="utf-8")
    out = tmp_path / "s.png"
    source = EXAMPLES / "first-time-textiles-eu.json"
    code, _, err = run(capsys, "summary", str(source), "-o", str(out), "--branding", str(bad))
    assert code == 2 and err.count("\n") == 1 and "branding profile" in err
    assert not out.exists()


@pytest.mark.parametrize(
    "company",
    [
        '<b>unclosed <img src="/etc/passwd"/> <a href="javascript:alert(1)">x</a>',
        "W" * 5000,
        "निर्यात क्षमता श्री 🚀 \u202eevil\u202c Exports",
    ],
)
def test_hostile_company_names_print_literally_on_one_page(tmp_path, capsys, company):
    doc = rooms.participant(3)
    doc.profile.company = company[:200]
    path = tmp_path / "hostile.json"
    save_assessment(path, doc)
    out = tmp_path / "hostile.pdf"
    assert run(capsys, "summary", str(path), "-o", str(out))[0] == 0
    reader = pdf_reader(out)
    assert len(reader.pages) == 1
    if company.startswith("<b>"):
        assert "<b>unclosed" in reader.pages[0].extract_text()


def test_an_unanswered_critical_question_is_not_called_no_blockers(tmp_path, capsys):
    doc = rooms.participant(2)
    critical = next(q for q in rooms.BANK.questions if q.critical_below is not None)
    for question in rooms.BANK.questions:  # confirmed blockers out of the way
        if question.critical_below is not None and question.id in doc.answers:
            doc.answers[question.id] = Answer(choice=question.best_options()[0].id)
    del doc.answers[critical.id]
    path = tmp_path / "unsure.json"
    save_assessment(path, doc)
    out = tmp_path / "unsure.pdf"
    assert run(capsys, "summary", str(path), "-o", str(out))[0] == 0
    text = " ".join(pdf_reader(out).pages[0].extract_text().split())
    assert "Not confirmed yet" in text
    assert "No blockers found" not in text
