"""The cohort summary service: the one way the window and ``cohort`` read a workshop folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from advisor.domain.assessment import Answer, Assessment, CompanyProfile
from advisor.services.workshop import NothingToSummariseError, read_cohort, write_cohort_files
from advisor.storage import dumps_assessment
from advisor.storage.banks import default_bank
from advisor.storage.workshop import WorkshopSession


def _participant(folder: Path, i: int) -> None:
    bank = default_bank()
    doc = Assessment.new(bank.id, bank.version, now=dt.datetime(2026, 11, 27, 10, i, tzinfo=dt.UTC))
    doc.profile = CompanyProfile(company=f"Firm {i}", sector=bank.profile.sectors[0].id)
    first = bank.questions[0]
    doc.answers = {first.id: Answer(choice=first.options[0].id)}
    (folder / f"p{i}.json").write_bytes(dumps_assessment(doc))


def test_nothing_to_summarise_names_what_was_left_out(tmp_path):
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(NothingToSummariseError) as caught:
        read_cohort(default_bank(), tmp_path)
    assert "1 file left out" in str(caught.value)
    assert [s.path.name for s in caught.value.scan.skipped] == ["broken.json"]


def test_read_and_write_the_summary(tmp_path):
    for i in range(3):
        _participant(tmp_path, i)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    cohort = read_cohort(default_bank(), tmp_path)
    assert cohort.summary.count == 3 and cohort.summary.left_out == 1
    session = WorkshopSession(event="Ludhiana hub", facilitator="R. F.")
    out = tmp_path / "out"
    out.mkdir()
    written = write_cohort_files(cohort.summary, session, out / "s.pdf", out / "s.csv")
    assert written == [out / "s.pdf", out / "s.csv"]
    text = PdfReader(out / "s.pdf").pages[0].extract_text()
    assert "Ludhiana hub" in text
    assert "Firm 0" not in (out / "s.csv").read_text(encoding="utf-8-sig")  # anonymous
