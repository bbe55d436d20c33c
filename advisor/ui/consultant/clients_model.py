"""The rows of the Clients window: one per client (its latest assessment), its
assessments under it, and the ways the list can be sorted.

What each column shows and sorts by (:data:`SORT_ROLE`: dates by time, scores by number,
stages by their threshold, names without case) is decided here; the window
(:mod:`advisor.ui.consultant.clients`) only lays it out and acts on the selection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from advisor.domain.formatting import format_date, format_score
from advisor.storage.library import AssessmentEntry

__all__ = [
    "COLUMNS",
    "KIND_ROLE",
    "PATH_ROLE",
    "SEARCH_ROLE",
    "SORTS",
    "SORT_ROLE",
    "assessment_row",
    "client_row",
    "filtered_and_sorted",
]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2  # an assessment row: its file; a client row: folder
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "client" or "assessment"
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # the text the search box looks in (column 0)
COLUMNS = ("name", "date", "assessor", "score", "stage")

_UP, _DOWN = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
SORTS: tuple[tuple[str, Qt.SortOrder], ...] = (
    ("name", _UP),
    ("name", _DOWN),
    ("date", _DOWN),
    ("date", _UP),
    ("assessor", _UP),
    ("assessor", _DOWN),
    ("score", _DOWN),
    ("score", _UP),
    ("stage", _DOWN),
    ("stage", _UP),
)
"""Every way to sort the list, in the order the "Sort by" list offers them (a column and
an order: each header click gives one of them)."""


def _item(text: str, sort: object, path: Path, kind: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(sort, SORT_ROLE)
    item.setData(str(path), PATH_ROLE)
    item.setData(kind, KIND_ROLE)
    return item


def _assessor(entry: AssessmentEntry) -> str:
    who = entry.assessment.assessor
    parts = [p.strip() for p in (who.name, who.organisation) if p.strip()]
    return parts[0] + (f" ({parts[1]})" if len(parts) > 1 else "") if parts else ""


def _summary(entry: AssessmentEntry, lang: str) -> str:
    """What a consultant looks for in one assessment: ``12 Oct 2026 · 72 · Emerging``."""
    parts = [format_date(entry.date, lang, "short")]
    if entry.score is not None:
        parts.append(format_score(entry.score, lang))
    if entry.stage is not None:
        parts.append(entry.stage.title.get(lang))
    return " · ".join(parts)


def _row(
    first: str, entry: AssessmentEntry | None, path: Path, kind: str, lang: str
) -> list[QStandardItem]:
    if entry is None:
        return [
            _item(first, first.casefold(), path, kind),
            *(_item("", -1.0 if c != "assessor" else "", path, kind) for c in COLUMNS[1:]),
        ]
    stage = entry.stage.title.get(lang) if entry.stage else ""
    score = "" if entry.score is None else format_score(entry.score, lang)
    return [
        _item(first, first.casefold(), path, kind),
        _item(format_date(entry.date, lang, "short"), entry.date.timestamp(), path, kind),
        _item(_assessor(entry), _assessor(entry).casefold(), path, kind),
        _item(score, -1.0 if entry.score is None else entry.score, path, kind),
        _item(stage, entry.stage.min if entry.stage else -1.0, path, kind),
    ]


def client_row(
    name: str, latest: AssessmentEntry | None, folder: Path, lang: str
) -> list[QStandardItem]:
    """A client's row: its name, then its latest assessment's date, assessor, score, stage."""
    return _row(name, latest, folder, "client", lang)


def assessment_row(entry: AssessmentEntry, lang: str) -> list[QStandardItem]:
    """One assessment under its client: ``date · score · stage`` said once, in the first
    column (sorted by date when the list is sorted by name), and its assessor."""
    row = _row(_summary(entry, lang), entry, entry.path, "assessment", lang)
    row[0].setToolTip(entry.path.name)
    for column in ("date", "score", "stage"):
        row[COLUMNS.index(column)].setText("")
    who = entry.assessment.assessor
    words = [entry.path.name, entry.assessment.profile.company, who.name, who.organisation]
    row[0].setData(" ".join(words), SEARCH_ROLE)
    row[0].setData(entry.date.timestamp(), SORT_ROLE)  # by name: in date order
    return row


def filtered_and_sorted(model: QStandardItemModel) -> QSortFilterProxyModel:
    """The list as shown: filtered on :data:`SEARCH_ROLE` (a client stays when one of its
    assessments matches), sorted on :data:`SORT_ROLE`."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setAutoAcceptChildRows(True)
    return proxy
