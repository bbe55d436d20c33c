"""The dialogs of the consultant features (clients, branding, plan export), in one place.

Like :mod:`advisor.ui.common.dialogs`, nothing else in the consultant modules creates a
``QFileDialog``, ``QMessageBox``, ``QInputDialog`` or ``QColorDialog``: tests replace these
functions with ``monkeypatch`` so no real modal dialog ever opens. Errors go through
:func:`advisor.ui.common.dialogs.show_error`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

__all__ = [
    "ask_branding_open_path",
    "ask_branding_save_path",
    "ask_colour",
    "ask_folder",
    "ask_logo_path",
    "ask_plan_path",
    "ask_text",
    "confirm",
    "show_list",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("consultant_dialogs", text)


def ask_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    """Ask for a folder (None when cancelled)."""
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text (None when cancelled)."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    """Ask to confirm an action; ``action`` is the text of the button that goes ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(message)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def show_list(parent: QWidget | None, title: str, message: str, details: str) -> None:
    """An information box with a long list under "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(message)
    box.setDetailedText(details)
    box.exec()


def _json_filter() -> str:
    return _tr("Branding profiles (*.json);;All files (*)")


def ask_branding_open_path(parent: QWidget | None, folder: str = "") -> Path | None:
    """Ask for a branding profile to open (None when cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open branding profile"), folder, _json_filter()
    )
    return Path(name) if name else None


def ask_branding_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a branding profile (None when cancelled)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save branding profile"), suggested, _json_filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".json")


def ask_logo_path(parent: QWidget | None, folder: str = "") -> Path | None:
    """Ask for a logo image (None when cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Choose a logo"),
        folder,
        _tr("Images (*.png *.jpg *.jpeg);;All files (*)"),
    )
    return Path(name) if name else None


def ask_colour(parent: QWidget | None, initial: str) -> str | None:
    """Ask for a colour; returns ``#RRGGBB`` (None when cancelled)."""
    colour = QColorDialog.getColor(QColor(initial), parent, _tr("Accent colour"))
    return colour.name(QColor.NameFormat.HexRgb).upper() if colour.isValid() else None


def ask_plan_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to write the action plan table (.xlsx or .csv; None when cancelled)."""
    xlsx = _tr("Excel workbook (*.xlsx)")
    csv = _tr("CSV, comma-separated (*.csv)")
    chosen = xlsx if suggested.lower().endswith(".xlsx") else csv
    name, selected = QFileDialog.getSaveFileName(
        parent, _tr("Export action plan"), suggested, f"{xlsx};;{csv}", chosen
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in (".xlsx", ".csv"):
        return path
    return path.with_name(path.name + (".csv" if selected == csv else ".xlsx"))
