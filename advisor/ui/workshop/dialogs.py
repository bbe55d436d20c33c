"""The dialogs of workshop mode, each behind a small function that tests replace.

* :class:`WorkshopStartDialog` / :func:`ask_workshop_settings`: the event name, date,
  facilitator, the folder to save into, an optional bank and an optional second folder
  (a USB stick) when workshop mode is started from the File menu;
* :func:`show_participant_done`: where the participant's PDF is (and the copy);
* :func:`confirm_leave_workshop`, :func:`ask_open_cohort_summary`, :func:`ask_folder`,
  :func:`ask_bank_path`.

Like :mod:`advisor.ui.common.dialogs`, nothing else in workshop mode creates a ``QMessageBox``
or a ``QFileDialog``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor.domain.limits import MAX_SHORT_TEXT
from advisor.ui.common.style import alert_colour, muted_label, named

__all__ = [
    "WorkshopSettings",
    "WorkshopStartDialog",
    "ask_bank_path",
    "ask_folder",
    "ask_open_cohort_summary",
    "ask_workshop_settings",
    "confirm_leave_workshop",
    "show_participant_done",
]

MAX_TEXT = MAX_SHORT_TEXT  # the session file's limit for event and facilitator


def _tr(text: str) -> str:
    return QCoreApplication.translate("workshop", text)


@dataclass(frozen=True)
class WorkshopSettings:
    """What the facilitator chose in the start dialog."""

    folder: Path
    event: str = ""
    date: dt.date | None = None
    facilitator: str = ""
    bank: Path | None = None
    copy_to: Path | None = None


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """Ask for a folder (None when cancelled)."""
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def ask_bank_path(parent: QWidget | None, start: str = "") -> Path | None:
    """Ask for a question bank file (None when cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Question bank"), start, _tr("Question banks (*.yaml *.yml);;All files (*)")
    )
    return Path(name) if name else None


