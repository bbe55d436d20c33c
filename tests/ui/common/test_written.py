"""After an export: a non-modal box with Open and Show in folder, keyboard-reachable, and
launchers that tests replace (nothing is launched here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from advisor.domain.assessment import Answer
from advisor.ui.common import written
from advisor.ui.common.written import FileWrittenBox


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    """What the box asked the desktop to do (nothing really opens)."""
    record: list[tuple[str, Path]] = []
    monkeypatch.setattr(written, "open_file", lambda p: record.append(("open", p)) or True)
    monkeypatch.setattr(written, "show_in_folder", lambda p: record.append(("folder", p)) or True)
    return record


def _box(qtbot, tmp_path: Path) -> FileWrittenBox:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "Acme-2026-11-30.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    box = FileWrittenBox(None, pdf, "PDF exported", f"The action plan was saved as {pdf.name}.")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_the_box_is_non_modal_and_says_where(qtbot, tmp_path, launched) -> None:
    box = _box(qtbot, tmp_path)
    assert not box.isModal()
    assert box.path.name in box.message.text()
    assert box.where.text() == str(tmp_path)
    assert QApplication.activeModalWidget() is None


def test_tab_reaches_every_button_with_a_visible_focus(qtbot, tmp_path, launched) -> None:
    box = _box(qtbot, tmp_path)
    box.activateWindow()
    qtbot.waitUntil(box.open_button.hasFocus)
    seen = []
    for _ in range(3):
        seen.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert {box.open_button, box.folder_button, box.close_button} <= set(seen)
    mnemonics = [b.text().split("&")[1][0].lower() for b in seen if "&" in b.text()]
    assert len(mnemonics) == len(set(mnemonics)) == 3


def test_enter_opens_the_file(qtbot, tmp_path, launched) -> None:
    box = _box(qtbot, tmp_path)
    box.activateWindow()
    qtbot.waitUntil(box.open_button.hasFocus)
    QTest.keyClick(box.open_button, Qt.Key.Key_Return)
    assert launched == [("open", box.path)]


def test_tab_then_space_shows_the_folder(qtbot, tmp_path, launched) -> None:
    box = _box(qtbot, tmp_path)
    box.activateWindow()
    qtbot.waitUntil(box.open_button.hasFocus)
    while not box.folder_button.hasFocus():
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(box.folder_button, Qt.Key.Key_Space)
    assert launched == [("folder", box.path)]


def test_a_launch_that_fails_keeps_the_box_and_says_so(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(written, "open_file", lambda p: False)  # no PDF viewer installed
    monkeypatch.setattr(written, "show_in_folder", lambda p: False)
    box = _box(qtbot, tmp_path)
    box.activateWindow()
    qtbot.waitUntil(box.open_button.hasFocus)
    QTest.keyClick(box.open_button, Qt.Key.Key_Return)
    assert box.isVisible()  # not closed as if it had worked
    assert box.message.text().startswith(f"No program on this computer opens {box.path.name}")
    box.folder_button.click()
    assert box.isVisible() and "could not be shown" in box.message.text()
    assert box.where.text() == str(tmp_path)  # the folder is still there to read


@pytest.mark.parametrize(
    ("platform", "program", "args"),
    [
        ("win32", "explorer", ["/select,{path}"]),
        ("darwin", "open", ["-R", "{path}"]),
    ],
)
def test_show_in_folder_selects_the_file_where_the_system_can(
    monkeypatch, tmp_path, platform, program, args
) -> None:
    calls = []

    class FakeProcess:
        @staticmethod
        def startDetached(name, arguments):  # type: ignore[no-untyped-def]
            calls.append((name, arguments))
            return True

    monkeypatch.setattr(written, "QProcess", FakeProcess)
    monkeypatch.setattr(written.sys, "platform", platform)
    path = tmp_path / "plan.pdf"
    assert written.show_in_folder(path)
    assert calls == [(program, [a.format(path=path.absolute()) for a in args])]


def test_show_in_folder_on_linux_opens_the_folder(monkeypatch, tmp_path) -> None:
    urls = []

    class FakeDesktop:
        @staticmethod
        def openUrl(url):  # type: ignore[no-untyped-def]
            urls.append(url.toLocalFile())
            return True

    monkeypatch.setattr(written, "QDesktopServices", FakeDesktop)
    monkeypatch.setattr(written.sys, "platform", "linux")
    assert written.show_in_folder(tmp_path / "plan.pdf")
    assert urls == [str(tmp_path)]


def test_pdf_export_ends_with_the_box(
    qtbot, tmp_path, make_window, dialogs, mini_bank, monkeypatch, launched
) -> None:
    from advisor.ui.common import dialogs as real

    monkeypatch.setattr(real, "show_file_written", _real_show)
    window = make_window(mini_bank)
    window.doc.set_profile_field("company", "Acme")
    window.doc.set_answer("log.iec", Answer(choice="no"))
    target = tmp_path / f"Acme-{dt.date.today().isoformat()}.pdf"
    dialogs.answers["ask_save_pdf_path"] = target
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.files.written_box is not None, timeout=30000)
    box = window.files.written_box
    assert box.isVisible() and not box.isModal() and box.parent() is window
    assert window.isEnabled()  # the window stays usable behind it
    box.folder_button.click()
    assert launched == [("folder", target)]
    assert target.read_bytes().startswith(b"%PDF")


def _real_show(parent, path, title, text):  # type: ignore[no-untyped-def]
    box = FileWrittenBox(parent, path, title, text)
    box.show()
    return box
