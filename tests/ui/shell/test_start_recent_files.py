"""The start page's recent files: missing and broken ones listed and explained without a
traceback, odd names on one line in their order, a row removed from the list by keyboard
(the file itself is never touched), and the files read once at launch.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from advisor.storage.banks import default_bank
from advisor.ui.shell.start import (
    show_start_page,
    start_page_of,
    start_page_shown,
)
from tests.ui.conftest import EXAMPLES
from tests.ui.shell.start_files import copy_example as _copy
from tests.ui.shell.start_files import launched
from tests.ui.shell.start_files import remember as _remember


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
    window = launched(monkeypatch, qtbot)
    assert not window.is_complete()
    window.complete()
    page = start_page_of(window)
    assert page is not None and "score" in page.recent.item(0).text()  # scored
    assert sorted(r for r in reads if r in map(str, files)) == sorted(map(str, files))
    window.session.recovery.clean_exit()
