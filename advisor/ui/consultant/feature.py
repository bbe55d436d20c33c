"""The consultant feature: clients, follow-ups, branding, plan export, progress panel.

:class:`ConsultantFeature` contributes, through the declared-action interface of
:mod:`advisor.ui.shell.actions`:

* a "Clients" menu (Clients…, New follow-up, Branding profile…);
* "Export plan (XLSX, CSV)…" in the File menu, after "Export PDF…";
* the progress panel on the Results page (when the open file has an earlier assessment
  in its client folder).

The PDF export itself is the window's one export
(:meth:`~advisor.ui.document.file_commands.FileCommands.export_pdf`): the branding
profile chosen here and the previous assessment reach it through
:func:`advisor.services.report_options`. The per-window state (the Clients window, the
panel) lives in a :class:`ConsultantTools` child of the window (:func:`consultant_tools`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from advisor.ui.common import dialogs
from advisor.ui.common.settings import Settings
from advisor.ui.shell.actions import ActionSpec, Contribution, MenuSpec, PanelSpec

if TYPE_CHECKING:  # imported when first used: the window shows before they are needed
    from advisor.ui.consultant.progress_panel import ProgressPanel

__all__ = ["ConsultantFeature", "ConsultantTools", "consultant_tools"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("consultant", text)


class ConsultantFeature:
    """Plugs the consultant's menus and panel into a window (see the module docstring)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def contribute(self, window: Any) -> Contribution:
        """The Clients menu, the plan export entry and the Results page's progress panel."""
        tools = ConsultantTools(window, self.settings or window.settings)
        menus = [MenuSpec("clients", _tr("&Clients"), 70)]
        actions = [
            ActionSpec("clients", _tr("&Clients…"), "clients", 10, tools.show_clients,
                       "Ctrl+Shift+L"),
            ActionSpec("follow_up", _tr("New &follow-up of this assessment"), "clients", 20,
                       tools.follow_up),
            ActionSpec("branding", _tr("&Branding profile…"), "clients", 30,
                       tools.show_branding, separator_before=True),
            ActionSpec("export_plan", _tr("Export p&lan (XLSX, CSV)…"), "file", 65,
                       tools.export_plan),
        ]  # fmt: skip
        panels = [PanelSpec("results", tools.make_panel)]
        return Contribution(menus=menus, actions=actions, panels=panels)


