"""What a first start leaves out until its window has shown, for memory (issue 18).

The window's session (its document's lock, backups and autosave) is made with the
document, after the first paint; the app's data folder is found without platformdirs on
Linux. The start page still offers crashed work, and what the user does first (a click
before the deferred work ran) finds everything made.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from advisor.ui.shell.start import start_page_of
from tests.ui.conftest import EXAMPLES
from tests.ui.shell.start_files import launched, run_python

LATER = (
    "advisor.ui.document.session",
    "advisor.ui.document.autosave",
    "advisor.storage.locks",
    "advisor.storage.backups",
    "platformdirs",
)


def _app(code: str, tmp_path: Path, **env_extra: str) -> subprocess.CompletedProcess[str]:
    if sys.platform.startswith("linux"):  # the data folder as a user has it (no override)
        env_extra |= {"EXPORT_ADVISOR_HOME": "", "XDG_DATA_HOME": str(tmp_path / "data")}
    return run_python(code, **env_extra)


@pytest.mark.slow
def test_the_session_and_platformdirs_come_after_the_window_shows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys, advisor.cli, advisor.ui.first_paint as first_paint\n"
        f"later = {LATER!r}\n"
        "seen = {}\n"
        "report = first_paint.report\n"
        "def noted(moment):\n"
        "    seen[moment] = [m for m in later if m in sys.modules]\n"
        "    report(moment)\n"
        "first_paint.report = noted\n"
        "rc = advisor.cli.main([])\n"
        "print(seen['shown'])\n"
        "print(seen['ready'])\n"
        "sys.exit(rc)\n"
    )
    done = _app(code, tmp_path, EXPORT_ADVISOR_QUIT_AFTER_MS="0", EXPORT_ADVISOR_REPORT_SHOWN="1")
    assert done.returncode == 0, done.stderr
    shown, ready = done.stdout.splitlines()
    assert shown == ("['platformdirs']" if not sys.platform.startswith("linux") else "[]")
    assert ready.startswith(str(list(LATER[:4]))[:-1])  # made with the document


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the data folder via XDG")
def test_the_runs_session_marker_is_written_after_the_first_paint(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The recovery session's marker (which tells another run this one's autosaves are
    alive) is written right after the first paint, not before the window shows: nothing
    autosaves before the document exists (issue 18)."""
    code = (
        "import sys, advisor.cli, advisor.ui.first_paint as first_paint\n"
        "from pathlib import Path\n"
        "seen = {}\n"
        "report = first_paint.report\n"
        "def noted(moment):\n"
        f"    seen[moment] = len(list(Path({str(tmp_path / 'data')!r}).rglob('sessions/*.json')))\n"
        "    report(moment)\n"
        "first_paint.report = noted\n"
        "rc = advisor.cli.main([])\n"
        "print(seen['shown'], seen['ready'])\n"
        "sys.exit(rc)\n"
    )
    done = _app(code, tmp_path, EXPORT_ADVISOR_QUIT_AFTER_MS="400", EXPORT_ADVISOR_REPORT_SHOWN="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "1"], done.stderr
    assert not list((tmp_path / "data").rglob("sessions/*.json"))  # removed at the clean exit


@pytest.mark.slow
def test_the_app_follows_its_state_without_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The session listens to the application's state (an enum of PySide6's Qt namespace,
    made after the window shows): the window coming to the front, then going, says no
    error ("Cannot call meta function" when the converter was not there yet)."""
    done = _app("import advisor.cli; raise SystemExit(advisor.cli.main([]))", tmp_path,
                EXPORT_ADVISOR_QUIT_AFTER_MS="600")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr and "cannot be converted" not in done.stderr, done.stderr


def test_the_session_is_made_with_the_document_also_when_the_user_acts_first(  # type: ignore[no-untyped-def]
    monkeypatch, qtbot, dialogs
) -> None:
    """Crashed work is offered before the session exists; a click on Start before the
    deferred work ran makes the document and the session at once, and what the user
    types is autosaved into the run's recovery store as always."""
    from advisor.storage import load_assessment
    from advisor.storage.recovery import RecoveryStore

    crashed = RecoveryStore(session_id="crashed")
    crashed.autosave("k1", EXAMPLES[1].read_bytes())
    (crashed.sessions / "crashed.json").unlink()  # as after a crash: no marker
    window = launched(monkeypatch, qtbot)  # shown, no turn of the event loop yet
    assert not window.is_complete() and "session" not in window.__dict__
    page = start_page_of(window)
    assert page is not None and page.recover_button.isVisible()
    company = load_assessment(EXAMPLES[1]).assessment.profile.company
    assert company in page.recover_button.description()
    store = window.recovery
    page.start_button.click()  # before the deferred work ran
    assert window.is_complete() and window.session.recovery is store
    QTest.keyClicks(window.page("profile").company, "Typed Exports")  # type: ignore[attr-defined]
    assert window.doc.modified and window.session.autosaver.pending
    window.session.autosaver.save_now()
    assert window.session.autosaver.flush()
    written = store._files[window.session.autosaver.key]  # this run's autosave of it
    assert b"Typed Exports" in written.read_bytes()
    window.doc.undo_stack.setClean()
    window.session.autosaver.discard()
    store.clean_exit()


def test_a_window_closed_before_its_document_was_made(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]

    window = launched(monkeypatch, qtbot)
    assert window.close()  # nothing to save, nothing made for it
    assert not window.is_complete() and "session" not in window.__dict__
    window.recovery.clean_exit()
