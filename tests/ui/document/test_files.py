"""Open, save, the save-on-close prompt, broken files, recent files."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from advisor.domain.assessment import Answer, PlanStatus
from advisor.storage import save_assessment
from advisor.ui.assessment.plan_model import COLUMNS
from advisor.ui.common.dialogs import DiscardChoice
from advisor.ui.common.settings import Settings
from tests.ui.conftest import generated_assessment


def _cell(model, row: int, column: str):  # type: ignore[no-untyped-def]
    return model.index(row, COLUMNS.index(column))


def test_plan_edits_survive_save_and_reopen(tmp_path, make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    window.doc.set_answer("log.iec", Answer(choice="no"))
    window.doc.set_answer("pay.reply", Answer(number=100))
    plan = window.go_to_section("plan")
    model = plan.model
    assert model.rowCount() == 2
    action_id = model.action(0).id
    assert model.setData(_cell(model, 0, "owner"), "Asha Rao")
    assert model.setData(_cell(model, 0, "due"), QDate(2027, 1, 31))
    assert model.setData(_cell(model, 0, "status"), "in_progress")
    assert model.setData(_cell(model, 0, "notes"), "Call DGFT helpdesk ₹ दस्तावेज़")
    assert model.data(_cell(model, 0, "status")) == "In progress"
    assert model.data(_cell(model, 0, "due"), Qt.ItemDataRole.DisplayRole) == "31 Jan 2027"

    target = tmp_path / "client.json"
    dialogs.answers["ask_save_path"] = target
    assert window.files.save()
    assert not window.isWindowModified()

    second = make_window(mini_bank)
    assert second.files.open_path(target)
    edit = second.doc.assessment.plan[action_id]
    assert edit.owner == "Asha Rao"
    assert edit.due == dt.date(2027, 1, 31)
    assert edit.status is PlanStatus.IN_PROGRESS
    assert edit.notes == "Call DGFT helpdesk ₹ दस्तावेज़"
    reopened = second.go_to_section("plan").model
    assert reopened.data(_cell(reopened, 0, "owner")) == "Asha Rao"
    # undo of a plan edit
    reopened.setData(_cell(reopened, 0, "owner"), "Ravi")
    second.undo_action.trigger()
    assert second.doc.assessment.plan[action_id].owner == "Asha Rao"
    plan_page = second.page("plan")
    plan_page.table.setCurrentIndex(_cell(reopened, 0, "notes"))
    plan_page.clear_due.click()
    assert second.doc.assessment.plan[action_id].due is None
    assert (
        target in [p for p in Settings().recent_files()]
        or target.resolve() in Settings().recent_files()
    )


def test_save_on_close_prompt(tmp_path, make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    window.close()  # nothing changed: no question
    assert "confirm_discard" not in dialogs.names()

    window = make_window(mini_bank)
    window.page("logistics").cards["log.iec"].option_buttons["yes"].click()
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    dialogs.answers["confirm_discard"] = DiscardChoice.CANCEL
    window.close()
    assert window.isVisible()
    assert dialogs.names().count("confirm_discard") == 1

    dialogs.answers["confirm_discard"] = DiscardChoice.SAVE
    dialogs.answers["ask_save_path"] = None  # cancelled the save dialog: stay open
    window.close()
    assert window.isVisible()

    target = tmp_path / "saved.json"
    dialogs.answers["ask_save_path"] = target
    window.close()
    assert not window.isVisible()
    assert target.is_file()


def test_discard_closes_without_saving(tmp_path, make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    dialogs.answers["confirm_discard"] = DiscardChoice.DISCARD
    window.close()
    assert not window.isVisible()
    assert "ask_save_path" not in dialogs.names()


def test_broken_file_shows_the_storage_message_and_stays_untouched(
    tmp_path, make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    broken = tmp_path / "broken.json"
    raw = b'{"format": "export-advisor/assessment", "schema_version": 1, "bank": '
    broken.write_bytes(raw)
    before = broken.stat().st_mtime_ns
    assert not window.files.open_path(broken)
    name, args = dialogs.calls[-1]
    assert name == "show_error"
    assert "not valid JSON" in args[1]
    assert str(broken) in args[1]
    assert broken.read_bytes() == raw
    assert broken.stat().st_mtime_ns == before
    assert window.doc.path is None


def test_file_for_another_bank_is_refused(tmp_path, make_window, dialogs, mini_bank) -> None:
    from advisor.storage.banks import default_bank

    other = tmp_path / "other.json"
    save_assessment(other, generated_assessment(default_bank(), "best"))
    raw = other.read_bytes()
    window = make_window(mini_bank)
    assert not window.files.open_path(other)
    assert dialogs.names()[-1] == "show_error"
    assert "bank" in dialogs.calls[-1][1][1]
    assert other.read_bytes() == raw


def test_new_and_open_dialog(qtbot, tmp_path, make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    window.doc.set_profile_field("company", "Acme: Exports")
    assert window.windowTitle().startswith("Acme: Exports")
    dialogs.answers["confirm_discard"] = DiscardChoice.DISCARD
    with qtbot.waitSignal(window.documentReplaced) as replaced:
        window.new_action.trigger()
    assert replaced.args[0] is window.doc
    assert window.doc.assessment.profile.company == ""
    assert window.page("profile").company.text() == ""

    target = tmp_path / "x.json"
    assessment = generated_assessment(mini_bank, "mixed")
    save_assessment(target, assessment)
    dialogs.answers["ask_open_path"] = target
    window.open_action.trigger()
    assert window.doc.assessment.profile.company == assessment.profile.company
    assert window.page("profile").company.text() == assessment.profile.company
    assert window.doc.path == target
    assert not window.isWindowModified()
    window.recent_menu.aboutToShow.emit()  # as when the menu opens
    assert any(target.name in a.text() for a in window.recent_menu.actions())


def test_about_and_geometry(make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    window.about_action.trigger()
    name, args = dialogs.calls[-1]
    assert name == "show_about"
    assert "mini 1.0.0" in args[1]
    assert "Open Font License" in args[1]
    window.resize(900, 600)
    window.close()
    assert Settings().geometry() is not None


def test_save_failure_is_reported_and_changes_kept(
    tmp_path, make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    dialogs.answers["ask_save_path"] = tmp_path / "no-such-folder" / "a.json"
    assert not window.files.save()
    name, args = dialogs.calls[-1]
    assert name == "show_error"
    assert "could not save" in args[1]
    assert window.isWindowModified()
    assert window.doc.path is None


def test_empty_assessment_results_and_plan(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    results = window.go_to_section("results")
    assert results.score_label.text() == "Not assessed yet"  # never "0 / 100"
    assert not results.provisional_label.isHidden()
    assert "not assessed yet" in results.areas["logistics"].title.text()
    assert "No answers yet" in results.areas["logistics"].status.text()
    assert results.no_blockers_label.isHidden()  # the IEC question is not answered
    assert not results.unconfirmed_label.isHidden()
    assert results.unconfirmed_links[0].isVisibleTo(results)
    plan = window.go_to_section("plan")
    assert plan.model.rowCount() == 0
    assert plan.empty_label.isVisible()
