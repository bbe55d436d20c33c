"""The window: the peer panel on the Results page (room, client book), Share summary…, and
the summary image a workshop participant takes away. Nothing of another firm is shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peer_rooms as rooms
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from advisor.domain.assessment import Answer
from advisor.storage import load_assessment
from advisor.storage.workshop import WorkshopSession
from advisor.ui.common.settings import Settings
from advisor.ui.peers.panel import PeerPanel
from advisor.ui.workshop import dialogs as workshop_dialogs
from advisor.ui.workshop.mode import start_workshop
from tests.ui.conftest import DialogRecorder
from tests.ui.window_text import menu_texts, visible_texts

SESSION = WorkshopSession(event="Peer workshop", date=dt.date(2026, 11, 27))
SECRETS = (rooms.DISTINCT_COMPANY, rooms.DISTINCT_ASSESSOR, rooms.DISTINCT_ORG, "Zephyrquill")


@pytest.fixture
def ws_dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    for name, default in {
        "show_participant_done": None,
        "confirm_leave_workshop": True,
    }.items():
        monkeypatch.setattr(workshop_dialogs, name, recorder.make(name, default))
    return recorder


def _participant_in_window(window, index: int = 50) -> None:  # type: ignore[no-untyped-def]
    """A participant who has answered everything, as if typed in (not yet finished)."""
    window.files.load_assessment(rooms.participant(index), None)


def _panel(window) -> PeerPanel:  # type: ignore[no-untyped-def]
    window.go_to_section("results")
    QCoreApplication.processEvents()
    panel = window.findChild(PeerPanel)
    assert panel is not None
    return panel


def _all_text(window) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(t for _, t in [*visible_texts(window), *menu_texts(window)])


def test_a_room_of_twelve_shows_where_the_participant_stands(
    make_window, dialogs, ws_dialogs, tmp_path
):
    folder = tmp_path / "room"
    rooms.write_room(folder, 12)
    window = make_window(rooms.BANK, features="app")
    controller = start_workshop(window, SESSION, folder)
    _participant_in_window(window)
    panel = _panel(window)
    assert panel.isVisible()
    assert "Compared with 12 other participants in the room" in panel.group_label.text()
    assert "of 12 firms" in panel.table.text()
    assert "Median" in panel.table.text()
    text = _all_text(window)
    for secret in SECRETS:
        assert secret not in text  # the privacy promise, on screen
    window.grab().save(str(tmp_path / "results.png"))
    # a tab stop after the score block that says the comparison in words
    page = window.page("results")
    stops = page.focus_stops()
    assert panel in stops and stops.index(panel) > 0
    assert panel.accessibleName() == panel.heading.text()
    said = panel.accessibleDescription()
    assert "Compared with 12 other participants in the room" in said
    assert "of 12 firms" in said and "Median" in said
    page.summary.score_box.setFocus()
    for _ in stops[: stops.index(panel)]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert panel.hasFocus()
    assert controller.end(confirm=False)


def test_a_room_of_four_is_not_enough(make_window, dialogs, ws_dialogs, tmp_path):
    folder = tmp_path / "room"
    rooms.write_room(folder, 4)
    window = make_window(rooms.BANK, features="app")
    controller = start_workshop(window, SESSION, folder)
    _participant_in_window(window)
    panel = _panel(window)
    assert "Not enough participants yet to compare" in panel.group_label.text()
    assert not panel.table.isVisible()
    assert controller.end(confirm=False)


def test_the_first_participant_of_a_fresh_workshop_hears_of_participants(
    make_window, dialogs, ws_dialogs, tmp_path
):
    """An empty workshop folder is the room, not a client book ("Not enough clients")."""
    folder = tmp_path / "room"
    folder.mkdir()
    window = make_window(rooms.BANK, features="app")
    controller = start_workshop(window, SESSION, folder)
    _participant_in_window(window)
    label = _panel(window).group_label.text()
    assert "Not enough participants yet to compare" in label
    assert "client" not in label
    assert controller.end(confirm=False)


def test_a_consultants_client_is_compared_with_the_client_book(make_window, dialogs, tmp_path):
    root = tmp_path / "clients"
    paths = rooms.write_book(root, 9)
    Settings().set_library_folder(root)
    window = make_window(rooms.BANK, features="app")
    assert window.files.open_path(paths[1], ask=False)
    panel = _panel(window)
    assert "Compared with 8 other clients (same size:" in panel.group_label.text()
    for secret in SECRETS:
        assert secret not in _all_text(window)


def test_no_folder_no_panel(make_window, dialogs):
    window = make_window(rooms.BANK, features="app")
    _participant_in_window(window)
    assert not _panel(window).isVisible()


def test_the_panel_follows_the_answers(make_window, dialogs, ws_dialogs, tmp_path):
    folder = tmp_path / "room"
    rooms.write_room(folder, 8)
    window = make_window(rooms.BANK, features="app")
    controller = start_workshop(window, SESSION, folder)
    _participant_in_window(window)
    panel = _panel(window)
    before = panel.table.text()
    for question in rooms.BANK.questions:
        if question.kind.value == "single":
            window.doc.set_answer(question.id, Answer(choice=question.worst_options()[0].id))
    assert panel.table.text() != before
    assert controller.end(confirm=False)


def test_share_summary_writes_the_image(make_window, dialogs, qtbot, tmp_path):
    window = make_window(rooms.BANK, features="app")
    _participant_in_window(window)
    target = tmp_path / "mine.png"
    dialogs.answers["ask_save_summary_path"] = target
    window.action("share_summary").trigger()
    qtbot.waitUntil(target.exists, timeout=30000)
    assert target.read_bytes().startswith(b"\x89PNG")
    assert dialogs.names() == ["ask_save_summary_path"]
    suggested = dialogs.calls[0][1][0]
    assert Path(suggested).name.startswith("Participant 50-summary-")
    assert suggested.endswith(".png")


def test_finish_writes_the_summary_image_beside_the_pdf_and_on_the_stick(
    make_window, mini_bank, dialogs, ws_dialogs, qtbot, tmp_path
):
    folder, stick = tmp_path / "room", tmp_path / "stick"
    folder.mkdir()
    stick.mkdir()
    window = make_window(mini_bank, features="app")
    controller = start_workshop(window, SESSION, folder, stick)
    doc = window.doc
    doc.set_profile_field("company", "Image Exports")
    doc.set_answer("log.iec", Answer(choice="stale"))
    doc.set_answer("pay.reply", Answer(number=30))
    with qtbot.waitSignal(controller.participantFinished, timeout=60000) as blocker:
        controller.finish_button.click()
    done = blocker.args[0]
    assert done.summary == done.pdf.with_suffix(".png")
    assert done.summary.read_bytes().startswith(b"\x89PNG")
    assert done.summary_copy == stick / done.summary.name
    name, _args = ws_dialogs.calls[-1]
    assert name == "show_participant_done"
    assert load_assessment(done.assessment).assessment.profile.company == "Image Exports"
    assert sorted(p.suffix for p in Path(stick).iterdir()) == [".pdf", ".png"]
    assert controller.end(confirm=False)


def test_share_summary_as_pdf_carries_the_active_branding(make_window, dialogs, qtbot, tmp_path):
    import io

    from pypdf import PdfReader

    from advisor.resources import resource_path

    Settings().set_branding_path(Path(resource_path("examples/branding-example.json")))
    window = make_window(rooms.BANK, features="app")
    _participant_in_window(window)
    target = tmp_path / "mine.pdf"
    dialogs.answers["ask_save_summary_path"] = target
    window.action("share_summary").trigger()
    qtbot.waitUntil(target.exists, timeout=30000)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1
    assert "Rao Export Advisory" in reader.pages[0].extract_text()


def test_a_broken_branding_profile_names_its_file_and_key_when_sharing(
    make_window, dialogs, tmp_path
):
    """It said only "not a colour: ..." (the reason without the file and the place)."""
    profile = tmp_path / "branding.json"
    profile.write_text('{"format": "export-advisor/branding", "accent": "blue"}')
    Settings().set_branding_path(profile)
    window = make_window(rooms.BANK, features="app")
    dialogs.answers["ask_save_summary_path"] = tmp_path / "mine.png"
    window.action("share_summary").trigger()
    assert dialogs.names() == ["ask_save_summary_path", "show_error"]
    title, message = dialogs.calls[-1][1]
    assert title == "Cannot write the summary"
    assert message.startswith(f"{profile}: accent: not a colour"), message
