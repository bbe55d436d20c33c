"""A damaged installation found by a click that came before the window made its document.

The window makes its document and pages right after its first paint (issue 18); a click
on Start, or Enter on the start page, in the same turn of the event loop as ``show()``
makes them first. When the built-in bank cannot be used, that click says so once, as the
timer's path does, and the app ends with status 2: no traceback from a slot.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from advisor.resources import ResourceError
from advisor.services.lazy_bank import LazyBank
from advisor.ui.shell.start import start_page_of
from tests.ui.shell.start_files import run_python

ROOT = Path(__file__).resolve().parents[3]


def _broken_resources() -> Path:
    raise ResourceError("the app's resources folder is missing (looked next to /nowhere)")


def test_enter_on_the_start_page_before_the_document_says_it_once_and_exits_2(  # type: ignore[no-untyped-def]
    make_window, dialogs, qtbot, monkeypatch
) -> None:
    bank = LazyBank.default()
    assert bank is not None
    window = make_window(bank, features="app", start_page=True, show=False)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    monkeypatch.delenv("EXPORT_ADVISOR_QUIT_AFTER_MS", raising=False)
    # the bank's files went missing after the start page read its compiled twin
    monkeypatch.setattr("advisor.resources.resources_root", _broken_resources)
    monkeypatch.setattr("advisor.storage.banks.default_bank", _broken_resources)  # its cache
    window.show()
    page = start_page_of(window)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Return)  # before any paint or timer
    qtbot.keyClick(page.start_button, Qt.Key.Key_Return)  # and again: said once
    assert exits == [2]
    assert dialogs.names() == ["show_error"]
    title, message = dialogs.calls[0][1]
    assert title == "The question bank cannot be used" and "resources folder" in message
    assert not window.is_complete() and not window.remember_geometry
    for entry in ("new", "about", "clients", "language_hi"):  # the menus: nothing more
        window.action(entry).trigger()
    assert exits == [2] and len(dialogs.calls) == 1
    assert window.lang == "en" and QApplication.activeModalWidget() is None


# Every entry a fresh window at its start page has on (the app's features plugged in),
# and every button or link of the start page: each one used FIRST, before the window made
# its document, on a damaged installation (test_every_entry_is_listed keeps this whole).
ENTRIES = (
    "new", "open", "close", "quit", "about", "clients", "follow_up", "branding",
    "workshop_mode", "language_en", "language_hi",
)  # fmt: skip
BUTTONS = ("start", "continue", "recover", "open", "clients", "example", "language", "recent")


def _fresh_broken_window(make_window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """A window at its start page (a recent file, a library folder and recovered work to
    offer), not complete, on an installation whose bank's files went missing after the
    start page read its compiled twin; QApplication.exit is recorded."""
    bank = LazyBank.default()
    assert bank is not None
    window = make_window(bank, features="app", start_page=False, show=False)
    example = ROOT / "resources" / "examples" / "first-time-textiles-eu.json"
    for name in ("b.json", "a.json"):  # a.json: the last one, to continue
        (tmp_path / name).write_bytes(example.read_bytes())
        window.settings.add_recent_file(tmp_path / name)
    window.settings.set_library_folder(tmp_path)
    from advisor.ui.shell.start import show_start_page

    show_start_page(window, lambda target: target.files)  # as the app's: opens into files
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    monkeypatch.delenv("EXPORT_ADVISOR_QUIT_AFTER_MS", raising=False)
    monkeypatch.setattr("advisor.resources.resources_root", _broken_resources)
    monkeypatch.setattr("advisor.storage.banks.default_bank", _broken_resources)
    window.show()  # no paint, no timer has run: the document is not made
    assert not window.is_complete()
    return window, exits


def _said_once_and_ended(window, dialogs, exits, capfd) -> None:  # type: ignore[no-untyped-def]
    assert exits == [2]
    assert dialogs.names() == ["show_error"], dialogs.calls
    title, message = dialogs.calls[0][1]
    assert title == "The question bank cannot be used" and "resources folder" in message
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    assert err.count("export-advisor: error:") == 1, err
    assert not window.is_complete() and not window.remember_geometry
    assert QApplication.activeModalWidget() is None


def test_every_entry_is_listed(make_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, _exits = _fresh_broken_window(make_window, monkeypatch, tmp_path)
    on = {key for key, action in window.board.actions.items() if action.isEnabled()}
    assert on == set(ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES)
def test_an_entry_used_first_says_it_once_and_exits_2(  # type: ignore[no-untyped-def]
    entry, make_window, dialogs, monkeypatch, tmp_path, capfd
) -> None:
    window, exits = _fresh_broken_window(make_window, monkeypatch, tmp_path)
    capfd.readouterr()
    window.action(entry).trigger()
    window.action(entry).trigger()  # and again: nothing more
    _said_once_and_ended(window, dialogs, exits, capfd)


@pytest.mark.parametrize("button", BUTTONS)
def test_a_start_page_button_used_first_says_it_once_and_exits_2(  # type: ignore[no-untyped-def]
    button, make_window, dialogs, monkeypatch, tmp_path, capfd
) -> None:
    window, exits = _fresh_broken_window(make_window, monkeypatch, tmp_path)
    page = start_page_of(window)
    assert page is not None
    widget = {
        "start": page.start_button,
        "continue": page.continue_button,
        "recover": page.recover_button,  # offered or not, its handler goes the same way
        "open": page.open_button,
        "clients": page.clients_button,
        "example": page.example_buttons[0],
        "language": page.language_buttons["hi"],
    }.get(button)
    capfd.readouterr()
    for _twice in range(2):
        if widget is None:  # a file of the recent list, chosen
            page.recent.setCurrentRow(0)
            page.recent.openRequested.emit(page.summaries[1])
        else:
            widget.click()
    _said_once_and_ended(window, dialogs, exits, capfd)


@pytest.mark.slow
@pytest.mark.parametrize("how", ["click", "enter"])
def test_a_click_that_wins_the_race_ends_the_app_with_one_message(how: str) -> None:
    """The app as users start it; the resources resolver breaks once the start page read
    the bank's compiled twin, and Start is clicked (or Enter pressed) in the first turn of
    the event loop after the window is shown, before its first paint."""
    code = (
        "import sys, advisor.cli, advisor.resources as resources, advisor.ui.first_paint as fp\n"
        "from advisor.storage import banks\n"
        "def broken():\n"
        "    raise resources.ResourceError('the app resources folder is missing')\n"
        "shown = fp.shown\n"
        "def click_first(window, **kwargs):\n"
        "    from PySide6.QtCore import Qt\n"
        "    from PySide6.QtTest import QTest\n"
        "    from advisor.ui.shell.start import start_page_of\n"
        "    resources.resources_root = broken\n"
        "    banks.default_bank.cache_clear()\n"
        "    from PySide6.QtCore import QTimer\n"
        "    button = start_page_of(window).start_button\n"
        f"    if {how!r} == 'click':\n"
        "        QTimer.singleShot(0, button.click)\n"
        "    else:\n"
        "        QTimer.singleShot(0, lambda: QTest.keyClick(button, Qt.Key.Key_Return))\n"
        "    shown(window, **kwargs)  # its timers come after the click\n"
        "fp.shown = click_first\n"
        "sys.exit(advisor.cli.main([]))\n"
    )
    done = run_python(code, EXPORT_ADVISOR_QUIT_AFTER_MS="300")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("export-advisor: error:") == 1, done.stderr
    assert "resources folder is missing" in done.stderr
