"""Whatever the loader accepts, every command handles: edge documents through the CLI.

Hypothesis builds documents at the edges the loader allows (the first and last
timestamps of the allowed years in the farthest time zones, due dates at both ends,
numbers at each question's limits, the longest texts, unbreakable words, Devanagari) and
feeds each through ``score``, ``plan`` (CSV and XLSX), ``report`` and ``compare``: every
command must succeed, never end in an internal error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.cli import main
from advisor.domain.bank import QuestionKind
from advisor.domain.limits import MAX_NOTES, MAX_SHORT_TEXT, MAX_YEAR, MIN_YEAR
from advisor.storage import parse_assessment
from advisor.storage.banks import default_bank

BANK = default_bank()
EARLIEST = f"{MIN_YEAR}-01-01T00:00:00+23:59"
LATEST = f"{MAX_YEAR}-12-31T23:59:59-23:59"
_stamps = st.sampled_from(
    [EARLIEST, LATEST, f"{MIN_YEAR}-01-01T00:00:00Z", f"{MAX_YEAR}-12-31T23:59:59.999999Z"]
)
_dates = st.sampled_from([f"{MIN_YEAR}-01-01", f"{MAX_YEAR}-12-31", "2000-02-29"])
_texts = st.sampled_from(
    [
        "",
        "W" * MAX_SHORT_TEXT,
        "निर्यात क्षमता श्री " * 10,
        "<b>unclosed & x<y",
        "\u202e" + "ब" * (MAX_SHORT_TEXT - 1),
    ]
)
_notes = st.sampled_from(["", "N" * MAX_NOTES, ("शब्द " * 1000)[:MAX_NOTES], "a\tb\r\nc"])


def _answer(question, draw):  # type: ignore[no-untyped-def]
    kind = question.kind
    pick = draw(st.integers(0, 3))
    if pick == 0:
        return {"skip": draw(st.sampled_from(["unknown", "not_applicable"]))}
    if kind is QuestionKind.NUMBER:
        return {"number": draw(st.sampled_from([question.minimum, question.maximum]))}
    options = [o.id for o in question.options or ()]
    if kind is QuestionKind.SINGLE:
        return {"choice": draw(st.sampled_from(options))}
    plain = [o.id for o in question.options or () if not o.exclusive]
    return {"choices": plain if pick == 1 else []}


@st.composite
def edge_documents(draw: st.DrawFn) -> dict:
    nq, na = len(BANK.questions), len(BANK.recommendations)
    questions = [BANK.questions[i] for i in draw(st.sets(st.integers(0, nq - 1), max_size=40))]
    actions = [BANK.recommendations[i] for i in draw(st.sets(st.integers(0, na - 1), max_size=6))]
    return {
        "format": "export-advisor/assessment",
        "schema_version": 1,
        "bank": {"id": BANK.id, "version": BANK.version},
        "created_at": draw(_stamps),
        "updated_at": draw(_stamps),
        "assessor": {"name": draw(_texts), "organisation": draw(_texts)},
        "profile": {
            "company": draw(_texts),
            "sector": draw(st.sampled_from([c.id for c in BANK.profile.sectors])),
            "target_markets": [c.id for c in BANK.profile.markets],
            "channels": [c.id for c in BANK.profile.channels],
        },
        "answers": {q.id: _answer(q, draw) for q in questions},
        "plan": {
            a.id: {
                "owner": draw(_texts),
                "due": draw(_dates),
                "status": draw(st.sampled_from(["open", "in_progress", "done", "dropped"])),
                "notes": draw(_notes),
            }
            for a in actions
        },
    }


def _run(*args: str) -> None:
    code = main(list(args))
    assert code == 0, args


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(old=edge_documents(), new=edge_documents())
def test_edge_documents_through_every_command(
    tmp_path_factory: pytest.TempPathFactory, old: dict, new: dict
) -> None:
    folder = tmp_path_factory.mktemp("edge")
    paths = []
    for name, doc in (("old", old), ("new", new)):
        raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        parse_assessment(raw)  # the loader accepts it: every command must handle it
        path = folder / f"{name}.json"
        path.write_bytes(raw)
        paths.append(str(path))
    _run("score", paths[1])
    _run("score", paths[1], "--json")
    _run("plan", paths[1], "-o", str(folder / "p.csv"))
    _run("plan", paths[1], "-o", str(folder / "p.xlsx"))
    _run("compare", paths[0], paths[1])
    _run("compare", paths[0], paths[1], "--json")
    _run("report", paths[1], "-o", str(folder / "r.pdf"), "--lang", "hi")


@pytest.mark.parametrize("stamp", [EARLIEST, LATEST])
def test_the_edge_of_the_calendar_in_a_subprocess(tmp_path: Path, stamp: str) -> None:
    doc = {
        "format": "export-advisor/assessment",
        "schema_version": 1,
        "bank": {"id": BANK.id, "version": BANK.version},
        "created_at": stamp,
        "updated_at": stamp,
        "plan": {BANK.recommendations[0].id: {"due": f"{MAX_YEAR}-12-31", "owner": "x"}},
    }
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    for out in ("x.xlsx", "x.csv", "x.pdf"):
        command = "report" if out.endswith(".pdf") else "plan"
        done = subprocess.run(
            [sys.executable, "-m", "advisor", command, str(path), "-o", str(tmp_path / out)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "internal error" not in done.stderr


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_beyond_the_edge_is_refused_at_load(tmp_path: Path, stamp: str) -> None:
    doc = {
        "format": "export-advisor/assessment",
        "schema_version": 1,
        "bank": {"id": BANK.id, "version": BANK.version},
        "created_at": stamp,
        "updated_at": "2026-01-01T00:00:00Z",
    }
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "advisor", "plan", str(path), "-o", str(tmp_path / "x.xlsx")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert f"years {MIN_YEAR}-{MAX_YEAR}" in done.stderr
