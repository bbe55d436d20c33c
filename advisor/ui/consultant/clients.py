"""The Clients window: every client firm in the consultant's folder, with its assessments.

Rebuilt from the folder every time (:class:`advisor.storage.library.ClientLibrary`): one
sub-folder per client, plain assessment files inside, nothing hidden that could disagree
with the disk. A tree lists clients (latest date, assessor, score and stage) with their
assessments under them; a search box filters it (name, assessor, organisation); the
headers sort it, and so does "Sort by", a list the keyboard reaches (Alt+S, then the
arrow keys) that follows the headers. What the rows hold is
:mod:`advisor.ui.consultant.clients_model`. Open, New client, New follow-up and Archive
act on the selection (what they do to the folder: :mod:`advisor.ui.consultant.clients_actions`);
files that could not be read are counted in a link that lists them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from advisor.domain.bank import Bank
from advisor.storage.library import Client, ClientLibrary, LibraryScan
from advisor.ui.common.settings import Settings
from advisor.ui.common.sort_arrow import arrows_follow_order
from advisor.ui.common.style import muted_label, named
from advisor.ui.consultant import clients_actions
from advisor.ui.consultant import dialogs as consultant_dialogs
from advisor.ui.consultant.clients_model import (
    COLUMNS,
    KIND_ROLE,
    PATH_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    SORTS,
    assessment_row,
    client_row,
    filtered_and_sorted,
)

__all__ = ["PATH_ROLE", "SORTS", "SORT_ROLE", "ClientsDialog"]


class ClientsDialog(QDialog):
    """The consultant's clients, rebuilt from their folder.

    ``open_file(path) -> bool`` opens an assessment in the main window (its ``open_path``).

    Signals:
        opened(str): an assessment was opened (after Open or New follow-up).
        followedUp(str, str): a follow-up was created and opened (its file, the earlier one).
    """

    opened = Signal(str)
    followedUp = Signal(str, str)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        bank: Bank,
        open_file: Callable[[Path], bool],
        settings: Settings | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.open_file = open_file
        self.settings = settings or Settings()
        self.lang = lang
        self.scan: LibraryScan | None = None
        self.setWindowTitle(self.tr("Clients"))
        self._build()
        self.resize(960, 600)
        self.refresh()
        self.search.setFocus()

    # --- layout --------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _build(self) -> None:
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.folder_label = muted_label("", self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.folder_label, 1)
        self.choose_button = self._button(self.tr("Choose &folder…"), self.choose_folder, top)
        self.refresh_button = self._button(self.tr("&Refresh"), self.refresh, top)
        box.addLayout(top)

        find = QHBoxLayout()
        self.search = named(QLineEdit(self), self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Search by company, assessor or organisation"))
        self.search.setClearButtonEnabled(True)
        find.addWidget(self.search, 1)
        self._sort_bar(find)
        box.addLayout(find)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Client / assessment"),
                self.tr("Date"),
                self.tr("Assessor"),
                self.tr("Score"),
                self.tr("Stage"),
            ]
        )
        self.proxy = filtered_and_sorted(self.model)
        self.search.textChanged.connect(self._filter)

        self.tree = named(QTreeView(self), self.tr("Clients and their assessments"))
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        arrows_follow_order(header)  # up for A to Z, down for Z to A, in every style
        header.sortIndicatorChanged.connect(self._show_sort)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.doubleClicked.connect(lambda _i: self.open_selected())
        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        box.addWidget(self.tree, 1)

        bottom = QHBoxLayout()
        self.problems_label = QLabel(self)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.linkActivated.connect(lambda _l: self.show_problems())
        bottom.addWidget(self.problems_label, 1)
        self.open_button = self._button(self.tr("&Open"), self.open_selected, bottom)
        self.open_button.setDefault(True)
        self.new_button = self._button(self.tr("&New client…"), self.new_client, bottom)
        self.follow_button = self._button(self.tr("New follow-&up"), self.follow_up, bottom)
        self.follow_button.setToolTip(
            self.tr("Copy the selected (or latest) assessment with today's date, and open it")
        )
        self.archive_button = self._button(self.tr("&Archive…"), self.archive, bottom)
        self.close_button = self._button(self.tr("Close"), self.reject, bottom)
        box.addLayout(bottom)

    def _sort_bar(self, row: QHBoxLayout) -> None:
        """ "Sort by": every column and order of the headers, for the keyboard."""
        label = QLabel(self.tr("&Sort by:"), self)
        label.setObjectName("sortLabel")
        self.sort_box = named(QComboBox(self), self.tr("Sort the clients by"))
        names = {
            ("name", Qt.SortOrder.AscendingOrder): self.tr("Name (A to Z)"),
            ("name", Qt.SortOrder.DescendingOrder): self.tr("Name (Z to A)"),
            ("date", Qt.SortOrder.DescendingOrder): self.tr("Date (newest first)"),
            ("date", Qt.SortOrder.AscendingOrder): self.tr("Date (oldest first)"),
            ("assessor", Qt.SortOrder.AscendingOrder): self.tr("Assessor (A to Z)"),
            ("assessor", Qt.SortOrder.DescendingOrder): self.tr("Assessor (Z to A)"),
            ("score", Qt.SortOrder.DescendingOrder): self.tr("Score (highest first)"),
            ("score", Qt.SortOrder.AscendingOrder): self.tr("Score (lowest first)"),
            ("stage", Qt.SortOrder.DescendingOrder): self.tr("Stage (highest first)"),
            ("stage", Qt.SortOrder.AscendingOrder): self.tr("Stage (lowest first)"),
        }
        for sort in SORTS:
            self.sort_box.addItem(names[sort])
        self.sort_box.setToolTip(self.tr("The column headers sort the list too"))
        label.setBuddy(self.sort_box)
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
        row.addWidget(label)
        row.addWidget(self.sort_box)

    def _sort_chosen(self, index: int) -> None:
        if 0 <= index < len(SORTS):
            column, order = SORTS[index]
            self.tree.sortByColumn(COLUMNS.index(column), order)

    def _show_sort(self, section: int, order: Qt.SortOrder) -> None:
        """A header click shows its sort in "Sort by"."""
        sort = (COLUMNS[section], order) if 0 <= section < len(COLUMNS) else None
        if sort in SORTS and self.sort_box.currentIndex() != SORTS.index(sort):
            self.sort_box.blockSignals(True)
            self.sort_box.setCurrentIndex(SORTS.index(sort))
            self.sort_box.blockSignals(False)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(" ".join(text.split()))
        if text.strip():
            self.tree.expandAll()

    # --- reading the folder --------------------------------------------------------------

    def library(self) -> ClientLibrary | None:
        """The library of the chosen folder (None before one is chosen)."""
        folder = self.settings.library_folder()
        return ClientLibrary(folder, self.bank) if folder is not None else None

    def refresh(self) -> None:
        """Rebuild the list from the folder."""
        from advisor.storage import DocumentError

        library = self.library()
        self.model.removeRows(0, self.model.rowCount())
        self.scan = None
        if library is None:
            self.folder_label.setText(
                self.tr("Choose the folder that holds one sub-folder per client.")
            )
        else:
            self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(library.root)))
            try:
                self.scan = library.scan()
            except DocumentError as exc:
                from advisor.ui.common.file_words import file_message

                self.folder_label.setText(file_message(exc))
        clients = self.scan.clients if self.scan else ()
        for client in clients:
            self._add_client(client)
        problems = self.scan.problems if self.scan else ()
        if problems:
            text = self.tr("%n file(s) could not be read", "", len(problems))
            self.problems_label.setText(f"<a href='#problems'>{html.escape(text)}</a>")
        else:
            self.problems_label.clear()
        self.proxy.sort(
            self.tree.header().sortIndicatorSection(), self.tree.header().sortIndicatorOrder()
        )
        self._update_buttons()

    def _add_client(self, client: Client) -> None:
        row = client_row(client.name, client.latest, client.folder, self.lang)
        count = len(client.assessments)
        row[0].setToolTip(
            self.tr("%n assessment(s) in %1", "", count).replace("%1", str(client.folder))
        )
        haystack = [client.name, client.folder.name]
        for entry in client.assessments:
            who = entry.assessment.assessor
            haystack += [entry.assessment.profile.company, who.name, who.organisation]
            row[0].appendRow(assessment_row(entry, self.lang))
        row[0].setData(" ".join(haystack), SEARCH_ROLE)
        self.model.appendRow(row)

    def show_problems(self) -> None:
        """List the files that could not be read, with why."""
        problems = self.scan.problems if self.scan else ()
        details = "\n".join(f"{p.path}: {p.said(self.lang)}" for p in problems)
        consultant_dialogs.show_list(
            self,
            self.tr("Files that could not be read"),
            self.tr("These files were skipped. Fix or move them, then press Refresh."),
            details,
        )

    # --- the selection -------------------------------------------------------------------

    def selected(self) -> tuple[str, Path] | None:
        """("client", folder) or ("assessment", file) of the selected row."""
        indexes = self.tree.selectionModel().selectedRows(0)
        if not indexes:
            return None
        index: QModelIndex = indexes[0]
        return str(index.data(KIND_ROLE)), Path(str(index.data(PATH_ROLE)))

    def _selected_client(self) -> Client | None:
        chosen = self.selected()
        if chosen is None or self.scan is None:
            return None
        folder = chosen[1] if chosen[0] == "client" else chosen[1].parent
        return next((c for c in self.scan.clients if c.folder == folder), None)

    def _selected_assessment(self) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        if chosen[0] == "assessment":
            return chosen[1]
        client = self._selected_client()
        return client.latest.path if client and client.latest else None

    def _update_buttons(self) -> None:
        has_library = self.settings.library_folder() is not None
        has_file = self._selected_assessment() is not None
        self.open_button.setEnabled(has_file)
        self.follow_button.setEnabled(has_file)
        self.archive_button.setEnabled(self._selected_client() is not None)
        self.new_button.setEnabled(has_library)
        self.refresh_button.setEnabled(has_library)

    def select_path(self, path: Path) -> bool:
        """Select the row of a client folder or assessment file (True when found)."""
        for row in range(self.proxy.rowCount()):
            parent = self.proxy.index(row, 0)
            candidates = [parent] + [
                self.proxy.index(r, 0, parent) for r in range(self.proxy.rowCount(parent))
            ]
            for index in candidates:
                if Path(str(index.data(PATH_ROLE))) == path:
                    self.tree.expand(parent)
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    # --- actions -------------------------------------------------------------------------

    def choose_folder(self) -> None:
        """Ask for the clients folder and show it."""
        current = self.settings.library_folder()
        folder = consultant_dialogs.ask_folder(
            self, self.tr("Folder of client folders"), str(current or Path.home())
        )
        if folder is not None:
            self.settings.set_library_folder(folder)
            self.refresh()

    def _open(self, path: Path) -> None:
        if self.open_file(path):
            self.opened.emit(str(path))
            self.accept()

    def open_selected(self) -> None:
        """Open the selected assessment (a client row: its latest)."""
        path = self._selected_assessment()
        if path is not None:
            self._open(path)

    def new_client(self) -> None:
        """Make a folder for a new client with a first, empty assessment, and open it."""
        library = self.library()
        path = clients_actions.new_client(self, library, self.bank) if library else None
        self._show_and_open(path)

    def follow_up(self) -> None:
        """Copy the selected (or latest) assessment with today's date, and open the copy."""
        library, path = self.library(), self._selected_assessment()
        if library is None or path is None:
            return
        new = clients_actions.follow_up(self, library, path)
        if new is None:
            return
        self.refresh()
        self.select_path(new)
        if self.open_file(new):
            self.followedUp.emit(str(new), str(path))  # the window says a new file exists
            self.opened.emit(str(new))
            self.accept()

    def archive(self) -> None:
        """Move the selected client's folder into ``_archive`` (after asking)."""
        library, client = self.library(), self._selected_client()
        if (
            library is not None
            and client is not None
            and clients_actions.archive(self, library, client)
        ):
            self.refresh()

    def _show_and_open(self, path: Path | None) -> None:
        if path is not None:
            self.refresh()
            self.select_path(path)
            self._open(path)
