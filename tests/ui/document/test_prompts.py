"""The recovery prompt after a crash, as the window uses it (a lock held elsewhere and
restoring an earlier version: test_lock_and_restore_prompts.py).

The boxes themselves are replaced with ``monkeypatch`` (no modal dialog blocks a test),
except in the smoke tests at the end, which click the real boxes from a timer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import advisor.ui.document.prompts as rd
from advisor.domain.assessment import Assessment
from advisor.storage import dumps_assessment
from advisor.storage.recovery import RecoverableWork, RecoveryStore
from advisor.ui.document.prompts import RecoveryChoice

CRASH = """
import sys
from pathlib import Path
from advisor.storage.recovery import RecoverableWork, RecoveryStore
store = RecoveryStore()
store.start_session()
original = None if sys.argv[2] == "-" else Path(sys.argv[2])
store.autosave(store.new_key(), Path(sys.argv[1]).read_bytes(), original)
"""


def _assessment_bytes(company: str) -> bytes:
    assessment = Assessment.new("mini", "1.0.0", now=dt.datetime(2026, 11, 27, 10, tzinfo=dt.UTC))
    assessment.profile.company = company
    return dumps_assessment(assessment)


def _crash_with(tmp_path: Path, data: bytes, original: Path | None = None) -> None:
    payload = tmp_path / f"payload-{len(list(tmp_path.iterdir()))}.bin"
    payload.write_bytes(data)
    subprocess.run(
        [sys.executable, "-c", CRASH, str(payload), str(original) if original else "-"],
        check=True,
    )


def test_nothing_to_recover_asks_nothing(answers: dict) -> None:
    store = RecoveryStore()
    store.start_session()
    assert rd.offer_recovery(None, store) == []
    assert answers["shown"] == []


def test_recover_returns_the_document_and_adopts_it(tmp_path: Path, answers: dict) -> None:
    _crash_with(tmp_path, _assessment_bytes("Ganesh Exports"))
    answers["recovery"] = [RecoveryChoice.RECOVER]
    store = RecoveryStore()
    store.start_session()
    (work,) = rd.offer_recovery(None, store)
    assert answers["shown"] == ["Ganesh Exports"]
    assert work.loaded.assessment.profile.company == "Ganesh Exports"
    assert work.original is None and work.key
    assert RecoveryStore().pending() == []  # this session owns it now
    store.clean_exit()


def _touch_later(path: Path) -> None:
    """The file was written after the autosave (by someone else)."""
    later = dt.datetime.now().timestamp() + 60
    os.utime(path, (later, later))


def test_show_me_the_file_then_discard(tmp_path: Path, answers: dict) -> None:
    doc = tmp_path / "acme.json"
    doc.write_bytes(_assessment_bytes("old"))
    _crash_with(tmp_path, _assessment_bytes("new answers"), doc)
    _touch_later(doc)  # changed since the autosave: the user chooses
    answers["recovery"] = [RecoveryChoice.SHOW, RecoveryChoice.DISCARD]
    store = RecoveryStore()
    assert rd.offer_recovery(None, store) == []
    assert answers["shown"] == ["acme.json", "acme.json"]  # asked again after showing
    ((kind, folder),) = answers["problems"]
    assert kind == "folder" and folder.parent == store.folder
    assert store.pending() == []
    assert doc.read_bytes() == _assessment_bytes("old")  # the file itself is untouched


def test_named_file_unchanged_since_its_autosave_is_recovered_without_asking(
    tmp_path: Path, answers: dict
) -> None:
    doc = tmp_path / "acme.json"
    doc.write_bytes(_assessment_bytes("old"))
    os.utime(doc, (1_700_000_000, 1_700_000_000))  # long before the autosave
    _crash_with(tmp_path, _assessment_bytes("new answers"), doc)
    store = RecoveryStore()
    store.start_session()
    (work,) = rd.offer_recovery(None, store)
    assert answers["shown"] == []
    assert work.original == doc and work.saved_at is not None
    assert work.loaded.assessment.profile.company == "new answers"
    assert doc.read_bytes() == _assessment_bytes("old")  # untouched until the user saves
    store.clean_exit()


def test_named_file_the_autosave_already_wrote_is_reopened_as_it_is(
    tmp_path: Path, answers: dict
) -> None:
    doc = tmp_path / "acme.json"
    doc.write_bytes(_assessment_bytes("saved"))
    _crash_with(tmp_path, _assessment_bytes("saved"), doc)
    (work,) = rd.offer_recovery(None, RecoveryStore())
    assert answers["shown"] == []
    assert work.loaded is None and work.original == doc  # open the file itself
    assert RecoveryStore().pending(include_saved=True) == []  # nothing left to offer


def test_missing_file_is_asked_about(tmp_path: Path, answers: dict) -> None:
    doc = tmp_path / "gone.json"
    _crash_with(tmp_path, _assessment_bytes("work"), doc)
    answers["recovery"] = [RecoveryChoice.LATER]
    assert rd.offer_recovery(None, RecoveryStore()) == []
    assert answers["shown"] == ["gone.json"]


def test_closing_the_box_keeps_the_work_for_next_time(tmp_path: Path, answers: dict) -> None:
    _crash_with(tmp_path, _assessment_bytes("later"))
    answers["recovery"] = [RecoveryChoice.LATER]
    assert rd.offer_recovery(None, RecoveryStore()) == []
    assert len(RecoveryStore().pending()) == 1


@pytest.mark.parametrize("named", [False, True])
def test_broken_autosave_is_reported_once_and_set_aside(
    tmp_path: Path, answers: dict, named: bool
) -> None:
    """Said once (why, and the folder it went to), never asked about, never deleted: the
    next start offers nothing (it used to ask at every start until Discard)."""
    broken = b'{"format": "export-advisor/assessment", "schema_version": 1'
    doc = tmp_path / "acme.json"
    if named:
        doc.write_bytes(_assessment_bytes("old"))
        os.utime(doc, (1_700_000_000, 1_700_000_000))  # unchanged since: recovered unasked
    _crash_with(tmp_path, broken, doc if named else None)
    answers["recovery"] = [RecoveryChoice.RECOVER]
    store = RecoveryStore()
    assert rd.offer_recovery(None, store) == []
    assert answers["shown"] == []  # nothing to choose: it cannot be recovered
    (message,) = answers["problems"]
    assert "not valid JSON" in message
    assert str(store.set_aside_folder) in message and "nothing was deleted" in message
    assert store.set_aside_folder.name == "autosaves-set-aside"
    assert store.set_aside_folder.parent == store.folder.parent  # next to the autosaves
    (kept,) = (p for p in store.set_aside_folder.iterdir() if not p.name.endswith(".meta.json"))
    assert kept.read_bytes() == broken
    # the next start: nothing offered, nothing said
    assert RecoveryStore().pending(include_saved=True) == []
    assert rd.offer_recovery(None, RecoveryStore()) == []
    assert answers["problems"] == [message] and answers["shown"] == []
    if named:
        assert doc.read_bytes() == _assessment_bytes("old")


def test_broken_autosave_that_cannot_be_moved_stays(
    tmp_path: Path, answers: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_with(tmp_path, b"\x00\xffnot json")

    def refuse(self, item):  # type: ignore[no-untyped-def]
        raise rd.DocumentError(item.autosave, "could not be moved aside: disk is read-only")

    monkeypatch.setattr(RecoveryStore, "set_aside", refuse)
    store = RecoveryStore()
    assert rd.offer_recovery(None, store) == []
    (message,) = answers["problems"]
    assert "moved to" not in message
    # what, why it is still there, where, and that it comes back (it used to say only
    # the autosave's path and the parse error, at every start, without a why)
    assert "cannot be recovered" in message and "not UTF-8 text" in message
    assert "disk is read-only" in message and str(store.folder) in message
    assert "offered again" in message
    assert len(RecoveryStore().pending()) == 1  # kept where it was


@pytest.mark.parametrize("why", ["newer app", "cannot be read now"])
def test_work_that_is_not_damaged_is_never_set_aside(
    tmp_path: Path, answers: dict, monkeypatch: pytest.MonkeyPatch, why: str
) -> None:
    """Written by a newer version of the app, or not readable at this moment (a
    permission, another program holding it): said, kept where it is, offered again; an
    updated app, or the next start, recovers it (it used to be set aside for good)."""
    if why == "newer app":
        data = json.loads(_assessment_bytes("Future"))
        data["schema_version"] = 99
        _crash_with(tmp_path, json.dumps(data).encode("utf-8"))
    else:
        _crash_with(tmp_path, _assessment_bytes("Busy"))

        def refuse(self):  # type: ignore[no-untyped-def]
            raise rd.DocumentError(self.autosave, "cannot be read: permission denied")

        monkeypatch.setattr(RecoverableWork, "read", refuse)
    store = RecoveryStore()
    assert rd.offer_recovery(None, store) == []
    (message,) = answers["problems"]
    assert "newer version" in message if why == "newer app" else "permission denied" in message
    assert "offered again" in message and "moved to" not in message
    assert not store.set_aside_folder.exists()
    assert len(RecoveryStore().pending()) == 1  # still there for the next start


def test_two_crashed_documents_are_each_asked(tmp_path: Path, answers: dict) -> None:
    _crash_with(tmp_path, _assessment_bytes("First"))
    _crash_with(tmp_path, _assessment_bytes("Second"))
    answers["recovery"] = [RecoveryChoice.RECOVER, RecoveryChoice.DISCARD]
    recovered = rd.offer_recovery(None, RecoveryStore())
    assert len(recovered) == 1 and sorted(answers["shown"]) == ["First", "Second"]


# --- the real boxes, clicked from a timer --------------------------------------------------


def _click_when_shown(qtbot, text: str, shots: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Click the button ``text`` of the message box once it shows (give up after 5 s)."""
    tries = {"n": 0}

    def click() -> None:
        tries["n"] += 1
        for widget in QApplication.topLevelWidgets():
            if not (isinstance(widget, QMessageBox) and widget.isVisible()):
                continue
            matching = [b for b in widget.buttons() if b.text() == rd._tr(text)]
            if matching:
                if shots:
                    widget.grab().save(str(shots[0]))
                matching[0].click()
                return
        if tries["n"] < 250:
            QTimer.singleShot(20, click)
            return
        for widget in QApplication.topLevelWidgets():  # never hang the suite
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, click)


