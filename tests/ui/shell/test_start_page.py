"""The start page: what the window shows when no assessment is open (issue 16).

It shows on a fresh start, continues the last file, opens examples as untitled copies,
recovers crashed work through the app's recovery flow, comes back with File > Close, and
never shows in workshop mode. Its recent files: :mod:`tests.ui.shell.test_start_recent_files`;
the keyboard and the languages: :mod:`tests.ui.shell.test_start_keys_and_language`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from advisor.storage.banks import default_bank
from advisor.ui.shell.start import (
    COVERED_ACTIONS,
    show_start_page,
    start_page_of,
    start_page_shown,
)
from tests.ui.conftest import EXAMPLES
from tests.ui.shell.start_files import copy_example as _copy
from tests.ui.shell.start_files import launched
from tests.ui.shell.start_files import remember as _remember


def test_a_fresh_start_shows_the_start_page(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app", start_page=True)
    page = start_page_of(window)
    assert start_page_shown(window) and page is not None
    assert page.start_button.isVisible() and page.start_button.isDefault()
    window.activateWindow()
    qtbot.waitUntil(page.start_button.hasFocus)
    # drawn focus, also after the window came to the front
    qtbot.waitUntil(lambda: window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))
    assert not page.continue_button.isVisible()  # no file yet
    assert not page.recent.isVisible()
    assert not window.stack.isVisible()
    assert all(not window.action(a).isEnabled() for a in COVERED_ACTIONS)
    # no plan or summary of the empty document behind the page
    assert not window.action("export_plan").isEnabled()
    assert not window.action("share_summary").isEnabled()
    assert window.windowTitle() == "Export Readiness Advisor"
    needs = page.needs.items.text()
    for thing in ("IEC", "AD code", "HS codes", "markets"):
        assert thing in needs
    assert "20–30 minutes" in page.needs.note.text()
    assert [b.text() for b in page.language_buttons.values()] == ["English", "हिन्दी"]
    for button in page.language_buttons.values():  # what a screen reader says they are
        assert button.accessibleDescription() == "Language of the window"
    assert page.start_button.accessibleName() == "Start a new assessment"
    assert "20–30 minutes" in page.start_button.accessibleDescription()
    assert len(page.example_buttons) == len(EXAMPLES)


def test_start_a_new_assessment_opens_the_profile(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app", start_page=True)
    start_page_of(window).start_button.click()
    assert not start_page_shown(window)
    assert window.current_key() == "profile" and window.stack.isVisible()
    assert window.action("save").isEnabled() and window.action("export_pdf").isEnabled()
    assert window.action("export_plan").isEnabled() and window.action("share_summary").isEnabled()
    assert not window.action("back").isEnabled() and window.action("forward").isEnabled()
    assert "Untitled assessment" in window.windowTitle()


def test_continue_opens_the_last_file(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    newest, older = _copy(EXAMPLES[0], tmp_path), _copy(EXAMPLES[1], tmp_path)
    window = make_window(default_bank(), features="app")
    _remember(window, newest, older)
    page = show_start_page(window)
    button = page.continue_button
    assert button.isVisible()
    company = window.files.doc.assessment.profile.company  # the blank one: ""
    assert company == ""
    from advisor.storage import load_assessment

    saved = load_assessment(newest).assessment
    assert button.text() == f"Co&ntinue {saved.profile.company}"
    assert newest.name in button.description()
    from advisor.domain.formatting import format_date

    assert f"last saved {format_date(saved.updated_at)}" in button.description()
    assert page.recent.count() == 1 and saved.profile.company not in page.recent.item(0).text()
    button.click()
    assert not start_page_shown(window)
    assert window.doc.path == newest and window.current_key() == "profile"
    assert window.action("restore").isEnabled()


def test_an_example_opens_as_an_untitled_copy(make_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app", start_page=True)
    page = start_page_of(window)
    before = {p: p.read_bytes() for p in EXAMPLES}
    page.example_buttons[0].click()
    assert not start_page_shown(window)
    from advisor.storage import load_assessment

    example = load_assessment(EXAMPLES[0]).assessment
    assert window.doc.path is None
    assert window.doc.assessment.profile.company == example.profile.company
    assert "save it under your own name" in window.statusBar().currentMessage()
    window.save_action.trigger()  # an untitled copy: Save asks where
    assert dialogs.names()[-1] == "ask_save_path"
    assert {p: p.read_bytes() for p in EXAMPLES} == before
    assert window.settings.recent_files() == []  # an example is not a recent file


def test_recovered_work_is_offered_through_the_apps_recovery(  # type: ignore[no-untyped-def]
    make_window, dialogs
) -> None:
    from advisor.storage import load_assessment
    from advisor.storage.recovery import RecoveryStore
    from advisor.ui import app
    from advisor.ui.document import prompts

    crashed = RecoveryStore(session_id="crashed")  # its marker is gone: it did not exit
    data = EXAMPLES[1].read_bytes()
    crashed.autosave("k1", data)
    (crashed.sessions / "crashed.json").unlink()  # as after a crash: no clean exit, no marker
    company = load_assessment(EXAMPLES[1]).assessment.profile.company

    window = make_window(default_bank(), features="app")
    page = show_start_page(window, lambda w: app.offer_recovery(w, w.session.recovery, True))
    assert page.recover_button.isVisible()
    assert page.recover_button.text().startswith("&Recover unsaved work from ")
    assert company in page.recover_button.description()

    dialogs.answers["ask_recovery"] = prompts.RecoveryChoice.LATER
    page.recover_button.click()  # asked, kept for later: still offered
    assert start_page_shown(window) and page.recover_button.isVisible()
    dialogs.answers["ask_recovery"] = prompts.RecoveryChoice.RECOVER
    page.recover_button.click()
    assert not start_page_shown(window)
    assert window.doc.assessment.profile.company == company and window.doc.modified


def test_the_recover_button_recovers_without_asking_again(  # type: ignore[no-untyped-def]
    monkeypatch, qtbot, dialogs
) -> None:
    """The app's start page: "Recover unsaved work" is the user's answer; the recovery
    question is not asked a second time."""
    from advisor.storage import load_assessment
    from advisor.storage.recovery import RecoveryStore

    crashed = RecoveryStore(session_id="crashed")
    crashed.autosave("k1", EXAMPLES[1].read_bytes())
    (crashed.sessions / "crashed.json").unlink()
    window = launched(monkeypatch, qtbot)  # the launch prompt is skipped: put off
    page = start_page_of(window)
    assert page is not None and page.recover_button.isVisible()
    page.recover_button.click()
    assert "ask_recovery" not in dialogs.names()
    assert not start_page_shown(window) and window.doc.modified
    company = load_assessment(EXAMPLES[1]).assessment.profile.company
    assert window.doc.assessment.profile.company == company
    window.doc.undo_stack.setClean()
    window.session.recovery.clean_exit()


def test_file_close_returns_to_the_start_page(make_window, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.common.dialogs import DiscardChoice

    window = make_window(default_bank(), features="app", start_page=True)
    start_page_of(window).start_button.click()
    QTest.keyClicks(window.page("profile").company, "Unsaved Exports")  # type: ignore[attr-defined]
    assert window.doc.modified
    dialogs.answers["confirm_discard"] = DiscardChoice.CANCEL
    window.action("close").trigger()
    assert not start_page_shown(window) and window.doc.modified  # cancelled: nothing lost
    dialogs.answers["confirm_discard"] = DiscardChoice.DISCARD
    window.action("close").trigger()
    assert start_page_shown(window) and not window.doc.modified
    assert not window.action("save").isEnabled()


def test_a_consultant_reaches_the_client_list(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app", start_page=True)
    assert not start_page_of(window).clients_button.isVisible()  # no client folder yet
    window.settings.set_library_folder(tmp_path)
    page = show_start_page(window)
    assert page.clients_button.isVisible()
    triggered: list[bool] = []
    window.action("clients").triggered.disconnect()
    window.action("clients").triggered.connect(lambda *_a: triggered.append(True))
    page.clients_button.click()
    assert triggered == [True]


def test_workshop_mode_never_shows_the_start_page(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from advisor.storage.workshop import WorkshopSession
    from advisor.ui.workshop.mode import start_workshop

    window = make_window(default_bank(), features="app", start_page=True)
    session = WorkshopSession(event="Start page workshop", date=dt.date(2026, 11, 30))
    controller = start_workshop(window, session, tmp_path)
    try:
        assert not start_page_shown(window)
        assert window.current_key() == "profile"
        assert not window.action("close").isVisible()  # participants cannot reach it
    finally:
        controller.end(confirm=False)


@pytest.mark.parametrize("file", ["", "good", "broken"])
def test_the_app_starts_on_the_start_page_without_a_file(  # type: ignore[no-untyped-def]
    file, make_window, monkeypatch, qtbot, dialogs, tmp_path
) -> None:

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    good = _copy(EXAMPLES[0], tmp_path)  # opened for editing: it takes a lock beside it
    path = {"": None, "good": good, "broken": broken}[file]
    window = launched(monkeypatch, qtbot, str(path) if path else None)
    if file == "good":  # opened from inside the event loop
        qtbot.waitUntil(lambda: window.doc.path == good)
        assert not start_page_shown(window)
    elif file == "broken":  # said why, then the start page to choose another
        qtbot.waitUntil(lambda: "show_error" in dialogs.names())
        assert start_page_shown(window)
    else:
        assert start_page_shown(window)
    window.session.recovery.clean_exit()


def test_the_profile_page_is_built_when_the_start_page_uncovers(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At launch the start page covers the window: its first page is built only when a
    document is shown (nobody saw it before)."""
    from advisor.storage.banks import default_bank
    from advisor.ui import app
    from advisor.ui.assessment.pages.base import Page
    from advisor.ui.shell.start import show_start_page, start_page_of

    app.create_application()
    window = app.create_main_window(default_bank(), first_page=False)
    try:
        show_start_page(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        assert not isinstance(window.stack.currentWidget(), Page)
        assert window.current_key() == "profile" and window.navigator.currentRow() == 0
        page = start_page_of(window)
        assert page is not None
        page.start_button.click()
        assert window.current_key() == "profile"
        assert isinstance(window.stack.currentWidget(), Page) and window.stack.isVisible()
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
