"""Workshop mode: participants back to back, nothing of the previous one left anywhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QWidget,
)

from advisor.domain.assessment import Answer
from advisor.storage import DocumentError, load_assessment
from advisor.storage.workshop import WorkshopSession
from advisor.ui.workshop.feature import WorkshopFeature
from advisor.ui.workshop.mode import (
    start_workshop,
)


def _tr(text: str) -> str:
    """The text as the app shows it (a test of another module may leave Hindi on)."""
    return QCoreApplication.translate("workshop", text)


SESSION = WorkshopSession(event="Ludhiana export workshop", date=dt.date(2026, 11, 27))


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _fill(window, company: str, number: float) -> None:  # type: ignore[no-untyped-def]
    """A participant answers (through the document, as the pages do) and looks around."""
    doc = window.doc
    doc.set_profile_field("company", company)
    doc.set_profile_field("sector", "food")
    doc.set_profile_field("target_markets", ["eu"])
    doc.set_assessor_field("name", company + " owner")
    doc.set_answer("log.iec", Answer(choice="stale"))
    doc.set_answer("log.docs", Answer(choices=["invoice"]))
    doc.set_answer("pay.reply", Answer(number=number))
    doc.set_answer("pay.terms", Answer(choice="open"))
    for key in ("profile", "logistics", "payments", "results"):
        window.go_to_section(key)
    QGuiApplication.clipboard().setText(company)
    window.settings.add_recent_file(Path(__file__))
    window.settings.set_last_folder(Path(company))


def _texts(widget: QWidget) -> list[str]:
    texts = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.accessibleName(),
        widget.accessibleDescription(),
        widget.statusTip(),
        widget.whatsThis(),
    ]
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QListWidget):
        texts.extend(widget.item(i).text() for i in range(widget.count()))
    return texts


def _settings_text() -> str:
    out = []
    for qs in (
        QSettings(),
        QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "QtProject"),
    ):
        for key in qs.allKeys():
            out.append(f"{key}={qs.value(key)!r}")
    return "\n".join(out)


def _files_containing(folder: Path, marker: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if marker.encode() in data or marker.encode("utf-16-le") in data:
                found.append(path)
    return found


def assert_no_trace(window, marker: str, home: Path, temp: Path) -> None:  # type: ignore[no-untyped-def]
    """Nothing that names the previous participant is reachable."""
    _flush_deletes()
    for widget in QApplication.allWidgets():
        for text in _texts(widget):
            assert marker not in text, f"{type(widget).__name__} still shows {text!r}"
        if isinstance(widget, (QRadioButton, QCheckBox)) and widget.window() is window:
            assert not widget.isChecked(), f"{widget.text()!r} is still ticked"
    for action in window.findChildren(QAction):
        assert marker not in action.text() + action.toolTip() + action.statusTip()
    for stack in window.findChildren(QUndoStack):
        assert all(marker not in stack.text(i) for i in range(stack.count()))
    assert window.doc.undo_stack.count() == 0
    assert not window.doc.undo_stack.canUndo()
    assert window.doc.assessment.answers == {}
    assert window.doc.assessment.profile.company == ""
    assert window.doc.assessment.assessor.name == ""
    assert marker not in window.windowTitle()
    assert marker not in window.statusBar().currentMessage()
    assert window.save_status.text() == "", "the last participant's save time is still shown"
    assert marker not in _settings_text()
    assert window.settings.recent_files() == []
    assert marker not in QGuiApplication.clipboard().text()
    data = home / "advisor-data"  # autosaves and recovery copies
    assert not data.exists() or _files_containing(data, marker) == []
    assert _files_containing(temp, marker) == []
    assert window.current_key() == "profile"


def test_three_participants_back_to_back(
    make_window, mini_bank, dialogs, ws_dialogs, qtbot, tmp_path, temp_dir, isolated_user_dirs
):
    folder, stick = tmp_path / "room", tmp_path / "stick"
    folder.mkdir()
    stick.mkdir()
    window = make_window(mini_bank)
    saver = window.session.autosaver  # flush() below saves at once
    controller = start_workshop(window, SESSION, folder, stick)
    for i in range(1, 4):
        marker = f"Zebracorn{i}"
        company = f"{marker} ₹ शुभ Exports"
        _fill(window, company, 10.0 * i)
        assert marker in window.windowTitle()
        assert saver.flush()
        assert _files_containing(isolated_user_dirs / "advisor-data", marker)  # autosaved
        with pytest.raises(AssertionError):  # the walk does see the participant
            assert_no_trace(window, marker, isolated_user_dirs, temp_dir)
        with qtbot.waitSignal(controller.participantFinished, timeout=30000) as blocker:
            controller.finish_button.click()
        done = blocker.args[0]
        assert done.assessment.parent == folder and done.pdf.parent == folder
        assert done.copy is not None and done.copy.parent == stick
        saved = load_assessment(done.assessment).assessment
        assert saved.profile.company == company
        assert saved.answers["pay.reply"] == Answer(number=10.0 * i)
        assert done.pdf.read_bytes().startswith(b"%PDF")
        assert done.copy.read_bytes() == done.pdf.read_bytes()
        name, args = ws_dialogs.calls[-1]
        assert name == "show_participant_done" and args[0] == done.pdf
        assert_no_trace(window, marker, isolated_user_dirs, temp_dir)
        assert controller.label.text().endswith(_tr("participant %1").replace("%1", str(i + 1)))
    assert len(list(folder.glob("*.json"))) == 3 + 0  # no workshop.json written by the UI
    assert len(list(folder.glob("*.pdf"))) == 3
    assert len(list(stick.glob("*.pdf"))) == 3
    # partly answered: each Finish warned that the result is provisional, nothing else opened
    assert set(dialogs.names()) == {"ask_provisional"}
    assert controller.end(confirm=False)


def test_missing_second_folder_is_said_and_files_still_saved(
    make_window, mini_bank, dialogs, ws_dialogs, qtbot, tmp_path
):
    folder = tmp_path / "room"
    folder.mkdir()
    window = make_window(mini_bank)
    controller = start_workshop(window, SESSION, folder, tmp_path / "unplugged-stick")
    _fill(window, "Stickless Traders", 5)
    with qtbot.waitSignal(controller.participantFinished, timeout=30000) as blocker:
        controller.finish_button.click()
    done = blocker.args[0]
    assert done.assessment.is_file() and done.pdf.is_file()
    assert done.copy is None and "does not exist" in done.copy_problem
    name, (pdf, copy, problem) = ws_dialogs.calls[-1]
    assert pdf == done.pdf
    assert name == "show_participant_done" and copy is None and "USB stick" in problem
    assert window.doc.assessment.profile.company == ""


def test_failed_save_keeps_the_participant(
    make_window, mini_bank, dialogs, ws_dialogs, qtbot, tmp_path, monkeypatch
):
    from advisor.storage import workshop as storage_workshop

    def full_disk(folder, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise DocumentError(Path(folder), "the disk is full")

    monkeypatch.setattr(storage_workshop, "finish_participant", full_disk)
    window = make_window(mini_bank)
    controller = start_workshop(window, SESSION, tmp_path)
    _fill(window, "Keep Me Exports", 5)
    with qtbot.waitSignal(controller.finishFailed, timeout=30000):
        controller.finish_button.click()
    assert [n for n in dialogs.names() if n != "ask_provisional"] == ["show_error"]
    assert "the disk is full" in dialogs.calls[-1][1][1]
    assert window.doc.assessment.profile.company == "Keep Me Exports"
    assert window.doc.undo_stack.count() > 0
    assert controller.finish_button.isEnabled() and window.centralWidget().isEnabled()


def test_nothing_to_finish_says_so(make_window, mini_bank, dialogs, ws_dialogs, tmp_path):
    window = make_window(mini_bank)
    controller = start_workshop(window, SESSION, tmp_path)
    controller.finish_button.click()
    assert dialogs.names() == ["show_error"]
    assert list(tmp_path.iterdir()) == []


def test_a_participant_through_the_widgets(make_window, dialogs, ws_dialogs, qtbot, tmp_path):
    """The built-in bank, clicked through: profile, the four areas, results, finish."""
    from advisor.storage.banks import default_bank
    from advisor.ui.assessment.widgets.question_card import QuestionCard

    bank = default_bank()
    window = make_window(bank)
    controller = start_workshop(window, SESSION, tmp_path)
    profile = window.page("profile")
    name = "Widgetwala शुभ Exports"
    profile.company.setText(name)  # non-ASCII: set, then tell the page as typing would
    profile.company.textEdited.emit(name)
    market = bank.profile.markets[0].id
    profile.checks["target_markets"][market].click()
    answered = {}
    for dimension in bank.dimensions:
        window.next_button.click()
        assert window.current_key() == dimension.id
        card = window.page(dimension.id).visible_cards()[0]
        card.unknown_button.click()
        answered[card.question.id] = card.question
    window.next_button.click()
    assert window.current_key() == "results" and not window.next_button.isEnabled()
    assert name in window.windowTitle()
    with qtbot.waitSignal(controller.participantFinished, timeout=30000) as blocker:
        controller.finish_button.click()
    saved = load_assessment(blocker.args[0].assessment).assessment
    assert saved.profile.company == name and saved.profile.target_markets == [market]
    assert set(saved.answers) == set(answered)
    _flush_deletes()
    assert window.page("profile").company.text() == ""
    assert not window.page("profile").checks["target_markets"][market].isChecked()
    for dimension in bank.dimensions:
        window.go_to_section(dimension.id)
    cards = window.findChildren(QuestionCard)
    assert len(cards) == len(bank.questions)  # the new document's pages only
    assert not any(card.unknown_button.isChecked() for card in cards)
    assert "Widgetwala" not in window.windowTitle()


def test_a_participant_is_told_finish_saves(make_window, mini_bank, dialogs, ws_dialogs, tmp_path):
    """Unsaved answers in workshop mode point at Finish, not at a Save the menus hide."""
    window = make_window(mini_bank, features=[WorkshopFeature()])
    start_workshop(window, SESSION, tmp_path)
    window.doc.set_profile_field("company", "Half Done Ltd")
    window.session.truth.refresh()
    assert "Finish" in window.save_status.text()
    assert window.save_status.text() != _tr("Changes not saved")
    window.action("workshop_leave").trigger()
    window.doc.set_profile_field("company", "After The Workshop Ltd")
    window.session.truth.refresh()
    assert "Finish" not in window.save_status.text()
