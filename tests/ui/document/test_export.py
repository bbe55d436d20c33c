"""PDF export (the window's one export): a worker thread, the offer to open the file.

The suggested name's policy is tested in tests/storage/test_filenames.py."""

from __future__ import annotations

import datetime as dt

from advisor import services
from advisor.domain.assessment import Answer


def test_export_writes_the_pdf_in_a_worker(
    tmp_path, qtbot, make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    window.doc.set_profile_field("company", "Acme/Exports")
    window.doc.set_answer("log.iec", Answer(choice="no"))
    target = tmp_path / "out.pdf"
    dialogs.answers["ask_save_pdf_path"] = target
    dialogs.answers["show_file_written"] = None
    window.export_action.trigger()
    suggested = dialogs.calls[-1][1][0]
    assert suggested.endswith(f"Acme-Exports-{dt.date.today().isoformat()}.pdf")
    assert not window.export_action.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: "show_file_written" in dialogs.names(), timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.export_action.isEnabled()


def test_export_failure_is_reported(
    tmp_path, qtbot, make_window, dialogs, mini_bank, monkeypatch
) -> None:
    def broken(*_args: object) -> bytes:
        raise ValueError("the logo cannot be used")

    monkeypatch.setattr(services, "export_pdf", broken)
    window = make_window(mini_bank)
    dialogs.answers["ask_save_pdf_path"] = tmp_path / "out.pdf"
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "show_error" in dialogs.names(), timeout=10000)
    assert "the logo cannot be used" in dialogs.calls[-1][1][1]
    assert not (tmp_path / "out.pdf").exists()


def test_cancelled_export_does_nothing(make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    window.export_action.trigger()
    assert window.export_action.isEnabled()
    assert dialogs.names() == ["ask_provisional", "ask_save_pdf_path"]  # nothing answered


def test_a_provisional_result_warns_before_export_with_the_missing_areas(
    make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    dialogs.answers["ask_provisional"] = None  # cancel
    window.export_action.trigger()
    assert dialogs.names() == ["ask_provisional"]  # no save dialog after a cancel
    (missing,) = dialogs.calls[0][1]
    titles = [title for title, _state, _qid in missing]
    assert titles == ["Logistics", "Payments"]
    assert missing[1][1] == "not assessed yet"
    assert missing[1][2] == "pay.reply"  # each area links to its first open question


def test_picking_a_missing_area_goes_to_its_question(make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    dialogs.answers["ask_provisional"] = "pay.reply"
    window.export_action.trigger()
    assert dialogs.names() == ["ask_provisional"]
    assert window.current_key() == "payments"


def test_a_result_that_stands_exports_without_a_warning(make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    for question in mini_bank.questions:
        if question.kind.value == "number":
            answer = Answer(number=question.best_number())
        elif question.kind.value == "multi":
            answer = Answer(choices=[question.options[0].id])
        else:
            answer = Answer(choice=question.options[0].id)
        window.doc.set_answer(question.id, answer)
    assert not window.doc.result().provisional
    window.export_action.trigger()
    assert dialogs.names() == ["ask_save_pdf_path"]


def test_closing_waits_for_no_export_that_is_not_running(
    qtbot, make_window, dialogs, mini_bank
) -> None:
    """Other background work (a workshop's cohort summary...) never holds the window open."""
    import threading
    import time

    from advisor.ui.common.jobs import run_in_background

    window = make_window(mini_bank, features="app")
    release = threading.Event()
    job = run_in_background(lambda: release.wait(10), lambda _r: None, lambda _m: None)
    started = time.monotonic()
    assert window.close()
    assert time.monotonic() - started < 2
    release.set()
    job.wait()


def test_the_plan_pages_button_exports_the_pdf(
    tmp_path, qtbot, make_window, dialogs, mini_bank
) -> None:
    """The last step ends with a visible way to the deliverable: the same export."""
    from PySide6.QtCore import Qt

    window = make_window(mini_bank)
    window.doc.set_answer("log.iec", Answer(choice="no"))
    window.go_to(window.navigator.row_of("plan"))
    button = window.page("plan").get_plan
    assert button.isVisibleTo(window) and button.isEnabled()
    assert button.text() == "Get my action &plan (PDF)"
    target = tmp_path / "plan.pdf"
    dialogs.answers["ask_save_pdf_path"] = target
    dialogs.answers["show_file_written"] = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # the window's action is busy, and so is its button
    qtbot.waitUntil(lambda: "show_file_written" in dialogs.names(), timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert button.isEnabled()
