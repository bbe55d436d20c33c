"""The main window: section navigator, pages, Back/Next, menus, files and export.

The window owns one :class:`~advisor.ui.document.model.AssessmentDocument` at a time. New and
Open replace it (after asking to save changes); pages are rebuilt for the new document.
Question pages are built the first time they are shown, so the window opens quickly.

Every document is autosaved (:class:`~advisor.ui.document.autosave.AutoSaver`, a child of the
window): a recovery copy in the data folder, and the named file itself about a second
after the last change. The status bar shows "Saved 10:42"; a failed save offers Save As.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advisor.domain.bank import Bank
from advisor.storage.recovery import RecoveryStore
from advisor.ui.assessment.pages.base import Page
from advisor.ui.common import dialogs
from advisor.ui.common.settings import Settings
from advisor.ui.common.style import named
from advisor.ui.document.file_commands import FileCommands
from advisor.ui.document.model import AssessmentDocument
from advisor.ui.shell.navigator import Navigator, Section

__all__ = ["APP_TITLE", "MainWindow", "set_app_recovery_store"]

APP_TITLE = "Export Readiness Advisor"

_app_store: RecoveryStore | None = None  # the running app's (set by ``run_app``)


def set_app_recovery_store(store: RecoveryStore | None) -> None:
    """Share one recovery store (one session) among the app's windows; None: each its own."""
    global _app_store  # noqa: PLW0603 - one per running app
    _app_store = store


