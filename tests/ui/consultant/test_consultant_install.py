"""The consultant feature in the main window: menus, progress panel, branded PDF export.

The PDF export is the window's one export (File > Export PDF…): these tests press it.
"""

from __future__ import annotations

import io
from pathlib import Path

import consultant_fixtures as fx
import pytest
from pypdf import PdfReader

from advisor.domain.assessment import Answer
from advisor.domain.bank import Bank
from advisor.ui.common.settings import Settings
from advisor.ui.consultant.feature import ConsultantFeature, ConsultantTools, consultant_tools

english_interface = fx.english_interface
Recorder = fx.Recorder
bank = fx.bank
cdialogs = fx.cdialogs
client_root = fx.client_root


@pytest.fixture
def window(make_window, bank: Bank, cdialogs: Recorder):  # type: ignore[no-untyped-def]
    """The main window on the built-in bank, with the consultant feature."""
    return make_window(bank, features=[ConsultantFeature()])


def features(window) -> ConsultantTools:  # type: ignore[no-untyped-def]
    tools = consultant_tools(window)
    assert tools is not None
    return tools


def menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def test_menus_are_added(window) -> None:  # type: ignore[no-untyped-def]
    titles = menu_titles(window)
    assert titles.index("&Clients") == titles.index("&Help") - 1
    entries = window.board.entries()
    assert entries["file"][entries["file"].index("export_pdf") + 1] == "export_plan"
    assert entries["clients"] == ["clients", "follow_up", "branding"]
    names = [a.text() for a in window.board.menus["clients"].actions() if a.text()]
    assert names == ["&Clients…", "New &follow-up of this assessment", "&Branding profile…"]
    assert not window.action("follow_up").isEnabled()  # nothing saved yet


def test_clients_window_opens_a_file_in_the_main_window(window, client_root: Path) -> None:  # type: ignore[no-untyped-def]
    window.action("clients").trigger()
    dialog = features(window).clients_dialog
    names = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    dialog.tree.setCurrentIndex(dialog.proxy.index(names.index("Kaveri Foods"), 0))
    dialog.open_button.click()
    assert window.doc.path is not None
    assert window.doc.path.parent.name == "Kaveri Foods"
    assert window.doc.assessment.profile.company == "Kaveri Foods"


def test_progress_panel_on_results_when_there_is_an_earlier_visit(
    window, client_root: Path
) -> None:  # type: ignore[no-untyped-def]
    single = next((client_root / "Gupta Spices").glob("*.json"))
    assert window.files.open_path(single, ask=False)
    window.go_to_section("results")
    assert features(window).panel is not None
    assert features(window).panel.isHidden()  # only one visit: nothing to compare

    later = fx.improved_follow_up(single)
    assert window.files.open_path(later, ask=False)
    page = window.go_to_section("results")
    panel = features(window).panel
    assert panel is not None
    assert panel.parent() is page.widget()
    assert not panel.isHidden()
    assert panel.heading.text().startswith("Progress since")
    closed_before = len(panel.progress.gaps_closed)
    assert closed_before > 0
    assert "Plan actions completed: " in panel.gaps.text()

    # an edit shows at once: undo one of the improvements
    question = next(q for q in window.bank.questions if q.kind.value == "single")
    worst = question.worst_options()[0].id
    window.doc.set_answer(question.id, Answer(choice=worst))
    assert len(panel.progress.gaps_closed) <= closed_before
    assert panel.progress.new.answers[question.id] == Answer(choice=worst)


def test_follow_up_from_the_menu(window, client_root: Path) -> None:  # type: ignore[no-untyped-def]
    first = next((client_root / "Bharat Leather").glob("*.json"))
    window.files.open_path(first, ask=False)
    assert window.action("follow_up").isEnabled()
    new = features(window).follow_up()
    assert new is not None
    assert new.parent == first.parent
    assert window.doc.path == new
    window.go_to_section("results")
    assert not features(window).panel.isHidden()  # the follow-up compares with the first visit


