"""The Clients window: ten clients from a folder, search, sort, open, follow-up, archive."""

from __future__ import annotations

from pathlib import Path

import consultant_fixtures as fx
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from advisor.domain.bank import Bank
from advisor.ui.common.settings import Settings
from advisor.ui.consultant.clients import SORT_ROLE, SORTS, ClientsDialog
from advisor.ui.consultant.clients_model import COLUMNS

english_interface = fx.english_interface
Recorder = fx.Recorder
CLIENT_NAMES = fx.CLIENT_NAMES
bank = fx.bank
cdialogs = fx.cdialogs
client_root = fx.client_root


@pytest.fixture
def opened() -> list[Path]:
    """The files the dialog asked the main window to open."""
    return []


@pytest.fixture
def clients(qtbot, bank: Bank, client_root: Path, opened: list[Path], cdialogs: Recorder, dialogs):  # type: ignore[no-untyped-def]
    """The Clients window on the ten clients (shown at 1024x700)."""
    dialog = ClientsDialog(bank, lambda p: opened.append(p) or True)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def top_names(dialog: ClientsDialog) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def select_client(dialog: ClientsDialog, name: str) -> None:
    row = top_names(dialog).index(name)
    dialog.tree.setCurrentIndex(dialog.proxy.index(row, 0))


def test_ten_clients_listed_with_their_assessments(clients: ClientsDialog) -> None:
    names = top_names(clients)
    assert sorted(names) == sorted(CLIENT_NAMES)
    assert names == sorted(names, key=str.casefold)  # by name at first
    sharma = clients.proxy.index(names.index("Sharma Textiles"), 0)
    assert clients.proxy.rowCount(sharma) == 2  # the first visit and its follow-up
    visits = [clients.proxy.index(r, 0, sharma) for r in range(2)]
    assert [v.data().split(" · ")[0] for v in visits] == ["3 Jan 2026", "20 Nov 2026"]  # over time
    for visit in visits:  # "12 Oct 2026 · 72 · Emerging", the file name in a tooltip
        _day, score, stage = visit.data().split(" · ")
        assert score.isdigit() and stage
        assert visit.data(Qt.ItemDataRole.ToolTipRole).endswith(".json")
    score = clients.proxy.index(names.index("Sharma Textiles"), 3).data()
    assert score.isdigit()
    assert clients.problems_label.text() == ""


def test_search_filters_by_name_assessor_and_organisation(clients: ClientsDialog) -> None:
    clients.search.setText("spices")
    assert top_names(clients) == ["Gupta Spices"]
    clients.search.setText("मसाले")
    assert top_names(clients) == ["मसाले एक्सपोर्ट्स"]
    clients.search.setText("  tiruppur   exporters ")  # an organisation, spaces folded
    found = top_names(clients)
    assert found
    assert len(found) < len(CLIENT_NAMES)
    clients.search.setText("no such firm")
    assert top_names(clients) == []
    clients.search.clear()
    assert len(top_names(clients)) == len(CLIENT_NAMES)


