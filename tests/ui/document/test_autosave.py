"""Autosave in the window: debounced, off the GUI thread, with clear status texts.

A small stand-in document is used (the same duck type as ``advisor.ui.document.model``): the
saver only needs ``changed``/``saved`` signals, ``path``, ``to_bytes()``, ``modified``
and an ``undo_stack``. No test sleeps: ``qtbot.waitUntil`` waits for the event loop.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import advisor.storage.atomic as atomic_module
from advisor.storage.backups import BackupStore
from advisor.storage.recovery import RecoveryStore
from advisor.ui.document.autosave import AutoSaver


class _Edit(QUndoCommand):
    def __init__(self, doc: FakeDocument, text: str) -> None:
        super().__init__("edit")
        self.doc, self.new, self.old = doc, text, doc.text

    def redo(self) -> None:
        self.doc.text = self.new
        self.doc.changed.emit()

    def undo(self) -> None:
        self.doc.text = self.old
        self.doc.changed.emit()


class FakeDocument(QObject):
    """What the autosaver needs of a document."""

    changed = Signal()
    saved = Signal(str)

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path
        self.text = ""
        self.undo_stack = QUndoStack(self)
        self.to_bytes_threads: list[str] = []

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def edit(self, text: str) -> None:
        self.undo_stack.push(_Edit(self, text))

    def to_bytes(self) -> bytes:
        self.to_bytes_threads.append(threading.current_thread().name)
        return json.dumps({"profile": {"company": self.text}}).encode()

    def save(self, path: Path) -> None:
        path.write_bytes(self.to_bytes())
        self.path = path
        self.undo_stack.setClean()
        self.saved.emit(str(path))


@pytest.fixture
def saver(qtbot):  # type: ignore[no-untyped-def]
    saver = AutoSaver(RecoveryStore(), delay_ms=50)
    yield saver
    saver.close()


def _autosaves(saver: AutoSaver) -> list[Path]:
    return [p for p in saver.store.folder.glob("*.json") if not p.name.endswith(".meta.json")]


def _statuses(saver: AutoSaver) -> list[str]:
    seen: list[str] = []
    saver.statusChanged.connect(seen.append)
    return seen


def test_untitled_changes_are_debounced_into_one_autosave(qtbot, saver: AutoSaver) -> None:
    doc = FakeDocument()
    saver.set_document(doc)
    seen = _statuses(saver)
    for text in ("A", "Ac", "Acm", "Acme"):
        doc.edit(text)
    assert seen == []  # nothing written while typing
    qtbot.waitUntil(lambda: saver.state == "saved", timeout=3000)
    assert seen[0] == saver.tr("Saving…") and len(seen) == 2
    pattern = re.escape(saver.tr("Saved %1")).replace("%1", r"\d\d:\d\d")
    assert re.fullmatch(pattern, seen[-1])
    (autosave,) = _autosaves(saver)
    assert json.loads(autosave.read_text())["profile"]["company"] == "Acme"
    assert doc.to_bytes_threads == ["MainThread"]  # bytes taken on the GUI thread
    assert doc.modified  # an untitled document is still unsaved


def test_named_document_is_written_through_with_one_backup(
    qtbot, saver: AutoSaver, tmp_path: Path
) -> None:
    path = tmp_path / "acme.json"
    path.write_text('{"profile": {"company": "before"}}')
    doc = FakeDocument(path)
    saver.set_document(doc)
    written: list[str] = []
    saver.savedToFile.connect(written.append)
    doc.edit("first")
    qtbot.waitUntil(lambda: len(written) == 1, timeout=3000)
    doc.edit("second")
    qtbot.waitUntil(lambda: len(written) == 2, timeout=3000)
    assert json.loads(path.read_text())["profile"]["company"] == "second"
    assert not doc.modified  # written through: nothing unsaved
    backups = BackupStore().list_backups(path)
    assert [json.loads(b.read())["profile"]["company"] for b in backups] == ["before"]


def test_write_through_off_keeps_the_file(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "acme.json"
    path.write_text("{}")
    saver = AutoSaver(RecoveryStore(), delay_ms=20, write_through=False)
    try:
        doc = FakeDocument(path)
        saver.set_document(doc)
        doc.edit("x")
        qtbot.waitUntil(lambda: saver.state == "saved", timeout=3000)
        assert path.read_text() == "{}" and doc.modified
        assert len(list(saver.store.folder.glob("*.json"))) == 2  # autosave + meta
    finally:
        saver.close()


def test_read_only_document_never_writes_the_file(qtbot, saver: AutoSaver, tmp_path: Path) -> None:
    path = tmp_path / "acme.json"
    path.write_text("{}")
    doc = FakeDocument(path)
    saver.set_document(doc, read_only=True)
    doc.edit("x")
    qtbot.waitUntil(lambda: saver.state == "saved", timeout=3000)
    assert path.read_text() == "{}" and doc.modified
    assert len(_autosaves(saver)) == 1  # the work is still kept safe


def test_failure_says_so_in_one_sentence(qtbot, saver: AutoSaver, tmp_path: Path) -> None:
    path = tmp_path / "acme.json"
    path.write_text("{}")
    path.chmod(stat.S_IREAD)
    doc = FakeDocument(path)
    saver.set_document(doc)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    doc.edit("x")
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures == ["the file is read-only"]
    assert saver.last_status == saver.tr("Could not save: %1").replace(
        "%1", "the file is read-only"
    )
    assert path.read_text() == "{}" and doc.modified
    path.chmod(stat.S_IREAD | stat.S_IWRITE)
    # the work itself is safe in the recovery copy
    (autosave,) = _autosaves(saver)
    assert json.loads(autosave.read_text())["profile"]["company"] == "x"


def test_disk_full_then_recovers(qtbot, saver: AutoSaver, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = FakeDocument()
    saver.set_document(doc)
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "write", full)
    doc.edit("x")
    qtbot.waitUntil(lambda: saver.state == "failed", timeout=3000)
    assert saver.last_status == saver.tr("Could not save: %1").replace("%1", "the disk is full")
    monkeypatch.setattr(atomic_module.os, "write", real_write)
    doc.edit("xy")
    qtbot.waitUntil(lambda: saver.state == "saved", timeout=3000)


def test_changes_during_a_write_are_saved_after_it(qtbot, saver: AutoSaver) -> None:
    doc = FakeDocument()
    saver.set_document(doc)
    gate = threading.Event()
    real_autosave = saver.store.autosave

    def slow_autosave(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(5)
        return real_autosave(*args, **kwargs)

    saver.store.autosave = slow_autosave  # type: ignore[method-assign]
    doc.edit("one")
    saver.save_now()
    doc.edit("two")
    saver.save_now()  # a write is running: queued, not overlapping
    assert saver.pending
    gate.set()
    qtbot.waitUntil(lambda: not saver.pending, timeout=3000)
    (autosave,) = _autosaves(saver)
    assert json.loads(autosave.read_text())["profile"]["company"] == "two"


def test_flush_writes_at_once_and_waits(saver: AutoSaver) -> None:
    doc = FakeDocument()
    saver.set_document(doc)
    doc.edit("closing now")
    assert saver.flush()
    (autosave,) = _autosaves(saver)
    assert json.loads(autosave.read_text())["profile"]["company"] == "closing now"
    assert saver.state == "saved"


def test_typing_non_stop_still_saves(qtbot) -> None:  # type: ignore[no-untyped-def]
    saver = AutoSaver(RecoveryStore(), delay_ms=100, max_wait_ms=150)
    try:
        doc = FakeDocument()
        saver.set_document(doc)
        from PySide6.QtCore import QTimer

        typing = QTimer()
        typing.setInterval(10)
        count = {"n": 0}

        def key() -> None:
            count["n"] += 1
            doc.edit(f"t{count['n']}")

        typing.timeout.connect(key)
        typing.start()
        qtbot.waitUntil(lambda: saver.state == "saved", timeout=3000)
        typing.stop()
        assert count["n"] >= 10  # still typing when the save happened
    finally:
        saver.close()


def test_explicit_save_drops_the_recovery_copy(qtbot, saver: AutoSaver, tmp_path: Path) -> None:
    doc = FakeDocument()
    saver.set_document(doc)
    doc.edit("x")
    assert saver.flush()
    assert list(_autosaves(saver))
    doc.save(tmp_path / "named.json")
    assert saver.flush()
    qtbot.waitUntil(lambda: not list(saver.store.folder.glob("*.json")), timeout=3000)


def test_discard_and_clean_exit_leave_nothing(saver: AutoSaver) -> None:
    doc = FakeDocument()
    saver.set_document(doc)
    doc.edit("x")
    assert saver.flush()
    saver.discard()
    saver.store.clean_exit()
    assert RecoveryStore().pending() == []
    assert not list(saver.store.folder.glob("*.json"))


def test_crash_leaves_work_to_recover(saver: AutoSaver) -> None:
    doc = FakeDocument()
    saver.set_document(doc)
    doc.edit("unsaved answers")
    assert saver.flush()
    # a crash: no clean_exit; the next start sees the session as dead
    marker = saver.store.sessions / f"{saver.store.session_id}.json"
    data = json.loads(marker.read_text())
    data["pid"] = 2**22 + 12345  # no such process
    marker.write_text(json.dumps(data))
    (item,) = RecoveryStore().pending()
    assert item.company == "unsaved answers"


def test_with_the_app_document(qtbot, saver: AutoSaver, tmp_path: Path, mini_bank) -> None:  # type: ignore[no-untyped-def]
    from advisor.domain.assessment import Answer
    from advisor.storage import load_assessment, save_assessment
    from advisor.ui.document.model import AssessmentDocument

    path = tmp_path / "acme.json"
    doc = AssessmentDocument(mini_bank, path=None)
    save_assessment(path, doc.assessment)
    doc = AssessmentDocument(mini_bank, load_assessment(path).assessment, path)
    saver.set_document(doc)
    doc.set_answer("log.iec", Answer(choice="yes"))
    doc.set_profile_field("company", "Acme")
    qtbot.waitUntil(lambda: saver.state == "saved", timeout=3000)
    assert not doc.modified
    reloaded = load_assessment(path).assessment
    assert reloaded.answers["log.iec"] == Answer(choice="yes")
    assert reloaded.profile.company == "Acme"
    doc.undo_stack.undo()  # undo is a change like any other
    assert saver.flush()
    assert load_assessment(path).assessment.profile.company == ""
    doc.save(path)  # an explicit save: the recovery copy goes
    qtbot.waitUntil(lambda: not _autosaves(saver), timeout=3000)
