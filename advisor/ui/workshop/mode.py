"""Workshop mode: shared laptops, one participant after another, nothing left behind.

:func:`start_workshop` turns a :class:`~advisor.ui.shell.mainwindow.MainWindow` into a kiosk
for a trade body's workshop (:class:`WorkshopController`):

* the flow is profile, the four dimensions, results; Review and Action plan are hidden
  and Back/Next skip them;
* a toolbar (:mod:`advisor.ui.workshop.toolbar`) shows the event and offers "Finish and
  next participant", "Cohort summary…" and "Leave workshop mode…";
* the window shows only the menu entries declared for workshop mode (Undo/Redo, Go,
  Language, About, Quit and the Workshop menu): New, Open, Save, Export and the
  consultant's entries are hidden, so no other folder's files can be reached and
  nothing is saved anywhere but the workshop folder;
* "Finish and next participant" renders the PDF and saves it with the assessment into
  the folder (and copies the PDF to a second folder, e.g. a USB stick), tells the
  participant where it is, then clears everything: answers, profile, undo history,
  recent files, the dialogs' last folders, the participant's autosave, the status bar
  and the clipboard (:mod:`advisor.ui.workshop.traces`);
* a participant may switch the language: the new window takes over the participant's
  answers and this controller (:meth:`WorkshopController.move_to`);
* leaving workshop mode (or closing the window) asks first.

:mod:`advisor.ui.workshop.feature` adds "Workshop mode…" to the File menu and the
Workshop menu.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from advisor.storage.workshop import FinishedParticipant, WorkshopSession
from advisor.ui.common import dialogs
from advisor.ui.common.jobs import BackgroundJob, run_in_background
from advisor.ui.common.provisional import confirm_provisional
from advisor.ui.document.model import AssessmentDocument
from advisor.ui.workshop import dialogs as workshop_dialogs
from advisor.ui.workshop.jobs import CohortWritten, finish_and_save, write_cohort_summary
from advisor.ui.workshop.toolbar import WorkshopToolbar
from advisor.ui.workshop.traces import finished_in, scrub_traces

if TYPE_CHECKING:
    from advisor.ui.shell.mainwindow import MainWindow

__all__ = [
    "HIDDEN_SECTIONS",
    "WorkshopController",
    "active_workshop",
    "start_workshop",
]


HIDDEN_SECTIONS = ("review", "plan")


def _tr(text: str) -> str:
    return QCoreApplication.translate("workshop", text)


class WorkshopController(QObject):
    """Runs one window in workshop mode, saving every participant into ``folder``.

    Signals:
        participantFinished(object): a participant's files were saved (a
            :class:`~advisor.storage.workshop.FinishedParticipant`) and the window reset.
        finishFailed(str): saving into the folder failed; nothing was cleared.
        summaryWritten(object): the cohort summary was written (``CohortWritten``).
        summaryFailed(str): the cohort summary could not be written.
        ended(): workshop mode was left.
    """

    participantFinished = Signal(object)  # noqa: N815 - Qt signal naming
    finishFailed = Signal(str)  # noqa: N815
    summaryWritten = Signal(object)  # noqa: N815
    summaryFailed = Signal(str)  # noqa: N815
    ended = Signal()

    def __init__(
        self,
        window: MainWindow,
        session: WorkshopSession,
        folder: Path | str,
        copy_to: Path | str | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.folder = Path(folder).absolute()  # the participant is told the full path
        self.copy_to = Path(copy_to).absolute() if copy_to else None
        self.active = False
        self.participant = 1
        self.pool = QThreadPool.globalInstance()
        self._finish_job: BackgroundJob | None = None
        self._cohort_job: BackgroundJob | None = None
        self.toolbar: WorkshopToolbar | None = None

    # --- entering and leaving ------------------------------------------------------------

    def start(self) -> None:
        """Enter workshop mode with a fresh participant on the profile page."""
        if self.active:
            return
        self.active = True
        self.participant = finished_in(self.folder) + 1
        for dialog in self.window.findChildren(QDialog):  # e.g. a Clients window left open
            if dialog.isVisible():
                dialog.close()
        self._attach(self.window)
        self.reset_participant()

    def end(self, confirm: bool = True) -> bool:
        """Leave workshop mode (asks first when ``confirm``); False when the user stays."""
        if not self.active:
            return True
        w = self.window
        if confirm:
            if self._finish_job is not None:
                dialogs.show_error(
                    w,
                    _tr("Leave workshop mode"),
                    _tr("The participant's files are being saved: wait a moment."),
                )
                return False
            if not workshop_dialogs.confirm_leave_workshop(w, self._unfinished()):
                return False
        self.wait()
        self._detach()
        self.active = False
        self.reset_participant()  # after the menus are back: features see a new document
        self.ended.emit()
        return True

    def move_to(self, window: MainWindow) -> None:
        """Carry on in ``window``, which replaces this one (a language switch).

        The event, the folders, the participant's number and the facilitator's settings
        stay; ``window`` already holds the participant's document (its answers are not
        touched). The old window loses its toolbar and its close guard, so it can close.
        """
        if window is self.window:
            return
        self.wait()  # a participant's files or the summary: finished, never cut short
        if self.active:
            self._detach()
        self.window = window
        self.setParent(window)
        if self.active:
            self._attach(window)
            self._set_busy(self._finish_job is not None)
            self.cohort_button.setEnabled(self._cohort_job is None)
            self._update_label()
            self._update_status()

    def _attach(self, window: MainWindow) -> None:
        """Lock ``window`` down: sections, menus, the toolbar and the close guard."""
        window.set_hidden_sections(HIDDEN_SECTIONS)
        window.navigator.currentRowChanged.connect(self._update_status)
        window.board.set_workshop_mode(True)
        self.toolbar = WorkshopToolbar(
            window, self.finish_participant, self.write_cohort_summary, self._leave
        )
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        window.installEventFilter(self)
        # "Changes not saved" worried participants: their work is saved by Finish
        window.session.truth.set_unsaved_words(
            _tr("Not saved yet: “Finish and next participant” saves your answers and your PDF")
        )

    def _detach(self) -> None:
        """Give the window its normal sections, menus and closing back."""
        w = self.window
        w.removeEventFilter(self)
        w.session.truth.set_unsaved_words(None)
        w.set_hidden_sections(())
        w.navigator.currentRowChanged.disconnect(self._update_status)
        w.board.set_workshop_mode(False)
        if self.toolbar is not None:
            w.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None

    def _leave(self) -> None:
        self.end(confirm=True)

    def _unfinished(self) -> bool:
        a = self.window.doc.assessment
        return bool(a.answers) or bool(a.profile.company.strip()) or self.window.doc.modified

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window leaves workshop mode: ask first."""
        closing = watched is self.window and event.type() == QEvent.Type.Close
        if closing and self.active and not self.end(confirm=True):
            event.ignore()
            return True
        return False

    def wait(self, msecs: int = 60000) -> bool:
        """Wait for the background work (a participant's files, the summary)."""
        return bool(self.pool.waitForDone(msecs))

    # --- the toolbar ---------------------------------------------------------------------

    @property
    def finish_button(self) -> QPushButton:
        """The toolbar's "Finish and next participant" button."""
        assert self.toolbar is not None
        return self.toolbar.finish_button

    @property
    def cohort_button(self) -> QPushButton:
        """The toolbar's "Cohort summary…" button."""
        assert self.toolbar is not None
        return self.toolbar.cohort_button

    @property
    def leave_button(self) -> QPushButton:
        """The toolbar's "Leave workshop mode…" button."""
        assert self.toolbar is not None
        return self.toolbar.leave_button

    @property
    def label(self) -> QLabel:
        """The event, its date and the participant's number."""
        assert self.toolbar is not None
        return self.toolbar.label

    def _update_status(self, _row: int = -1) -> None:
        """On the last section: say how to finish."""
        w = self.window
        if not self.active:
            return
        last = not w.next_button.isEnabled()
        if last and self._finish_job is None:
            w.statusBar().showMessage(
                _tr("Done? Press “Finish and next participant” to save your PDF action plan.")
            )
        elif w.statusBar().currentMessage().startswith(_tr("Done?")):
            w.statusBar().clearMessage()

    def _update_label(self) -> None:
        if self.toolbar is not None:
            self.toolbar.show_participant(
                self.session, self.participant, self.window.lang, self.folder
            )

    # --- a participant ---------------------------------------------------------------------

    @Slot()
    def finish_participant(self) -> None:
        """Save this participant's assessment and PDF in the background, then reset."""
        w = self.window
        if self._finish_job is not None:
            return
        a = w.doc.assessment
        if not a.answers and not a.profile.company.strip():
            dialogs.show_error(
                w,
                _tr("Nothing to save yet"),
                _tr("Fill in the company profile and answer some questions first."),
            )
            return
        if not confirm_provisional(w, w.doc.result(), w.lang, w.show_question):
            return  # the participant goes back to answer a missing area
        assessment = a.model_copy(deep=True)
        assessment.updated_at = dt.datetime.now(dt.UTC).astimezone().replace(microsecond=0)
        bank, folder, copy_to, lang = w.bank, self.folder, self.copy_to, w.lang
        self._set_busy(True)
        w.statusBar().showMessage(_tr("Saving the assessment and the PDF…"))
        self._finish_job = run_in_background(
            lambda: finish_and_save(bank, assessment, folder, copy_to, lang),
            self._on_finished,
            self._on_finish_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.window.centralWidget().setEnabled(not busy)
        self.finish_button.setEnabled(not busy)
        self.leave_button.setEnabled(not busy)

    @Slot(object)
    def _on_finished(self, done: FinishedParticipant) -> None:
        self._finish_job = None
        if not self.active:  # left while saving (the app closed): the files are saved
            self.participantFinished.emit(done)
            return
        self._set_busy(False)
        self.window.statusBar().clearMessage()
        problem = done.copy_problem
        if done.copy_error is not None:  # in the interface language
            from advisor.ui.common.file_words import file_message

            problem = file_message(done.copy_error)
        workshop_dialogs.show_participant_done(
            self.window, done.pdf, done.copy, problem, summary=done.summary
        )
        self.participant += 1
        self.reset_participant()
        self.participantFinished.emit(done)

    @Slot(str)
    def _on_finish_failed(self, message: str) -> None:
        self._finish_job = None
        if not self.active:
            self.finishFailed.emit(message)
            return
        self._set_busy(False)
        self.window.statusBar().clearMessage()
        dialogs.show_error(
            self.window,
            _tr("Cannot save this participant's files"),
            message + " " + _tr("Nothing was cleared: fix this and press Finish again."),
        )
        self.finishFailed.emit(message)

    def reset_participant(self) -> None:
        """Start clean: a new assessment, no undo history, no trace of the last person."""
        w = self.window
        w.session.autosaver.discard()  # the participant's recovery copy goes
        w.go_to(0)
        w.replace_document(AssessmentDocument(w.bank, parent=w))
        w.go_to(0)
        scrub_traces(w.settings, self.folder)
        w.statusBar().clearMessage()
        self._update_label()
        self._update_status()
        w.page("profile").focus_first()

    # --- the room ----------------------------------------------------------------------------

    @Slot()
    def write_cohort_summary(self) -> None:
        """Write ``cohort-summary.pdf`` and ``.csv`` into the folder in the background."""
        if self._cohort_job is not None:
            return
        w = self.window
        bank, folder, session, lang = w.bank, self.folder, self.session, w.lang
        self.cohort_button.setEnabled(False)
        w.statusBar().showMessage(_tr("Writing the cohort summary…"))
        self._cohort_job = run_in_background(
            lambda: write_cohort_summary(bank, folder, session, lang),
            self._on_summary,
            self._on_summary_failed,
        )

    @Slot(object)
    def _on_summary(self, written: CohortWritten) -> None:
        from advisor.ui.document.export import open_file

        self._cohort_job = None
        self.summaryWritten.emit(written)
        if not self.active:
            return
        self.cohort_button.setEnabled(True)
        self.window.statusBar().clearMessage()
        if workshop_dialogs.ask_open_cohort_summary(
            self.window, written.pdf, written.count, written.left_out
        ):
            open_file(written.pdf)

    @Slot(str)
    def _on_summary_failed(self, message: str) -> None:
        self._cohort_job = None
        self.summaryFailed.emit(message)
        if not self.active:
            return
        self.cohort_button.setEnabled(True)
        self.window.statusBar().clearMessage()
        dialogs.show_error(self.window, _tr("Cannot write the cohort summary"), message)


def active_workshop(window: QObject) -> WorkshopController | None:
    """The window's running workshop, if any."""
    for controller in window.findChildren(WorkshopController):
        if controller.active:
            return controller
    return None


def start_workshop(
    window: MainWindow,
    session: WorkshopSession,
    folder: Path | str,
    copy_to: Path | str | None = None,
) -> WorkshopController:
    """Put ``window`` in workshop mode, saving participants into ``folder``."""
    running = active_workshop(window)
    if running is not None:
        return running
    controller = WorkshopController(window, session, folder, copy_to)
    controller.ended.connect(controller.deleteLater)
    controller.start()
    return controller
