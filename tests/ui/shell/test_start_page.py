"""The start page: what the window shows when no assessment is open (issue 16).

It shows on a fresh start, continues the last file, lists missing and broken recent files
without a traceback, opens examples as untitled copies, recovers crashed work through the
app's recovery flow, switches the language, and starts with the keyboard alone.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from advisor.storage.banks import default_bank
from advisor.ui.shell.start import (
    COVERED_ACTIONS,
    show_start_page,
    start_page_of,
    start_page_shown,
)
from tests.ui.conftest import EXAMPLES


def _copy(example: Path, folder: Path) -> Path:
    target = folder / example.name
    shutil.copy(example, target)
    return target


def _remember(window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    window.settings.set("files/recent", [str(p) for p in paths])


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


def test_missing_and_broken_recent_files_are_listed_and_explained(  # type: ignore[no-untyped-def]
    make_window, dialogs, tmp_path
) -> None:
    good = _copy(EXAMPLES[0], tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    gone = tmp_path / "gone.json"
    other_bank = tmp_path / "other-bank.json"
    other_bank.write_text(
        EXAMPLES[1].read_text(encoding="utf-8").replace('"in-sme-export"', '"another-bank"'),
        encoding="utf-8",
    )
    window = make_window(default_bank(), features="app")
    _remember(window, gone, broken, other_bank, good)
    page = show_start_page(window)
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert texts[0].startswith("gone.json (missing)")
    assert texts[1].startswith("broken.json (cannot be opened)")
    assert texts[2].startswith("other-bank.json (cannot be opened)")
    assert page.continue_file is not None and page.continue_file.path == good

    page.recent.itemActivated.emit(page.recent.item(0))
    title, message = dialogs.calls[-1][1]
    assert title == "This file is not there any more" and str(gone) in message
    for row in (1, 2):
        page.recent.itemActivated.emit(page.recent.item(row))
        assert dialogs.names()[-1] == "show_error"
    assert "another-bank" in dialogs.calls[-1][1][1]
    assert start_page_shown(window) and window.doc.path is None
    assert broken.read_text(encoding="utf-8") == "{not json"  # never touched


def test_odd_file_names_are_listed_on_one_line_in_their_order(  # type: ignore[no-untyped-def]
    make_window, tmp_path
) -> None:
    spoof = _copy(EXAMPLES[0], tmp_path).rename(tmp_path / "evil\u202egnp.json")
    broken = _copy(EXAMPLES[1], tmp_path).rename(tmp_path / "line\nbreak.json")
    last = _copy(EXAMPLES[2], tmp_path)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    window = make_window(default_bank(), features="app")
    _remember(window, last, spoof, broken, folder)
    page = show_start_page(window)
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    first_lines = [text.split("\n")[0] for text in texts]
    assert first_lines[0].endswith("— evilgnp.json") and "\u202e" not in texts[0]
    assert first_lines[1].endswith("— line break.json")
    assert all(text.count("\n") == 1 for text in texts)  # name line, then one more
    assert first_lines[2] == "folder.json (cannot be opened)"  # there: not "missing"
    assert "\u202e" not in page.recent.item(0).toolTip()


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
    from advisor.ui import app

    crashed = RecoveryStore(session_id="crashed")
    crashed.autosave("k1", EXAMPLES[1].read_bytes())
    (crashed.sessions / "crashed.json").unlink()
    runs: list = []
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "0")  # the launch prompt is skipped: put off
    monkeypatch.setattr(app, "_run", lambda _app, window, **_kw: runs.append(window) or 0)
    assert app.run_app(None) == 0
    window = runs[0]
    qtbot.addWidget(window)
    window.remember_geometry = False
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


def _new_window(old):  # type: ignore[no-untyped-def]
    from advisor.ui.shell.mainwindow import MainWindow

    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w is not old and w.isVisible()
    ]
    assert len(found) == 1
    return found[0]


def test_the_language_buttons_switch_the_window(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.shell import i18n
    from advisor.ui.shell.language import switch_language

    old = make_window(default_bank(), features="app", start_page=True)
    page = start_page_of(old)
    try:
        page.language_buttons["hi"].setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(page.language_buttons["hi"], Qt.Key.Key_Space)
        new = _new_window(old)
        qtbot.addWidget(new)
        assert new.lang == "hi" and not old.isVisible()
        assert start_page_shown(new)
        new_page = start_page_of(new)
        assert new_page.start_button.text() != "&Start a new assessment"
        assert new_page.language_buttons["hi"].isChecked()
        assert new.focusWidget() is new_page.language_buttons["hi"]  # where the user was
        assert all(not new.action(a).isEnabled() for a in COVERED_ACTIONS)
        back = switch_language(new, "en")
        qtbot.addWidget(back)
        assert start_page_shown(back)
        assert start_page_of(back).start_button.text() == "&Start a new assessment"
    finally:
        i18n.install_translator(QApplication.instance(), "en")


@pytest.mark.parametrize("key", ["enter", "alt+s"])
def test_a_keyboard_only_start(make_window, qtbot, key) -> None:  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app", start_page=True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    if key == "enter":
        QTest.keyClick(focus, Qt.Key.Key_Return)
    else:
        QTest.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not start_page_shown(window))  # a mnemonic clicks after a flash
    assert window.current_key() == "profile"
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert window.page("profile").isAncestorOf(QApplication.focusWidget())


def test_tab_reaches_everything_on_the_start_page(make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app")
    _remember(window, _copy(EXAMPLES[0], tmp_path), tmp_path / "gone.json")
    page = show_start_page(window, lambda _w: None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.start_button)
    seen = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    expected = [
        page.start_button,
        page.continue_button,
        page.open_button,
        page.recent,
        page.remove_button,  # the current row is the missing file
        *page.example_buttons,
        *page.language_buttons.values(),
    ]
    assert [w for w in seen if page.isAncestorOf(w)] == expected


# --- as the app starts --------------------------------------------------------------------


@pytest.mark.parametrize("file", ["", "good", "broken"])
def test_the_app_starts_on_the_start_page_without_a_file(  # type: ignore[no-untyped-def]
    file, make_window, monkeypatch, qtbot, dialogs, tmp_path
) -> None:
    from advisor.ui import app

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    path = {"": None, "good": EXAMPLES[0], "broken": broken}[file]
    runs: list = []
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "0")
    monkeypatch.setattr(app, "_run", lambda _app, window, **_kw: runs.append(window) or 0)
    assert app.run_app(str(path) if path else None) == 0
    window = runs[0]
    qtbot.addWidget(window)
    window.remember_geometry = False
    if file == "good":  # opened from inside the event loop
        qtbot.waitUntil(lambda: window.doc.path == EXAMPLES[0])
        assert not start_page_shown(window)
    elif file == "broken":  # said why, then the start page to choose another
        qtbot.waitUntil(lambda: "show_error" in dialogs.names())
        assert start_page_shown(window)
    else:
        assert start_page_shown(window)
    window.session.recovery.clean_exit()


# --- how it looks -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "hi"])
@pytest.mark.parametrize("size", [(1024, 700), (800, 560)], ids=["1024x700", "800x560"])
def test_nothing_is_cut_and_all_is_translated(language, size, make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from advisor.storage.recovery import RecoveryStore
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n
    from tests.ui.shell.test_i18n import KEPT_IN_LATIN, _bank_texts, _clipped, _english_left, _words

    app = create_application()
    i18n.set_language(language)  # the bank's texts follow the chosen language
    i18n.install_translator(app, language)
    try:
        window = make_window(default_bank(), features="app")
        window.resize(*size)
        files = [_copy(p, tmp_path) for p in EXAMPLES]
        _remember(window, *files, tmp_path / "gone.json")
        window.settings.set_library_folder(tmp_path)
        crashed = RecoveryStore(session_id="crashed")
        crashed.autosave("k1", EXAMPLES[0].read_bytes())
        (crashed.sessions / "crashed.json").unlink()
        page = show_start_page(window, lambda _w: None)
        qtbot.wait(10)
        assert page.recover_button.isVisible() and page.continue_button.isVisible()
        problems = _clipped(window)
        assert not [p for p in problems if "QScrollBar" not in p], problems
        assert page.widget().width() <= page.viewport().width()  # no sideways scrolling
        if language == "hi":
            from advisor.storage import load_assessment

            companies = [load_assessment(p).assessment.profile.company for p in EXAMPLES]
            names = [p.name for p in files] + ["gone.json", str(tmp_path)]
            allowed = KEPT_IN_LATIN | set().union(*(_words(t) for t in companies + names))
            allowed |= {"json"}
            assert _english_left(window, allowed, _bank_texts(window.bank)) == []
    finally:
        i18n.set_language("en")
        i18n.install_translator(app, "en")


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


# --- recent files: read once, and a missing one can be forgotten -------------------------------


def test_a_file_that_cannot_be_opened_is_removed_from_the_list_by_keyboard(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path
) -> None:
    good = _copy(EXAMPLES[0], tmp_path)
    gone = tmp_path / "gone.json"
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    window = make_window(default_bank(), features="app")
    _remember(window, good, gone, broken)
    page = show_start_page(window)
    assert [page.recent.item(i).text().split("\n")[0] for i in range(page.recent.count())] == [
        "gone.json (missing)",
        "broken.json (cannot be opened)",
    ]
    assert page.remove_button.isVisible()  # the current row cannot be opened
    assert page.remove_button.accessibleName() == "Remove from list"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.start_button)
    page.recent.setFocus()
    QTest.keyClick(page.recent, Qt.Key.Key_Delete)  # the missing one
    assert page.recent.count() == 1 and "broken.json" in page.recent.item(0).text()
    assert window.settings.recent_files(include_missing=True) == [good, broken]
    assert page.recent.hasFocus() and page.remove_button.isVisible()
    QTest.keyClick(page.recent, Qt.Key.Key_Tab)
    assert page.remove_button.hasFocus()
    QTest.keyClick(page.remove_button, Qt.Key.Key_Space)  # the broken one
    assert window.settings.recent_files(include_missing=True) == [good]
    assert not page.recent.isVisible() and not page.remove_button.isVisible()
    assert page.start_button.hasFocus()  # the keyboard carries on
    assert broken.read_text(encoding="utf-8") == "{not json"  # never touched
    assert page.continue_file is not None and page.continue_file.path == good


def test_a_file_that_opens_is_removed_with_delete_but_has_no_button(  # type: ignore[no-untyped-def]
    make_window, tmp_path
) -> None:
    newest, older = _copy(EXAMPLES[0], tmp_path), _copy(EXAMPLES[1], tmp_path)
    window = make_window(default_bank(), features="app")
    _remember(window, newest, older)
    page = show_start_page(window)
    assert page.recent.count() == 1 and not page.remove_button.isVisible()
    page.recent.setFocus()
    QTest.keyClick(page.recent, Qt.Key.Key_Delete)
    assert window.settings.recent_files() == [newest] and older.is_file()


def test_the_recent_files_are_read_once_at_launch(monkeypatch, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """At launch each recent file is read from the disk once: before the window shows
    (without the models), and the check and the score after the first paint come from
    those bytes; the launch's recovery prompt reads no file again."""
    import advisor.services.start as start_service
    import advisor.storage.documents as documents
    from advisor.ui import app
    from advisor.ui.common.settings import Settings

    files = [_copy(EXAMPLES[0], tmp_path), _copy(EXAMPLES[2], tmp_path)]
    Settings().set("files/recent", [str(p) for p in files])
    reads: list[str] = []
    for module, name in ((start_service, "read_bounded"), (documents, "read_file")):
        real = getattr(module, name)
        monkeypatch.setattr(
            module,
            name,
            lambda path, *a, _real=real, **k: reads.append(str(path)) or _real(path, *a, **k),
        )
    runs: list = []
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "0")
    monkeypatch.setattr(app, "_run", lambda _app, window, **_kw: runs.append(window) or 0)
    assert app.run_app(None) == 0
    window = runs[0]
    qtbot.addWidget(window)
    window.remember_geometry = False
    assert not window.is_complete()
    window.complete()
    page = start_page_of(window)
    assert page is not None and "score" in page.recent.item(0).text()  # scored
    assert sorted(r for r in reads if r in map(str, files)) == sorted(map(str, files))
    window.session.recovery.clean_exit()
