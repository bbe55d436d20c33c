"""The File menu's work: new, open, save, save as, export PDF, and asking to save.

A mixin of :class:`~advisor.ui.mainwindow.MainWindow`, kept apart so that each file stays
short. It uses the window's ``doc``, ``bank``, ``lang``, ``settings`` and status bar;
every dialog goes through :mod:`advisor.ui.dialogs`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from advisor.domain.assessment import Assessment
from advisor.ui import dialogs
from advisor.ui.document import AssessmentDocument

if TYPE_CHECKING:
    from advisor.domain.bank import Bank
    from advisor.ui.settings import Settings

__all__ = ["FileCommands"]


def _tr(text: str) -> str:
    """Translate in the main window's context (this mixin has no context of its own)."""
    return QCoreApplication.translate("MainWindow", text)


class FileCommands:
    """New, Open, Save, Save As and Export PDF for the main window (a mixin)."""

    bank: Bank
    doc: AssessmentDocument
    lang: str
    settings: Settings
    _export: Any

    # --- files ---------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if not self.doc.modified:
            return True
        choice = dialogs.confirm_discard(self, self.doc.display_name())
        if choice is dialogs.DiscardChoice.SAVE:
            return self.save()
        return choice is dialogs.DiscardChoice.DISCARD

    def new_document(self) -> None:
        """Start a new, empty assessment."""
        if self.maybe_save():
            self.replace_document(AssessmentDocument(self.bank, parent=self))
            self.go_to(0)

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        path = dialogs.ask_open_path(self, self.settings.last_folder())
        if path is not None:
            self.open_path(path, ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open an assessment file; a broken file is reported and left untouched."""
        from advisor.domain.validation import assessment_problems
        from advisor.storage import DocumentError, load_assessment

        if ask and not self.maybe_save():
            return False
        title = _tr("Cannot open this file")
        try:
            loaded = load_assessment(path)
        except DocumentError as exc:
            dialogs.show_error(self, title, str(exc))
            return False
        problems = assessment_problems(self.bank, loaded.assessment)
        if problems:
            more = (
                _tr(" (and %1 more problems)").replace("%1", str(len(problems) - 1))
                if len(problems) > 1
                else ""
            )
            dialogs.show_error(self, title, f"{path}: {problems[0]}{more}")
            return False
        self.load_assessment(loaded.assessment, Path(path))
        return True

    def load_assessment(self, assessment: Assessment, path: Path | None) -> None:
        """Show an assessment (already checked against the bank)."""
        doc = AssessmentDocument(self.bank, assessment, path, parent=self)
        self.replace_document(doc)
        if path is not None:
            self._remember(path)
        self.go_to(0)

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(Path(path).resolve().parent)

    def save(self) -> bool:
        """Save to the current file (asks for a name the first time)."""
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        from advisor.ui.export import safe_pdf_name

        stem = safe_pdf_name(self.doc.assessment.profile.company, dt.date.today())[:-4]
        folder = self.settings.last_folder() or str(Path.home())
        path = dialogs.ask_save_path(self, str(Path(folder) / f"{stem}.json"))
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from advisor.storage import DocumentError

        try:
            self.doc.save(path)
        except DocumentError as exc:
            dialogs.show_error(self, _tr("Cannot save the assessment"), str(exc))
            return False
        self._remember(path)
        self.statusBar().showMessage(_tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    # --- export ----------------------------------------------------------------------

    def export_pdf(self) -> None:
        """Ask where to write the PDF, then write it in the background."""
        from advisor.ui.export import ExportController, safe_pdf_name

        folder = self.settings.last_folder() or str(Path.home())
        name = safe_pdf_name(self.doc.assessment.profile.company, dt.date.today())
        path = dialogs.ask_save_pdf_path(self, str(Path(folder) / name))
        if path is None:
            return
        if self._export is None:
            self._export = ExportController(self)
            self._export.finished.connect(self._export_finished)
            self._export.failed.connect(self._export_failed)
        self.export_action.setEnabled(False)
        self.statusBar().showMessage(_tr("Writing the PDF action plan…"))
        self._export.start(self.bank, self.doc.assessment, path, self.lang)

    def _export_finished(self, path: str) -> None:
        from advisor.ui.export import open_file

        self.export_action.setEnabled(True)
        self.statusBar().showMessage(_tr("PDF written: %1").replace("%1", path), 8000)
        if dialogs.ask_open_file_after_export(self, Path(path)):
            open_file(Path(path))

    def _export_failed(self, message: str) -> None:
        self.export_action.setEnabled(True)
        self.statusBar().clearMessage()
        dialogs.show_error(self, _tr("Cannot export the PDF"), message)
