"""Answers and plan edits for questions and actions the bank no longer has: kept, reported.

Through the command line in a subprocess: each command warns, the file is unchanged, and
the PDF lists the kept notes in its appendix.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.resources import resource_path

EXAMPLE = resource_path("examples/growing-spices-us-uae.json")
NOTES = "Asked the bank in March; keep this note"


@pytest.fixture
def orphaned(tmp_path: Path) -> Path:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["answers"]["log.retired_question"] = {"choice": "yes"}
    doc["plan"]["rec.retired_action"] = {
        "owner": "Anil",
        "due": "2026-12-10",
        "status": "in_progress",
        "notes": NOTES,
    }
    path = tmp_path / "client.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def cli(*args: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{f}"],
        ["score", "{f}"],
        ["score", "{f}", "--json"],
        ["plan", "{f}", "-o", "{d}/plan.xlsx"],
        ["report", "{f}", "-o", "{d}/plan.pdf"],
    ],
    ids=["validate", "score", "score-json", "plan", "report"],
)
def test_every_command_warns_and_keeps_the_file(
    orphaned: Path, tmp_path: Path, command: list[str]
) -> None:
    before = orphaned.read_bytes()
    code, _out, err = cli(*[a.format(f=orphaned, d=tmp_path) for a in command])
    assert code == 0, err
    assert "warning" in err
    assert "1 answer to questions not in bank in-sme-export" in err
    assert "log.retired_question" in err
    assert "1 plan edit for actions not in bank in-sme-export" in err
    assert "rec.retired_action" in err
    assert orphaned.read_bytes() == before


def test_the_pdf_lists_the_kept_notes(orphaned: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code, _out, err = cli("report", str(orphaned), "-o", str(out))
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    assert "Notes on actions no longer in the bank" in flat
    assert "rec.retired_action" in flat and NOTES in flat
    assert "log.retired_question" in flat
