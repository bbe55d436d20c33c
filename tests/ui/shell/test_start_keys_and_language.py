"""The start page with the keyboard alone and in both languages: Enter or Alt+S starts,
Tab reaches everything, the language buttons switch the window, and nothing is cut or
left untranslated at the usual and the smallest window sizes.
"""

from __future__ import annotations

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
from tests.ui.shell.start_files import copy_example as _copy
from tests.ui.shell.start_files import remember as _remember


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


@pytest.mark.parametrize("language", ["en", "hi"])
@pytest.mark.parametrize("size", [(1024, 700), (800, 560)], ids=["1024x700", "800x560"])
def test_nothing_is_cut_and_all_is_translated(language, size, make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from advisor.storage.recovery import RecoveryStore
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n
    from tests.ui.shell.hindi_words import KEPT_IN_LATIN
    from tests.ui.shell.hindi_words import words as _words
    from tests.ui.shell.test_hindi_pages import _bank_texts, _clipped, _english_left

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
