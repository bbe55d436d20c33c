"""One truth about saving: the title's ``*``, the status bar and the close prompt agree.

:class:`SaveState` says where the document's work is; :func:`classify` computes it from
three facts (edits since the last save to the file? a file? does the recovery copy hold
the document as it is now?). :class:`SaveTruth` keeps it up to date from the document's
and the autosaver's signals, and gives the three things the user sees from it:

* ``modified`` for ``setWindowModified`` (the title's ``*``);
* :meth:`SaveTruth.text` for the status bar ("Saved to client.json 10:41", "Not saved
  yet — kept safe in recovery 10:42", "Changes not saved");
* ``state`` for the close prompt (:meth:`FileCommands.maybe_save`): work kept in
  recovery is never called lost, and Save is always offered.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

__all__ = ["SaveState", "SaveTruth", "classify"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveTruth", text)


class SaveState(enum.Enum):
    """Where the work of the open document is."""

    SAVED = "saved"  # the file holds everything
    UNTITLED = "untitled"  # new and unchanged: nothing to lose
    RECOVERY_ONLY = "recovery"  # not in a file, but the recovery copy holds all of it
    CHANGED = "changed"  # changes saved nowhere yet (waiting, being saved, or failed)

    @property
    def modified(self) -> bool:
        """True when the file lacks some of the work (the title's ``*``)."""
        return self in (SaveState.RECOVERY_ONLY, SaveState.CHANGED)


def classify(*, modified: bool, named: bool, in_recovery: bool) -> SaveState:
    """The state of a document: edits since its last save? a file? held by recovery?"""
    if not modified:
        return SaveState.SAVED if named else SaveState.UNTITLED
    return SaveState.RECOVERY_ONLY if in_recovery else SaveState.CHANGED


def _clock(moment: dt.datetime | None) -> str:
    return f"{moment.astimezone():%H:%M}" if moment is not None else ""


class SaveTruth(QObject):
    """The save state of one window's document, kept current.

    ``autosaver``: the window's :class:`~advisor.ui.document.autosave.AutoSaver`;
    :meth:`bind` gives it the document (the session does, in ``watch``).

    Signals:
        changed(): the state or its text changed.
    """

    changed = Signal()

    def __init__(self, autosaver: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.autosaver = autosaver
        self._doc: Any = None
        self.state = SaveState.UNTITLED
        self._text = ""
        # what an untitled document with unsaved changes says instead of "Changes not
        # saved" (workshop mode: the participant saves by pressing Finish, not by Save)
        self.unsaved_words: str | None = None
        autosaver.heldChanged.connect(self.refresh)

    def bind(self, doc: Any) -> None:
        """Follow ``doc`` (a new, opened or recovered document)."""
        if doc is self._doc:
            self.refresh()
            return
        if self._doc is not None:
            self._unbind()
        self._doc = doc
        doc.modifiedChanged.connect(self.refresh)
        doc.changed.connect(self.refresh)
        doc.saved.connect(self.refresh)
        self.refresh()

    def _unbind(self) -> None:
        for signal in (self._doc.modifiedChanged, self._doc.changed, self._doc.saved):
            with contextlib.suppress(RuntimeError, TypeError):  # gone with its document
                signal.disconnect(self.refresh)

    @property
    def modified(self) -> bool:
        """The title's ``*``: the file does not hold all the work."""
        return self.state.modified

    def text(self) -> str:
        """The status bar's words for the state."""
        return self._text

    def refresh(self, *_args: Any) -> None:
        """Recompute the state and its text (emits ``changed`` when either moved)."""
        doc = self._doc
        if doc is None:
            return
        saver = self.autosaver
        state = classify(
            modified=bool(doc.modified),
            named=doc.path is not None,
            in_recovery=saver.recovery_is_current,
        )
        text = self._describe(state, doc, saver)
        if (state, text) != (self.state, self._text):
            self.state, self._text = state, text
            self.changed.emit()

    def set_unsaved_words(self, words: str | None) -> None:
        """Use ``words`` (None: the usual ones) for unsaved changes of an untitled document."""
        self.unsaved_words = words
        self.refresh()

    def _describe(self, state: SaveState, doc: Any, saver: Any) -> str:
        name = doc.path.name if doc.path is not None else ""
        if state is SaveState.UNTITLED:
            return ""
        if state is SaveState.SAVED:
            if saver.file_at is None:
                return _tr("Saved to %1").replace("%1", name)
            return _tr("Saved to %1 %2").replace("%1", name).replace("%2", _clock(saver.file_at))
        failure = saver.failure
        if state is SaveState.RECOVERY_ONLY:
            when = _clock(saver.recovery_at)
            if saver.holding_recovered and name:
                return (
                    _tr("Recovered work from %1 — not saved to %2 yet")
                    .replace("%1", _clock(saver.recovered_from or saver.recovery_at))
                    .replace("%2", name)
                )
            if failure and name:
                return (
                    _tr("Could not save to %1 (%2) — kept safe in recovery %3")
                    .replace("%1", name)
                    .replace("%2", failure)
                    .replace("%3", when)
                )
            if name:
                return (
                    _tr("Changes not saved to %1 — kept safe in recovery %2")
                    .replace("%1", name)
                    .replace("%2", when)
                )
            return _tr("Not saved yet — kept safe in recovery %1").replace("%1", when)
        if failure:
            return _tr("Could not save: %1").replace("%1", failure)
        if saver.pending and not saver.leaves_file_alone and name:
            return _tr("Saving…")
        if not name and self.unsaved_words:
            return self.unsaved_words
        return _tr("Changes not saved")
