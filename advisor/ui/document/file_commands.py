"""The File menu's work: new, open, save, save as, export PDF, and asking to save.

It also keeps the work safe: every file opened is locked for this window (read-only when
open elsewhere), files are backed up before being overwritten, work recovered after a
crash is reopened, and earlier versions can be restored.

A mixin of :class:`~advisor.ui.shell.mainwindow.MainWindow`, kept apart so that each file stays
short. It uses the window's ``doc``, ``bank``, ``lang``, ``settings`` and status bar;
every dialog goes through :mod:`advisor.ui.common.dialogs`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from advisor.domain.assessment import Assessment
from advisor.storage.backups import BackupStore
from advisor.storage.locks import DocumentLock, DocumentLocks
from advisor.storage.recovery import RecoveryStore
from advisor.ui.common import dialogs
from advisor.ui.document.autosave import AutoSaver
from advisor.ui.document.model import AssessmentDocument

if TYPE_CHECKING:
    from advisor.domain.bank import Bank
    from advisor.ui.common.settings import Settings
    from advisor.ui.document.prompts import RecoveredWork

__all__ = ["FileCommands"]


def _tr(text: str) -> str:
    """Translate in the main window's context (this mixin has no context of its own)."""
    return QCoreApplication.translate("MainWindow", text)


def _same_file(first: Path | str, second: Path | str) -> bool:
    """True when both paths name the same file (after resolving links and ``..``)."""
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return Path(first).absolute() == Path(second).absolute()


