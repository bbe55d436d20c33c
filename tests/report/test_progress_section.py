"""The "Progress since <date>" PDF section: content, both profiles, hostile text, Hindi."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from advisor.domain.assessment import Answer, Assessment, Assessor, PlanEdit, PlanStatus
from advisor.domain.bank import Bank
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.report.context import ReportContext
from advisor.report.fonts import register_fonts
from advisor.report.options import ReportOptions
from advisor.report.progress_section import ProgressRadar, progress_flowables
from advisor.report.styles import Palette, Stylesheet
from advisor.storage.banks import default_bank

T0 = dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
HOSTILE = '<b>unclosed <img src="/etc/passwd"/> &bogus; <a href="javascript:x">'
WIDTH = A4[0] - 100


def mini_pair() -> tuple[Assessment, Assessment]:
    def make(when: dt.datetime, **answers: Answer) -> Assessment:
        doc = Assessment.new("mini", "1.0.0", now=when)
        doc.profile.company = "Sharma Textiles"
        doc.profile.sector = "textiles"
        doc.profile.target_markets = ["eu"]
        doc.assessor = Assessor(name="Asha Rao")
        doc.answers = {k.replace("_", "."): v for k, v in answers.items()}
        return doc

    old = make(
        T0,
        log_iec=Answer(choice="no"),
        log_ce=Answer(choice="no"),
        pay_reply=Answer(number=50),
        pay_terms=Answer(choice="advance"),
    )
    new = make(
        T1,
        log_iec=Answer(choice="yes"),
        log_ce=Answer(choice="no"),
        pay_reply=Answer(number=2),
        pay_terms=Answer(choice="lc"),
    )
    return old, new


def context(bank: Bank, assessment: Assessment, previous: Assessment | None, lang: str = "en"):  # type: ignore[no-untyped-def]
    result = score_assessment(bank, assessment)
    plan = build_plan(bank, assessment, result)
    options = ReportOptions(lang=lang, previous=previous)
    styles = Stylesheet(register_fonts(), Palette.from_accent(None))
    return ReportContext(bank, assessment, result, plan, options, styles)


def build(ctx: ReportContext) -> tuple[list[object], PdfReader]:
    story = progress_flowables(ctx, WIDTH)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50).build(list(story))
    return story, PdfReader(io.BytesIO(out.getvalue()))


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_no_previous_gives_nothing(mini_bank):
    _, new = mini_pair()
    assert progress_flowables(context(mini_bank, new, None), WIDTH) == []


def test_section_lists_the_changes(mini_bank):
    old, new = mini_pair()
    new.plan = {"rec.terms": PlanEdit(status=PlanStatus.DONE)}
    _, reader = build(context(mini_bank, new, old))
    text = " ".join(text_of(reader).split())
    assert "Progress since 1 May 2026" in text
    assert "by Asha Rao" in text
    for words in (
        "Gaps closed (2)",
        "1 gap is still open with the same answer as before",
        "New gaps (1)",
        "Actions completed (3)",
        "Do you have an IEC?",
        "Then: No. Now: Yes.",
        "Logistics",
        "Payments",
        "Overall",
    ):
        assert words in text, words
    assert "Questions not compared" not in text


def test_two_areas_give_no_radar_but_four_do():
    bank = default_bank()
    old = Assessment.new(bank.id, bank.version, now=T0)
    new = Assessment.new(bank.id, bank.version, now=T1)
    first = bank.questions[0]
    old.answers = {first.id: Answer(choice=first.worst_options()[0].id)}
    new.answers = {first.id: Answer(choice=first.best_options()[0].id)}
    story, reader = build(context(bank, new, old))
    radars = [f for f in story if isinstance(f, ProgressRadar)]
    assert len(radars) == 1
    assert len(radars[0].rows) == len(bank.dimensions) >= 3
    assert len(radars[0].previous) == len(bank.dimensions)
    assert "(earlier)" in text_of(reader) and "(now)" in text_of(reader)


def test_mini_bank_has_no_radar(mini_bank):
    old, new = mini_pair()
    story, _ = build(context(mini_bank, new, old))
    assert not any(isinstance(f, ProgressRadar) for f in story)


def test_hostile_text_is_printed_literally(mini_bank):
    old, new = mini_pair()
    old.assessor = Assessor(name=HOSTILE)
    new.profile.company = HOSTILE
    _, reader = build(context(mini_bank, new, old))
    text = text_of(reader)
    assert "<b>unclosed" in text
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            assert "/A" not in annot.get_object()  # no link action was created


def test_bank_change_lists_questions_not_compared(mini_bank):
    old, new = mini_pair()
    old.bank = old.bank.model_copy(update={"version": "0.9.0"})
    old.answers = {**old.answers, "log.docs": Answer(choices=["gone"])}
    _, reader = build(context(mini_bank, new, old))
    text = " ".join(text_of(reader).split())
    assert "Questions not compared (1)" in text
    assert "Which documents do you prepare?" in text
    assert "0.9.0 and 1.0.0" in text


def test_other_bank_gives_a_note(mini_bank):
    old, new = mini_pair()
    old.bank = old.bank.model_copy(update={"id": "other"})
    _, reader = build(context(mini_bank, new, old))
    assert "cannot be compared" in " ".join(text_of(reader).split())


def test_hindi_embeds_the_devanagari_font(mini_bank):
    old, new = mini_pair()
    _, reader = build(context(mini_bank, new, old, "hi"))
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Devanagari" in f for f in fonts), fonts
    assert "अब" in text_of(reader)


def test_full_report_has_the_section():
    from advisor.report import render_report

    bank = default_bank()
    old = Assessment.new(bank.id, bank.version, now=T0)
    new = Assessment.new(bank.id, bank.version, now=T1)
    old.profile.company = new.profile.company = "Zenith Looms"
    for q in bank.questions[:12]:
        if q.kind.value == "single":
            old.answers[q.id] = Answer(choice=q.worst_options()[0].id)
            new.answers[q.id] = Answer(choice=q.best_options()[0].id)
    old.answers = dict(old.answers)
    new.answers = dict(new.answers)
    pdf = render_report(bank, new, ReportOptions(previous=old))
    reader = PdfReader(io.BytesIO(pdf))
    titles = [item.title for item in reader.outline if hasattr(item, "title")]
    assert "Progress since 1 May 2026" in titles


def _example_pair(hours: float) -> tuple[Assessment, Assessment]:
    """An example assessment and a copy of it made ``hours`` earlier."""
    from pathlib import Path

    from advisor.storage import load_assessment

    root = Path(__file__).resolve().parents[2]
    now = load_assessment(root / "resources/examples/first-time-textiles-eu.json").assessment
    earlier = now.model_copy(deep=True)
    earlier.created_at = earlier.updated_at = now.created_at - dt.timedelta(hours=hours)
    return earlier, now


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_same_day_follow_up_without_change_takes_under_a_page(lang: str) -> None:
    earlier, now = _example_pair(3)
    story, reader = build(context(default_bank(), now, earlier, lang))
    assert len(reader.pages) == 1
    assert not any(isinstance(f, ProgressRadar) for f in story)
    if lang == "en":
        text = " ".join(text_of(reader).split())
        assert "Nothing has changed since" in text
        assert "gaps are still open with the same answers as before" in text
        assert "Then:" not in text


def test_what_moved_comes_first_and_the_rest_collapses_into_one_line() -> None:
    bank = default_bank()
    earlier, now = _example_pair(24 * 40)
    moved = bank.dimensions[0]
    for q in bank.questions:
        if q.dimension == moved.id and q.kind.value == "single" and q.id in now.answers:
            now.answers[q.id] = Answer(choice=q.best_options()[0].id)
    _, reader = build(context(bank, now, earlier))
    text = " ".join(text_of(reader).split())
    others = [d.title.get("en") for d in bank.dimensions[1:]]
    assert f"No change in {', '.join(others[:-1])} and {others[-1]} since" in text
    assert text.index("Gaps closed") < text.index("with the same answer")
    assert f"{moved.title.get('en')} " in text
