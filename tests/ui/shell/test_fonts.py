"""The bundled fonts draw Hindi in the window whatever fonts the system has (shell/fonts.py).

The subprocess tests run Qt under a font configuration that sees one folder holding one
Latin font, like a fresh Debian or a bare Windows image without a Devanagari font.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.shell.font_env import latin_only_env

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
app = QApplication([])
from advisor.ui.shell.fonts import devanagari_coverage, install_app_fonts
system = QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari)
before = devanagari_coverage("हिन्दी में सहायक")
install_app_fonts()
after = devanagari_coverage("हिन्दी में सहायक")
print("system:", system)
print("before:", before.family or "-", "missing", len(before.missing))
print("after:", after.family, "missing", len(after.missing))
"""


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300
    )


@pytest.mark.slow
def test_devanagari_comes_from_the_bundled_font_without_a_system_one(tmp_path: Path) -> None:
    done = _run([sys.executable, "-c", PROBE], latin_only_env(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    assert lines["system"] == "[]", "the font configuration still sees a Devanagari font"
    assert lines["before"] != "- missing 0"  # without ours: boxes (the bug this fixes)
    assert lines["after"] == "Noto Sans Devanagari missing 0"


@pytest.mark.slow
def test_hindi_layout_fits_without_a_devanagari_system_font(tmp_path: Path) -> None:
    test = "tests/ui/shell/test_hindi_pages.py::test_hindi_layout_fits_1024x700"
    done = _run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        latin_only_env(tmp_path),
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]
    assert "1 passed" in done.stdout


def test_the_bank_hindi_is_covered_in_this_process(qapp) -> None:  # type: ignore[no-untyped-def]
    from advisor.storage.banks import default_bank
    from advisor.ui.shell.fonts import DEVANAGARI_FAMILY, devanagari_coverage, install_app_fonts

    assert DEVANAGARI_FAMILY in install_app_fonts()
    bank_text = default_bank().model_dump_json()
    coverage = devanagari_coverage(bank_text)
    assert coverage.missing == ""
    assert coverage.checked > 40  # the whole Devanagari alphabet the bank uses


def test_latin_keeps_the_system_font(qapp) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.shell.fonts import DEVANAGARI_FAMILY, install_app_fonts

    install_app_fonts()
    families = qapp.font().families()
    assert families[-1] == DEVANAGARI_FAMILY and families[0] != DEVANAGARI_FAMILY
