"""One truth about saving: after every transition the title's ``*``, the status bar and the
close prompt agree (edit, autosave tick, save, save as, open, new, revert, failed saves,
keep for next time), and a crash brings the last named file back with its autosaved state.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.domain.assessment import Answer, Assessment
from advisor.storage import DocumentError, dumps_assessment
from advisor.storage.locks import lock_path
from advisor.storage.paths import autosaves_dir
from advisor.storage.recovery import RecoveryStore
from advisor.ui.common.dialogs import DiscardChoice
from advisor.ui.document.prompts import RecoveryChoice
from advisor.ui.document.save_state import SaveState, classify

WAIT_MS = 5000
CLOCK = r"\d\d:\d\d"


# --- the state -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("modified", "named", "in_recovery", "state"),
    [
        (False, True, False, SaveState.SAVED),
        (False, True, True, SaveState.SAVED),
        (False, False, False, SaveState.UNTITLED),
        (True, False, True, SaveState.RECOVERY_ONLY),
        (True, True, True, SaveState.RECOVERY_ONLY),
        (True, True, False, SaveState.CHANGED),
        (True, False, False, SaveState.CHANGED),
    ],
)
def test_classify(modified: bool, named: bool, in_recovery: bool, state: SaveState) -> None:
    assert classify(modified=modified, named=named, in_recovery=in_recovery) is state
    assert state.modified is modified


# --- the three agree -----------------------------------------------------------------------

TEXT_OF = {
    SaveState.UNTITLED: r"",
    SaveState.SAVED: rf"Saved to [\w.-]+\.json( {CLOCK})?",
    SaveState.RECOVERY_ONLY: rf".*(kept safe in recovery {CLOCK}|Recovered work from {CLOCK}.*)",
    SaveState.CHANGED: r"Saving…|Changes not saved|Could not save: .+",
}


def agree(window, dialogs, expected: SaveState) -> None:  # type: ignore[no-untyped-def]
    """The state is ``expected`` and the title, the status bar and the prompt say so."""
    truth = window.session.truth
    assert truth.state is expected, (truth.state, truth.text())
    assert window.isWindowModified() is expected.modified  # the title's *
    assert re.fullmatch(TEXT_OF[expected], window.save_status.text()), window.save_status.text()
    if expected.modified:
        assert not window.save_status.text().startswith("Saved")
    # the close prompt, asked and cancelled (pending autosaves are written first)
    asked = len(dialogs.calls)
    dialogs.answers["confirm_discard"] = DiscardChoice.CANCEL
    assert window.files.close_document() is not truth.modified
    prompts = [args for name, args in dialogs.calls[asked:] if name == "confirm_discard"]
    assert bool(prompts) is truth.modified  # asks exactly when the file lacks some work
    if prompts:
        (_name, kept), *_ = prompts
        assert kept is (truth.state is SaveState.RECOVERY_ONLY)  # never "lost" when kept
    assert window.isWindowModified() is truth.modified


def _edit(window, value: str = "yes") -> None:  # type: ignore[no-untyped-def]
    window.doc.set_answer("log.iec", Answer(choice=value))


def _tick(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Let the autosave run (the debounce, then the write)."""
    saver = window.session.autosaver
    qtbot.waitUntil(lambda: not saver.pending, timeout=WAIT_MS)