class WorkshopStartDialog(QDialog):
    """Start workshop mode: the event, the folder to save into, optional extras."""

    def __init__(self, parent: QWidget | None = None, initial: WorkshopSettings | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Start workshop mode"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                _tr(
                    "Each participant answers, then presses “Finish and next participant”: "
                    "their assessment and PDF are saved in the workshop folder and the app "
                    "starts clean for the next person. Other folders cannot be opened."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.event = self._edit(_tr("Event name"), _tr("e.g. Ludhiana export workshop"))
        form.addRow(_tr("&Event:"), self.event)
        self.date = named(QDateEdit(self), _tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        form.addRow(_tr("&Date:"), self.date)
        self.facilitator = self._edit(_tr("Facilitator"), _tr("your name"))
        form.addRow(_tr("&Facilitator:"), self.facilitator)
        self.folder = self._edit(_tr("Workshop folder"), _tr("where every participant's files go"))
        form.addRow(_tr("Workshop f&older:"), self._with_browse(self.folder, self._browse_folder))
        self.bank = self._edit(_tr("Question bank"), _tr("optional: the built-in bank"))
        form.addRow(_tr("Question &bank:"), self._with_browse(self.bank, self._browse_bank))
        self.copy_to = self._edit(
            _tr("Second folder for the PDFs"), _tr("optional: e.g. a USB stick")
        )
        form.addRow(_tr("&Second folder:"), self._with_browse(self.copy_to, self._browse_copy))
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {alert_colour().name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Start workshop"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from advisor.storage.portable import workshop_dir

        # in portable mode the workshop's files go on the stick unless chosen otherwise
        self.set_settings(initial or WorkshopSettings(workshop_dir() or Path()))

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = named(QLineEdit(self), name)
        edit.setMaxLength(MAX_TEXT if name in (_tr("Event name"), _tr("Facilitator")) else 1000)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _with_browse(self, edit: QLineEdit, slot) -> QWidget:  # type: ignore[no-untyped-def]
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = named(QPushButton(_tr("Browse…"), box), _tr("Browse for ") + edit.accessibleName())
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    def _browse_folder(self) -> None:
        path = ask_folder(self, _tr("Workshop folder"), self.folder.text())
        if path is not None:
            self.folder.setText(str(path))

    def _browse_bank(self) -> None:
        path = ask_bank_path(self, self.bank.text())
        if path is not None:
            self.bank.setText(str(path))

    def _browse_copy(self) -> None:
        path = ask_folder(self, _tr("Second folder for the PDFs"), self.copy_to.text())
        if path is not None:
            self.copy_to.setText(str(path))

    def set_settings(self, settings: WorkshopSettings) -> None:
        """Fill the fields."""
        self.event.setText(settings.event)
        day = settings.date or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.facilitator.setText(settings.facilitator)
        self.folder.setText(str(settings.folder) if str(settings.folder) not in ("", ".") else "")
        self.bank.setText(str(settings.bank) if settings.bank else "")
        self.copy_to.setText(str(settings.copy_to) if settings.copy_to else "")

    def settings(self) -> WorkshopSettings:
        """What the fields say now."""
        day = self.date.date()
        return WorkshopSettings(
            folder=Path(self.folder.text().strip()),
            event=self.event.text().strip(),
            date=dt.date(day.year(), day.month(), day.day()),
            facilitator=self.facilitator.text().strip(),
            bank=Path(self.bank.text().strip()) if self.bank.text().strip() else None,
            copy_to=Path(self.copy_to.text().strip()) if self.copy_to.text().strip() else None,
        )

    def problem_text(self) -> str:
        """Why the dialog cannot be accepted yet ("" when it can)."""
        from advisor.storage.workshop import probe_write_wording
        from advisor.ui.common.file_words import interface_language

        text = self.folder.text().strip()
        if not text:
            return _tr("Choose the workshop folder where every participant's files go.")
        problem = probe_write_wording(Path(text))
        if problem:
            said = problem.render(interface_language())
            return _tr("The workshop folder cannot be used: %1").replace("%1", said)
        bank = self.bank.text().strip()
        if bank and not Path(bank).is_file():
            return _tr("The question bank file does not exist.")
        return ""

    def accept(self) -> None:
        """Start only with a folder that can be written."""
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if not problem:
            super().accept()


def ask_workshop_settings(
    parent: QWidget | None, initial: WorkshopSettings | None = None
) -> WorkshopSettings | None:
    """The start dialog; None when cancelled."""
    dialog = WorkshopStartDialog(parent, initial)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.settings()
    finally:
        dialog.deleteLater()


def show_participant_done(
    parent: QWidget | None,
    pdf: Path,
    copy: Path | None,
    copy_problem: str,
    summary: Path | None = None,
) -> None:
    """Tell the participant where their PDF (and summary image) is, and whether the copy
    worked. **Open** shows the PDF (the box stays); **Next participant** goes on."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Your action plan is saved"))
    text = _tr("Your PDF action plan is saved as:") + f"\n{pdf}"
    if summary is not None:
        text += "\n\n" + _tr("A one-page summary to send from your phone:") + f"\n{summary}"
    box.setText(text)
    if copy is not None:
        box.setIcon(QMessageBox.Icon.Information)
        box.setInformativeText(_tr("A copy is in:") + f"\n{copy}")
    elif copy_problem:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            _tr(
                "The copy to the second folder failed: %1. Your files are safe in the workshop "
                "folder; ask the facilitator for a copy."
            ).replace("%1", copy_problem)
        )
    else:
        box.setIcon(QMessageBox.Icon.Information)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(_tr("Next participant"))
    open_pdf = box.addButton(_tr("&Open the PDF"), QMessageBox.ButtonRole.ActionRole)
    open_pdf.clicked.disconnect()  # opening the PDF does not close the box
    open_pdf.clicked.connect(lambda: _open_written(pdf))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()


def _open_written(path: Path) -> None:
    from advisor.ui.common import written

    written.open_file(path)


def confirm_leave_workshop(parent: QWidget | None, unfinished: bool) -> bool:
    """Ask before leaving workshop mode; True to leave."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Leave workshop mode"))
    box.setText(_tr("Leave workshop mode?"))
    box.setInformativeText(
        _tr("The current participant's answers are not saved: finish them first to keep them.")
        if unfinished
        else _tr("Finished participants stay saved in the workshop folder.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("Leave"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return bool(box.exec() == QMessageBox.StandardButton.Yes)


def ask_open_cohort_summary(parent: QWidget | None, path: Path, count: int, left_out: int) -> bool:
    """Say the cohort summary is written and ask whether to open it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Cohort summary written"))
    box.setText(
        _tr("The summary of %1 participants is saved as %2.")
        .replace("%1", str(count))
        .replace("%2", str(path))
    )
    left = _tr("%1 files were left out (see the summary).").replace("%1", str(left_out))
    box.setInformativeText((left + " " if left_out else "") + _tr("Open it now?"))
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    return bool(box.exec() == QMessageBox.StandardButton.Open)
