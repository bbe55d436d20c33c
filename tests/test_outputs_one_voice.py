"""One voice in every output: no ISO date where a person reads, in English and Hindi.

ISO dates (``2026-10-12``) stay in machine formats (JSON, file names, spreadsheet date
cells). The plan PDF with its progress section, the cohort PDF and the terminal output of
``score``, ``compare`` and ``cohort`` show dates as ``12 Oct 2026`` / ``12 October 2026``
(Hindi: ``12 अक्टू॰ 2026`` / ``12 अक्टूबर 2026``). The window is checked in
``tests/ui/test_window_one_voice.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.cli import main
from advisor.domain.assessment import Assessment, PlanEdit, PlanStatus
from advisor.domain.formatting import format_date
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.resources import resource_path
from advisor.storage import load_assessment, save_assessment
from advisor.storage.banks import default_bank

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"
LANGS = ["en", "hi"]


def _pair() -> tuple[Assessment, Assessment]:
    """An earlier and a later assessment of one company; the later one has due dates."""
    bank = default_bank()
    now = load_assessment(EXAMPLES / "growing-spices-us-uae.json").assessment
    plan = build_plan(bank, now, score_assessment(bank, now))
    now.plan = {
        a.id: PlanEdit(owner="Ravi", due=dt.date(2026, 12, 1 + a.rank), status=PlanStatus.DONE)
        for a in plan.top(3)
    }
    earlier = now.model_copy(deep=True)
    earlier.created_at = earlier.updated_at = now.created_at - dt.timedelta(days=90)
    earlier.answers = dict(list(now.answers.items())[::2])
    earlier.plan = {}
    return earlier, now


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _no_iso(text: str) -> None:
    found = sorted({m.group(0) for m in ISO_DATE.finditer(text)})
    assert not found, f"ISO dates where a person reads: {found}"


@pytest.mark.parametrize("lang", LANGS)
def test_plan_pdf_with_progress(lang: str) -> None:
    from advisor.report.options import ReportOptions
    from advisor.report.pdf import ActionPlanRenderer

    earlier, now = _pair()
    options = ReportOptions(lang=lang, previous=earlier)
    text = _pdf_text(ActionPlanRenderer(default_bank(), now, options).build())
    _no_iso(text)
    if lang == "en":  # pypdf garbles some Devanagari, so the positive check is in English
        assert format_date(dt.date(2026, 12, 2), lang, "short") in text  # a due date
        assert f"Progress since {format_date(earlier.created_at, lang)}" in text


@pytest.mark.parametrize("lang", LANGS)
def test_cohort_pdf_and_terminal(lang: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "workshop"
    folder.mkdir()
    for example in EXAMPLES.glob("*.json"):
        if not example.name.startswith("branding"):
            shutil.copy(example, folder / example.name)
    out = tmp_path / "summary.pdf"
    assert main(["cohort", str(folder), "-o", str(out), "--lang", lang]) == 0
    _no_iso(capsys.readouterr().out)
    _no_iso(_pdf_text(out.read_bytes()))


@pytest.mark.parametrize("lang", LANGS)
def test_score_and_compare_in_the_terminal(lang: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    earlier, now = _pair()
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    save_assessment(old, earlier)
    save_assessment(new, now)
    assert main(["score", str(new), "--lang", lang]) == 0
    score = capsys.readouterr().out
    _no_iso(score)
    assert format_date(dt.date(2026, 12, 2), lang, "short") in score
    if lang == "hi":  # the catalogue's words, not English around the bank's Hindi
        for english in ("export readiness", "Overall", "ACTION PLAN", "Owner:", "Answered"):
            assert english not in score, english
    assert main(["compare", str(old), str(new), "--lang", lang]) == 0
    compared = capsys.readouterr().out
    _no_iso(compared)
    assert format_date(earlier.created_at, lang) in compared
    if lang == "hi":  # the terminal speaks the catalogue's Hindi, not English around Hindi
        assert "से अब तक की प्रगति" in compared and "progress since" not in compared


@pytest.mark.parametrize("lang", LANGS)
def test_bank_and_validate_date_the_rules_as_people_read(lang: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["bank", "--lang", lang]) == 0
    listing = capsys.readouterr().out
    _no_iso(listing)
    assert format_date(dt.date(2026, 11, 30), lang, "short" if lang == "en" else "long") in listing
    bank_file = resource_path("banks/in-sme-export.yaml")
    assert main(["validate", str(bank_file)]) == 0
    _no_iso(capsys.readouterr().out)
