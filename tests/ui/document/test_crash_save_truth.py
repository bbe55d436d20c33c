"""One truth about saving after a crash: the last named file comes back with its autosaved
state, and the title, the status bar and the close prompt agree about it (before a crash:
test_save_truth.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from advisor.domain.assessment import Answer
from advisor.storage.locks import lock_path
from advisor.storage.recovery import RecoveryStore
from advisor.ui.document.prompts import RecoveryChoice
from advisor.ui.document.save_state import SaveState
from tests.ui.document.test_save_truth import CLOCK, _edit, _tick, agree


def _crash(window) -> None:  # type: ignore[no-untyped-def]
    """The process dies: no close, no clean exit. Its session marker and lock are left by a
    process that is gone (the lock goes stale, the autosaves stay)."""
    store = window.session.recovery
    store._marker(store.session_id).unlink()
    lock = lock_path(window.doc.path) if window.doc.path is not None else None
    if lock is not None and lock.exists():
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        data = json.loads(lock.read_text(encoding="utf-8"))
        data["pid"] = dead.pid
        lock.write_text(json.dumps(data), encoding="utf-8")
    window.hide()


def _start_again(make_window, mini_bank):  # type: ignore[no-untyped-def]
    """A new run with the same settings and data folder: its window and the launch path."""
    from advisor.ui.app import offer_recovery

    window = make_window(mini_bank)
    store = RecoveryStore()
    store.start_session()
    offer_recovery(window, store, interactive=True)
    return window, store


def _named_with_unsaved_changes(qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch):  # type: ignore[no-untyped-def]
    """A named file whose last changes reached the recovery copy but not the file."""
    import advisor.ui.document.autosave as autosave_module

    target = tmp_path / "client.json"
    window = make_window(mini_bank)
    window.doc.set_profile_field("company", "Crashed Exports")
    dialogs.answers["ask_save_path"] = target
    assert window.files.save_as()
    os.utime(target, (1_700_000_000, 1_700_000_000))
    before = target.read_bytes()
    with monkeypatch.context() as patch:  # the write to the file did not happen
        patch.setattr(autosave_module, "atomic_write_bytes", lambda path, data: None)
        window.session.autosaver.write_through = False
        _edit(window, "no")
        _tick(qtbot, window)
    assert target.read_bytes() == before
    return window, target, before


def test_crash_reopens_the_named_file_with_its_autosaved_changes(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
) -> None:
    crashed, target, before = _named_with_unsaved_changes(
        qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
    )
    _crash(crashed)
    window, store = _start_again(make_window, mini_bank)
    try:
        assert "ask_recovery" not in dialogs.names()  # unchanged since: nothing to decide
        assert window.doc.path == target
        assert window.doc.assessment.answers["log.iec"] == Answer(choice="no")
        assert window.session.lock is not None and not window.session.read_only
        agree_now = window.session.truth
        assert agree_now.state is SaveState.RECOVERY_ONLY and window.isWindowModified()
        assert re.fullmatch(
            rf"Recovered work from {CLOCK} — not saved to client\.json yet",
            window.save_status.text(),
        )
        assert "Recovered your changes to client.json" in window.statusBar().currentMessage()
        _edit(window, "yes")
        _tick(qtbot, window)
        assert target.read_bytes() == before  # never written until the user saves
        agree(window, dialogs, SaveState.RECOVERY_ONLY)
        assert window.files.save()
        assert json.loads(target.read_text())["answers"]["log.iec"] == {"choice": "yes"}
        agree(window, dialogs, SaveState.SAVED)
    finally:
        store.clean_exit()


def test_crash_after_autosave_wrote_the_file_reopens_it_instead_of_a_blank_window(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    crashed = make_window(mini_bank)
    dialogs.answers["ask_save_path"] = target
    assert crashed.files.save_as()
    _edit(crashed, "no")
    _tick(qtbot, crashed)  # written through: the file holds everything
    _crash(crashed)
    window, store = _start_again(make_window, mini_bank)
    try:
        assert "ask_recovery" not in dialogs.names()
        assert window.doc.path == target  # not a blank untitled window
        assert window.doc.assessment.answers["log.iec"] == Answer(choice="no")
        agree(window, dialogs, SaveState.SAVED)
        assert "nothing was lost" in window.statusBar().currentMessage()
    finally:
        store.clean_exit()


@pytest.mark.parametrize("what", ["changed", "gone"])
def test_crash_with_the_file_changed_or_gone_says_so_and_asks(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch, what
) -> None:
    crashed, target, before = _named_with_unsaved_changes(
        qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
    )
    _crash(crashed)
    if what == "changed":  # someone wrote the file after the autosave
        target.write_bytes(before)
        later = target.stat().st_mtime + 60
        os.utime(target, (later, later))
    else:
        target.unlink()
    dialogs.answers["ask_recovery"] = RecoveryChoice.LATER
    window, store = _start_again(make_window, mini_bank)
    try:
        assert dialogs.names().count("ask_recovery") == 1
        (item,) = dict(dialogs.calls)["ask_recovery"]
        assert item.original == target
        assert window.doc.path is None  # nothing opened behind the user's back
        if what == "changed":
            assert target.read_bytes() == before  # never damaged
        else:
            assert not target.exists()
        assert len(RecoveryStore().pending()) == 1  # kept for the next start
    finally:
        store.clean_exit()


def test_the_start_page_leaves_a_saved_crash_for_the_launch_path_to_reopen(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    """As ``run_app`` does it: the start page is built first, then the launch path runs."""
    from advisor.ui.app import offer_recovery
    from advisor.ui.shell.start import show_start_page, start_page_shown

    target = tmp_path / "client.json"
    crashed = make_window(mini_bank)
    dialogs.answers["ask_save_path"] = target
    assert crashed.files.save_as()
    _edit(crashed, "no")
    _tick(qtbot, crashed)
    _crash(crashed)
    window = make_window(mini_bank)
    store = RecoveryStore()
    store.start_session()
    page = show_start_page(window, lambda target: offer_recovery(target, store, True))
    assert not page.recover_button.isVisibleTo(page)  # nothing unsaved: the file has it all
    offer_recovery(window, store, interactive=True)
    try:
        assert window.doc.path == target  # reopened, not a blank window
        assert not start_page_shown(window)
        agree(window, dialogs, SaveState.SAVED)
    finally:
        store.clean_exit()


@pytest.mark.parametrize("what", ["changed", "gone"])
def test_recovering_over_a_changed_or_gone_file_says_what_save_will_do(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch, what
) -> None:
    from advisor.storage.backups import BackupStore

    crashed, target, before = _named_with_unsaved_changes(
        qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
    )
    _crash(crashed)
    if what == "changed":
        newer = before.replace(b"Crashed Exports", b"Edited elsewhere")
        target.write_bytes(newer)
        later = target.stat().st_mtime + 60
        os.utime(target, (later, later))
    else:
        target.unlink()
    dialogs.answers["ask_recovery"] = RecoveryChoice.RECOVER
    window, store = _start_again(make_window, mini_bank)
    try:
        message = window.statusBar().currentMessage()
        assert window.doc.path == target and window.isWindowModified()
        if what == "changed":
            assert "The file was changed after that" in message and "Save As" in message
            assert target.read_bytes() == newer  # untouched until the user saves
            assert window.files.save()
            kept = [b.read() for b in BackupStore().list_backups(target)]
            assert newer in kept  # the version written elsewhere survives as a backup
        else:
            assert "not there any more" in message
            assert not target.exists()
            assert window.files.save()
            assert target.exists()
        agree(window, dialogs, SaveState.SAVED)
    finally:
        store.clean_exit()