def test_export_plan_from_the_menu(window, cdialogs: Recorder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plan.csv"
    cdialogs.answers["ask_plan_path"] = target
    window.action("export_plan").trigger()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.slow
def test_branded_pdf_with_progress(
    window, qtbot, dialogs, client_root: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    profile = fx.branding_copy(tmp_path / "brand")
    text = profile.read_text(encoding="utf-8").replace(
        "Rao Export Advisory LLP", "Rao & <Sons> निर्यात LLP"
    )
    profile.write_text(text, encoding="utf-8")
    Settings().set_branding_path(profile)
    first = next((client_root / "Nila Handicrafts").glob("*.json"))
    window.files.open_path(first, ask=False)
    later = fx.improved_follow_up(first)
    window.files.open_path(later, ask=False)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    dialogs.answers["ask_save_pdf_path"] = target
    window.export_action.trigger()
    qtbot.waitUntil(
        lambda: "show_file_written" in dialogs.names() or "show_error" in dialogs.names(),
        timeout=60000,
    )
    assert "show_error" not in dialogs.names(), dialogs.calls
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    content = "\n".join(page.extract_text() for page in reader.pages)
    assert "Rao & <Sons>" in content
    assert "Progress since" in content
    assert window.export_action.isEnabled()


def test_a_broken_active_profile_stops_the_export_with_a_message(
    window, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "branding.json"
    broken.write_text("{", encoding="utf-8")
    Settings().set_branding_path(broken)
    dialogs.answers["ask_save_pdf_path"] = tmp_path / "x.pdf"
    window.export_action.trigger()
    assert dialogs.names() == ["ask_provisional", "ask_save_pdf_path", "show_error"]
    assert dialogs.calls[-1][1][0] == "Cannot use the branding profile"
    assert not (tmp_path / "x.pdf").exists()


def test_a_bad_logo_fails_the_export_with_its_reason(
    window, qtbot, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    profile = fx.branding_copy(tmp_path / "brand")
    (tmp_path / "brand" / "branding-logo.png").write_bytes(b"GIF89a not really")
    Settings().set_branding_path(profile)
    dialogs.answers["ask_save_pdf_path"] = tmp_path / "x.pdf"
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "show_error" in dialogs.names(), timeout=60000)
    title, message = dialogs.calls[-1][1]
    assert title == "Cannot export the PDF"
    assert "branding-logo.png" in message
    assert not (tmp_path / "x.pdf").exists()
    assert window.export_action.isEnabled()


def test_cover_preview_shows_the_open_client(window, client_root: Path) -> None:  # type: ignore[no-untyped-def]
    from advisor.domain.formatting import format_date

    empty = features(window).show_branding()
    assert empty.preview.client.company == ""  # nothing open: the placeholder company
    empty.close()
    window.action("clients").trigger()
    dialog = features(window).clients_dialog
    names = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    dialog.tree.setCurrentIndex(dialog.proxy.index(names.index("Kaveri Foods"), 0))
    dialog.open_button.click()
    branding = features(window).show_branding()
    client = branding.preview.client
    assessment = window.doc.assessment
    assert client.company == "Kaveri Foods"
    assert client.assessor.startswith(assessment.assessor.name)
    assert client.date == format_date(assessment.updated_at, "en")
    branding.preview.grab()  # paints with the client's details
    branding.close()


def test_follow_up_says_a_new_file_exists_and_the_first_is_untouched(
    window, client_root: Path
) -> None:  # type: ignore[no-untyped-def]
    first = next((client_root / "Bharat Leather").glob("*.json"))
    before = first.read_bytes()
    window.files.open_path(first, ask=False)
    new = features(window).follow_up()
    assert new is not None and new != first
    message = window.statusBar().currentMessage()
    assert new.name in message and str(new.parent) in message
    assert f"The earlier assessment, {first.name}, is unchanged" in message
    assert f"({new.name})" in window.windowTitle()  # the title names the new file
    assert first.read_bytes() == before


def test_follow_up_from_the_clients_window_says_so_too(window, client_root: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    Settings().set_library_folder(client_root)
    clients = features(window).show_clients()
    rows = [clients.proxy.index(r, 0).data() for r in range(clients.proxy.rowCount())]
    clients.tree.setCurrentIndex(clients.proxy.index(rows.index("Gupta Spices"), 0))
    clients.follow_button.click()
    new = window.doc.path
    assert new is not None and new.parent.name == "Gupta Spices"
    assert new.name in window.statusBar().currentMessage()
    assert "is unchanged" in window.statusBar().currentMessage()


def test_plan_export_offers_open_and_show_in_folder(
    window, cdialogs: Recorder, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plan.csv"
    cdialogs.answers["ask_plan_path"] = target
    window.action("export_plan").trigger()
    assert dialogs.names()[-1] == "show_file_written"  # the box with Open, Show in folder
    path, _title, text = dialogs.calls[-1][1]
    assert path == target and "plan.csv" in text
