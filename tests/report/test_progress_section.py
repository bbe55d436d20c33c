"""The "Progress since <date>" PDF section: content, both profiles, hostile text, Hindi."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from advisor.domain.assessment import Answer, Assessment, Assessor, PlanEdit, PlanStatus
from advisor.domain.bank import Bank, default_bank
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.report.context import ReportContext
from advisor.report.fonts import register_fonts
from advisor.report.options import ReportOptions
from advisor.report.progress_section import ProgressRadar, progress_flowables
from advisor.report.styles import Palette, Stylesheet

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
        "Gaps still open (1)",
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
