"""The PDF names its rules date on the cover and in the disclaimer, and warns when it is old."""

from __future__ import annotations

from datetime import date

from advisor.report import ReportOptions, render_report

RECENT, OLD = date(2026, 12, 1), date(2028, 1, 5)


def test_cover_and_disclaimer_name_the_rules_date(builtin_bank, report_builtin, pdf_pages):  # type: ignore[no-untyped-def]
    pages = pdf_pages(render_report(builtin_bank, report_builtin, ReportOptions(today=RECENT)))
    assert "Rules as of 30 Nov 2026" in pages[0]
    assert "Rules as of 30 Nov 2026" in pages[-1]
    assert not any("last checked" in page for page in pages)


def test_old_rules_are_said_plainly(builtin_bank, report_builtin, pdf_pages):  # type: ignore[no-untyped-def]
    pages = pdf_pages(render_report(builtin_bank, report_builtin, ReportOptions(today=OLD)))
    warning = "These rules were last checked on 30 Nov 2026, more than 12 months ago"
    assert warning in pages[0] and warning in pages[-1]


def test_hindi_pdf_names_the_date_in_hindi(builtin_bank, report_builtin, pdf_text):  # type: ignore[no-untyped-def]
    pdf = render_report(builtin_bank, report_builtin, ReportOptions(lang="hi", today=OLD))
    text = pdf_text(pdf)
    # pypdf cannot read back every Devanagari conjunct (see test_hindi_pdf.py): plain words
    assert "30 नवंबर 2026 तक के" in text
    assert "बार 30 नवंबर 2026 को" in text and "Rules as of" not in text


def test_a_bank_without_a_date_prints_no_line(mini_bank, report_mini, pdf_text):  # type: ignore[no-untyped-def]
    assert mini_bank.rules_as_of is None
    text = pdf_text(render_report(mini_bank, report_mini, ReportOptions(today=OLD)))
    assert "Rules as of" not in text
