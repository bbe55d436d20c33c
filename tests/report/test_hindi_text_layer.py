"""Hindi PDFs can be searched: the text layer holds the words that are printed.

``report --lang hi`` runs in a subprocess; pypdf (always) and pdftotext (when installed)
must each recover, verbatim, at least 99% of the distinct Hindi words of the bank texts the
report prints (every answered question and its answer, every action's title and steps).
The page images are unchanged by the text layer (only codes and widths move).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.domain.answers import answer_label
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.resources import resource_path
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank

EXAMPLES = ["first-time-textiles-eu", "growing-spices-us-uae", "mature-engineering-eu-us"]
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_SPLIT = re.compile(r"[\s,;:()\"'“”‘’?!।.\-–—/]+")


def _words(text: str) -> set[str]:
    return {w for w in _SPLIT.split(text) if _DEVANAGARI.search(w)}


def _printed_words(example: Path) -> set[str]:
    bank = default_bank()
    doc = load_assessment(example).assessment
    plan = build_plan(bank, doc, score_assessment(bank, doc))
    texts = []
    for qid, answer in doc.answers.items():
        question = bank.question_by_id.get(qid)
        if question is not None:
            texts += [question.text.get("hi"), answer_label(question, answer, "hi")]
    for action in plan:
        texts.append(action.recommendation.title.get("hi"))
        texts += [step.get("hi") for step in action.recommendation.steps]
    return {w for t in texts for w in _words(t)}


@pytest.fixture(scope="module", params=EXAMPLES)
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    example = resource_path(f"examples/{request.param}.json")
    out = tmp_path_factory.mktemp("hi") / "plan-hi.pdf"
    subprocess.run(
        [sys.executable, "-m", "advisor", "report", str(example), "-o", str(out), "--lang", "hi"],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return example, out


def _recovered(wanted: set[str], text: str) -> float:
    found = wanted & _words(text)
    return len(found) / len(wanted)


def test_pypdf_recovers_the_hindi_words(report) -> None:  # type: ignore[no-untyped-def]
    example, pdf = report
    wanted = _printed_words(example)
    assert len(wanted) > 300
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    share = _recovered(wanted, text)
    missing = sorted(wanted - _words(text))[:20]
    assert share >= 0.99, f"{share:.1%}, missing {missing}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_recovers_the_hindi_words(report) -> None:  # type: ignore[no-untyped-def]
    example, pdf = report
    wanted = _printed_words(example)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    share = _recovered(wanted, done.stdout)
    missing = sorted(wanted - _words(done.stdout))[:20]
    assert share >= 0.99, f"{share:.1%}, missing {missing}"


def test_conjuncts_and_ligatures_extract_as_letters(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from advisor.report.fonts import register_fonts
    from advisor.report.text import markup

    fonts = register_fonts()
    style = ParagraphStyle("x", fontName=fonts.regular, fontSize=12, shaping=1)
    out = tmp_path / "words.pdf"
    words = "निर्यात तैयारी कार्य योजना क्षमता श्री कंटेनर उद्देश्य file office affluent"
    SimpleDocTemplate(str(out), pagesize=A4, invariant=1).build(
        [Paragraph(markup(words, fonts.regular), style)]
    )
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert text == words
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert " ".join(done.stdout.split()) == words
