"""The File menu's work: new, open, save, save as, restore, export PDF, and asking to save.

:class:`FileCommands` is held by the main window (``window.files``). It asks the window's
:class:`~advisor.ui.document.session.DocumentSession` before writing (locks, read-only,
backups, autosave) and tells the window to show another document through its public
methods (``replace_document``, ``go_to``, ``statusBar``). Every dialog goes through
:mod:`advisor.ui.common.dialogs` and :mod:`advisor.ui.document.prompts`.

There is one PDF export (:meth:`FileCommands.export_pdf`): the options that apply to
the file (the active branding profile, the previous assessment of its client folder)
come from :func:`advisor.services.report_options`, the writing from
:func:`advisor.services.export_pdf`, as in ``export-advisor report``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from advisor.domain.assessment import Assessment
from advisor.ui.common import dialogs
from advisor.ui.common.jobs import BackgroundJob, run_in_background
from advisor.ui.common.provisional import confirm_provisional
from advisor.ui.document.model import AssessmentDocument
from advisor.ui.document.session import DocumentSession

if TYPE_CHECKING:
    from advisor.ui.document.prompts import RecoveredWork

__all__ = ["FileCommands", "default_stem"]


def _tr(text: str) -> str:
    """Translate in the main window's context (where these texts always were)."""
    return QCoreApplication.translate("MainWindow", text)


def default_stem(company: str, day: dt.date) -> str:
    """The suggested file name without extension: ``Shree Ganesh Textiles-2026-11-27``."""
    from advisor.ui.document.export import safe_pdf_name

    return safe_pdf_name(company, day)[:-4]


