"""The main window keeps work safe: autosave, recovery, locks, backups and restore.

Every box is answered through the ``dialogs`` fixture (``advisor.ui.common.dialogs`` and the
boxes of ``advisor.ui.document.prompts``), so nothing modal opens.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import isValid

from advisor.domain.assessment import Answer, Assessment
from advisor.storage import DocumentError, dumps_assessment
from advisor.storage.backups import BackupStore
from advisor.storage.paths import autosaves_dir
from advisor.storage.recovery import RecoveryStore
from advisor.ui.document.prompts import LockChoice, RecoveryChoice

WAIT_MS = 5000  # autosave fires about a second after the last change


def _flush_deletes() -> None:
    """Run the deletions Qt has queued (windows closed by a language switch)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _saved_answer(path: Path, qid: str) -> object:
    return json.loads(path.read_text(encoding="utf-8"))["answers"].get(qid)


def _autosaves() -> list[Path]:
    folder = autosaves_dir()
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".meta.json"))


def _named_window(make_window, dialogs, bank, target: Path):  # type: ignore[no-untyped-def]
    window = make_window(bank)
    dialogs.answers["ask_save_path"] = target
    assert window.files.save_as()
    return window


def test_autosave_folder_is_the_redirected_data_home() -> None:
    assert autosaves_dir().is_relative_to(Path(os.environ["EXPORT_ADVISOR_HOME"]))


def test_edit_to_a_named_file_reaches_disk_after_the_debounce(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    window = _named_window(make_window, dialogs, mini_bank, target)
    assert window.session.parent() is window
    window.doc.set_answer("log.iec", Answer(choice="no"))
    assert window.isWindowModified()
    assert _saved_answer(target, "log.iec") is None  # not at once: debounced
    qtbot.waitUntil(lambda: _saved_answer(target, "log.iec") is not None, timeout=WAIT_MS)
    assert _saved_answer(target, "log.iec") == {"choice": "no"}
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=WAIT_MS)
    assert re.fullmatch(r"Saved to client\.json \d\d:\d\d", window.save_status.text())


