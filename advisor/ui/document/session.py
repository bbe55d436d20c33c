"""Keeping the open file safe: one :class:`DocumentSession` per window.

It owns what protects the user's work while a document is open:

* the file's lock (a second window or instance gets the file read-only) and the
  read-only state;
* the backups taken before a file is overwritten (:class:`~advisor.storage.backups.BackupStore`);
* the recovery store (a copy in the data folder that survives a crash) and the
  :class:`~advisor.ui.document.autosave.AutoSaver` writing it, and the file itself;
* the one truth about where the work is (:class:`~advisor.ui.document.save_state.SaveTruth`:
  the title's ``*``, the status bar and the close prompt read it);
* the hand-over of all of that to the window that takes the document over (a language
  switch builds a new window around the same document).

The window holds one; :class:`~advisor.ui.document.file_commands.FileCommands` asks it
before writing. Nothing here opens a dialog.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from advisor.storage.backups import BackupStore
from advisor.storage.locks import DocumentLock, DocumentLocks, LockResult
from advisor.storage.recovery import RecoveryStore
from advisor.ui.document.autosave import AutoSaver
from advisor.ui.document.save_state import SaveTruth

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

__all__ = ["DocumentSession", "same_file"]


def same_file(first: Path | str, second: Path | str) -> bool:
    """True when both paths name the same file (after resolving links and ``..``)."""
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return Path(first).absolute() == Path(second).absolute()


class DocumentSession(QObject):
    """Lock, read-only state, backups, recovery and autosave of a window's document.

    ``recovery``: the app's recovery store (one session for all its windows); None gives
    this session its own, ended by :meth:`close` (tests, a bare window).

    Signals:
        stateChanged(): the lock or the read-only state changed.
    """

    stateChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, recovery: RecoveryStore | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._owns_recovery = recovery is None
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self.backups = BackupStore()
        self.locks = DocumentLocks()
        self.autosaver = AutoSaver(self.recovery, backups=self.backups, parent=self)
        self.truth = SaveTruth(self.autosaver, parent=self)
        self._lock: DocumentLock | None = None
        self._read_only = False
        self._handed_over = False
        self._inherited_hold = False  # recovered work carried over from another window
        self._watching_app = False  # applicationStateChanged: connected with a document

    # --- state ---------------------------------------------------------------------------

    @property
    def lock(self) -> DocumentLock | None:
        """The lock this window holds on its file (None: untitled, or read-only)."""
        return self._lock

    @property
    def read_only(self) -> bool:
        """True when the file is open elsewhere: saving needs another name."""
        return self._read_only

    @property
    def handed_over(self) -> bool:
        """True once another window took the document (and this session's duties) over."""
        return self._handed_over

    def holds(self, path: Path | str) -> bool:
        """True when this session holds the lock of ``path``."""
        return self._lock is not None and same_file(self._lock.document, path)

    def acquire(self, path: Path | str) -> LockResult:
        """Try to lock ``path`` (the result says who holds it when it is taken)."""
        return self.locks.acquire(Path(path))

    def set_lock(self, lock: DocumentLock | None, *, read_only: bool) -> None:
        """Hold ``lock`` (releasing the previous one) and remember whether we may write."""
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock
        self._read_only = read_only
        self.stateChanged.emit()

    # --- the document ----------------------------------------------------------------------

    def watch(self, doc: Any, key: str | None = None, *, recovered: bool = False) -> None:
        """Autosave ``doc`` (under recovery ``key`` when it is recovered work; ``recovered``:
        its file is left as it is until the user saves)."""
        hold = recovered or self._inherited_hold
        self._inherited_hold = False
        app = QGuiApplication.instance()
        if app is not None and not self._watching_app:
            # with the first document, not before: the signal's argument is one of the
            # `Qt` namespace's enums, and PySide6 makes all 93 of them on first use (about
            # 15 ms the start page does not need before its first paint; issue 18)
            app.applicationStateChanged.connect(self._application_state_changed)
            self._watching_app = True
        self.autosaver.set_document(doc, key=key, read_only=self._read_only, hold_file=hold)
        self.truth.bind(doc)

    def take_over(self, other: DocumentSession) -> str | None:
        """Take ``other``'s lock and read-only state (a language switch); ``other`` stops
        autosaving. Returns the recovery key to keep autosaving the document under."""
        key = other.autosaver.key
        self._lock, self._read_only = other._lock, other._read_only
        if other.recovery is self.recovery:  # ending the recovery session is ours now
            self._owns_recovery, other._owns_recovery = other._owns_recovery, False
        self._inherited_hold = other.autosaver.holding_recovered
        other._lock = None
        other._handed_over = True
        other.autosaver.close()
        self.stateChanged.emit()
        return key

    def backup(self, path: Path, reason: str) -> None:
        """Keep the bytes of ``path`` before they are overwritten (``reason``: save, upgrade)."""
        self.backups.backup_file(path, reason)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        from PySide6.QtCore import Qt  # see watch()

        if state != Qt.ApplicationState.ApplicationActive and self.autosaver.pending:
            self.autosaver.save_now()

    def close(self) -> None:
        """The window closes: release the lock, stop autosaving, end an own recovery session."""
        self.set_lock(None, read_only=False)
        self.autosaver.close()
        if self._owns_recovery:
            self.recovery.clean_exit()
        app = QGuiApplication.instance()
        if app is not None and self._watching_app:
            self._watching_app = False
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._application_state_changed)
