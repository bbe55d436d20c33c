"""A lock held elsewhere and restoring an earlier version, as the window asks about them
(the boxes replaced, as in test_prompts.py, except the real lock box clicked from a timer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import advisor.ui.document.prompts as rd
from advisor.storage.backups import BackupStore
from advisor.storage.locks import DocumentLocks, lock_path
from advisor.ui.document.prompts import LockChoice
from tests.ui.document.test_prompts import _assessment_bytes, _click_when_shown


@pytest.fixture
def held_doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = tmp_path / "acme.json"
    doc.write_bytes(_assessment_bytes("Acme"))
    first = DocumentLocks().acquire(doc)
    assert first.lock is not None
    yield doc, first.lock
    first.lock.release()


def test_lock_free_file_opens_for_editing(tmp_path: Path, answers: dict) -> None:
    doc = tmp_path / "free.json"
    doc.write_text("{}")
    decision = rd.open_for_editing(None, DocumentLocks(), doc)
    assert decision is not None and not decision.read_only and decision.lock is not None
    assert answers["shown"] == []
    decision.lock.release()
    assert not lock_path(doc).exists()


def test_lock_held_elsewhere_offers_read_only(held_doc, answers: dict) -> None:  # type: ignore[no-untyped-def]
    doc, _ = held_doc
    answers["locked"] = [LockChoice.READ_ONLY]
    decision = rd.open_for_editing(None, DocumentLocks(), doc)
    assert decision is not None and decision.read_only and decision.lock is None
    (message,) = answers["shown"]
    assert message.startswith("this file is open for editing by")


def test_lock_held_elsewhere_open_anyway(held_doc, answers: dict) -> None:  # type: ignore[no-untyped-def]
    doc, first = held_doc
    answers["locked"] = [LockChoice.OPEN_ANYWAY]
    decision = rd.open_for_editing(None, DocumentLocks(), doc)
    assert decision is not None and not decision.read_only and decision.lock is not None
    assert decision.lock.still_ours() and not first.still_ours()
    decision.lock.release()


def test_lock_held_elsewhere_cancel(held_doc, answers: dict) -> None:  # type: ignore[no-untyped-def]
    doc, _ = held_doc
    answers["locked"] = [LockChoice.CANCEL]
    assert rd.open_for_editing(None, DocumentLocks(), doc) is None


def test_restore_from_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: dict
) -> None:
    store = BackupStore()
    doc = tmp_path / "acme.json"
    for company in ("Monday", "Tuesday", "Wednesday"):
        store.save(doc, _assessment_bytes(company))
    offered: list[list[str]] = []

    def choose(parent, backups):  # type: ignore[no-untyped-def]
        offered.append([json.loads(b.read())["profile"]["company"] for b in backups])
        return backups[-1]

    monkeypatch.setattr(rd, "choose_backup", choose)
    monkeypatch.setattr(rd, "confirm_restore", lambda parent, path, backup: True)
    assert rd.restore_from_backup(None, store, doc)
    assert offered == [["Tuesday", "Monday"]]
    assert json.loads(doc.read_bytes())["profile"]["company"] == "Monday"
    newest = store.list_backups(doc)[0]
    assert json.loads(newest.read())["profile"]["company"] == "Wednesday"


def test_restore_declined_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: dict
) -> None:
    store = BackupStore()
    doc = tmp_path / "acme.json"
    store.save(doc, b"1")
    store.save(doc, b"2")
    monkeypatch.setattr(rd, "choose_backup", lambda parent, backups: backups[0])
    monkeypatch.setattr(rd, "confirm_restore", lambda parent, path, backup: False)
    assert not rd.restore_from_backup(None, store, doc)
    assert doc.read_bytes() == b"2"


def test_restore_with_no_backups_says_so(tmp_path: Path, answers: dict) -> None:
    assert not rd.restore_from_backup(None, BackupStore(), tmp_path / "new.json")
    expected = rd._tr("There are no earlier versions of “%1” yet.").replace("%1", "new.json")
    assert answers["problems"] == [expected]  # in the interface language


def test_real_lock_box(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _click_when_shown(qtbot, "Open read-only", [])
    message = "this file is open for editing by asha on OFFICE-PC since 27 Nov 10:42"
    assert rd.ask_locked(None, tmp_path / "acme.json", message) is LockChoice.READ_ONLY