def test_real_recovery_box(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "acme.json"
    doc.write_bytes(_assessment_bytes("old"))
    _crash_with(tmp_path, _assessment_bytes("Ganesh Exports"), doc)
    (item,) = RecoveryStore().pending()
    shot = Path(os.environ.get("RECOVERY_SHOT", tmp_path / "recovery.png"))
    _click_when_shown(qtbot, "Show me the file", [shot])
    assert rd.ask_recovery(None, item) is RecoveryChoice.SHOW
    assert shot.stat().st_size > 0
    _click_when_shown(qtbot, "Recover", [])
    assert rd.ask_recovery(None, item) is RecoveryChoice.RECOVER


def test_work_kept_for_next_time_is_not_called_a_crash(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    def record(box: QMessageBox) -> int:
        said.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    first = RecoveryStore()
    first.start_session()
    first.autosave("k1", _assessment_bytes("Kept Exports"))
    first.keep("k1")  # the window closed with "Keep for next time"
    first.clean_exit()
    _crash_with(tmp_path, _assessment_bytes("Crashed Exports"))
    by_company = {work.company: work for work in RecoveryStore().pending()}
    assert by_company["Kept Exports"].kept and not by_company["Crashed Exports"].kept
    for company in ("Kept Exports", "Crashed Exports"):
        assert rd.ask_recovery(None, by_company[company]) is RecoveryChoice.LATER
    assert said[0] == "You kept unsaved work on “Kept Exports” for next time."
    assert "not closed properly" in said[1] and "Crashed Exports" in said[1]


@pytest.mark.parametrize("system", ["C", "de_DE", "en_US"])
def test_the_recovery_box_writes_dates_as_the_start_page_does(system: str) -> None:
    from PySide6.QtCore import QLocale

    from advisor.domain.formatting import format_moment

    moment = dt.datetime(2026, 11, 30, 11, 17, tzinfo=dt.UTC)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(system))  # the English interface on this system
        assert rd._when(moment) == format_moment(moment, "en")  # "30 Nov 2026, ..."
        QLocale.setDefault(QLocale(QLocale.Language.Hindi, QLocale.Country.India))
        assert rd._when(moment) == format_moment(moment, "hi")
    finally:
        QLocale.setDefault(before)


def test_several_broken_autosaves_are_told_in_one_box(tmp_path: Path, answers: dict) -> None:
    """A crash with several windows open left several damaged pieces: one box says them
    all (it was one modal box each, one after another, at launch)."""
    _crash_with(tmp_path, b"{broken")
    _crash_with(tmp_path, _assessment_bytes("Acme").replace(b'"schema_version": 1', b'"x": 1'))
    _crash_with(tmp_path, _assessment_bytes("Good"))
    answers["recovery"] = [RecoveryChoice.RECOVER]
    store = RecoveryStore()
    recovered = rd.offer_recovery(None, store)
    assert len(recovered) == 1 and answers["shown"] == ["Good"]
    (message,) = answers["problems"]
    assert message.count("cannot be recovered") == 2 and "“Acme”" in message
    assert "not valid JSON" in message and "They were moved to the folder" in message
    assert str(store.set_aside_folder) in message
    assert len([p for p in store.set_aside_folder.iterdir() if ".meta." not in p.name]) == 2