class MainWindow(FileCommands, QMainWindow):
    """The app's one window.

    Signals:
        documentReplaced(QObject): New or Open put another
            :class:`~advisor.ui.document.model.AssessmentDocument` in the window (for autosave).
    """

    documentReplaced = Signal(QObject)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        bank: Bank,
        settings: Settings | None = None,
        parent=None,
        *,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.settings = settings or Settings()
        self.lang = self.settings.language()
        self.doc: AssessmentDocument = AssessmentDocument(bank, parent=self)
        self.sections = [
            Section("profile", self.tr("Profile")),
            *(Section(d.id, d.title.get(self.lang), counted=True) for d in bank.dimensions),
            Section("review", self.tr("Review")),
            Section("results", self.tr("Results")),
            Section("plan", self.tr("Action plan")),
        ]
        self._pages: dict[str, Page] = {}
        self._export = None
        self.remember_geometry = True  # False for throw-away windows (``check``)
        self._progress_timer = QTimer(self, singleShot=True, interval=0)
        self._progress_timer.timeout.connect(self._update_progress)

        self._build_central()
        self._build_actions()
        self._build_menus()
        self.statusBar().setSizeGripEnabled(True)
        self._build_safekeeping(recovery or _app_store)
        self._bind_document(self.doc)
        self.resize(1100, 760)
        self.setMinimumSize(800, 560)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.go_to(0)
        self.page("profile").focus_first()

    # --- layout --------------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigator = Navigator(self.sections, central)
        self.navigator.currentRowChanged.connect(self._on_navigator_row)
        row.addWidget(self.navigator)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(central)
        for _ in self.sections:
            self.stack.addWidget(QWidget(self.stack))
        right.addWidget(self.stack, 1)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 8, 16, 10)
        self.progress_label = QLabel(central)
        self.progress = named(QProgressBar(central), self.tr("Questions answered overall"))
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(320)
        self.progress_label.setBuddy(self.progress)
        self.back_button = named(QPushButton(self.tr("< &Back"), central), self.tr("Back"))
        self.next_button = named(QPushButton(self.tr("&Next >"), central), self.tr("Next"))
        self.next_button.setDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        bar.addWidget(self.progress_label)
        bar.addWidget(self.progress, 1)
        bar.addStretch(1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        right.addLayout(bar)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.navigator, self.stack)
        QWidget.setTabOrder(self.stack, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), self.new_document, key.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, key.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, key.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, key.SaveAs)
        self.restore_action = self._action(
            self.tr("&Restore Earlier Version…"), self.restore_earlier_version
        )
        self.export_action = self._action(self.tr("&Export PDF…"), self.export_pdf, "Ctrl+E")
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.about_action = self._action(self.tr("&About Export Readiness Advisor"), self.about)
        self.back_action = self._action(self.tr("Previous section"), self.go_back, key.Back)
        self.forward_action = self._action(self.tr("Next section"), self.go_next, key.Forward)
        self.back_action.setShortcuts([QKeySequence(key.Back), QKeySequence("Ctrl+PgUp")])
        self.forward_action.setShortcuts([QKeySequence(key.Forward), QKeySequence("Ctrl+PgDown")])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.forward_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for i, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("&Clear list"))
            clear.triggered.connect(self.settings.clear_recent_files)

    # --- the document --------------------------------------------------------------

    def _bind_document(self, doc: AssessmentDocument) -> None:
        self.doc = doc
        self.edit_menu.clear()
        undo = doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        doc.modifiedChanged.connect(self.setWindowModified)
        doc.changed.connect(self._progress_timer.start)
        doc.profileChanged.connect(self._update_title)
        doc.saved.connect(lambda _p: self._update_title())
        self.setWindowModified(doc.modified)
        self._update_title()
        self._update_progress()
        self.documentReplaced.emit(doc)

    def replace_document(self, doc: AssessmentDocument) -> None:
        """Show another document: pages are rebuilt for it."""
        old = self.doc
        current = max(self.navigator.currentRow(), 0)
        for key, page in list(self._pages.items()):
            index = self.stack.indexOf(page)
            placeholder = QWidget(self.stack)
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._pages[key]
        self._bind_document(doc)
        if old is not doc:
            old.deleteLater()
        self.go_to(current if doc.path is None else 0)

    def _update_title(self) -> None:
        read_only = " " + self.tr("(read-only)") if getattr(self, "_read_only", False) else ""
        self.setWindowTitle(f"{self.doc.display_name()}{read_only}[*] — {APP_TITLE}")

    def _update_progress(self) -> None:
        result = self.doc.result()
        for dim in result.dimensions:
            self.navigator.set_progress(dim.id, dim.answered, dim.applicable)
        self.navigator.viewport().update()
        answered = sum(d.answered for d in result.dimensions)
        applicable = sum(d.applicable for d in result.dimensions)
        self.progress.setValue(round(100 * answered / applicable) if applicable else 100)
        self.progress.setFormat(
            self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(applicable))
        )

    # --- pages ---------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page of a section, built on first use."""
        page = self._pages.get(key)
        if page is not None:
            return page
        page = self._make_page(key)
        row = self.navigator.row_of(key)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._pages[key] = page
        return page

    def _make_page(self, key: str) -> Page:
        doc, lang = self.doc, self.lang
        if key == "profile":
            from advisor.ui.assessment.pages.profile import ProfilePage

            return ProfilePage(doc, lang, self.stack)
        if key == "review":
            from advisor.ui.assessment.pages.review import ReviewPage

            page = ReviewPage(doc, lang, self.stack)
            page.jumpRequested.connect(self.show_question)
            return page
        if key == "results":
            from advisor.ui.assessment.pages.results import ResultsPage

            return ResultsPage(doc, lang, self.stack)
        if key == "plan":
            from advisor.ui.assessment.pages.plan import PlanPage

            return PlanPage(doc, lang, self.stack)
        from advisor.ui.assessment.pages.questions import QuestionsPage

        return QuestionsPage(doc, self.bank.dimension_by_id[key], lang, self.stack)

    def current_key(self) -> str:
        """The key of the section on screen."""
        return self.sections[self.stack.currentIndex()].key

    def go_to(self, row: int) -> None:
        """Show the section at ``row``."""
        row = max(0, min(row, len(self.sections) - 1))
        if self.navigator.currentRow() != row:
            self.navigator.setCurrentRow(row)  # comes back through _on_navigator_row
            return
        self._show_row(row)

    def _on_navigator_row(self, row: int) -> None:
        if row >= 0:
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        page = self.page(self.sections[row].key)
        self.stack.setCurrentWidget(page)
        page.activate()
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.sections) - 1)
        self.back_action.setEnabled(row > 0)
        self.forward_action.setEnabled(row < len(self.sections) - 1)

    def go_to_section(self, key: str) -> Page:
        """Show a section by key and return its page."""
        self.go_to(self.navigator.row_of(key))
        return self.page(key)

    def go_next(self) -> None:
        """The next section."""
        self.go_to(self.stack.currentIndex() + 1)
        self.page(self.current_key()).focus_first()

    def go_back(self) -> None:
        """The previous section."""
        self.go_to(self.stack.currentIndex() - 1)
        self.page(self.current_key()).focus_first()

    def show_question(self, qid: str) -> None:
        """Go to a question's section, scroll to it and focus it."""
        question = self.bank.question_by_id.get(qid)
        if question is None:
            return
        page = self.go_to_section(question.dimension)
        QTimer.singleShot(0, lambda: page.show_question(qid))  # type: ignore[attr-defined]

    def about(self) -> None:
        """Version, bank and licences."""
        from advisor.ui.shell.about import about_html

        dialogs.show_about(
            self, self.tr("About %1").replace("%1", APP_TITLE), about_html(self.bank, self.lang)
        )

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_document():
            event.ignore()
            return
        self._set_lock(None, read_only=False)
        if self._export is not None:
            self._export.wait()
        self.autosaver.close()
        if self._owns_recovery:
            self.recovery.clean_exit()
        app = QGuiApplication.instance()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._application_state_changed)
        if self.remember_geometry:
            self.settings.set_geometry(QByteArray(self.saveGeometry()))
            self.settings.sync()
        event.accept()
