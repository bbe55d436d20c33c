"""The Hindi PDF from end to end: ``report --lang hi`` on a real example and the built-in bank.

The text layer (every Hindi word extractable, conjuncts and reordered vowels included) is
checked in ``test_hindi_text_layer``. The pages themselves were looked at as images
(``pdftoppm -png -r 70``; one is ``docs/hindi-page.png``): matras and conjuncts in place,
no boxes. Here, a page is still rendered to an image to be sure it renders.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdfcheck import font_names, reader, squash

from advisor.cli import main
from advisor.domain.vocabulary import PHASE_LABELS
from advisor.domain.words import words

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "first-time-textiles-eu.json"


@pytest.fixture(scope="module")
def hindi_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("hindi") / "plan-hi.pdf"
    assert main(["report", str(EXAMPLE), "-o", str(out), "--lang", "hi"]) == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def text(hindi_pdf: bytes) -> str:
    return " ".join(squash(page.extract_text()) for page in reader(hindi_pdf).pages)


def test_headings_dates_and_labels_are_hindi(hindi_pdf: bytes, text: str) -> None:
    assert reader(hindi_pdf).trailer["/Root"]["/Lang"] == "hi"
    for word in ("सारांश", "चरण", "आकार", "आपका", "नवंबर 2026", "भारतीय"):
        assert word in text, word
    report_words = [t for k, t in words("en").entries.items() if k.startswith("report.")]
    english = [
        t
        for t in [*report_words, *(p.get("en") for p in PHASE_LABELS.values())]
        if " " in t and "{" not in t
    ]
    left = [e for e in english if e in text]
    assert not left, f"English left in the Hindi PDF: {left}"
    assert "November" not in text


def test_amounts_in_rupees_with_indian_grouping(text: str) -> None:
    amounts = re.findall(r"₹[\d,]+", text)
    assert "₹1,00,000" in amounts
    assert all(not re.fullmatch(r"₹\d{1,3}(,\d{3}){2,}", a) for a in amounts), amounts


def test_devanagari_fonts_embedded_and_nothing_else(hindi_pdf: bytes) -> None:
    fonts = font_names(hindi_pdf)
    assert {"NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold"} <= fonts
    assert all(name.startswith("NotoSans") for name in fonts), fonts  # no fallback font
    page = reader(hindi_pdf).pages[1]
    for font in page["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor is not None:
            assert "/FontFile2" in descriptor.get_object(), font  # embedded


def test_the_users_own_text_prints_in_either_script(text: str) -> None:
    assert "Kaveri Knit Fabrics" in text  # a Latin company name in the Hindi report


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_a_page_renders_as_an_image(hindi_pdf: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "plan-hi.pdf"
    pdf.write_bytes(hindi_pdf)
    done = subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "p")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0 and "Error" not in done.stderr, done.stderr
    assert list(tmp_path.glob("p-*.png"))
