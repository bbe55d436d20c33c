"""A document with a profile but no answer: the PDF and the one-page summary do not claim
that every answer is already the best, and an area not assessed shows no "0 gaps"."""

from __future__ import annotations

import pytest
from pdfcheck import reader, squash

from advisor.domain.words import words
from advisor.report import ReportOptions, render_report
from advisor.report.summary_page import summary_pdf


@pytest.fixture
def unanswered(report_builtin):
    report_builtin.answers = {}
    return report_builtin


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_report_says_answer_first_not_all_best(builtin_bank, unanswered, pdf_text, lang):
    pdf = render_report(builtin_bank, unanswered, ReportOptions(lang=lang))
    text = pdf_text(pdf)
    catalogue = words(lang)
    if lang == "en":  # Hindi extraction mangles some conjuncts; English text is exact
        assert squash(catalogue.get("report.no_actions_yet")) in text
        assert squash(catalogue.get("report.no_actions")) not in text


def test_area_table_has_no_zero_gaps_for_areas_not_assessed(builtin_bank, unanswered):
    pdf = render_report(builtin_bank, unanswered)
    pages = [squash(page.extract_text()) for page in reader(pdf).pages]
    table = next(p for p in pages if "Scores by area" in p)
    after = table.split("Scores by area", 1)[1]
    for dim in builtin_bank.dimensions:
        row = after.split(dim.title.get("en"), 1)[1][:40]
        assert " 0" not in row, row


def test_summary_page_says_answer_first(builtin_bank, unanswered):
    pdf = summary_pdf(builtin_bank, unanswered, ReportOptions())
    text = " ".join(squash(p.extract_text()) for p in reader(pdf).pages)
    assert squash(words("en").get("summary.no_actions_yet")) in text
    assert squash(words("en").get("summary.no_actions")) not in text