def test_sort_by_score_and_date(clients: ClientsDialog) -> None:
    clients.tree.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    scores = [float(clients.proxy.index(r, 3).data()) for r in range(clients.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    clients.tree.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    stamps = [clients.proxy.index(r, 1).data(SORT_ROLE) for r in range(clients.proxy.rowCount())]
    assert stamps == sorted(stamps)
    assert top_names(clients)[0] == "Gupta Spices"  # 4 Feb 2026, the oldest latest visit
    clients.tree.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert top_names(clients)[0] == "मसाले एक्सपोर्ट्स"


def test_sort_by_with_the_keyboard_only(clients: ClientsDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+S reaches "Sort by" (its label says so); the arrow keys choose a sort."""
    clients.activateWindow()
    qtbot.waitUntil(clients.search.hasFocus)
    assert clients.findChild(QLabel, "sortLabel").text() == "&Sort by:"
    QTest.keyClick(clients.search, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert clients.sort_box.hasFocus()
    assert clients.sort_box.currentText() == "Name (A to Z)"
    QTest.keyClick(clients.sort_box, Qt.Key.Key_Down)
    assert clients.sort_box.currentText() == "Name (Z to A)"
    assert top_names(clients) == sorted(CLIENT_NAMES, key=str.casefold, reverse=True)
    for _ in range(5):
        QTest.keyClick(clients.sort_box, Qt.Key.Key_Down)
    assert clients.sort_box.currentText() == "Score (highest first)"
    scores = [float(clients.proxy.index(r, 3).data()) for r in range(clients.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    header = clients.tree.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        3,
        Qt.SortOrder.DescendingOrder,
    )
    # Tab goes on to the list; a header click shows in "Sort by"
    QTest.keyClick(clients.sort_box, Qt.Key.Key_Tab)
    assert clients.tree.hasFocus()
    clients.tree.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert clients.sort_box.currentText() == "Date (oldest first)"
    assert top_names(clients)[0] == "Gupta Spices"


def _arrow_points_up(header) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sort arrow drawn on the sorted section points up (its widest row of
    pixels at the bottom), read from a screenshot of the header: the dark pixels between
    the section's title and its right edge."""
    section = header.sortIndicatorSection()
    title = str(header.model().headerData(section, Qt.Orientation.Horizontal))
    left = header.sectionViewportPosition(section)
    start = left + 4 + header.fontMetrics().horizontalAdvance(title) + 2
    place = QRect(start, 0, left + header.sectionSize(section) - 2 - start, header.height())
    image = header.grab().toImage()
    background = image.pixelColor(place.left(), header.height() - 2).lightness()
    widths = []
    for y in range(max(place.top(), 0), min(place.bottom(), image.height() - 1) + 1):
        dark = sum(
            1
            for x in range(max(place.left(), 0), min(place.right(), image.width() - 1) + 1)
            if image.pixelColor(x, y).lightness() < background - 60
        )
        if dark:
            widths.append(dark)
    assert len(widths) >= 2, "no arrow drawn"
    assert widths[0] != widths[-1], widths
    return widths[-1] > widths[0]


def test_the_header_arrow_agrees_with_every_sort(clients: ClientsDialog) -> None:
    """Up (▲) for A to Z, oldest and lowest first; down (▼) for Z to A, newest, highest."""
    header = clients.tree.header()
    for index, (column, order) in enumerate(SORTS):
        clients.sort_box.setCurrentIndex(index)
        QApplication.processEvents()
        assert header.sortIndicatorSection() == COLUMNS.index(column)
        ascending = order == Qt.SortOrder.AscendingOrder
        assert _arrow_points_up(header) == ascending, clients.sort_box.currentText()


def test_open_a_client_opens_its_latest_assessment(
    clients: ClientsDialog, opened: list[Path]
) -> None:
    assert not clients.open_button.isEnabled()
    select_client(clients, "Rao Engineering")
    assert clients.open_button.isEnabled()
    clients.open_button.click()
    assert len(opened) == 1
    assert opened[0].parent.name == "Rao Engineering"
    assert opened[0].name.endswith("2026-11-20.json")
    assert clients.result() == clients.DialogCode.Accepted


def test_follow_up_is_created_and_opened(
    clients: ClientsDialog, opened: list[Path], client_root: Path
) -> None:
    select_client(clients, "Gupta Spices")
    before = sorted((client_root / "Gupta Spices").glob("*.json"))
    clients.follow_button.click()
    after = sorted((client_root / "Gupta Spices").glob("*.json"))
    assert len(after) == len(before) + 1
    new = next(p for p in after if p not in before)
    assert opened == [new]
    from advisor.storage import load_assessment

    old_a, new_a = load_assessment(before[0]).assessment, load_assessment(new).assessment
    assert new_a.answers == old_a.answers
    assert new_a.profile == old_a.profile
    assert new_a.created_at > old_a.created_at


def test_new_client_gets_a_safe_folder_and_a_first_file(
    clients: ClientsDialog, cdialogs: Recorder, opened: list[Path], client_root: Path
) -> None:
    cdialogs.answers["ask_text"] = 'Shree/Ganesh: "निर्यात" <Co>?'
    clients.new_button.click()
    assert len(opened) == 1
    folder = opened[0].parent
    assert folder.parent == client_root
    assert not set('/\\:*?"<>|') & set(folder.name)
    assert "निर्यात" in folder.name
    from advisor.storage import load_assessment

    assert load_assessment(opened[0]).assessment.profile.company == 'Shree/Ganesh: "निर्यात" <Co>?'


def test_new_client_cancelled_does_nothing(clients: ClientsDialog, client_root: Path) -> None:
    before = sorted(client_root.iterdir())
    clients.new_button.click()
    assert sorted(client_root.iterdir()) == before


def test_archive_asks_first(clients: ClientsDialog, cdialogs: Recorder, client_root: Path) -> None:
    select_client(clients, "Zenith Pharma")
    clients.archive_button.click()  # the confirmation says no
    assert cdialogs.names() == ["confirm"]
    assert (client_root / "Zenith Pharma").is_dir()
    cdialogs.answers["confirm"] = True
    select_client(clients, "Zenith Pharma")
    clients.archive_button.click()
    assert not (client_root / "Zenith Pharma").exists()
    assert (client_root / "_archive" / "Zenith Pharma").is_dir()
    assert "Zenith Pharma" not in top_names(clients)
    assert len(top_names(clients)) == len(CLIENT_NAMES) - 1


def test_unreadable_files_are_listed_unobtrusively(
    clients: ClientsDialog, cdialogs: Recorder, client_root: Path
) -> None:
    (client_root / "Gupta Spices" / "broken.json").write_text("{not json", encoding="utf-8")
    (client_root / "stray.json").write_text("{}", encoding="utf-8")
    clients.refresh_button.click()
    assert "2 file(s) could not be read" in clients.problems_label.text()
    assert len(top_names(clients)) == len(CLIENT_NAMES)
    clients.show_problems()
    details = cdialogs.args("show_list")[2]
    assert "broken.json" in details
    assert "stray.json" in details


def test_choose_folder_is_remembered(
    qtbot, bank: Bank, tmp_path: Path, cdialogs: Recorder, dialogs
) -> None:  # type: ignore[no-untyped-def]
    dialog = ClientsDialog(bank, lambda _p: True)
    qtbot.addWidget(dialog)
    assert top_names(dialog) == []
    assert not dialog.new_button.isEnabled()
    folder = tmp_path / "My clients"
    folder.mkdir()
    (folder / "Only Client").mkdir()
    cdialogs.answers["ask_folder"] = folder
    dialog.choose_button.click()
    assert Settings().library_folder() == folder
    assert top_names(dialog) == ["Only Client"]
    assert dialog.new_button.isEnabled()
    again = ClientsDialog(bank, lambda _p: True)
    qtbot.addWidget(again)
    assert top_names(again) == ["Only Client"]


def test_a_missing_folder_is_said_plainly(
    qtbot, bank: Bank, tmp_path: Path, cdialogs: Recorder
) -> None:  # type: ignore[no-untyped-def]
    Settings().set_library_folder(tmp_path / "gone")
    dialog = ClientsDialog(bank, lambda _p: True)
    qtbot.addWidget(dialog)
    assert "does not exist" in dialog.folder_label.text()
    assert top_names(dialog) == []
