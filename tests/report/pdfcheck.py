"""Helpers of the PDF action plan tests: assessments to render and pypdf readers.

``mini_assessment`` answers the mini bank with a blocker, a "don't know", a strength and
plan edits; ``builtin_assessment`` is a realistic assessment of the built-in bank (every
question answered, a mix of good and poor answers).
"""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from advisor.domain.assessment import (
    Answer,
    Assessment,
    Assessor,
    CompanyProfile,
    PlanEdit,
    PlanStatus,
    Skip,
)
from advisor.domain.bank import Bank, QuestionKind

UPDATED = dt.datetime(2026, 11, 27, 10, 40, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))


def mini_assessment() -> Assessment:
    """The mini bank, answered with a blocker, an unknown, a strength and plan edits."""
    doc = Assessment.new("mini", "1.0.0", now=UPDATED)
    doc.assessor = Assessor(name="Asha Rao", organisation="Rao Export Advisory")
    doc.profile = CompanyProfile(
        company="Sharma Textiles", sector="textiles", size="micro", target_markets=["eu"]
    )
    doc.answers = {
        "log.iec": Answer(choice="no"),
        "log.docs": Answer(choices=["invoice"]),
        "log.ce": Answer(skip=Skip.UNKNOWN),
        "pay.reply": Answer(number=12),
        "pay.terms": Answer(choice="lc"),
    }
    doc.plan = {
        "rec.iec": PlanEdit(
            owner="Ravi",
            due=dt.date(2026, 12, 15),
            status=PlanStatus.IN_PROGRESS,
            notes="Call DGFT",
        ),
        "rec.docs": PlanEdit(owner="Anita", status=PlanStatus.DONE),
    }
    return doc


def builtin_assessment(bank: Bank) -> Assessment:
    """A realistic assessment of the built-in bank: every question answered, mixed."""
    doc = Assessment.new(bank.id, bank.version, now=UPDATED)
    doc.assessor = Assessor(name="Priya Sharma", organisation="FIEO Pune")
    doc.profile = CompanyProfile(
        company="Ganesh Engineering Works",
        sector="engineering",
        size=bank.profile.sizes[0].id,
        experience=bank.profile.experience[0].id,
        target_markets=[m.id for m in bank.profile.markets[:2]],
        channels=[bank.profile.channels[0].id],
    )
    answers = {}
    for index, question in enumerate(bank.questions):
        good = index % 3 != 0
        if index % 11 == 5:
            answers[question.id] = Answer(skip=Skip.UNKNOWN)
        elif question.kind is QuestionKind.NUMBER:
            number = question.best_number() if good else question.worst_number()
            answers[question.id] = Answer(number=number)
        elif question.kind is QuestionKind.MULTI:
            options = question.best_options() if good else []
            answers[question.id] = Answer(choices=[o.id for o in options])
        else:
            options = question.best_options() if good else question.worst_options()
            answers[question.id] = Answer(choice=options[0].id)
    doc.answers = answers
    return doc


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader of the bytes."""
    return PdfReader(io.BytesIO(pdf))


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces (extraction breaks lines anywhere)."""
    return " ".join(text.split())


def outline_titles(pdf: bytes) -> list[tuple[int, str]]:
    """(level, title) of every bookmark, in order."""
    found: list[tuple[int, str]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title))  # type: ignore[attr-defined]

    walk(reader(pdf).outline, 0)
    return found


def font_names(pdf: bytes, page_numbers: list[int] | None = None) -> set[str]:
    """The base font names used on the pages (including their forms)."""
    names: set[str] = set()
    pages = reader(pdf).pages
    for index, page in enumerate(pages):
        if page_numbers is not None and index not in page_numbers:
            continue
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            names.add(re.sub(r"^[A-Z]{6}\+", "", str(font.get_object()["/BaseFont"])[1:]))
    return names
