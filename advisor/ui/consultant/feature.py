"""The consultant features, added to an existing main window in one call.

:func:`install_consultant_features` adds a "Clients" menu (Clients…, New follow-up,
Branding profile…), "Export plan…" in the File menu, the progress panel on the Results
page (when the open file has an earlier assessment in its client folder), and makes
"Export PDF…" use the active branding profile and that earlier assessment.

It only uses the window's public attributes (``menuBar()``, ``export_action``, ``stack``,
``page()``, ``current_key()``, ``doc``, ``documentReplaced``, ``open_path``, ``settings``,
``lang``, ``bank``, ``statusBar()``): the window's own modules are not changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.services import compare_with, find_previous
from advisor.ui.common import dialogs
from advisor.ui.consultant.progress_panel import ProgressPanel
from advisor.ui.consultant.settings import ConsultantSettings

__all__ = [
    "BrandedExportJob",
    "ConsultantFeatures",
    "install_consultant_features",
    "report_options",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("consultant", text)


def report_options(
    bank: Bank, path: Path | None, lang: str, settings: ConsultantSettings | None = None
) -> Any:
    """The :class:`~advisor.report.ReportOptions` for the open file: branding and previous.

    :func:`advisor.services.report_options` with the active branding profile. Raises
    :class:`~advisor.storage.DocumentError` when that profile cannot be read. A previous
    assessment that cannot be read is left out.
    """
    from advisor.services import report_options as options_for

    branding = (settings or ConsultantSettings()).branding_path()
    return options_for(bank, path, lang, branding=branding)


class _Signals(QObject):
    finished = Signal(str)
    failed = Signal(str)


class BrandedExportJob(QRunnable):
    """Renders the PDF with :class:`ReportOptions` and writes it, in a worker thread."""

    def __init__(self, bank: Bank, assessment: Assessment, path: Path, options: Any) -> None:
        super().__init__()
        self.bank = bank
        self.assessment = assessment.model_copy(deep=True)
        self.path = path
        self.options = options
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        """Render and write; report through ``signals``."""
        from advisor.services import export_pdf
        from advisor.storage import DocumentError

        try:
            export_pdf(self.bank, self.assessment, self.path, self.options)
        except DocumentError as exc:
            self.signals.failed.emit(exc.message)
        except ValueError as exc:  # a branding logo that cannot be used
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug in rendering must not kill the window
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(str(self.path))


class ConsultantFeatures(QObject):
    """What :func:`install_consultant_features` adds; kept on ``window.consultant``."""

    def __init__(self, window: Any, settings: ConsultantSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings or ConsultantSettings()
        self.jobs: list[BrandedExportJob] = []
        self.panel: ProgressPanel | None = None
        self._panel_key: tuple[str, int] | None = None
        self._previous: tuple[Path | None, Path | None] = (None, None)  # (file, its previous)
        self._build_actions()
        window.stack.currentChanged.connect(lambda _i: self.update_progress_panel())
        window.documentReplaced.connect(self._document_replaced)
        self._document_replaced(window.doc)

    # --- menus ---------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False: slot())
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        window = self.window
        self.clients_action = self._action(_tr("&Clients…"), self.show_clients, "Ctrl+Shift+L")
        self.follow_up_action = self._action(
            _tr("New &follow-up of this assessment"), self.follow_up
        )
        self.branding_action = self._action(_tr("&Branding profile…"), self.show_branding)
        self.plan_action = self._action(_tr("Export p&lan (XLSX, CSV)…"), self.export_plan)
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]

        def holding(action: QAction) -> Any:
            return next((m for m in menus if action in m.menu().actions()), None)

        file_entry = holding(window.export_action) or menus[0]
        actions = file_entry.menu().actions()
        index = actions.index(window.export_action) if window.export_action in actions else -1
        before = actions[index + 1] if 0 <= index < len(actions) - 1 else None
        file_entry.menu().insertAction(before, self.plan_action)
        self.menu = QMenu(_tr("&Clients"), window)
        help_entry = holding(getattr(window, "about_action", None)) or menus[-1]
        bar.insertMenu(help_entry, self.menu)
        self.menu.addAction(self.clients_action)
        self.menu.addAction(self.follow_up_action)
        self.menu.addSeparator()
        self.menu.addAction(self.branding_action)
        window.export_action.triggered.disconnect()
        window.export_action.triggered.connect(lambda _c=False: self.export_pdf())

    def _document_replaced(self, doc: Any) -> None:
        doc.changed.connect(self._mark_panel_dirty)
        doc.saved.connect(lambda _p: self._mark_panel_dirty(forget_previous=True))
        self.follow_up_action.setEnabled(doc.path is not None)
        doc.saved.connect(lambda _p: self.follow_up_action.setEnabled(True))
        self.panel = None  # the results page is rebuilt for the new document
        self._panel_key = None
        self.update_progress_panel()

    # --- progress panel ------------------------------------------------------------------

    def previous_path(self) -> Path | None:
        """The earlier assessment of the open file's client (cached per file)."""
        path = self.window.doc.path
        if self._previous[0] != path:
            self._previous = (path, find_previous(path, self.window.bank))
        return self._previous[1]

    def _mark_panel_dirty(self, forget_previous: bool = False) -> None:
        if forget_previous:
            self._previous = (None, None)
        self._panel_key = None
        self.update_progress_panel()

    def update_progress_panel(self) -> None:
        """Show the progress panel on the Results page when it is on screen."""
        window = self.window
        if window.current_key() != "results" or window.doc.parent() is not window:
            return  # not on screen, or the document moved to another window (language switch)
        page = window.page("results")
        if self.panel is None or self.panel.parent() is not page.widget():
            self.panel = ProgressPanel(window.lang, page.widget())
            legend = getattr(page, "legend", None)  # after the charts and their legend
            at = page.body.indexOf(legend) + 1 if legend is not None else 1
            page.body.insertWidget(at if at > 0 else 1, self.panel)
            self._panel_key = None
        key = (str(window.doc.path), id(window.doc.assessment), window.doc.undo_stack.index())
        if self._panel_key == key:
            return
        self._panel_key = key
        previous = self.previous_path()
        if previous is None:
            self.panel.set_progress(None)
            return
        from advisor.domain.progress import ComparisonError
        from advisor.storage import DocumentError

        try:
            self.panel.set_progress(compare_with(window.bank, previous, window.doc.assessment))
        except (DocumentError, ComparisonError) as exc:
            self.panel.show_error(
                _tr("No comparison with %1: %2")
                .replace("%1", previous.name)
                .replace("%2", str(exc))
            )

    # --- commands ------------------------------------------------------------------------

    def show_clients(self) -> Any:
        """The Clients window (modeless; one at a time)."""
        from advisor.ui.consultant.clients import ClientsDialog

        window = self.window
        existing = getattr(self, "clients_dialog", None)
        if existing is not None:
            existing.refresh()
        else:
            existing = ClientsDialog(
                window.bank, window.open_path, self.settings, window.lang, window
            )
            self.clients_dialog = existing
            existing.finished.connect(lambda _r: setattr(self, "clients_dialog", None))
        existing.show()
        existing.raise_()
        return existing

    def show_branding(self) -> Any:
        """The branding profile editor (modeless)."""
        from advisor.ui.consultant.branding_dialog import BrandingDialog

        dialog = BrandingDialog(self.settings, self.window)
        self.branding_dialog = dialog
        dialog.show()
        return dialog

    def follow_up(self) -> Path | None:
        """Start a follow-up of the open (saved) assessment in its folder, and open it."""
        from advisor.storage import DocumentError
        from advisor.storage.library import ClientLibrary

        window = self.window
        path = window.doc.path
        if path is None or not window.maybe_save():
            return None
        try:
            new = ClientLibrary(Path(path).parent.parent, window.bank).follow_up(path)
        except DocumentError as exc:
            dialogs.show_error(window, _tr("Cannot start a follow-up"), str(exc))
            return None
        window.open_path(new, ask=False)
        return new

    def export_plan(self) -> Path | None:
        """Export the open assessment's plan as XLSX or CSV."""
        from advisor.ui.consultant.plan_export import export_plan

        window = self.window
        path = export_plan(
            window, window.bank, window.doc.assessment, window.lang, window.settings.last_folder()
        )
        if path is not None:
            window.statusBar().showMessage(
                _tr("Action plan written: %1").replace("%1", str(path)), 8000
            )
        return path

    def export_pdf(self) -> BrandedExportJob | None:
        """Export PDF with the active branding and the previous assessment, off-thread."""
        from advisor.storage import DocumentError
        from advisor.ui.document.export import safe_pdf_name

        window = self.window
        folder = window.settings.last_folder() or str(Path.home())
        name = safe_pdf_name(window.doc.assessment.profile.company, dt.date.today())
        path = dialogs.ask_save_pdf_path(window, str(Path(folder) / name))
        if path is None:
            return None
        try:
            options = report_options(window.bank, window.doc.path, window.lang, self.settings)
        except DocumentError as exc:
            dialogs.show_error(window, _tr("Cannot use the branding profile"), str(exc))
            return None
        job = BrandedExportJob(window.bank, window.doc.assessment, path, options)
        job.signals.finished.connect(lambda p, j=job: self._export_done(j, p, ok=True))
        job.signals.failed.connect(lambda m, j=job: self._export_done(j, m, ok=False))
        self.jobs.append(job)
        window.export_action.setEnabled(False)
        window.statusBar().showMessage(_tr("Writing the PDF action plan…"))
        QThreadPool.globalInstance().start(job)
        return job

    def _export_done(self, job: BrandedExportJob, value: str, *, ok: bool) -> None:
        from advisor.ui.document.export import open_file

        window = self.window
        if job in self.jobs:
            self.jobs.remove(job)
        window.export_action.setEnabled(True)
        if not ok:
            window.statusBar().clearMessage()
            dialogs.show_error(window, _tr("Cannot export the PDF"), value)
            return
        window.statusBar().showMessage(_tr("PDF written: %1").replace("%1", value), 8000)
        if dialogs.ask_open_file_after_export(window, Path(value)):
            open_file(Path(value))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running exports (tests, quitting)."""
        return bool(QThreadPool.globalInstance().waitForDone(msecs))


def install_consultant_features(
    window: Any, settings: ConsultantSettings | None = None
) -> ConsultantFeatures:
    """Add the consultant menus, progress panel and branded export to ``window``."""
    features = ConsultantFeatures(window, settings)
    window.consultant = features
    return features
