"""``export-advisor check``: OK lines with timings, exit 0; a clear FAIL line and 1 otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _check(*extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "advisor", "check", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_check_passes_on_this_installation() -> None:
    done = _check()
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("OK    question bank") for line in lines)
    assert any(line.startswith("OK    fonts") for line in lines)
    assert any(line.startswith("OK    PDF") for line in lines)
    assert any(line.startswith("OK    main window") for line in lines)
    assert any(line.startswith("OK    window draws the Hindi texts: ") for line in lines)
    assert all(" ms)" in line for line in lines if line.startswith("OK"))
    assert lines[-1] == "All checks passed."


def test_check_with_a_broken_bank_fails_clearly(tmp_path) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("format: export-advisor/bank\nid: x\n", encoding="utf-8")
    done = _check("--bank", str(bank))
    assert done.returncode == 1
    assert "FAIL  question bank loads and is valid" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_missing_fonts_are_named(monkeypatch, capsys) -> None:
    from advisor.commands import check

    monkeypatch.setattr(check, "FONTS", ("fonts/NoSuchFont.ttf",))
    assert not check._run_one("fonts present", check._fonts, {})
    assert "fonts/NoSuchFont.ttf" in capsys.readouterr().out


def test_sample_assessment_fits_the_bank(mini_bank) -> None:
    from advisor.commands.check import sample_assessment
    from advisor.domain.validation import assessment_problems

    assert assessment_problems(mini_bank, sample_assessment(mini_bank)) == []


BOXES = """
import argparse, sys
import advisor.ui.shell.fonts as fonts
fonts.FONT_FILES = ("fonts/NotoSans-Regular.ttf",)  # as if the Devanagari files were lost
from advisor.commands import check
sys.exit(check.run(argparse.Namespace(bank=None, folder=None)))
"""


@pytest.mark.slow
def test_check_fails_when_the_window_would_draw_hindi_as_boxes(tmp_path) -> None:
    from tests.ui.shell.font_env import latin_only_env

    done = subprocess.run(
        [sys.executable, "-c", BOXES],
        cwd=ROOT,
        env=latin_only_env(tmp_path),
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL  window draws the Hindi texts: the window would draw boxes" in done.stdout
