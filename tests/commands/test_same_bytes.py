"""Outputs are byte-identical run to run: the spreadsheet and the PDF (a subprocess each)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advisor.resources import resource_path

EXAMPLE = resource_path("examples/growing-spices-us-uae.json")


def _run(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        capture_output=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize(
    ("command", "suffix", "lang"),
    [
        ("plan", ".xlsx", "en"),
        ("plan", ".csv", "en"),
        ("report", ".pdf", "en"),
        ("report", ".pdf", "hi"),
    ],
    ids=["xlsx", "csv", "pdf", "pdf-hi"],
)
def test_the_same_bytes_every_run(tmp_path: Path, command: str, suffix: str, lang: str) -> None:
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    _run(command, str(EXAMPLE), "-o", str(first), "--lang", lang)
    time.sleep(1.1)  # the wall clock moves on: it must not be in the file
    _run(command, str(EXAMPLE), "-o", str(second), "--lang", lang)
    assert first.read_bytes() == second.read_bytes()
