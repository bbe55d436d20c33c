"""The start page over the window's document: covering it, and uncovering it.

:class:`Covering` is mixed into :class:`~advisor.ui.shell.start_page.StartPage`. While
the page covers the window (:meth:`Covering.cover`), the entries that act on the
document are off and the title is the app's; a document coming into the window (New,
Open, a recovered or example file) uncovers it. A window that makes its document after
its first paint (issue 18) tells the page when it has (:meth:`Covering.window_completed`):
until then its first, blank document is not one the user chose, and the page stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from advisor.services.start import complete_summary
from advisor.ui.common.style import focus_visibly, follow_palettes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from advisor.services.start import FileSummary
    from advisor.ui.common.link_button import LinkButton

__all__ = ["COVERED_ACTIONS", "TOOLS", "Covering", "PageBody"]

COVERED_ACTIONS = ("save", "save_as", "restore", "export_pdf", "undo", "redo", "back", "forward")
"""The window's entries that act on the document: off while the start page covers it."""
TOOLS = ("export_plan", "share_summary")  # the features' (when plugged in): on, but not here


class PageBody(QWidget):
    """The start page's body; :attr:`painted`, when set, is called once after its next
    paint (:mod:`advisor.ui.first_paint`: the window's deferred work). A ``paintEvent``
    rather than an event filter: the first ``QEvent`` a Python handler receives makes
    PySide6's types of about 50 event classes, a ``QPaintEvent`` handler does not."""

    painted: Callable[[], None] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted is not None:
            then, self.painted = self.painted, None
            QTimer.singleShot(0, then)


class _Watcher(QObject):
    """The start page's window came to the front: the focus it gives back is drawn (Qt
    draws a ring only after a keyboard focus change); the page's palette changed: the
    missing files' colour (:meth:`StartPage.follow_window`)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowActivate and watched is self.page.window_:
            QTimer.singleShot(0, self.page._show_focus)
        elif kind == QEvent.Type.PaletteChange and watched is self.page:
            QTimer.singleShot(0, self.page._show_files)
        return False


class Covering:
    """How the start page covers and uncovers its window (see the module docstring)."""

    if TYPE_CHECKING:  # the page's
        window_: Any
        title: QLabel
        start_button: LinkButton
        summaries: list[FileSummary]

        def refresh(self) -> None: ...
        def isVisible(self) -> bool: ...
        def isAncestorOf(self, child: QWidget) -> bool: ...
        def installEventFilter(self, watcher: QObject) -> None: ...
        def _show_files(self) -> None: ...
        def parentWidget(self) -> QWidget: ...

    def cover(self) -> None:
        """Cover the window's document (see :func:`advisor.ui.shell.start.show_start_page`):
        what the page says is read again, the document's entries are off."""
        self.refresh()
        self.holder().setCurrentWidget(self)
        self._cover_entries()
        if self.window_.isVisible():
            focus_visibly(self.start_button)
        else:  # launch: its ring is drawn from the first paint on (follow_window);
            self.start_button.setFocus()  # focus_visibly would make PySide6's `Qt` (by_name)

    def _cover_entries(self) -> None:
        window = self.window_
        for action_id in (*COVERED_ACTIONS, *self._tools()):
            window.board.set_enabled(action_id, False)
        window.setWindowTitle(self.title.text())
        window.setWindowModified(False)

    def follow_window(self) -> None:
        """From the window's first paint on (:meth:`window_completed`; at once when it
        had been made before): the focus drawn when the window comes to the front (and
        now, when it is there already), the recent files' colours in step with the
        palette, the muted labels' too (:func:`follow_palettes`). Not before: the first
        ``QEvent`` a Python handler receives makes PySide6's Python types of about 50
        event classes (1.5-3 ms before the window showed; issue 18). A filter object of
        its own: the page is its body's filter already (``QScrollArea.setWidget``), so
        an ``eventFilter`` of the page's would get the body's every event."""
        follow_palettes()
        watcher = _Watcher(self)
        self.window_.installEventFilter(watcher)
        self.installEventFilter(watcher)
        if self.window_.isActiveWindow():
            QTimer.singleShot(0, self._show_focus)

    def _show_focus(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.isVisible() and self.isAncestorOf(focus):
            focus_visibly(focus)

    def window_completed(self) -> None:
        """The window made its document and pages (after its first paint, see
        :class:`~advisor.ui.shell.mainwindow.MainWindow`): from now on a document coming
        in uncovers the page; while it covers the window, the recent files get their
        scores and the document's entries stay off."""
        window = self.window_
        window.documentReplaced.connect(self.uncover)
        self.follow_window()
        if self.holder().currentWidget() is self:
            # checked against the bank and scored from the bytes read at launch: each
            # file is read from the disk once
            self.summaries = [complete_summary(s, window.bank) for s in self.summaries]
            self._show_files()
            self._cover_entries()

    def uncover(self, _doc: object = None) -> None:
        """Show the document again (another one came into the window, or it was started)."""
        holder = self.holder()
        if holder.currentWidget() is self:
            holder.setCurrentIndex(1)
            for action_id in self._tools():
                self.window_.board.set_enabled(action_id, True)
            self.window_.refresh_actions()

    def _tools(self) -> list[str]:
        return [action_id for action_id in TOOLS if action_id in self.window_.board.actions]

    def holder(self) -> QStackedWidget:
        """The stack that holds the page and the window's usual central area."""
        holder = self.parentWidget()
        assert isinstance(holder, QStackedWidget)
        return holder
