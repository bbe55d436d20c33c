"""A participant switches to Hindi in workshop mode: the menu is there, nothing is lost.

The switch replaces the window (:func:`advisor.ui.shell.language.switch_language`): the
new one must still be in workshop mode, with the participant's answers, the event, the
folder and the participant's number, and with Hindi menus whose Alt letters are unique.
The test answers and switches with key events only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from advisor.storage.banks import default_bank
from advisor.storage.workshop import WorkshopSession
from advisor.ui.workshop import dialogs as workshop_dialogs
from advisor.ui.workshop.mode import HIDDEN_SECTIONS, active_workshop, start_workshop
from tests.ui.shell.test_mnemonics import clashes

SESSION = WorkshopSession(event="Surat export workshop", date=dt.date(2026, 11, 30))
ALT = Qt.KeyboardModifier.AltModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifiers)


def _open_menu(window, letter: Qt.Key, qtbot) -> QMenu:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, letter, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    return QApplication.activePopupWidget()  # type: ignore[return-value]


def _main_windows() -> list:  # type: ignore[type-arg]
    from advisor.ui.shell.mainwindow import MainWindow

    windows = QApplication.topLevelWidgets()
    return [w for w in windows if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def leave_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workshop_dialogs, "confirm_leave_workshop", lambda *_a, **_k: True)


def test_switching_to_hindi_keeps_the_workshop_and_the_answers(
    make_window, dialogs, leave_without_asking, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.shell import i18n

    room, copy_to = tmp_path / "room", tmp_path / "stick"
    room.mkdir()
    copy_to.mkdir()
    (room / "earlier-participant.json").write_text("{}", encoding="utf-8")
    window = make_window(default_bank(), features="app")
    controller = start_workshop(window, SESSION, room, copy_to)
    participant = controller.participant
    assert participant == 2
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    assert window.action("language_hi").isVisible()  # the menu is there for participants

    # the participant types a name, then answers the first three questions of an area
    QTest.keyClicks(_focus(), "Keyboard Spices")
    area = window.bank.dimensions[0].id
    _press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # Go > Next
    assert window.current_key() == area
    owner = {w: qid for qid, card in window.page(area).cards.items() for w in card.focus_widgets()}
    for _ in range(3):
        answering = owner[_focus()]
        _press(Qt.Key.Key_Space)  # the option the focus is on
        assert answering in window.doc.assessment.answers
        for _ in range(30):  # Tab on to the next question
            _press(Qt.Key.Key_Tab)
            if owner.get(_focus()) not in (None, answering):
                break
    answers = dict(window.doc.assessment.answers)
    assert len(answers) >= 3
    doc, undo_count = window.doc, window.doc.undo_stack.count()

    try:
        menu = _open_menu(window, Qt.Key.Key_L, qtbot)  # Alt+L: Language
        assert menu is window.board.menus["language"]
        hindi = window.action("language_hi")
        for _ in range(len(menu.actions())):
            if menu.activeAction() is hindi:
                break
            QTest.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is hindi
        QTest.keyClick(menu, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window not in _main_windows(), timeout=5000)
        (new,) = _main_windows()

        assert new.lang == "hi" and i18n.current_language() == "hi"
        moved = active_workshop(new)
        assert moved is controller and controller.window is new
        assert new.board.workshop_mode
        for key in HIDDEN_SECTIONS:
            assert new.navigator.isRowHidden(new.navigator.row_of(key))
        assert new.current_key() == area
        assert new.doc is doc and new.doc.assessment.answers == answers
        assert new.doc.assessment.profile.company == "Keyboard Spices"
        assert new.doc.undo_stack.count() == undo_count
        assert controller.participant == participant
        assert controller.session == SESSION and controller.copy_to == copy_to.absolute()
        assert controller.toolbar is not None and controller.toolbar.window() is new
        assert controller.label.text().startswith("Surat export workshop")
        assert str(participant) in controller.label.text()
        assert "प्रतिभागी" in controller.label.text()  # "participant" in Hindi
        assert controller.finish_button.text() != "F&inish and next participant"
        titles = [a.text() for a in new.menuBar().actions() if a.isVisible()]
        assert "&File" not in titles and any("भाषा" in t for t in titles), titles
        assert not new.action("open").isVisible() and not new.action("save").isVisible()
        assert new.action("language_hi").isChecked()
        assert clashes(new) == []
        assert new.isAncestorOf(_focus())  # the keyboard carries on in the new window

        # the participant goes on: the answers go into the same document, Finish saves them
        new.go_to_section(area)
        assert new.page(area).cards[next(iter(answers))].isVisible()
        assert not window_alive_in_workshop(window)
    finally:
        for w in _main_windows():
            running = active_workshop(w)
            if running is not None:
                running.end(confirm=False)
            w.doc.undo_stack.setClean()
            w.close()
        i18n.install_translator(QApplication.instance(), "en")


def window_alive_in_workshop(window) -> bool:  # type: ignore[no-untyped-def]
    """Whether the replaced window still holds a workshop (it must not)."""
    from shiboken6 import isValid

    return isValid(window) and active_workshop(window) is not None
