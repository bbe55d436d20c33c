"""The peers feature: the peer panel on the Results page, and File > Share summary….

:class:`PeersFeature` contributes, through :mod:`advisor.ui.shell.actions`:

* "Share summary…" in the File menu: the one-page summary (PNG for a phone, or PDF),
  written by :func:`advisor.services.summary.export_summary` off the GUI thread, with
  the consultant's branding profile when one is chosen;
* the peer panel on the Results page. Its group is the room in workshop mode (the
  finished participants of the workshop folder) and the client book for a consultant
  (the library, when the open file lies in one of its client folders); otherwise the
  panel stays hidden. The folder is read when the Results page is shown; a change to
  the answers only recomputes the comparison (:mod:`advisor.services.peers`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from advisor.ui.common import dialogs
from advisor.ui.shell.actions import ActionSpec, Contribution, PanelSpec

if TYPE_CHECKING:  # imported when first used: the window shows before they are needed
    from advisor.storage.peers import PeerPool
    from advisor.ui.common.jobs import BackgroundJob
    from advisor.ui.peers.panel import PeerPanel

__all__ = ["PeerTools", "PeersFeature", "peers_folder"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("peers", text)


def peers_folder(window: Any) -> Path | None:
    """The folder of the window's peers: the workshop's, or the client library holding
    the open file; None when the window has neither."""
    from advisor.ui.workshop.mode import active_workshop

    controller = active_workshop(window)
    if controller is not None:
        return Path(controller.folder)
    library = window.settings.library_folder()
    path = window.doc.path
    if library is None or path is None:
        return None
    try:
        inside = Path(path).resolve().parent.parent == Path(library).resolve()
    except OSError:
        return None
    return Path(library) if inside else None


class PeersFeature:
    """Plugs the peer panel and Share summary into a window."""

    def contribute(self, window: Any) -> Contribution:
        """The File menu entry and the Results page's panel."""
        tools = PeerTools(window)
        actions = [
            ActionSpec(
                "share_summary",
                _tr("Share s&ummary…"),
                "file",
                67,  # after Export PDF (60) and Export plan (65)
                tools.share_summary,
                status_tip=_tr("Save a one-page summary (an image for a phone, or a PDF)"),
            )
        ]
        return Contribution(actions=actions, panels=[PanelSpec("results", tools.make_panel)])


class PeerTools(QObject):
    """The peers feature in one window: its panel and the summary export."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("peerTools")
        self.window = window
        self.panel: PeerPanel | None = None
        self.pool: PeerPool | None = None
        self.job: BackgroundJob | None = None
        window.sectionChanged.connect(self._section_changed)
        window.documentReplaced.connect(self._document_replaced)

    def make_panel(self, parent: QWidget) -> PeerPanel:
        """The peer panel of a new Results page (filled when the page is shown)."""
        from advisor.ui.peers.panel import PeerPanel

        self.panel = PeerPanel(self.window.lang, parent)
        return self.panel

    def _document_replaced(self, doc: Any) -> None:
        doc.changed.connect(self.update_panel)
        self.panel = None  # the Results page is rebuilt for the new document
        self.pool = None

    def _section_changed(self, _index: int) -> None:
        if self.window.current_key() == "results":
            self.pool = None  # read the folder afresh: someone may have finished since
        self.update_panel()

    def _load_pool(self) -> PeerPool | None:
        from advisor.services.peers import load_pool
        from advisor.storage import DocumentError

        folder = peers_folder(self.window)
        if folder is None:
            return None
        if self.pool is None or self.pool.folder != folder:
            try:
                self.pool = load_pool(folder, self.window.bank, room=self._in_workshop())
            except DocumentError:
                return None  # the folder went away: no comparison, no noise
        return self.pool

    def _in_workshop(self) -> bool:
        from advisor.ui.workshop.mode import active_workshop

        return active_workshop(self.window) is not None

    def update_panel(self, *_args: Any) -> None:
        """Compare the open assessment with its peers, when the Results page is on screen."""
        window = self.window
        if window.current_key() != "results":
            return
        window.page("results")  # built with its panel (make_panel) when first shown
        if self.panel is None:
            return
        pool = self._load_pool()
        if pool is None:
            self.panel.show_comparison(None)
            return
        from advisor.services.peers import peer_comparison

        doc = window.doc
        self.panel.show_comparison(peer_comparison(window.bank, doc.assessment, doc.path, pool))

    # --- share summary -----------------------------------------------------------------

    def share_summary(self) -> None:
        """Ask where, then write the one-page summary in the background."""
        import datetime as dt

        window = self.window
        if self.job is not None and self.job.running:
            return
        doc = window.doc
        from advisor.storage.filenames import safe_summary_name

        suggested = safe_summary_name(doc.assessment.profile.company, dt.date.today())
        folder = doc.path.parent if doc.path is not None else Path(window.settings.last_folder())
        target = dialogs.ask_save_summary_path(window, str(folder / suggested))
        if target is None:
            return
        from advisor.services import report_options
        from advisor.services.summary import export_summary
        from advisor.storage import DocumentError
        from advisor.ui.common.jobs import run_in_background

        bank, assessment = window.bank, doc.assessment.model_copy(deep=True)
        try:
            options = report_options(
                bank,
                doc.path,
                window.lang,
                branding=window.settings.branding_path(),
                previous=None,
            )
        except DocumentError as exc:
            from advisor.ui.common.file_words import file_message

            dialogs.show_error(window, _tr("Cannot write the summary"), file_message(exc))
            return
        window.statusBar().showMessage(_tr("Writing the summary…"))
        self.job = run_in_background(
            lambda: export_summary(bank, assessment, target, options),
            self._written,
            self._failed,
        )

    def _written(self, path: Path) -> None:
        self.window.statusBar().showMessage(_tr("Summary saved: %1").replace("%1", str(path)), 8000)

    def _failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        dialogs.show_error(self.window, _tr("Cannot write the summary"), message)
