"""Alt letters are unique on every page, in English and Hindi, normal and workshop mode.

Per page the test collects the Alt letter of every visible label (with a buddy), button,
group box and menu title, and fails on a letter used twice (Alt+N was both "Company name"
and "Next"). Entries inside one menu must differ too. Facilitator actions that write files
have no Alt letter of their own on a participant's page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget

from advisor.storage.banks import default_bank
from advisor.storage.workshop import WorkshopSession
from tests.ui.conftest import EXAMPLES, copy_of

_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ("&Next" -> "n"; "R&&D" has none)."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def window_letters(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Alt letter -> the texts that use it, on what the window shows now."""
    letters: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if action.isVisible() and (letter := mnemonic(action.text())):
            letters[letter].append("menu " + action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if letter := mnemonic(text):
            letters[letter].append(text)
    return letters


def menu_clashes(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Entries of one menu sharing a letter."""
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = mnemonic(action.text())
            if not action.isVisible() or letter is None:
                continue
            if letter in seen:
                found.append(f"{menu.title()}: {seen[letter]} / {action.text()}")
            seen[letter] = action.text()
    return found


def clashes(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every clash on every page the window can show."""
    found = list(menu_clashes(window))
    for section in window.sections:
        if window.navigator.isRowHidden(window.navigator.row_of(section.key)):
            continue
        window.go_to_section(section.key)
        QApplication.processEvents()  # the toolbar lays out its buttons
        for letter, texts in window_letters(window).items():
            if len(texts) > 1:
                found.append(f"{section.key}: Alt+{letter.upper()} {texts}")
    return found


@pytest.mark.parametrize("language", ["en", "hi"])
@pytest.mark.parametrize("example", [None, EXAMPLES[0]], ids=["blank", "example"])
def test_alt_letters_are_unique_on_every_page(  # type: ignore[no-untyped-def]
    language, example, make_window, qapp, tmp_path
) -> None:
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n

    app = create_application()
    i18n.install_translator(app, language)
    try:
        window = make_window(default_bank(), features="app")
        if example is not None:  # results and a plan with rows (and their buttons)
            window.files.open_path(copy_of(example, tmp_path), ask=False)
        assert clashes(window) == []
    finally:
        i18n.install_translator(app, "en")


@pytest.mark.parametrize("language", ["en", "hi"])
def test_alt_letters_are_unique_on_the_start_page(language, make_window, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from advisor.storage.recovery import RecoveryStore
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n
    from advisor.ui.shell.start import show_start_page

    app = create_application()
    i18n.install_translator(app, language)
    try:
        window = make_window(default_bank(), features="app")
        files = [shutil.copy(p, tmp_path / p.name) for p in EXAMPLES]  # continue, recent
        window.settings.set("files/recent", [str(f) for f in files])
        window.settings.set_library_folder(tmp_path)  # a consultant: the client list too
        crashed = RecoveryStore(session_id="crashed")  # and work to recover
        crashed.autosave("k1", EXAMPLES[0].read_bytes())
        (crashed.sessions / "crashed.json").unlink()
        page = show_start_page(window, lambda _w: None)
        QApplication.processEvents()
        for button in (page.continue_button, page.recover_button, page.clients_button):
            assert button.isVisible()
        found = list(menu_clashes(window))
        for letter, texts in window_letters(window).items():
            if len(texts) > 1:
                found.append(f"start page: Alt+{letter.upper()} {texts}")
        assert found == []
    finally:
        i18n.install_translator(app, "en")


@pytest.mark.parametrize("language", ["en", "hi"])
def test_alt_letters_are_unique_in_workshop_mode(
    language, make_window, dialogs, tmp_path, qapp, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n
    from advisor.ui.workshop import dialogs as workshop_dialogs
    from advisor.ui.workshop.mode import start_workshop

    monkeypatch.setattr(workshop_dialogs, "confirm_leave_workshop", lambda *_a, **_k: True)
    app = create_application()
    i18n.install_translator(app, language)
    window = make_window(default_bank(), features="app")
    session = WorkshopSession(event="Keyboard workshop", date=dt.date(2026, 11, 30))
    controller = start_workshop(window, session, tmp_path)
    try:
        found = clashes(window)
        # what writes files for the facilitator has no Alt letter of its own on the page
        for button in (controller.cohort_button, controller.leave_button):
            if mnemonic(button.text()) is not None:
                found.append(f"facilitator button {button.text()}")
        assert found == []
    finally:
        controller.end(confirm=False)
        i18n.install_translator(app, "en")