def test_closing_a_named_file_writes_pending_changes_without_asking(
    tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    window = _named_window(make_window, dialogs, mini_bank, target)
    window.doc.set_answer("pay.reply", Answer(number=42))
    window.close()  # long before the debounce: the close writes it
    assert "confirm_discard" not in dialogs.names()
    assert _saved_answer(target, "pay.reply") == {"number": 42}
    assert _autosaves() == []  # clean exit of the window's own session: no recovery copy


def test_untitled_document_autosaves_to_the_data_folder(
    qtbot, make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    qtbot.waitUntil(lambda: len(_autosaves()) == 1, timeout=WAIT_MS)
    (autosave,) = _autosaves()
    assert autosave.name.startswith("untitled-")
    assert json.loads(autosave.read_text(encoding="utf-8"))["answers"]["log.iec"] == {
        "choice": "yes"
    }
    assert window.isWindowModified()  # still untitled: closing asks
    dialogs.answers["confirm_discard"] = __import__(
        "advisor.ui.common.dialogs", fromlist=["DiscardChoice"]
    ).DiscardChoice.DISCARD
    window.close()
    assert "confirm_discard" in dialogs.names()
    assert _autosaves() == []  # discarded on purpose: the recovery copy goes too


def _crashed_session(mini_bank, original: Path | None = None) -> str:
    """Leave autosaved work behind as a crashed run would (its session marker is gone)."""
    store = RecoveryStore()
    store.start_session()
    assessment = Assessment.new(mini_bank.id, mini_bank.version)
    assessment.profile.company = "Crashed Exports"
    assessment.answers["log.iec"] = Answer(choice="no")
    assessment.answers["pay.reply"] = Answer(number=7)
    key = store.new_key()
    store.autosave(key, dumps_assessment(assessment), original)
    store._marker(store.session_id).unlink()  # the process died: no clean exit
    return key


def test_crash_is_offered_at_start_and_recover_restores_the_answers(
    make_window, dialogs, mini_bank
) -> None:
    from advisor.ui.app import offer_recovery

    key = _crashed_session(mini_bank)
    window = make_window(mini_bank)
    store = RecoveryStore()
    store.start_session()
    dialogs.answers["ask_recovery"] = RecoveryChoice.RECOVER
    offer_recovery(window, store, interactive=True)
    assert dialogs.names().count("ask_recovery") == 1
    answers = window.doc.assessment.answers
    assert answers["log.iec"] == Answer(choice="no")
    assert answers["pay.reply"] == Answer(number=7)
    assert window.doc.assessment.profile.company == "Crashed Exports"
    assert window.isWindowModified()  # recovered, not saved yet
    assert window.session.autosaver.key == key
    store.clean_exit()


def test_test_runs_never_prompt_and_keep_the_work(make_window, dialogs, mini_bank) -> None:
    from advisor.ui.app import offer_recovery

    _crashed_session(mini_bank)
    window = make_window(mini_bank)
    store = RecoveryStore()
    offer_recovery(window, store, interactive=False)
    assert "ask_recovery" not in dialogs.names()
    assert len(store.pending()) == 1  # offered at the next real start


def test_recovered_named_work_is_locked_and_its_file_waits_for_save(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    from advisor.ui.app import offer_recovery

    original = tmp_path / "client.json"
    original.write_bytes(dumps_assessment(Assessment.new(mini_bank.id, mini_bank.version)))
    os.utime(original, (1_700_000_000, 1_700_000_000))  # before the crash's autosave
    before = original.read_bytes()
    _crashed_session(mini_bank, original)
    window = make_window(mini_bank)
    offer_recovery(window, RecoveryStore(), interactive=True)
    assert "ask_recovery" not in dialogs.names()  # the file is unchanged since: recovered
    assert window.doc.path == original
    assert window.session.lock is not None and not window.session.read_only
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    qtbot.waitUntil(lambda: window.session.autosaver.state == "saved", timeout=WAIT_MS)
    assert original.read_bytes() == before  # autosave keeps the recovery copy only
    assert window.isWindowModified()
    assert window.files.save()
    assert _saved_answer(original, "pay.reply") == {"number": 7}
    assert not window.isWindowModified()


def test_second_window_is_told_and_gets_read_only(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    first = _named_window(make_window, dialogs, mini_bank, target)
    before = target.read_bytes()
    second = make_window(mini_bank)
    dialogs.answers["ask_locked"] = LockChoice.READ_ONLY
    assert second.files.open_path(target)
    assert "ask_locked" in dialogs.names()
    message = dict(dialogs.calls)["ask_locked"][1]
    assert "open for editing" in message and "another window" in message
    assert second.session.read_only and not second.save_action.isEnabled()
    assert second.save_as_action.isEnabled()
    assert "(read-only)" in second.windowTitle()
    second.doc.set_answer("log.iec", Answer(choice="no"))
    qtbot.waitUntil(lambda: second.session.autosaver.state == "saved", timeout=WAIT_MS)
    assert target.read_bytes() == before  # the recovery copy only
    assert first.session.lock is not None and first.session.lock.still_ours()


def test_cancel_on_a_locked_file_keeps_the_current_document(
    tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    _named_window(make_window, dialogs, mini_bank, target)
    second = make_window(mini_bank)
    dialogs.answers["ask_locked"] = LockChoice.CANCEL
    assert not second.files.open_path(target)
    assert second.doc.path is None


def test_closing_releases_the_lock(tmp_path, make_window, dialogs, mini_bank) -> None:
    target = tmp_path / "client.json"
    first = _named_window(make_window, dialogs, mini_bank, target)
    first.close()
    second = make_window(mini_bank)
    assert second.files.open_path(target)
    assert "ask_locked" not in dialogs.names()
    assert not second.session.read_only


def test_backups_after_saves_and_restore_brings_back_the_previous_content(
    tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    window = _named_window(make_window, dialogs, mini_bank, target)
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    assert window.files.save()
    window.doc.set_answer("log.iec", Answer(choice="no"))
    assert window.files.save()
    backups = BackupStore().list_backups(target)
    assert backups, "a save over an existing file keeps a backup"
    with_yes = [
        b for b in backups if json.loads(b.read())["answers"].get("log.iec") == {"choice": "yes"}
    ]
    assert with_yes
    assert window.restore_action.isEnabled()
    dialogs.answers["choose_backup"] = with_yes[0]
    dialogs.answers["confirm_restore"] = True
    window.files.restore_earlier_version()
    assert window.doc.assessment.answers["log.iec"] == Answer(choice="yes")
    assert _saved_answer(target, "log.iec") == {"choice": "yes"}
    assert not window.isWindowModified()
    kept = [
        json.loads(b.read())["answers"].get("log.iec") for b in BackupStore().list_backups(target)
    ]
    assert {"choice": "no"} in kept  # the version replaced is kept too


def test_restore_is_off_for_an_untitled_document(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    assert not window.restore_action.isEnabled()


def test_failed_autosave_offers_save_as_once(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch
) -> None:
    import advisor.ui.document.autosave as autosave_module

    target = tmp_path / "client.json"
    window = _named_window(make_window, dialogs, mini_bank, target)

    def full_disk(path, data):  # type: ignore[no-untyped-def]
        raise DocumentError(Path(path), "could not save: the disk is full")

    monkeypatch.setattr(autosave_module, "atomic_write_bytes", full_disk)
    window.doc.set_answer("log.iec", Answer(choice="no"))
    qtbot.waitUntil(lambda: window.session.autosaver.state == "failed", timeout=WAIT_MS)
    assert "the disk is full" in window.save_status.text()
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    window.session.autosaver.flush()
    assert dialogs.names().count("offer_save_as") == 1
    assert "the disk is full" in dict(dialogs.calls)["offer_save_as"][0]


def test_language_switch_hands_the_document_over(
    qtbot, tmp_path, make_window, dialogs, mini_bank
) -> None:
    from advisor.ui.shell.language import switch_language

    target = tmp_path / "client.json"
    old = _named_window(make_window, dialogs, mini_bank, target)
    lock, key, old_session = old.session.lock, old.session.autosaver.key, old.session
    new = switch_language(old, "en")
    qtbot.addWidget(new)
    try:
        assert new.session.lock is lock and old_session.lock is None
        assert old_session.handed_over
        assert new.session.autosaver.key == key
        new.doc.set_answer("log.iec", Answer(choice="no"))
        qtbot.waitUntil(lambda: _saved_answer(target, "log.iec") is not None, timeout=WAIT_MS)
        assert "confirm_discard" not in dialogs.names()  # the old window let it go quietly
    finally:
        new.doc.undo_stack.setClean()


def test_two_language_switches_keep_one_lock_and_release_it(
    tmp_path, qtbot, make_window, dialogs, mini_bank
) -> None:
    from advisor.storage.locks import lock_path
    from advisor.ui.shell.language import switch_language

    target = tmp_path / "client.json"
    old = _named_window(make_window, dialogs, mini_bank, target)
    lock = old.session.lock
    new = switch_language(old, "en")
    back = switch_language(new, "en")
    qtbot.addWidget(back)
    sessions = [old.session, new.session]
    _flush_deletes()
    # the two windows switched away from are gone (this test's own windows: a list of
    # every window in the process would also hold what other tests left for the collector)
    assert not isValid(old) and not isValid(new) and back.isVisible()
    assert back.session.lock is lock
    assert all(session.handed_over and session.lock is None for session in sessions)
    back.doc.set_answer("log.iec", Answer(choice="no"))
    assert "confirm_discard" not in dialogs.names()  # the closed windows asked nothing
    assert lock.still_ours()
    # the write-through of that answer, finished here, not raced by the close
    assert back.session.autosaver.flush()
    assert _saved_answer(target, "log.iec") == {"choice": "no"}
    assert not back.isWindowModified()
    back.close()
    assert not back.isVisible()  # closed: nothing was asked, nothing held it open
    assert not lock_path(target).exists()


def test_a_failed_open_keeps_the_current_file_locked(
    tmp_path, make_window, dialogs, mini_bank
) -> None:
    target = tmp_path / "client.json"
    window = _named_window(make_window, dialogs, mini_bank, target)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert not window.files.open_path(broken)
    assert "show_error" in dialogs.names()
    assert window.doc.path == target
    assert window.session.lock is not None and window.session.lock.still_ours()


def test_app_start_keeps_crashed_work_for_a_real_start_and_exits_cleanly(mini_bank) -> None:
    """``python -m advisor`` in a test run: no session marker left (clean exit), no prompt
    (it quits by itself), and the crashed work still waits for a real start."""
    import subprocess
    import sys

    from advisor.storage.paths import sessions_dir

    _crashed_session(mini_bank)
    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXPORT_ADVISOR_QUIT_AFTER_MS="100")
    done = subprocess.run(
        [sys.executable, "-m", "advisor"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert list(sessions_dir().glob("*.json")) == []  # clean exit: marker removed
    (work,) = RecoveryStore().pending()
    assert work.company == "Crashed Exports"


def test_two_recovered_documents_each_get_a_window(qtbot, make_window, dialogs, mini_bank) -> None:
    from advisor.ui.app import offer_recovery

    _crashed_session(mini_bank)
    _crashed_session(mini_bank)
    window = make_window(mini_bank)
    store = RecoveryStore()
    dialogs.answers["ask_recovery"] = RecoveryChoice.RECOVER
    windows = offer_recovery(window, store, interactive=True)
    try:
        assert len(windows) == 1
        extra = windows[0]
        qtbot.addWidget(extra)
        for shown in (window, extra):
            assert shown.doc.assessment.answers["pay.reply"] == Answer(number=7)
        assert window.session.autosaver.key != extra.session.autosaver.key
        assert extra.session.recovery is store
    finally:
        for w in windows:
            w.doc.undo_stack.setClean()
