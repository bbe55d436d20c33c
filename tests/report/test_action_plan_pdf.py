"""The PDF action plan read back with pypdf: sections, page numbers, bookmarks, metadata,
every gap and action, fonts, determinism, paper sizes, Hindi and branding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdfcheck import font_names, outline_titles, reader, squash
from reportlab.lib.pagesizes import A4, LETTER

from advisor.domain.answers import answer_label
from advisor.domain.bank import Phase
from advisor.domain.branding import BrandingProfile
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.domain.vocabulary import PHASE_LABELS
from advisor.domain.words import words
from advisor.report import ReportOptions, render_report
from advisor.resources import resources_root

EXAMPLES = sorted((resources_root() / "examples").glob("*.json"))
EXAMPLES = [p for p in EXAMPLES if "branding" not in p.name]


@pytest.fixture(scope="module")
def builtin_pdf(builtin_bank):  # type: ignore[no-untyped-def]
    from pdfcheck import builtin_assessment

    doc = builtin_assessment(builtin_bank)
    pdf = render_report(builtin_bank, doc)
    return doc, pdf, [squash(page.extract_text()) for page in reader(pdf).pages]


def test_sections_in_order(builtin_bank, builtin_pdf, pdf_text):
    _, _pdf, pages = builtin_pdf
    text = " ".join(pages)
    titles = [
        "Export readiness action plan",
        "Executive summary",
        "Blockers",
        "Top priorities",
        "Readiness profile",
        *(d.title.get() for d in builtin_bank.dimensions),
        "Action plan",
        "Appendix: where to get help",
        "Appendix: all answers given",
        "Disclaimer",
    ]
    position = 0
    for title in titles:
        found = text.find(title, position)
        assert found >= 0, f"{title!r} missing or out of order"
        position = found + len(title)


def test_page_x_of_y_on_every_page(builtin_pdf, pdf_pages):
    _, _pdf, pages = builtin_pdf
    assert len(pages) >= 6
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_header_names_the_company_after_the_cover(builtin_pdf, pdf_pages):
    doc, _pdf, pages = builtin_pdf
    for text in pages[1:]:
        assert text.startswith(doc.profile.company)


def test_outline_has_every_section(builtin_bank, builtin_pdf):
    _, pdf, _ = builtin_pdf
    outline = outline_titles(pdf)
    top = [title for level, title in outline if level == 0]
    assert top == [
        "Executive summary",
        "Readiness profile",
        *(d.title.get() for d in builtin_bank.dimensions),
        "Action plan",
        "Appendix: where to get help",
        "Appendix: all answers given",
        "Disclaimer",
    ]
    second = {title for level, title in outline if level == 1}
    assert {p.get() for p in PHASE_LABELS.values()} <= second
    assert {"Blockers", "Top priorities", "Strengths", "Gaps", "Recommendations"} <= second


def test_metadata(builtin_bank, builtin_pdf):
    doc, pdf, _ = builtin_pdf
    read = reader(pdf)
    meta = read.metadata
    assert meta.title == f"Export readiness action plan: {doc.profile.company}"
    assert meta.author == doc.assessor.name
    assert meta.subject == builtin_bank.title.get()
    assert read.trailer["/Root"]["/Lang"] == "en"
    created = meta.creation_date
    assert created is not None
    assert created.isoformat().startswith("2026-11-27T10:40:00")
    assert meta["/ModDate"] == meta["/CreationDate"]


def test_every_gap_and_action_is_in_the_pdf(builtin_bank, builtin_pdf, pdf_text):
    doc, _pdf, pages = builtin_pdf
    text = " ".join(pages)
    result = score_assessment(builtin_bank, doc)
    plan = build_plan(builtin_bank, doc, result)
    assert result.gaps and len(plan) > 5
    for gap in result.gaps:
        assert squash(gap.question.text.get()) in text
        assert squash(answer_label(gap.question, gap.answer)) in text
    for action in plan:
        assert squash(action.recommendation.title.get()) in text
        for step in action.recommendation.steps:
            assert squash(step.get()) in text
    for phase in Phase:
        assert PHASE_LABELS[phase].get() in text


def test_every_cited_source_once_in_the_appendix(builtin_bank, builtin_pdf, pdf_text):
    doc, _pdf, pages = builtin_pdf
    appendix = " ".join(pages).split("Appendix: where to get help")[-1]
    appendix = appendix.split("Appendix: all answers given")[0]
    plan = build_plan(builtin_bank, doc, score_assessment(builtin_bank, doc))
    cited = {s for action in plan for s in action.recommendation.help}
    for source in builtin_bank.sources:
        name = squash(source.name.get())
        if source.id in cited:
            assert name in appendix
        else:
            assert f"{name} {squash(source.description.get())}" not in appendix


def test_fonts_are_embedded(builtin_pdf):
    _, pdf, _ = builtin_pdf
    read = reader(pdf)
    seen = 0
    for page in read.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a composite font: look at its descendant
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            seen += 1
    assert seen
    assert b"/Helvetica" not in pdf


def test_same_document_gives_identical_bytes(builtin_bank, builtin_pdf):
    doc, pdf, _ = builtin_pdf
    assert render_report(builtin_bank, doc) == pdf


def test_paper_sizes(mini_bank, report_mini):
    a4 = reader(render_report(mini_bank, report_mini)).pages[0].mediabox
    letter = reader(render_report(mini_bank, report_mini, ReportOptions(paper="letter")))
    assert (float(a4.width), float(a4.height)) == pytest.approx(A4)
    box = letter.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(LETTER)


def test_plan_edits_are_shown(mini_bank, report_mini, pdf_text):
    text = pdf_text(render_report(mini_bank, report_mini))
    plan_part = text.split("Action plan")[-1]
    for expected in ("Ravi", "15 Dec 2026", "In progress", "Call DGFT", "Anita", "Done"):
        assert expected in plan_part


def test_blockers_come_first_in_the_summary(mini_bank, report_mini, pdf_pages):
    summary = pdf_pages(render_report(mini_bank, report_mini))[1]
    assert "Do you have an IEC?" in summary.split("Top priorities")[0]
    assert "Your answer: No" in summary


def test_unknown_answers_are_flagged(mini_bank, report_mini, pdf_text):
    text = pdf_text(render_report(mini_bank, report_mini))
    assert "NOT KNOWN: FIND OUT" in text
    assert "BLOCKER" in text


def test_hindi_report(mini_bank, report_mini, pdf_text):
    report_mini.profile.company = "गणेश मता निर्यात"
    pdf = render_report(mini_bank, report_mini, ReportOptions(lang="hi"))
    text = pdf_text(pdf)
    assert reader(pdf).trailer["/Root"]["/Lang"] == "hi"
    assert "गणेश" in text and "मता" in text
    assert "सारांश" in text  # कार्यकारी सारांश
    pages = len(reader(pdf).pages)
    assert f"1 / {pages}" in text  # पृष्ठ 1 / N (ष्ठ extracts as a private-use glyph)
    assert "NotoSansDevanagari-Regular" in font_names(pdf, [0])
    assert set(words("hi").entries) == set(words("en").entries)


def test_devanagari_company_uses_the_devanagari_font(mini_bank, report_mini, pdf_pages):
    report_mini.profile.company = "गणेश मता Exports"
    pdf = render_report(mini_bank, report_mini)
    cover = pdf_pages(pdf)[0]
    assert "गणेश मता Exports" in cover
    fonts = font_names(pdf, [0])
    assert {"NotoSans-Bold", "NotoSansDevanagari-Bold"} <= fonts


def test_branding(mini_bank, report_mini, pdf_text, tmp_path):
    from PIL import Image

    Image.new("RGB", (300, 100), (20, 90, 160)).save(tmp_path / "logo.png")
    branding = BrandingProfile(
        consultancy="Rao Export Advisory LLP",
        consultant="Asha Rao",
        contact_lines=["Pune", "asha@example.com"],
        logo="logo.png",
        accent="#7A1F5C",
        footer="Prepared for the client only",
        disclaimer="Our own words on liability.",
    )
    options = ReportOptions(branding=branding, branding_dir=tmp_path)
    pdf = render_report(mini_bank, report_mini, options)
    text = pdf_text(pdf)
    for expected in ("Rao Export Advisory LLP", "asha@example.com", "Our own words on liability."):
        assert expected in text
    assert "not legal, tax or financial advice" not in text
    assert text.count("Prepared for the client only") == len(reader(pdf).pages)
    images = reader(pdf).pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in images.values())
    cover = reader(pdf).pages[0].get_contents().get_data()
    assert b".478431 .121569 .360784 rg" in cover  # the accent band in #7A1F5C


def test_missing_logo_is_a_clear_error(mini_bank, report_mini, tmp_path):
    branding = BrandingProfile(logo="nowhere.png")
    options = ReportOptions(branding=branding, branding_dir=tmp_path)
    with pytest.raises(ValueError, match="does not exist"):
        render_report(mini_bank, report_mini, options)


def test_no_answers_still_gives_a_report(mini_bank, pdf_text):
    from pdfcheck import UPDATED

    from advisor.domain.assessment import Assessment

    pdf = render_report(mini_bank, Assessment.new("mini", "1.0.0", now=UPDATED))
    text = pdf_text(pdf)
    assert "Unnamed company" in text and "No answers yet." in text


def test_previous_assessment_adds_a_progress_section(mini_bank, report_mini, pdf_text):
    from pdfcheck import mini_assessment

    before = mini_assessment()
    before.created_at = before.updated_at = before.updated_at.replace(year=2026, month=5)
    plain = pdf_text(render_report(mini_bank, report_mini))
    with_progress = pdf_text(render_report(mini_bank, report_mini, ReportOptions(previous=before)))
    assert len(with_progress) > len(plain)


def test_realistic_report_has_at_least_six_pages(builtin_pdf):
    _, pdf, _ = builtin_pdf
    assert len(reader(pdf).pages) >= 6


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples(builtin_bank, path, pdf_pages):
    from advisor.domain.assessment import Assessment

    doc = Assessment.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    pdf = render_report(builtin_bank, doc)
    pages = pdf_pages(pdf)
    assert len(pages) >= 6
    assert all(f"of {len(pages)}" in page for page in pages)
    result = score_assessment(builtin_bank, doc)
    text = " ".join(pages)
    for gap in result.gaps:
        assert squash(gap.question.text.get()) in text