class FileCommands:
    """New, Open, Save, Save As and Export PDF for the main window (a mixin)."""

    bank: Bank
    doc: AssessmentDocument
    lang: str
    settings: Settings
    _export: Any
    autosaver: AutoSaver
    backups: BackupStore
    locks: DocumentLocks
    _lock: DocumentLock | None
    _read_only: bool
    _save_failure_offered: bool

    # --- files ---------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if not self.doc.modified:
            return True
        choice = dialogs.confirm_discard(self, self.doc.display_name())
        if choice is dialogs.DiscardChoice.SAVE:
            return self.save()
        return choice is dialogs.DiscardChoice.DISCARD

    def close_document(self) -> bool:
        """Let the current document go (New, Open, closing): False when the user cancels.

        Pending autosaves are written first, so a named file (write-through) has nothing
        left to ask about; an untitled or read-only document asks Save / Discard / Cancel.
        Discarded changes lose their recovery copy. The file's lock is kept until another
        document really takes its place (``_set_lock``), so a failed Open changes nothing.
        """
        if self._handed_over:
            return True  # its document lives on in the window of the new language
        self.autosaver.flush()
        if not self.maybe_save():
            return False
        if self.doc.modified:  # the user chose Discard
            self.autosaver.discard()
        return True

    def new_document(self) -> None:
        """Start a new, empty assessment."""
        if self.close_document():
            self._set_lock(None, read_only=False)
            self.replace_document(AssessmentDocument(self.bank, parent=self))
            self.go_to(0)

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.close_document():
            return
        path = dialogs.ask_open_path(self, self.settings.last_folder())
        if path is not None:
            self.open_path(path, ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open an assessment file; a broken file is reported and left untouched.

        The file is locked for this window; when another window or instance has it open,
        the user is told and may open it read-only. A file of an older format is backed
        up before it is ever rewritten.
        """
        from advisor.domain.validation import assessment_problems, orphan_note
        from advisor.storage import DocumentError, load_assessment
        from advisor.ui.document import prompts as recovery_dialog

        if ask and not self.close_document():
            return False
        path = Path(path)
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
        if self._lock is not None and _same_file(self._lock.document, path):
            self._set_lock(None, read_only=False)  # reopening our own file
        decision = recovery_dialog.open_for_editing(self, self.locks, path)
        if decision is None:
            return False
        if loaded.migrated_from is not None:
            self.backups.backup_file(path, "upgrade")
        self._set_lock(decision.lock, read_only=decision.read_only)
        self.load_assessment(loaded.assessment, path)
        note = orphan_note(self.bank, loaded.assessment, self.lang)
        if note:  # kept in the file, not scored: say so until the next message
            self.statusBar().showMessage(note)
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
        """Save to the current file (asks for a name the first time, or when read-only)."""
        if self.doc.path is None or self._read_only:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        from advisor.ui.document.export import safe_pdf_name

        stem = safe_pdf_name(self.doc.assessment.profile.company, dt.date.today())[:-4]
        folder = self.settings.last_folder() or str(Path.home())
        path = dialogs.ask_save_path(self, str(Path(folder) / f"{stem}.json"))
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        """Write the document to ``path``: lock a new file, back up the old bytes, save."""
        from advisor.storage import DocumentError

        path = Path(path)
        self.autosaver.flush()
        new_lock = None
        if self.doc.path is None or self._read_only or not _same_file(self.doc.path, path):
            result = self.locks.acquire(path)
            if not result.acquired:
                dialogs.show_error(
                    self, _tr("Cannot save the assessment"), f"{path}: {result.message}"
                )
                return False
            new_lock = result.lock
        self.backups.backup_file(path, "save")
        try:
            self.doc.save(path)
        except DocumentError as exc:
            if new_lock is not None:
                new_lock.release()
            dialogs.show_error(self, _tr("Cannot save the assessment"), str(exc))
            return False
        if new_lock is not None:
            was_read_only = self._read_only
            self._set_lock(new_lock, read_only=False)
            if was_read_only:  # autosave may write the new file from now on
                self.autosaver.set_document(self.doc, key=self.autosaver.key)
        self._save_failure_offered = False
        self._remember(path)
        self.statusBar().showMessage(_tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    # --- safekeeping: locks, recovered work, backups --------------------------------------

    def _build_safekeeping(self, store: RecoveryStore | None) -> None:
        """Autosave, backups, locks and the save status in the status bar.

        ``store``: the app's recovery store (one session for all windows); None gives
        the window its own, ended when the window closes (tests, the workshop kiosk).
        """
        self._owns_recovery = store is None  # a bare window (tests): its own session
        self.recovery = store if store is not None else RecoveryStore()
        self.backups = BackupStore()
        self.locks = DocumentLocks()
        self._lock: DocumentLock | None = None
        self._read_only = False
        self._save_failure_offered = False
        self._handed_over = False  # True once a language switch took the document away
        self.autosaver = AutoSaver(self.recovery, backups=self.backups, parent=self)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self.autosaver.statusChanged.connect(self.save_status.setText)
        self.autosaver.failed.connect(self._autosave_failed)
        self.documentReplaced.connect(self._watch_document)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._application_state_changed)

    def _watch_document(self, doc: QObject) -> None:
        """A new document in the window: autosave it (taking over from a window it left)."""
        key = None
        for other in _other_windows(self, doc):  # a language switch moved it here
            key = other.autosaver.key
            self._lock, self._read_only = other._lock, other._read_only
            other._lock = None
            other._handed_over = True
            other.autosaver.close()
        self._save_failure_offered = False
        self.autosaver.set_document(doc, key=key, read_only=self._read_only)
        self._update_file_actions()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive and self.autosaver.pending:
            self.autosaver.save_now()

    def _set_lock(self, lock: DocumentLock | None, *, read_only: bool) -> None:
        """Hold ``lock`` (releasing the previous one) and show whether we may write."""
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock
        self._read_only = read_only
        self._update_file_actions()

    def _update_file_actions(self) -> None:
        self.save_action.setEnabled(not self._read_only)
        self.restore_action.setEnabled(self.doc.path is not None and not self._read_only)
        self._update_title()

    def open_recovered(self, work: RecoveredWork) -> None:
        """Show work recovered after a crash: modified, autosaved under its old key."""
        original = work.original
        lock, read_only = None, False
        if original is not None:
            result = self.locks.acquire(original)
            lock, read_only = result.lock, not result.acquired
        self._set_lock(lock, read_only=read_only)
        doc = AssessmentDocument(self.bank, work.loaded.assessment, original, parent=self)
        doc.undo_stack.resetClean()  # not saved to its file yet
        self.replace_document(doc)
        self.autosaver.set_document(doc, key=work.key, read_only=read_only)
        self.go_to(0)

    def restore_earlier_version(self) -> None:
        """File menu: put an earlier version of the file back (the current one is kept)."""
        from advisor.storage import DocumentError, load_assessment
        from advisor.ui.document import prompts as recovery_dialog

        path = self.doc.path
        if path is None or self._read_only:
            return
        self.autosaver.flush()
        if not recovery_dialog.restore_from_backup(self, self.backups, path):
            return
        try:
            loaded = load_assessment(path)
        except DocumentError as exc:
            dialogs.show_error(self, _tr("Cannot open this file"), str(exc))
            return
        self.replace_document(AssessmentDocument(self.bank, loaded.assessment, path, parent=self))
        self.go_to(0)

    def _autosave_failed(self, sentence: str) -> None:
        """Offer Save As once per document when an automatic save fails."""
        if self._save_failure_offered:
            return
        self._save_failure_offered = True
        if dialogs.offer_save_as(self, sentence):
            self.save_as()

    # --- export ----------------------------------------------------------------------

    def export_pdf(self) -> None:
        """Ask where to write the PDF, then write it in the background."""
        from advisor.ui.document.export import ExportController, safe_pdf_name

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
        from advisor.ui.document.export import open_file

        self.export_action.setEnabled(True)
        self.statusBar().showMessage(_tr("PDF written: %1").replace("%1", path), 8000)
        if dialogs.ask_open_file_after_export(self, Path(path)):
            open_file(Path(path))

    def _export_failed(self, message: str) -> None:
        self.export_action.setEnabled(True)
        self.statusBar().clearMessage()
        dialogs.show_error(self, _tr("Cannot export the PDF"), message)


def _other_windows(window: QWidget, doc: QObject) -> list[Any]:
    """Other main windows still holding ``doc`` (the one a language switch replaced)."""
    from PySide6.QtWidgets import QApplication

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, FileCommands)
        and w is not window
        and getattr(w, "doc", None) is doc
        and not getattr(w, "_handed_over", True)
    ]
