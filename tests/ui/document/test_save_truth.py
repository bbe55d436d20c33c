"""One truth about saving: after every transition the title's ``*``, the status bar and the
close prompt agree (edit, autosave tick, save, save as, open, new, revert, failed saves,
keep for next time); after a crash: test_crash_save_truth.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from advisor.domain.assessment import Answer, Assessment
from advisor.storage import DocumentError, dumps_assessment
from advisor.storage.paths import autosaves_dir
from advisor.storage.recovery import RecoveryStore
from advisor.ui.common.dialogs import DiscardChoice
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