class ConsultantTools(QObject):
    """The consultant feature in one window: its commands and its progress panel."""

    def __init__(self, window: Any, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("consultantTools")
        self.window = window
        self.settings = settings
        self.clients_dialog: Any = None
        self.branding_dialog: Any = None
        self.panel: ProgressPanel | None = None
        self._panel_key: tuple[str, int, int] | None = None
        self._previous: tuple[Path | None, Path | None] = (None, None)  # (file, its previous)
        window.sectionChanged.connect(self._section_changed)
        window.documentReplaced.connect(self._document_replaced)

    def _document_replaced(self, doc: Any) -> None:
        doc.changed.connect(self._mark_panel_dirty)
        doc.saved.connect(self._saved)
        self.window.board.set_enabled("follow_up", doc.path is not None)
        self.panel = None  # the results page is rebuilt for the new document
        self._panel_key = None

    def _saved(self, _path: str) -> None:
        self.window.board.set_enabled("follow_up", True)
        self._mark_panel_dirty(forget_previous=True)

    def _section_changed(self, _index: int) -> None:
        self.update_progress_panel()

    def make_panel(self, parent: QWidget) -> ProgressPanel:
        """The progress panel of a new Results page (filled when the page is shown)."""
        from advisor.ui.consultant.progress_panel import ProgressPanel

        self.panel = ProgressPanel(self.window.lang, parent)
        self._panel_key = None
        return self.panel

    # --- progress panel ------------------------------------------------------------------

    def previous_path(self) -> Path | None:
        """The earlier assessment of the open file's client (cached per file)."""
        path = self.window.doc.path
        if self._previous[0] != path:
            from advisor.services import find_previous

            self._previous = (path, find_previous(path, self.window.bank))
        return self._previous[1]

    def _mark_panel_dirty(self, *_args: Any, forget_previous: bool = False) -> None:
        if forget_previous:
            self._previous = (None, None)
        self._panel_key = None
        self.update_progress_panel()

    def update_progress_panel(self) -> None:
        """Show the progress panel on the Results page when it is on screen."""
        window = self.window
        if window.current_key() != "results":
            return  # not on screen
        window.page("results")  # built with its panel (make_panel) when first shown
        if self.panel is None:
            return
        key = (str(window.doc.path), id(window.doc.assessment), window.doc.undo_stack.index())
        if self._panel_key == key:
            return
        self._panel_key = key
        previous = self.previous_path()
        if previous is None:
            self.panel.set_progress(None)
            return
        from advisor.domain.progress import ComparisonError
        from advisor.services import compare_with
        from advisor.storage import DocumentError

        try:
            self.panel.set_progress(compare_with(window.bank, previous, window.doc.assessment))
        except (DocumentError, ComparisonError) as exc:
            from advisor.ui.common.file_words import file_message

            self.panel.show_error(
                _tr("No comparison with %1: %2")
                .replace("%1", previous.name)
                .replace("%2", file_message(exc))
            )

    # --- commands ------------------------------------------------------------------------

    def show_clients(self) -> Any:
        """The Clients window (modeless; one at a time)."""
        from advisor.ui.consultant.clients import ClientsDialog

        window = self.window
        if not window.ready():  # from the start page, before the document: a damaged install
            return None
        existing = self.clients_dialog
        if existing is not None:
            existing.refresh()
        else:
            existing = ClientsDialog(
                window.bank, window.files.open_path, self.settings, window.lang, window
            )
            self.clients_dialog = existing
            existing.followedUp.connect(
                lambda new, old: window.files.announce_follow_up(Path(new), Path(old))
            )
            existing.finished.connect(lambda _r: setattr(self, "clients_dialog", None))
        existing.show()
        existing.raise_()
        return existing

    def cover_client(self) -> Any:
        """The open assessment as its cover shows it (company, assessor, date)."""
        from advisor.domain.formatting import format_date
        from advisor.ui.consultant.cover_preview import CoverClient

        assessment = self.window.doc.assessment
        who = assessment.assessor
        assessor = ", ".join(p.strip() for p in (who.name, who.organisation) if p.strip())
        day = format_date(assessment.updated_at, self.window.lang)
        return CoverClient(assessment.profile.company.strip(), assessor, day)

    def show_branding(self) -> Any:
        """The branding profile editor (modeless)."""
        from advisor.ui.consultant.branding_dialog import BrandingDialog

        dialog = BrandingDialog(self.settings, self.window, client=self.cover_client())
        self.branding_dialog = dialog
        dialog.show()
        return dialog

    def follow_up(self) -> Path | None:
        """Start a follow-up of the open (saved) assessment in its folder, and open it."""
        from advisor.storage import DocumentError
        from advisor.storage.library import ClientLibrary

        window = self.window
        path = window.doc.path
        if path is None or not window.files.maybe_save():
            return None
        try:
            new = ClientLibrary(Path(path).parent.parent, window.bank).follow_up(path)
        except DocumentError as exc:
            from advisor.ui.common.file_words import file_message

            dialogs.show_error(window, _tr("Cannot start a follow-up"), file_message(exc))
            return None
        if window.files.open_path(new, ask=False):
            window.files.announce_follow_up(new, Path(path))
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
            dialogs.show_file_written(  # as after the PDF: Open, Show in folder
                window,
                Path(path),
                _tr("Action plan exported"),
                _tr("The action plan was saved as %1.").replace("%1", Path(path).name),
            )
        return path


def consultant_tools(window: QObject) -> ConsultantTools | None:
    """The consultant feature of ``window`` (None when it was built without it)."""
    return window.findChild(ConsultantTools, "consultantTools")