class FileCommands(QObject):
    """New, Open, Save, Save As, Restore and Export PDF for one window.

    ``window`` is the main window: ``doc``, ``bank``, ``lang``, ``settings``,
    ``replace_document``, ``go_to``, ``statusBar`` are used.

    Signals:
        exportRunning(bool): a PDF export started (True) or ended (False).
    """

    exportRunning = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, window: Any, session: DocumentSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.export_job: BackgroundJob | None = None
        self.written_box: Any = None  # the last "PDF exported" box (Open, Show in folder)
        self._save_failure_offered = False
        self._kept = False  # the last close kept the work in recovery for the next start
        session.autosaver.failed.connect(self._autosave_failed)

    @property
    def doc(self) -> AssessmentDocument:
        """The window's document."""
        return self.window.doc  # type: ignore[no-any-return]

    # --- files ---------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels.

        The question follows the save state (:class:`SaveTruth`): work the recovery copy
        holds is offered Save, Keep for next time (offered again at the next start),
        Discard or Cancel, and is never called lost.
        """
        from advisor.ui.document.save_state import SaveState

        truth = self.session.truth
        truth.refresh()
        if not truth.modified:
            return True
        kept = truth.state is SaveState.RECOVERY_ONLY
        choice = dialogs.confirm_discard(self.window, self.doc.display_name(), kept)
        if choice is dialogs.DiscardChoice.SAVE:
            return self.save()
        if choice is dialogs.DiscardChoice.KEEP and kept:
            self.session.autosaver.keep()
            self._kept = True
            return True
        return choice is dialogs.DiscardChoice.DISCARD

    def close_document(self) -> bool:
        """Let the current document go (New, Open, closing): False when the user cancels.

        Pending autosaves are written first, so a named file (write-through) has nothing
        left to ask about; an untitled or read-only document asks Save / Discard / Cancel.
        Discarded changes lose their recovery copy. The file's lock is kept until another
        document really takes its place, so a failed Open changes nothing.
        """
        if self.session.handed_over:
            return True  # its document lives on in the window of the new language
        self.session.autosaver.flush()
        self._kept = False
        if not self.maybe_save():
            return False
        if self.doc.modified and not self._kept:  # the user chose Discard
            self.session.autosaver.discard()
        return True

    def new_document(self) -> None:
        """Start a new, empty assessment."""
        if self.close_document():
            self.session.set_lock(None, read_only=False)
            self.window.replace_document(AssessmentDocument(self.window.bank, parent=self.window))
            self.window.go_to(0)

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.close_document():
            return
        path = dialogs.ask_open_path(self.window, self.window.settings.last_folder())
        if path is not None:
            self.open_path(path, ask=False)

    def open_path(self, path: Path | str, ask: bool = True) -> bool:
        """Open an assessment file; a broken file is reported and left untouched.

        The file is locked for this window; when another window or instance has it open,
        the user is told and may open it read-only. A file of an older format is backed
        up before it is ever rewritten.
        """
        from advisor.domain.validation import assessment_problems, orphan_note
        from advisor.storage import DocumentError, load_assessment
        from advisor.storage.errors import Wording
        from advisor.ui.common.file_words import file_message
        from advisor.ui.document import prompts

        if ask and not self.close_document():
            return False
        path = Path(path)
        title = _tr("Cannot open this file")
        try:
            loaded = load_assessment(path)
        except DocumentError as exc:
            dialogs.show_error(self.window, title, file_message(exc))
            return False
        problems = assessment_problems(self.window.bank, loaded.assessment)
        if problems:
            lang = self.window.lang
            said = problems[0].said(lang)  # the place as written, in its words
            if len(problems) > 1:  # the catalogue's plural: "(and 1 more problem)"
                more = Wording("file.more", n=len(problems) - 1)
                said = Wording("file.and_more", problem=said, more=more).render(lang)
            dialogs.show_error(self.window, title, f"{path}: {said}")
            return False
        if self.session.holds(path):
            self.session.set_lock(None, read_only=False)  # reopening our own file
        decision = prompts.open_for_editing(self.window, self.session.locks, path)
        if decision is None:
            return False
        if loaded.migrated_from is not None:
            self.session.backup(path, "upgrade")
        self.session.set_lock(decision.lock, read_only=decision.read_only)
        self.load_assessment(loaded.assessment, path)
        note = orphan_note(self.window.bank, loaded.assessment, self.window.lang)
        if note:  # kept in the file, not scored: say so until the next message
            self.window.statusBar().showMessage(note)
        return True

    def load_assessment(self, assessment: Assessment, path: Path | None) -> None:
        """Show an assessment (already checked against the bank)."""
        doc = AssessmentDocument(self.window.bank, assessment, path, parent=self.window)
        self.window.replace_document(doc)
        if path is not None:
            self.remember(path)
        self.window.go_to(0)

    def remember(self, path: Path) -> None:
        """Put ``path`` first in the recent files; its folder is the next dialog's."""
        self.window.settings.add_recent_file(path)
        self.window.settings.set_last_folder(Path(path).resolve().parent)

    def save(self) -> bool:
        """Save to the current file (asks for a name the first time, or when read-only)."""
        if self.doc.path is None or self.session.read_only:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        stem = default_stem(self.doc.assessment.profile.company, dt.date.today())
        folder = self.window.settings.last_folder() or str(Path.home())
        path = dialogs.ask_save_path(self.window, str(Path(folder) / f"{stem}.json"))
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        """Write the document to ``path``: lock a new file, back up the old bytes, save."""
        from advisor.storage import DocumentError
        from advisor.ui.common.file_words import file_message
        from advisor.ui.document.session import same_file

        path = Path(path)
        session = self.session
        session.autosaver.flush()
        new_lock = None
        if self.doc.path is None or session.read_only or not same_file(self.doc.path, path):
            result = session.acquire(path)
            if not result.acquired:
                from advisor.ui.document.prompts import lock_message

                said = f"{path}: {lock_message(result)}"
                dialogs.show_error(self.window, _tr("Cannot save the assessment"), said)
                return False
            new_lock = result.lock
        session.backup(path, "save")
        try:
            self.doc.save(path)
        except DocumentError as exc:
            if new_lock is not None:
                new_lock.release()
            dialogs.show_error(self.window, _tr("Cannot save the assessment"), file_message(exc))
            return False
        if new_lock is not None:
            was_read_only = session.read_only
            session.set_lock(new_lock, read_only=False)
            if was_read_only:  # autosave may write the new file from now on
                session.watch(self.doc, key=session.autosaver.key)
        self._save_failure_offered = False
        self.remember(path)
        self.window.statusBar().showMessage(_tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def document_replaced(self) -> None:
        """A new document in the window: a failed autosave may be offered again."""
        self._save_failure_offered = False

    def open_recovered(self, work: RecoveredWork) -> None:
        """Show work recovered after a crash (:func:`.recovered.show_recovered`)."""
        from advisor.ui.document.recovered import show_recovered

        show_recovered(self, work)

    def announce_follow_up(self, new: Path, previous: Path) -> None:
        """After New follow-up: say that a new file exists, where, and that the earlier
        assessment is untouched (the title names the new file too)."""
        message = (
            _tr("New follow-up saved as %1 in %2. The earlier assessment, %3, is unchanged.")
            .replace("%1", new.name)
            .replace("%2", str(new.parent))
            .replace("%3", previous.name)
        )
        self.window.statusBar().showMessage(message)

    def restore_earlier_version(self) -> None:
        """File menu: put an earlier version of the file back (the current one is kept)."""
        from advisor.storage import DocumentError, load_assessment
        from advisor.ui.common.file_words import file_message
        from advisor.ui.document import prompts

        path = self.doc.path
        if path is None or self.session.read_only:
            return
        self.session.autosaver.flush()
        if not prompts.restore_from_backup(self.window, self.session.backups, path):
            return
        try:
            loaded = load_assessment(path)
        except DocumentError as exc:
            dialogs.show_error(self.window, _tr("Cannot open this file"), file_message(exc))
            return
        bank = self.window.bank
        doc = AssessmentDocument(bank, loaded.assessment, path, parent=self.window)
        self.window.replace_document(doc)
        self.window.go_to(0)

    def _autosave_failed(self, sentence: str) -> None:
        """Offer Save As once per document when an automatic save fails."""
        if self._save_failure_offered:
            return
        self._save_failure_offered = True
        if dialogs.offer_save_as(self.window, sentence):
            self.save_as()

    # --- export --------------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        """True while a PDF is being written."""
        return self.export_job is not None

    def export_pdf(self) -> BackgroundJob | None:
        """Ask where, then write the PDF action plan in the background.

        The PDF has the active branding profile (Clients menu) and, when the file has an
        earlier assessment in its client folder, the progress since then.
        """
        from advisor.services import export_pdf, report_options
        from advisor.storage import DocumentError
        from advisor.ui.common.file_words import file_message
        from advisor.ui.document.export import safe_pdf_name

        if self.export_job is not None:
            return None
        window = self.window
        if not confirm_provisional(window, self.doc.result(), window.lang, window.show_question):
            return None  # the user went to answer a missing area, or cancelled
        folder = window.settings.last_folder() or str(Path.home())
        name = safe_pdf_name(self.doc.assessment.profile.company, dt.date.today())
        path = dialogs.ask_save_pdf_path(window, str(Path(folder) / name))
        if path is None:
            return None
        try:
            options = report_options(
                window.bank, self.doc.path, window.lang, branding=window.settings.branding_path()
            )
        except DocumentError as exc:
            title = QCoreApplication.translate("consultant", "Cannot use the branding profile")
            dialogs.show_error(window, title, file_message(exc))
            return None
        bank, assessment = window.bank, self.doc.assessment.model_copy(deep=True)
        self.export_job = run_in_background(
            lambda: export_pdf(bank, assessment, path, options),
            self._export_finished,
            self._export_failed,
        )
        self.exportRunning.emit(True)
        window.statusBar().showMessage(_tr("Writing the PDF action plan…"))
        return self.export_job

    def wait_for_export(self, msecs: int = 30000) -> bool:
        """Wait for a running export (quitting, a language switch, tests)."""
        if self.export_job is None:
            return True
        return self.export_job.wait(msecs)

    def _export_finished(self, path: Any) -> None:
        self.export_job = None
        self.exportRunning.emit(False)
        path = Path(path)
        self.window.statusBar().showMessage(_tr("PDF written: %1").replace("%1", str(path)), 8000)
        self.written_box = dialogs.show_file_written(  # non-modal: Open, Show in folder
            self.window,
            path,
            _tr("PDF exported"),
            _tr("The action plan was saved as %1.").replace("%1", path.name),
        )

    def _export_failed(self, message: str) -> None:
        self.export_job = None
        self.exportRunning.emit(False)
        self.window.statusBar().clearMessage()
        dialogs.show_error(self.window, _tr("Cannot export the PDF"), message)
