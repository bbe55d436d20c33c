"""The menus users get: every entry once, in its menu, in the normal window and in workshop mode."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from advisor.storage.workshop import WorkshopSession
from advisor.ui import app
from advisor.ui.shell.actions import ActionSpec, Contribution
from advisor.ui.workshop.mode import start_workshop

NORMAL = {
    "file": [
        "new", "open", "recentMenu", "close", "save", "save_as", "restore", "export_pdf",
        "export_plan", "share_summary", "workshop_mode", "quit",
    ],
    "edit": ["undo", "redo"],
    "go": ["back", "forward"],
    "clients": ["clients", "follow_up", "branding"],
    "language": ["language_en", "language_hi"],
    "help": ["about"],
}  # fmt: skip
WORKSHOP = {
    "file": ["quit"],
    "edit": ["undo", "redo"],
    "go": ["back", "forward"],
    "language": ["language_en", "language_hi"],  # a participant may work in Hindi
    "workshop": ["workshop_finish", "workshop_summary", "workshop_leave"],
    "help": ["about"],
}
MENU_ORDER = ["&File", "&Edit", "&Go", "&Clients", "&Language", "&Help"]


def _visible_menus(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """What a user sees: each visible menu's visible entries, read from the menu bar itself."""
    by_menu = {menu: key for key, menu in window.board.menus.items()}
    seen: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None or not top.isVisible():
            continue
        entries = []
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            sub = action.menu()
            entries.append(sub.objectName() if isinstance(sub, QMenu) else action.objectName())
        seen[by_menu[menu]] = entries
    return seen


def _all_entries(menus: dict[str, list[str]]) -> Counter[str]:
    return Counter(name for entries in menus.values() for name in entries)


@pytest.fixture
def app_window(make_window, mini_bank):  # type: ignore[no-untyped-def]
    """The window with the app's own features, as ``export-advisor`` builds it."""
    return make_window(mini_bank, features="app")


def test_the_normal_window_has_each_entry_once_in_its_menu(app_window) -> None:  # type: ignore[no-untyped-def]
    menus = _visible_menus(app_window)
    assert menus == NORMAL
    assert max(_all_entries(menus).values()) == 1
    titles = [a.text() for a in app_window.menuBar().actions() if a.isVisible()]
    english = [QCoreApplication.translate("MainWindow", t) for t in ("&File", "&Edit", "&Go")]
    assert titles[:3] == english
    assert len(titles) == len(MENU_ORDER)


def test_workshop_mode_has_each_entry_once_and_leave_once(app_window, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller = start_workshop(app_window, WorkshopSession(event="Menu check"), tmp_path)
    menus = _visible_menus(app_window)
    assert menus == WORKSHOP
    assert max(_all_entries(menus).values()) == 1
    texts = [
        a.text()
        for top in app_window.menuBar().actions()
        if top.isVisible() and top.menu() is not None
        for a in top.menu().actions()
        if a.isVisible() and not a.isSeparator()
    ]
    leave = QCoreApplication.translate("workshop", "&Leave workshop mode…")
    assert texts.count(leave) == 1  # it used to be in the File menu too
    # hidden entries are off too: their shortcuts do nothing
    assert not app_window.action("open").isEnabled()
    assert not app_window.action("export_pdf").isEnabled()
    assert controller.end(confirm=False)
    assert _visible_menus(app_window) == NORMAL


def test_every_shortcut_belongs_to_one_action(app_window) -> None:  # type: ignore[no-untyped-def]
    shortcuts = Counter(
        s.toString()
        for action in app_window.findChildren(QAction)
        if action.objectName() in app_window.board.actions
        for s in action.shortcuts()
    )
    assert shortcuts, "the window declares shortcuts"
    assert [s for s, n in shortcuts.items() if n > 1] == []


def test_backspace_on_an_answer_stays_on_the_page(app_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Windows' standard Back key set includes Backspace; the window never takes it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    taken = [
        action.objectName()
        for action in app_window.findChildren(QAction)
        for s in action.shortcuts()
        if s.toString() == "Backspace"
    ]
    assert taken == []
    app_window.go_next()  # a question page
    page = app_window.stack.currentIndex()
    assert page > 0
    qtbot.keyClick(QApplication.focusWidget() or app_window, Qt.Key.Key_Backspace)
    assert app_window.stack.currentIndex() == page


def _readme_example() -> str:
    """The code of the README's "How a feature plugs in" example."""
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**How a feature plugs in.**", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readme_example_plugs_in_by_declaring(make_window, mini_bank) -> None:  # type: ignore[no-untyped-def]
    """The README's worked example, as written: a Tools menu with one entry."""
    namespace: dict[str, object] = {}
    exec(_readme_example(), namespace)
    feature = namespace["ToolsFeature"]()  # type: ignore[operator]
    window = make_window(mini_bank, features=[*app.features(), feature])
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert titles.index("&Tools") == titles.index("&Clients") + 1  # position 75
    assert _visible_menus(window)["tools"] == ["word_count"]
    window.action("word_count").trigger()
    assert window.statusBar().currentMessage() == "0 answers"
    window.board.set_workshop_mode(True)  # not declared for workshop mode: hidden there
    assert "tools" not in _visible_menus(window)


def test_an_entry_declared_twice_is_refused(make_window, mini_bank) -> None:  # type: ignore[no-untyped-def]
    class Twice:
        def contribute(self, window) -> Contribution:  # type: ignore[no-untyped-def]
            return Contribution(actions=[ActionSpec("open", "Open again", "file", 21, print)])

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from advisor.ui.shell.mainwindow import MainWindow

    before = {id(w) for w in QApplication.topLevelWidgets()}
    with pytest.raises(ValueError, match="declared twice"):
        make_window(mini_bank, features=[Twice()], show=False)
    # the half-built window would be counted by later tests that list the windows
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and id(widget) not in before:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
