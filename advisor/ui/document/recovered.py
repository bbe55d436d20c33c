"""Work recovered after a crash, shown in a window (File commands' ``open_recovered``).

The recovery copy becomes the window's document, modified and autosaved under its old
key; a named file's own bytes stay as they were until the user saves (its lock is taken
as for Open). The status bar says what was recovered, from when, and what Save will do.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from advisor.ui.document.model import AssessmentDocument

if TYPE_CHECKING:
    from advisor.ui.document.prompts import RecoveredWork

__all__ = ["show_recovered"]


def _tr(text: str) -> str:
    """Translate in the main window's context (where these texts always were)."""
    return QCoreApplication.translate("MainWindow", text)


def show_recovered(files: Any, work: RecoveredWork) -> None:
    """Show work recovered after a crash in ``files``' window (``files``: its
    :class:`~advisor.ui.document.file_commands.FileCommands`, which imports this): modified,
    autosaved under its old key; a named file's own bytes stay as they were until the user
    saves. The status bar says so."""
    original = work.original
    when = f"{work.saved_at.astimezone():%H:%M}" if work.saved_at is not None else ""
    if work.loaded is None:  # the file holds all the work: open it again as it is
        if original is not None and files.open_path(original, ask=False):
            files.window.statusBar().showMessage(
                _tr(
                    "%1 was open when the app stopped; it is open again, nothing was lost."
                ).replace("%1", original.name)
            )
        return
    lock, read_only = None, False
    if original is not None:
        result = files.session.acquire(original)
        lock, read_only = result.lock, not result.acquired
    files.session.set_lock(lock, read_only=read_only)
    bank = files.window.bank
    doc = AssessmentDocument(bank, work.loaded.assessment, original, parent=files.window)
    doc.undo_stack.resetClean()  # not saved to its file yet
    # the file stays as it was until the user saves (autosave keeps the recovery copy)
    files.window.replace_document(doc, autosave_key=work.key, recovered=original is not None)
    if work.saved_at is not None:  # the recovery copy holds exactly this
        files.session.autosaver.mark_recovered(work.saved_at)
    files.window.go_to(0)
    if original is not None:
        files.remember(original)
        message = _tr(
            "Recovered your changes to %1 from %2. The file itself is unchanged until you save."
        )
        try:
            changed = dt.datetime.fromtimestamp(original.stat().st_mtime, dt.UTC)
        except OSError:  # gone: Save writes it again, Save As puts it elsewhere
            message += " " + _tr("The file is not there any more: Save writes it again.")
        else:
            if work.saved_at is not None and changed > work.saved_at:
                message += " " + _tr(
                    "The file was changed after that: Save replaces it (the current "
                    "version is kept as a backup); Save As keeps both."
                )
        message = message.replace("%1", original.name).replace("%2", when)
    else:
        message = _tr("Recovered unsaved work from %1. Save it to keep it in a file.")
        message = message.replace("%1", when)
    files.window.statusBar().showMessage(message)
