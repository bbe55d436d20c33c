"""The workshop folder: session file, scanning with bad and foreign files, names, copies."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from advisor.domain.assessment import Answer, Assessment
from advisor.storage import DocumentError, save_assessment
from advisor.storage import workshop as ws
from advisor.storage.workshop import (
    WorkshopSession,
    copy_to_folder,
    load_session,
    participant_stem,
    safe_name,
    save_session,
    scan_workshop,
)

T0 = dt.datetime(2026, 11, 27, 10, 15, tzinfo=dt.UTC)


def doc(company: str = "Acme", minutes: int = 0, bank_id: str = "mini") -> Assessment:
    a = Assessment.new(bank_id, "1.0.0", now=T0 + dt.timedelta(minutes=minutes))
    a.profile.company = company
    a.answers = {"log.iec": Answer(choice="yes")}
    return a


# --- session file --------------------------------------------------------------------


def test_session_round_trip(tmp_path):
    session = WorkshopSession(
        event="Ludhiana export workshop", date=dt.date(2026, 11, 27), facilitator="R. Singh"
    )
    save_session(tmp_path, session)
    assert load_session(tmp_path) == session


def test_no_session_file_is_none(tmp_path):
    assert load_session(tmp_path) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "something-else"}', "not a workshop session"),
        (b'{"format": "export-advisor/workshop", "colour": "red"}', "unknown key"),
        (b'{"format": "export-advisor/workshop", "date": "27/11/2026"}', "date"),
        (b"\xff\xfe\x00", "saved as UTF-16"),
    ],
)
def test_bad_session_file_is_a_clear_error(tmp_path, content, message):
    (tmp_path / "workshop.json").write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_session(tmp_path)


def test_session_bank_path_is_relative_to_the_folder(tmp_path):
    session = WorkshopSession(bank="banks/my.yaml")
    assert session.bank_path(tmp_path) == tmp_path / "banks" / "my.yaml"
    assert WorkshopSession().bank_path(tmp_path) is None


# --- scanning ------------------------------------------------------------------------


def test_scan_lists_and_skips_bad_and_foreign_files(tmp_path, mini_bank):
    save_assessment(tmp_path / "good-1.json", doc("One", 0))
    save_assessment(tmp_path / "good-2.json", doc("Two", 5))
    save_assessment(tmp_path / "other-bank.json", doc("Three", 10, bank_id="other"))
    (tmp_path / "truncated.json").write_text('{"format": "export-advisor/assess', "utf-8")
    (tmp_path / "empty.json").write_bytes(b"")
    (tmp_path / "a-pdf.json").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "dir.json").mkdir()
    (tmp_path / "notes.txt").write_text("not an assessment", "utf-8")
    (tmp_path / "One.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "subfolder").mkdir()
    save_assessment(tmp_path / "subfolder" / "nested.json", doc("Nested", 20))
    save_session(tmp_path, WorkshopSession(event="E"))

    scan = scan_workshop(tmp_path, mini_bank)

    assert sorted(d.path.name for d in scan.documents) == ["good-1.json", "good-2.json"]
    reasons = {s.path.name: s.reason for s in scan.skipped}
    assert set(reasons) == {
        "a-pdf.json",
        "dir.json",
        "empty.json",
        "other-bank.json",
        "truncated.json",
    }
    assert "folder" in reasons["dir.json"]
    assert "other" in reasons["other-bank.json"]
    assert "empty" in reasons["empty.json"]
    assert "PDF" in reasons["a-pdf.json"]
    assert "JSON" in reasons["truncated.json"]


def test_scan_without_bank_keeps_other_banks(tmp_path):
    save_assessment(tmp_path / "x.json", doc(bank_id="other"))
    assert len(scan_workshop(tmp_path).documents) == 1


def test_scan_skips_answers_that_do_not_fit_the_bank(tmp_path, mini_bank):
    bad = doc()
    bad.answers = {"log.iec": Answer(choice="maybe")}
    save_assessment(tmp_path / "bad-answer.json", bad)
    scan = scan_workshop(tmp_path, mini_bank)
    assert not scan.documents
    assert "not an option" in scan.skipped[0].reason


def test_scan_keeps_the_newest_copy_of_the_same_assessment(tmp_path, mini_bank):
    first = doc("Same")
    later = first.model_copy(update={"updated_at": T0 + dt.timedelta(minutes=30)})
    save_assessment(tmp_path / "a-old.json", later)
    save_assessment(tmp_path / "b-new.json", first)
    save_assessment(tmp_path / "c-copy.json", later)
    scan = scan_workshop(tmp_path, mini_bank)
    assert [d.path.name for d in scan.documents] == ["a-old.json"]
    assert {s.path.name for s in scan.skipped} == {"b-new.json", "c-copy.json"}
    assert all("older copy" in s.reason and "a-old.json" in s.reason for s in scan.skipped)


def test_scan_of_a_missing_folder_or_a_file(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        scan_workshop(tmp_path / "nope")
    (tmp_path / "f").write_text("x")
    with pytest.raises(DocumentError, match="not a folder"):
        scan_workshop(tmp_path / "f")


# --- names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Acme Exports Pvt. Ltd.", "Acme-Exports-Pvt-Ltd"),
        ('a/b:c"d?e*f<g>h|i\\j', "a-b-c-d-e-f-g-h-i-j"),
        ("CON", "CON_"),
        ("lpt1", "lpt1_"),
        ("...", "participant"),
        ("", "participant"),
        ("trailing dot. ", "trailing-dot"),
        ("निर्यात क्षमता", "निर्यात-क्षमता"),
        ("🚀 Rocket\u202e", "Rocket"),
        ("\x00evil\n", "evil"),
    ],
)
def test_safe_name(company, expected):
    assert safe_name(company) == expected


def test_safe_name_is_bounded():
    assert len(safe_name("x" * 5000)) == ws.MAX_STEM


def test_participant_stem_is_unique_ignoring_case(tmp_path):
    stem = participant_stem(tmp_path, "Acme", T0)
    assert stem == "Acme_2026-11-27_1015"
    (tmp_path / f"{stem}.json").write_text("{}")
    second = participant_stem(tmp_path, "ACME", T0)
    assert second == "ACME_2026-11-27_1015-2"
    (tmp_path / f"{second}.pdf").write_text("x")
    assert participant_stem(tmp_path, "acme", T0) == "acme_2026-11-27_1015-3"


# --- copying to a second folder ------------------------------------------------------


@pytest.fixture
def pdf(tmp_path) -> Path:
    path = tmp_path / "out" / "Acme.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4 participant")
    return path


def test_copy_to_folder(tmp_path, pdf):
    usb = tmp_path / "usb"
    usb.mkdir()
    copied = copy_to_folder(pdf, usb)
    assert copied == usb / "Acme.pdf"
    assert copied.read_bytes() == pdf.read_bytes()
    assert copy_to_folder(pdf, usb) == copied  # the same file again: nothing new
    (usb / "Acme.pdf").write_bytes(b"someone else's")
    assert copy_to_folder(pdf, usb) == usb / "Acme-2.pdf"
    assert (usb / "Acme.pdf").read_bytes() == b"someone else's"
    assert not [p for p in usb.iterdir() if p.name.startswith(".")]


def test_copy_to_missing_folder_says_plug_it_in(tmp_path, pdf):
    with pytest.raises(DocumentError, match=r"does not exist.*plugged in"):
        copy_to_folder(pdf, tmp_path / "no-usb")


def test_copy_to_a_file_instead_of_a_folder(tmp_path, pdf):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(DocumentError, match="not a folder"):
        copy_to_folder(pdf, target)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "disk is full"),
        (errno.EACCES, "permission"),
    ],
)
def test_copy_failures_are_clear_and_leave_nothing(tmp_path, pdf, monkeypatch, code, message):
    usb = tmp_path / "usb"
    usb.mkdir()
    from advisor.storage import atomic

    def failing_write(fd, data):  # half the file reaches the stick, then the error
        os.write(fd, data[: len(data) // 2])
        raise OSError(code, "simulated")

    monkeypatch.setattr(atomic, "_write_all", failing_write)
    with pytest.raises(DocumentError, match=message) as info:
        copy_to_folder(pdf, usb)
    assert "Acme.pdf" in str(info.value)
    assert list(usb.iterdir()) == []


def test_copy_of_a_missing_source(tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(DocumentError, match="does not exist"):
        copy_to_folder(tmp_path / "gone.pdf", usb)


# --- finishing a participant ---------------------------------------------------------


def test_finish_participant_saves_both_files_and_copies(tmp_path, mini_bank):
    from advisor.storage import load_assessment
    from advisor.storage.workshop import finish_participant

    folder, usb = tmp_path / "w", tmp_path / "usb"
    folder.mkdir()
    usb.mkdir()
    done = finish_participant(folder, doc("Acme/Exports"), b"%PDF-1 one", usb)
    assert done.assessment.name == "Acme-Exports_2026-11-27_1015.json"
    assert done.pdf.read_bytes() == b"%PDF-1 one"
    assert done.copy == usb / done.pdf.name
    assert load_assessment(done.assessment).assessment.profile.company == "Acme/Exports"
    again = finish_participant(folder, doc("Acme/Exports"), b"%PDF-1 two")
    assert again.assessment.name == "Acme-Exports_2026-11-27_1015-2.json"
    assert again.copy is None and again.copy_problem == ""
    assert len(scan_workshop(folder, mini_bank).documents) == 1  # same assessment twice


def test_finish_participant_writes_the_summary_image_beside_the_pdf_and_copies_it(tmp_path):
    from advisor.storage.workshop import finish_participant, participant_stem

    folder, usb = tmp_path / "w", tmp_path / "usb"
    folder.mkdir()
    usb.mkdir()
    done = finish_participant(folder, doc("Acme"), b"%PDF", usb, summary_png=b"\x89PNG one")
    assert done.summary == done.pdf.with_suffix(".png")
    assert done.summary.read_bytes() == b"\x89PNG one"
    assert done.summary_copy == usb / done.summary.name
    assert done.summary_copy.read_bytes() == b"\x89PNG one"
    # a stem whose image alone exists is taken too
    done.pdf.unlink()
    done.assessment.unlink()
    assert participant_stem(folder, "Acme", doc("Acme").created_at).endswith("-2")


def test_finish_participant_with_the_stick_gone(tmp_path):
    from advisor.storage.workshop import finish_participant

    done = finish_participant(tmp_path, doc(), b"%PDF", tmp_path / "unplugged")
    assert done.pdf.exists() and done.assessment.exists()
    assert done.copy is None
    assert "plugged in" in done.copy_problem


def test_probe_write(tmp_path, monkeypatch):
    from advisor.storage.workshop import probe_write

    assert probe_write(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    assert "does not exist" in probe_write(tmp_path / "nope")

    def refuse(target, data):
        raise OSError(errno.EROFS, "simulated")

    monkeypatch.setattr(ws, "replace_durably", refuse)
    assert "read-only" in probe_write(tmp_path)
