"""Workshop mode's window: entering it, what is locked while it runs, leaving it, and
the cohort summary (the participants themselves: test_workshop_mode.py)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from advisor.storage import save_assessment
from advisor.storage.workshop import WorkshopSession, load_session
from advisor.ui.workshop.dialogs import WorkshopSettings, WorkshopStartDialog
from advisor.ui.workshop.feature import WorkshopFeature
from advisor.ui.workshop.mode import (
    HIDDEN_SECTIONS,
    WorkshopController,
    active_workshop,
    start_workshop,
)
from tests.ui.conftest import generated_assessment
from tests.ui.workshop.test_workshop_mode import SESSION, _fill, _tr


def test_locked_down_flow(make_window, mini_bank, dialogs, ws_dialogs, tmp_path):
    window = make_window(mini_bank)
    window.settings.add_recent_file(Path(__file__))
    start_workshop(window, SESSION, tmp_path)
    for name in ("new_action", "open_action", "save_action", "save_as_action", "export_action"):
        action = getattr(window, name)
        assert not action.isVisible() and not action.isEnabled()
        action.trigger()
    assert not window.recent_menu.menuAction().isVisible()
    assert window.settings.recent_files() == []
    assert dialogs.names() == []  # Open, Save As, Export: nothing opened
    for key in HIDDEN_SECTIONS:
        assert window.navigator.isRowHidden(window.navigator.row_of(key))
    assert not window.back_button.isEnabled()
    keys = []
    while window.next_button.isEnabled():
        window.next_button.click()
        keys.append(window.current_key())
    assert keys == ["logistics", "payments", "results"]
    window.back_button.click()
    assert window.current_key() == "payments"
    window.forward_action.trigger()
    assert window.current_key() == "results"


def test_leaving_asks_first(make_window, mini_bank, dialogs, ws_dialogs, tmp_path):
    window = make_window(mini_bank, features=[WorkshopFeature()])
    controller = start_workshop(window, SESSION, tmp_path)
    window.doc.set_profile_field("company", "Half Done Ltd")
    ws_dialogs.answers["confirm_leave_workshop"] = False
    controller.leave_button.click()
    assert ws_dialogs.names() == ["confirm_leave_workshop"]
    assert ws_dialogs.calls[0][1] == (True,)  # unfinished participant
    assert window.board.menus["workshop"].menuAction().isVisible()
    assert active_workshop(window) is controller
    assert not window.close()  # closing the window is leaving too
    assert window.isVisible() and active_workshop(window) is controller
    ws_dialogs.answers["confirm_leave_workshop"] = True
    window.action("workshop_leave").trigger()  # the Workshop menu's entry
    assert active_workshop(window) is None
    visible_menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert _tr("Workshop") not in visible_menus
    assert window.doc.assessment.profile.company == ""
    assert window.open_action.isVisible() and window.open_action.isEnabled()
    assert window.recent_menu.menuAction().isVisible()
    assert not window.navigator.isRowHidden(window.navigator.row_of("review"))
    window.go_to_section("payments")
    window.next_button.click()
    assert window.current_key() == "review"
    assert dialogs.names() == []


def test_menu_entry_starts_a_workshop(make_window, mini_bank, dialogs, ws_dialogs, tmp_path):
    window = make_window(mini_bank, features=[WorkshopFeature()])
    action = window.action("workshop_mode")
    assert action in window.board.menus["file"].actions()
    ws_dialogs.answers["ask_workshop_settings"] = WorkshopSettings(
        folder=tmp_path, event="Kanpur leather meet", date=dt.date(2026, 12, 1), facilitator="A"
    )
    action.trigger()
    controller = active_workshop(window)
    assert isinstance(controller, WorkshopController)
    assert load_session(tmp_path) == WorkshopSession(
        event="Kanpur leather meet", date=dt.date(2026, 12, 1), facilitator="A"
    )
    assert "Kanpur leather meet" in controller.label.text()


def test_start_dialog_needs_a_writable_folder(qtbot, tmp_path):
    dialog = WorkshopStartDialog(None)
    qtbot.addWidget(dialog)
    dialog.event.setText("Surat diamond exporters")
    dialog.folder.setText(str(tmp_path / "missing"))
    dialog.accept()
    assert dialog.result() != WorkshopStartDialog.DialogCode.Accepted
    assert "does not exist" in dialog.problem.text()
    dialog.folder.setText(str(tmp_path))
    dialog.copy_to.setText(str(tmp_path / "stick"))
    assert dialog.problem_text() == ""
    chosen = dialog.settings()
    assert chosen.folder == tmp_path and chosen.event == "Surat diamond exporters"
    assert chosen.copy_to == tmp_path / "stick" and chosen.bank is None
    assert chosen.date == dt.date.today()


def test_cohort_summary_button(make_window, mini_bank, dialogs, ws_dialogs, qtbot, tmp_path):
    from pypdf import PdfReader

    for i, mode in enumerate(("best", "worst", "mixed")):
        a = generated_assessment(mini_bank, mode)
        a.profile.company = f"Secret Company {i}"
        save_assessment(tmp_path / f"p{i}.json", a)
    (tmp_path / "notes.json").write_text("{not json", encoding="utf-8")
    window = make_window(mini_bank)
    controller = start_workshop(window, SESSION, tmp_path)
    with qtbot.waitSignal(controller.summaryWritten, timeout=60000) as blocker:
        controller.cohort_button.click()
    written = blocker.args[0]
    assert written.count == 3 and written.left_out == 1
    assert written.pdf == tmp_path / "cohort-summary.pdf"
    text = "".join(page.extract_text() for page in PdfReader(written.pdf).pages)
    assert "Ludhiana export workshop" in text
    assert "Secret Company" not in text
    csv = written.csv.read_text(encoding="utf-8-sig")
    assert "Secret Company" not in csv and len(csv.strip().splitlines()) == 4
    assert ws_dialogs.names() == ["ask_open_cohort_summary"]
    assert dialogs.names() == []


def test_cohort_summary_with_nobody_yet(
    make_window, mini_bank, dialogs, ws_dialogs, qtbot, tmp_path
):
    window = make_window(mini_bank)
    controller = start_workshop(window, SESSION, tmp_path)
    with qtbot.waitSignal(controller.summaryFailed, timeout=30000) as blocker:
        controller.cohort_button.click()
    assert blocker.args[0] == "no participant has finished yet"
    assert dialogs.names() == ["show_error"]
    assert not (tmp_path / "cohort-summary.pdf").exists()


def test_screenshot_of_workshop_mode(make_window, dialogs, ws_dialogs, tmp_path):
    from advisor.storage.banks import default_bank

    window = make_window(default_bank())
    start_workshop(window, SESSION, tmp_path)
    window.resize(1024, 700)
    QCoreApplication.processEvents()
    target = os.environ.get("WORKSHOP_SCREENSHOT") or str(tmp_path / "workshop.png")
    assert window.grab().save(target)


def test_other_features_are_locked_too(make_window, mini_bank, dialogs, ws_dialogs, tmp_path):
    from advisor.ui.consultant.feature import ConsultantFeature, consultant_tools

    window = make_window(mini_bank, features=[ConsultantFeature(), WorkshopFeature()])
    features = consultant_tools(window)
    workshop_action = window.action("workshop_mode")
    features.show_clients()
    controller = start_workshop(window, SESSION, tmp_path)
    assert features.clients_dialog is None or not features.clients_dialog.isVisible()
    for name in ("clients", "branding", "export_plan", "follow_up"):
        action = window.action(name)
        assert not action.isVisible() and not action.isEnabled()
    assert not window.board.menus["clients"].menuAction().isVisible()  # the Clients menu
    visible = [
        a.text()
        for top in window.menuBar().actions()
        if top.isVisible() and top.menu() is not None
        for a in top.menu().actions()
        if a.isVisible() and not a.isSeparator()
    ]
    assert window.open_action.text() not in visible
    assert workshop_action.text() not in visible and window.quit_action.text() in visible
    assert _tr("Finish and next participant") in visible  # the Workshop menu
    assert visible.count(_tr("&Leave workshop mode…")) == 1
    _fill(window, "Lockdown Exports", 3)
    controller.reset_participant()
    assert not window.action("follow_up").isEnabled()
    assert controller.end(confirm=False)
    assert window.action("clients").isVisible()
    assert window.board.menus["clients"].menuAction().isVisible()
    assert window.open_action.isEnabled()
    # and a second workshop can start from the menu
    ws_dialogs.answers["ask_workshop_settings"] = WorkshopSettings(folder=tmp_path)
    workshop_action.trigger()
    assert active_workshop(window) is not None
    assert not window.action("clients").isVisible()
