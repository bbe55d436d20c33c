"""The main window's menu entries: named, looked up, and on or off as the document is.

:class:`Entries` is mixed into :class:`~advisor.ui.shell.mainwindow.MainWindow` (as
:class:`~advisor.ui.shell.sections.Sections` is): the window's own entries as attributes,
the handlers of file commands made before the document, and which entries are on (undo
and redo with their texts, save and restore on a read-only file, export while a PDF is
written). The entries are declared in :mod:`advisor.ui.shell.menus`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStackedWidget

    from advisor.ui.document.file_commands import FileCommands
    from advisor.ui.document.model import AssessmentDocument
    from advisor.ui.document.session import DocumentSession
    from advisor.ui.shell.actions import ActionBoard

__all__ = ["Entries"]


def _tr(text: str) -> str:
    """Translate in the main window's context (where these texts always were)."""
    return QCoreApplication.translate("MainWindow", text)


class Entries:
    """The window's menu entries (see the module docstring)."""

    if TYPE_CHECKING:  # the window's
        board: ActionBoard
        doc: AssessmentDocument
        files: FileCommands
        session: DocumentSession
        stack: QStackedWidget

        def ready(self) -> bool: ...
        def is_complete(self) -> bool: ...
        def _update_title(self) -> None: ...
        def _update_navigation(self, index: int) -> None: ...

    def _name_actions(self) -> None:
        """The window's own entries as attributes (``window.save_action``...)."""
        get = self.board.action
        self.new_action, self.open_action = get("new"), get("open")
        self.save_action, self.save_as_action = get("save"), get("save_as")
        self.restore_action, self.export_action = get("restore"), get("export_pdf")
        self.quit_action, self.about_action = get("quit"), get("about")
        self.undo_action, self.redo_action = get("undo"), get("redo")
        self.back_action, self.forward_action = get("back"), get("forward")
        self.edit_menu = self.board.menus["edit"]
        self.recent_menu = self.board.menus["recent"]

    def files_command(self, name: str) -> Callable[[], object]:
        """Run ``self.files.<name>()`` when called (a menu entry's or button's handler,
        made before the window's file commands are: :meth:`complete`)."""
        return lambda: self.ready() and getattr(self.files, name)()

    def action(self, action_id: str) -> QAction:
        """The entry declared as ``action_id`` (by the window or a feature)."""
        return self.board.action(action_id)

    def doc_undo(self) -> None:
        """Edit > Undo on the document on screen."""
        self.doc.undo_stack.undo()

    def doc_redo(self) -> None:
        """Edit > Redo on the document on screen."""
        self.doc.undo_stack.redo()

    def _undo_state(self) -> None:
        stack = self.doc.undo_stack
        for action_id, text, can, label in (
            ("undo", _tr("&Undo"), stack.canUndo(), stack.undoText()),
            ("redo", _tr("&Redo"), stack.canRedo(), stack.redoText()),
        ):
            self.board.set_enabled(action_id, can)
            self.board.action(action_id).setText(f"{text} {label}".strip())

    def _update_file_actions(self) -> None:
        if not self.is_complete():
            return  # no document yet (the start page covers the window)
        read_only = self.session.read_only
        self.board.set_enabled("save", not read_only)
        self.board.set_enabled("restore", self.doc.path is not None and not read_only)
        self._update_title()

    def _export_running(self, running: bool) -> None:
        self.board.set_enabled("export_pdf", not running)

    def refresh_actions(self) -> None:
        """Enable the entries that fit the document and section on screen again (the
        start page turns them off while it covers the window)."""
        self.board.set_enabled("save_as", True)
        self._export_running(self.files.exporting)
        self._undo_state()
        self._update_file_actions()
        self._update_navigation(self.stack.currentIndex())