def test_every_transition_keeps_the_three_in_agreement(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    agree(window, dialogs, SaveState.UNTITLED)

    _edit(window)
    assert window.save_status.text() == "Changes not saved"
    assert window.isWindowModified()
    _tick(qtbot, window)  # the recovery copy holds it now
    agree(window, dialogs, SaveState.RECOVERY_ONLY)
    status = window.save_status.text()
    assert re.fullmatch(rf"Not saved yet — kept safe in recovery {CLOCK}", status)

    target = tmp_path / "client.json"
    dialogs.answers["ask_save_path"] = target
    assert window.files.save_as()
    agree(window, dialogs, SaveState.SAVED)
    assert re.fullmatch(rf"Saved to client\.json {CLOCK}", window.save_status.text())

    _edit(window, "no")
    assert window.save_status.text() == "Saving…" and window.isWindowModified()
    _tick(qtbot, window)  # written through to the file
    agree(window, dialogs, SaveState.SAVED)
    assert json.loads(target.read_text())["answers"]["log.iec"] == {"choice": "no"}

    _edit(window, "yes")
    assert window.files.save()
    agree(window, dialogs, SaveState.SAVED)

    other = tmp_path / "other.json"
    other.write_bytes(dumps_assessment(Assessment.new(mini_bank.id, mini_bank.version)))
    assert window.files.open_path(other)
    agree(window, dialogs, SaveState.SAVED)
    assert window.save_status.text() == "Saved to other.json"  # not written by this window

    window.files.new_document()
    agree(window, dialogs, SaveState.UNTITLED)

    assert window.files.open_path(target)
    _edit(window, "no")
    _tick(qtbot, window)
    window.files.save()
    dialogs.answers["choose_backup"] = window.session.backups.list_backups(target)[0]
    dialogs.answers["confirm_restore"] = True
    window.files.restore_earlier_version()  # revert
    agree(window, dialogs, SaveState.SAVED)


def test_failed_write_to_the_file_is_kept_in_recovery_and_said_so(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
) -> None:
    import advisor.ui.document.autosave as autosave_module

    target = tmp_path / "client.json"
    window = make_window(mini_bank)
    dialogs.answers["ask_save_path"] = target
    assert window.files.save_as()

    def read_only_folder(path, data):  # type: ignore[no-untyped-def]
        raise DocumentError(Path(path), "could not save: the folder is read-only")

    monkeypatch.setattr(autosave_module, "atomic_write_bytes", read_only_folder)
    _edit(window)
    _tick(qtbot, window)
    agree(window, dialogs, SaveState.RECOVERY_ONLY)
    assert re.fullmatch(
        rf"Could not save to client\.json \(the folder is read-only\) — kept safe in recovery "
        rf"{CLOCK}",
        window.save_status.text(),
    )


def test_failed_autosave_everywhere_says_not_saved_and_the_prompt_says_lost(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
) -> None:
    def disk_full(self, key, data, original=None):  # type: ignore[no-untyped-def]
        raise DocumentError(None, "could not autosave: the disk is full")

    monkeypatch.setattr(RecoveryStore, "autosave", disk_full)
    window = make_window(mini_bank)
    _edit(window)
    _tick(qtbot, window)
    agree(window, dialogs, SaveState.CHANGED)
    assert window.save_status.text() == "Could not save: the disk is full"


def test_failed_explicit_save_changes_nothing(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
) -> None:
    import advisor.storage

    window = make_window(mini_bank)
    _edit(window)
    _tick(qtbot, window)

    def refused(path, assessment):  # type: ignore[no-untyped-def]
        raise DocumentError(Path(path), "could not save: permission denied")

    monkeypatch.setattr(advisor.storage, "save_assessment", refused)
    dialogs.answers["ask_save_path"] = tmp_path / "locked" / "client.json"
    assert not window.files.save_as()
    assert "show_error" in dialogs.names()
    agree(window, dialogs, SaveState.RECOVERY_ONLY)  # still untitled, still kept


def test_read_only_copy_is_kept_in_recovery(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    first = make_window(mini_bank)
    dialogs.answers["ask_save_path"] = target
    assert first.files.save_as()
    second = make_window(mini_bank)
    assert second.files.open_path(target)  # the fixture answers "read-only"
    _edit(second)
    _tick(qtbot, second)
    agree(second, dialogs, SaveState.RECOVERY_ONLY)
    assert re.fullmatch(
        rf"Changes not saved to client\.json — kept safe in recovery {CLOCK}",
        second.save_status.text(),
    )


def _autosaves() -> list[Path]:
    return sorted(p for p in autosaves_dir().glob("*.json") if not p.name.endswith(".meta.json"))


def test_keep_for_next_time_leaves_the_work_for_the_next_start(
    qtbot, make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    _edit(window)
    _tick(qtbot, window)
    dialogs.answers["confirm_discard"] = DiscardChoice.KEEP
    window.close()
    assert not window.isVisible()
    (work,) = RecoveryStore().pending()  # the next start offers it
    assert work.original is None and work.kept  # kept by choice: not called a crash
    assert json.loads(work.read())["answers"]["log.iec"] == {"choice": "yes"}


def test_discard_drops_the_recovery_copy(qtbot, make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    _edit(window)
    _tick(qtbot, window)
    dialogs.answers["confirm_discard"] = DiscardChoice.DISCARD
    window.close()
    assert _autosaves() == []


# --- after a crash ----------------------------------------------------------------------


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
