"""The main window: section navigator, pages, Back/Next, and menus built from declarations.

The window owns one :class:`~advisor.ui.document.model.AssessmentDocument` at a time. New and
Open replace it (after asking to save changes); pages are rebuilt for the new document.
Pages are built the first time they are shown (:mod:`advisor.ui.shell.sections`: the
pages and the moves between sections), so the window opens quickly.

It holds two helpers: ``session`` (:class:`~advisor.ui.document.session.DocumentSession`:
lock, read-only state, backups, recovery and autosave) and ``files``
(:class:`~advisor.ui.document.file_commands.FileCommands`: New, Open, Save, Export PDF...).
Its menus are declared (:mod:`advisor.ui.shell.actions`); the features given to it
(consultant, workshop, language: :mod:`advisor.ui.app` chooses them) add their menus,
entries and panels through ``contribute(window)`` before the menu bar is built.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QWidget,
)

from advisor.services.lazy_bank import LazyBank
from advisor.storage.recovery import RecoveryStore
from advisor.ui.common import dialogs
from advisor.ui.common.settings import Settings
from advisor.ui.shell import start
from advisor.ui.shell.actions import ActionBoard, Feature, PanelSpec
from advisor.ui.shell.entries import Entries
from advisor.ui.shell.geometry import place_window
from advisor.ui.shell.i18n import app_name
from advisor.ui.shell.menus import window_menus
from advisor.ui.shell.sections import Sections

if TYPE_CHECKING:  # the models and the pages: imported when the document is made
    from PySide6.QtWidgets import QProgressBar, QPushButton, QStackedWidget

    from advisor.domain.bank import Bank
    from advisor.ui.assessment.pages.base import Page
    from advisor.ui.document.file_commands import FileCommands
    from advisor.ui.document.model import AssessmentDocument
    from advisor.ui.document.session import DocumentSession
    from advisor.ui.shell.navigator import Navigator, Section

__all__ = ["APP_TITLE", "MainWindow"]

APP_TITLE = "Export Readiness Advisor"


_DEFERRED = frozenset(
    {"bank", "doc", "files", "session", "sections", "navigator", "stack", "progress_label",
     "progress", "back_button", "next_button"}
)  # fmt: skip
"""What a window given a :class:`LazyBank` makes when first asked for (:meth:`complete`)."""


class MainWindow(QMainWindow, Sections, Entries):
    """The app's window.

    ``bank``: the bank, or a :class:`~advisor.services.lazy_bank.LazyBank` for the
    built-in one: then the window starts with its menus, status bar and session only (what
    the start page needs: nothing imports pydantic), and the bank's models, the document,
    the navigator and the pages are made by :meth:`complete`, which :mod:`advisor.ui.app`
    calls right after the window is first painted, and which asking for any of them
    (``window.doc``, ``window.files``...) does first (issue 18).

    ``recovery``: the app's recovery store, shared by its windows (None: the window's own
    session, ended when it closes). ``features``: what plugs into it (see
    :class:`~advisor.ui.shell.actions.Feature`). ``first_page``: build the Profile page
    now (False when the start page covers the window at once: the page is built when a
    document is shown, as every page is on its first visit).

    Signals:
        documentReplaced(QObject): New or Open put another
            :class:`~advisor.ui.document.model.AssessmentDocument` in the window.
        sectionChanged(int): another section's page is on screen (its row).
        completed(): :meth:`complete` made the document and the pages.
    """

    documentReplaced = Signal(QObject)  # noqa: N815 - Qt signal naming
    sectionChanged = Signal(int)  # noqa: N815
    completed = Signal()

    if TYPE_CHECKING:  # made by complete()
        bank: Bank
        session: DocumentSession
        files: FileCommands
        sections: list[Section]
        navigator: Navigator
        stack: QStackedWidget
        progress_label: QLabel
        progress: QProgressBar
        back_button: QPushButton
        next_button: QPushButton

    def __init__(
        self,
        bank: Bank | LazyBank,
        settings: Settings | None = None,
        parent=None,
        *,
        recovery: RecoveryStore | None = None,
        features: Sequence[Feature] = (),
        first_page: bool = True,
    ) -> None:
        super().__init__(parent)
        self._state = "waiting"  # then "completing", "complete" (or "broken": ready())
        self._lazy_bank = bank if isinstance(bank, LazyBank) else None
        self._first_page = first_page
        self.settings = settings or Settings()
        self.lang = self.settings.language()
        self.features = tuple(features)
        self._pages: dict[str, Page] = {}
        self._hidden_sections: set[str] = set()
        self.remember_geometry = True  # False for throw-away windows (``check``)
        self._progress_timer = QTimer(self, singleShot=True, interval=0)
        self._progress_timer.timeout.connect(self._update_progress)

        self.setCentralWidget(QWidget(self))  # the document's area, until it exists
        self._recovery = recovery  # the session (made with the document) gets it
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self.statusBar().setSizeGripEnabled(True)

        self.board = ActionBoard(self, self.menuBar(), gate=self.ready)  # every entry
        self.board.declare(window_menus(self))
        self._panels: list[PanelSpec] = []
        for feature in self.features:
            contribution = feature.contribute(self)
            self.board.declare(contribution)
            self._panels.extend(contribution.panels)
        self.board.build()
        self._name_actions()
        place_window(self, self.settings.geometry())  # on this screen, whatever was saved
        if self._lazy_bank is None:
            self._complete(bank)  # type: ignore[arg-type]

    # --- the part that needs the bank's models ---------------------------------------------

    def is_complete(self) -> bool:
        """True once the bank's models, the document and the pages' places exist."""
        return self._state == "complete"

    @property
    def recovery(self) -> RecoveryStore | None:
        """The run's recovery store: the session's, or, before :meth:`complete` made the
        session, the one the window was given (None: the session makes its own)."""
        session = self.__dict__.get("session")
        return session.recovery if session is not None else self._recovery

    @property
    def lazy_bank(self) -> LazyBank | None:
        """The built-in bank's data while the window waits for its models (else None)."""
        return self._lazy_bank if self._state == "waiting" else None

    def complete(self) -> None:
        """Make the bank's models, the document, the navigator and the pages' places (once;
        see the class docstring). Raises :class:`~advisor.domain.bank.BankError` for a
        damaged installation."""
        if self._state == "waiting" and self._lazy_bank is not None:
            self._complete(self._lazy_bank.load())

    def ready(self) -> bool:
        """:meth:`complete`, for what the user does (a click, a key, a menu entry) that may
        come before the app made the document. True once it exists. A damaged
        installation is said once and the app ends (:mod:`advisor.ui.shell.damaged`):
        False, and the caller does nothing more (no traceback from a slot)."""
        if self._state == "broken":
            return False
        from advisor.ui.shell.damaged import damage_errors, say_damaged

        try:
            self.complete()
            return True
        except damage_errors() as exc:
            self._state = "broken"
            say_damaged(self, exc)
            return False

    def __getattr__(self, name: str) -> Any:
        # only for what is missing: the parts complete() makes, asked for before it ran
        if name in _DEFERRED and self.__dict__.get("_state") == "waiting":
            self.complete()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _complete(self, bank: Bank) -> None:
        from advisor.ui.document.file_commands import FileCommands
        from advisor.ui.document.model import AssessmentDocument
        from advisor.ui.document.session import DocumentSession
        from advisor.ui.shell.navigator import Section

        self._state = "completing"
        # the lock, backups and autosave of a document: made with the document, after the
        # start page showed (issue 18: about 0.4 MiB less before the window shows)
        self.session = DocumentSession(self._recovery, parent=self)
        self.session.truth.changed.connect(self._show_save_truth)
        self.session.stateChanged.connect(self._update_file_actions)
        self.bank = bank
        self.doc: AssessmentDocument = AssessmentDocument(bank, parent=self)
        self.sections = [
            Section("profile", self.tr("Profile")),
            *(Section(d.id, d.title.get(self.lang), counted=True) for d in bank.dimensions),
            Section("review", self.tr("Review")),
            Section("results", self.tr("Results")),
            Section("plan", self.tr("Action plan")),
        ]
        self._build_central()
        self.files = FileCommands(self, self.session)
        self.files.exportRunning.connect(self._export_running)
        self._state = "complete"
        self._lazy_bank = None
        self._bind_document(self.doc)
        if self._first_page and not start.start_page_shown(self):
            self.go_to(0)
            self.page("profile").focus_first()
        else:  # covered at once (the start page): built when a document is shown
            with QSignalBlocker(self.navigator):
                self.navigator.setCurrentRow(0)
            self._update_navigation(0)
        self.completed.emit()

    # --- layout --------------------------------------------------------------------------

    def _build_central(self) -> None:
        from advisor.ui.shell.layout import build_central  # with the document (complete())

        parts = build_central(self, self.sections)
        self.navigator, self.stack = parts.navigator, parts.stack
        self.progress_label, self.progress = parts.progress_label, parts.progress
        self.back_button, self.next_button = parts.back_button, parts.next_button
        self.navigator.currentRowChanged.connect(self._on_navigator_row)
        self.stack.currentChanged.connect(self.sectionChanged)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        start.set_document_area(self, parts.widget)

    # --- the document ----------------------------------------------------------------------

    def _bind_document(
        self, doc: AssessmentDocument, autosave_key: str | None = None, recovered: bool = False
    ) -> None:
        self.doc = doc
        stack = doc.undo_stack
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged):
            signal.connect(self._undo_state)
        doc.changed.connect(self._progress_timer.start)
        doc.profileChanged.connect(self._update_title)
        doc.saved.connect(self._saved)
        self._undo_state()
        self._update_progress()
        self.files.document_replaced()
        self.session.watch(doc, key=autosave_key, recovered=recovered)
        self._show_save_truth()
        self._update_file_actions()
        self.documentReplaced.emit(doc)

    def _saved(self, _path: str) -> None:
        self._update_file_actions()

    def _show_save_truth(self) -> None:
        """The title's ``*`` and the status bar say the same (one :class:`SaveTruth`)."""
        truth = self.session.truth
        self.setWindowModified(truth.modified)
        self.save_status.setText(truth.text())

    def replace_document(
        self, doc: AssessmentDocument, *, autosave_key: str | None = None, recovered: bool = False
    ) -> None:
        """Show another document: pages are rebuilt for it (autosaved under ``autosave_key``
        when it is recovered work; ``recovered``: its file is left alone until a Save)."""
        old = self.doc
        current = max(self.navigator.currentRow(), 0)
        self._drop_pages()
        if old is not doc:
            self._unbind(old)
        self._bind_document(doc, autosave_key, recovered)
        if old is not doc and old.parent() is self:
            old.deleteLater()
        self.go_to(current if doc.path is None else 0)

    def _unbind(self, doc: AssessmentDocument) -> None:
        """Stop listening to ``doc`` (it is deleted, or moves to another window)."""
        stack = doc.undo_stack
        for signal, slot in (
            (stack.canUndoChanged, self._undo_state),
            (stack.canRedoChanged, self._undo_state),
            (stack.indexChanged, self._undo_state),
            (doc.changed, self._progress_timer.start),
            (doc.profileChanged, self._update_title),
            (doc.saved, self._saved),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def take_document_from(self, other: MainWindow) -> None:
        """Carry ``other``'s document over (a language switch): its answers, file, undo
        history, lock and autosave; ``other`` lets it go and can be closed at once."""
        doc = other.doc
        key = self.session.take_over(other.session)
        other._drop_pages()
        other._unbind(doc)
        doc.setParent(self)
        self.replace_document(doc, autosave_key=key)
        start.carry_over(other, self)

    def _update_title(self) -> None:
        read_only = " " + self.tr("(read-only)") if self.session.read_only else ""
        name, path = self.doc.display_name(), self.doc.path
        if path is not None and name != path.stem:  # which file: a follow-up is a new one
            name = f"{name} ({path.name})"
        self.setWindowTitle(f"{name}{read_only}[*] — {app_name()}")  # in its language

    def _update_progress(self) -> None:
        result = self.doc.result()
        for dim in result.dimensions:
            self.navigator.set_progress(dim.id, dim.answered, dim.applicable)  # repaints it
        answered = sum(d.answered for d in result.dimensions)
        applicable = sum(d.applicable for d in result.dimensions)
        self.progress.setValue(round(100 * answered / applicable) if applicable else 100)
        self.progress.setFormat(
            self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(applicable))
        )

    def about(self) -> None:
        """Version, bank and licences."""
        from advisor.ui.shell.about import about_html

        if not self.ready():
            return
        dialogs.show_about(
            self, self.tr("About %1").replace("%1", app_name()), about_html(self.bank, self.lang)
        )

    # --- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_complete():  # closed from the start page before the document was made
            session = self.__dict__.get("session")  # (made when complete() failed half-way)
            if session is not None:
                session.close()
            self._remember_geometry()
            event.accept()
            return
        if not self.files.close_document():
            event.ignore()
            return
        self.files.wait_for_export()  # a PDF being written is finished, never cut short
        self.session.close()
        self._remember_geometry()
        event.accept()

    def _remember_geometry(self) -> None:
        if self.remember_geometry:
            self.settings.set_geometry(QByteArray(self.saveGeometry()))
            self.settings.sync()
