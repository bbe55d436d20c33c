"""Autosave for the open assessment: debounced, written off the GUI thread.

:class:`AutoSaver` watches a document's ``changed`` signal and, about a second after the
last change (at the latest ``max_wait_ms`` after the first), takes the document's bytes
on the GUI thread (fast: one JSON dump) and hands them to a worker thread, which writes:

1. the recovery copy (:class:`~advisor.storage.recovery.RecoveryStore`, in the data
   folder: it survives a crash, a full USB stick or a file made read-only);
2. with ``write_through`` and a named document, the file itself, atomically, after one
   backup of the file as it was before this window first overwrote it.

``statusChanged`` carries the texts for the status bar: "Saving…", "Saved 10:42" and
"Could not save: <one sentence>"; ``failed`` carries the sentence alone (offer Save As).
Writes never overlap (one writer thread: :mod:`advisor.ui.document.autosave_writer`):
changes made during a write are saved right after it.

The document is duck-typed: it needs ``changed`` and ``saved`` signals, ``path``,
``to_bytes()``, ``modified`` and an ``undo_stack`` (see ``advisor.ui.document.model``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from advisor.storage.atomic import atomic_write_bytes
from advisor.storage.backups import BackupStore
from advisor.storage.errors import DocumentError, Wording
from advisor.storage.recovery import RecoveryStore
from advisor.ui.document.autosave_writer import WriteJob, Writer

__all__ = ["AutoSaver", "saved_text"]

DEFAULT_DELAY_MS = 1000
DEFAULT_MAX_WAIT_MS = 10_000


def saved_text(when: dt.datetime) -> str:
    """The status text after a save: "Saved 10:42" (local time)."""
    return f"Saved {when.astimezone():%H:%M}"


def _sentence(exc: DocumentError) -> str:
    """Why a save failed, in the interface language, without "could not save: " (the
    status line says that in its own words)."""
    from advisor.ui.common.file_words import file_reason

    wording = exc.wording
    if wording is not None and wording.key in ("file.could_not_save", "file.could_not_autosave"):
        reason = wording.values["reason"]
        exc = DocumentError(exc.path, reason if isinstance(reason, Wording) else str(reason))
    message = file_reason(exc)
    for prefix in ("could not save: ", "could not autosave: "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    return message


class AutoSaver(QObject):
    """Saves one document automatically. Create one per window; :meth:`close` at the end.

    Signals:
        statusChanged(str): "Saving…", "Saved 10:42", "Could not save: the disk is full".
        failed(str): a save failed; the sentence (offer Save As).
        savedToFile(str): the document's own file was written (write-through).
        heldChanged(): what the file or the recovery copy holds changed (for
            :class:`~advisor.ui.document.save_state.SaveTruth`).
    """

    statusChanged = Signal(str)  # noqa: N815 - Qt signal naming
    failed = Signal(str)
    savedToFile = Signal(str)  # noqa: N815 - Qt signal naming
    heldChanged = Signal()  # noqa: N815 - what the file and the recovery copy hold changed
    _finished = Signal(object)  # a job is done (worker thread -> GUI thread)

    def __init__(
        self,
        store: RecoveryStore,
        *,
        backups: BackupStore | None = None,
        delay_ms: int = DEFAULT_DELAY_MS,
        max_wait_ms: int = DEFAULT_MAX_WAIT_MS,
        write_through: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.backups = backups if backups is not None else BackupStore()
        self.write_through = write_through
        self.max_wait_ms = max_wait_ms
        self.key = store.new_key()
        self.last_status = ""
        self.state = "idle"  # "saving", "saved" or "failed" (for an icon; the text is translated)
        self.last_failed = False
        self._doc: Any = None
        self._writer = Writer()
        self._busy: WriteJob | None = None
        self._again = False  # a change arrived while a write was running
        self._first_change: float | None = None
        self._backed_up: set[Path] = set()
        self._user_saves = 0  # explicit saves by the user, seen through ``saved``
        self._read_only = False
        self._hold_file = False  # recovered work: the file is written by the user's Save only
        self._changes = 0  # counts the document's changes (what the copies hold is told by it)
        self.recovery_change: int | None = None  # the change the recovery copy holds
        self.recovery_at: dt.datetime | None = None  # when the recovery copy was written
        self.file_at: dt.datetime | None = None  # when this window last wrote the file
        self.failure = ""  # the sentence of the last failed save ("" after a success)
        self.recovered_from: dt.datetime | None = None  # recovered work: its autosave time
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._finished.connect(self._on_finished)

    # --- wiring ------------------------------------------------------------------------

    def set_document(
        self,
        doc: Any,
        key: str | None = None,
        *,
        read_only: bool = False,
        hold_file: bool = False,
    ) -> None:
        """Watch ``doc`` (a new or opened document); ``key`` continues recovered work.

        ``read_only``: the file is open elsewhere; changes go to the recovery copy only and
        the file itself is never written by autosave. ``hold_file``: the same until the
        user saves (recovered work: the file stays as it was until the user decides).
        """
        same = doc is self._doc and (key is None or key == self.key)
        if self._doc is not None:
            self._disconnect()
        self._doc = doc
        self._read_only = read_only
        self._hold_file = hold_file
        if not same:
            self.recovery_change = None
            self.recovery_at = self.file_at = self.recovered_from = None
            self.failure = ""
        self.key = key or (self.key if same else self.store.new_key())
        self._first_change = None
        self._timer.stop()
        doc.changed.connect(self._count_change)
        doc.changed.connect(self.schedule)
        doc.saved.connect(self._on_saved_by_user)
        if key is not None and getattr(doc, "modified", False):
            self.schedule()

    def _disconnect(self) -> None:
        for signal, slot in (
            (self._doc.changed, self._count_change),
            (self._doc.changed, self.schedule),
            (self._doc.saved, self._on_saved_by_user),
        ):
            with contextlib.suppress(RuntimeError, TypeError):  # gone with its document
                signal.disconnect(slot)

    # --- what the copies hold -------------------------------------------------------------

    @Slot()
    def _count_change(self) -> None:
        self._changes += 1

    @property
    def recovery_is_current(self) -> bool:
        """True when the recovery copy holds the document exactly as it is now."""
        return self.recovery_change is not None and self.recovery_change == self._changes

    def mark_recovered(self, saved_at: dt.datetime) -> None:
        """The document is recovered work, exactly as the recovery copy autosaved at
        ``saved_at`` holds it (just adopted: nothing to write yet)."""
        self.recovery_change = self._changes
        self.recovery_at = self.recovered_from = saved_at
        self.heldChanged.emit()

    @property
    def holding_recovered(self) -> bool:
        """True for recovered work not saved to its file yet (autosave leaves the file alone)."""
        return self._hold_file

    @property
    def leaves_file_alone(self) -> bool:
        """True while autosave leaves the file alone (read-only, or recovered work not saved)."""
        return self._read_only or self._hold_file or not self.write_through

    # --- scheduling ----------------------------------------------------------------------

    @Slot()
    def schedule(self) -> None:
        """A change happened: save about ``delay_ms`` after the last one."""
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        overdue = (now - self._first_change) * 1000 >= self.max_wait_ms
        if overdue and self._timer.isActive():
            return  # typing non-stop: let the running countdown fire
        self._timer.start()

    @property
    def pending(self) -> bool:
        """True while a change waits to be saved or a write is running."""
        return self._timer.isActive() or self._busy is not None or self._again

    @Slot()
    def save_now(self) -> None:
        """Start a save at once (e.g. when the window loses focus). Does not wait."""
        self._timer.stop()
        if self._doc is None:
            return
        if self._busy is not None:
            self._again = True
            return
        self._first_change = None
        doc = self._doc
        data = doc.to_bytes()  # on the GUI thread: the document is not thread-safe
        path = Path(doc.path) if doc.path is not None else None
        index = doc.undo_stack.index()
        key = self.key
        self._set_status("saving", self.tr("Saving…"))
        job = WriteJob(lambda: None, index=index, change=self._changes, path=path)
        generation = self._user_saves
        to_file = not self.leaves_file_alone
        check = getattr(doc, "check_bytes", None)  # the document's own "can it be reopened?"
        job.run = lambda: self._write(
            job, key, data, generation=generation, to_file=to_file, check=check
        )
        self._busy = job
        self._writer.submit(job)

    def _write(
        self,
        job: WriteJob,
        key: str,
        data: bytes,
        *,
        generation: int,
        to_file: bool,
        check: Callable[[bytes, Path | None], None] | None = None,
    ) -> tuple[bool, dt.datetime]:
        """Worker thread: the recovery copy, then (write-through) the file itself."""
        path = job.path
        try:
            if check is not None:
                check(data, path)  # never keep bytes the app could not open again
            self.store.autosave(key, data, path)
            job.recovered = generation == self._user_saves  # else forgotten by the save
            wrote_file = False
            # a save by the user after these bytes were taken wins: never write older bytes
            if to_file and path is not None and generation == self._user_saves:
                if path not in self._backed_up:
                    self.backups.backup_file(path, "save")
                    self._backed_up.add(path)
                atomic_write_bytes(path, data)
                wrote_file = True
            return wrote_file, dt.datetime.now(dt.UTC)
        finally:
            self._finished.emit(job)

    def flush(self, timeout: float = 10.0) -> bool:
        """Save pending changes now and wait for the writes (closing, focus lost).

        Returns False when a write failed or did not finish within ``timeout`` seconds.
        """
        if self._busy is not None:
            if not self._busy.done.wait(timeout):
                return False
            self._on_finished(self._busy)  # may start the save of later changes
        if self._timer.isActive():
            self.save_now()
        busy = self._busy
        if busy is None:
            return not self.last_failed
        if not busy.done.wait(timeout):
            return False
        self._on_finished(busy)
        return busy.error is None

    # --- results (GUI thread) ------------------------------------------------------------

    @Slot(object)
    def _on_finished(self, job: WriteJob) -> None:
        if job is None or job is not self._busy:
            return  # already handled (flush waited for it)
        job.done.wait()
        self._busy = None
        self.last_failed = job.error is not None
        if job.recovered:
            self.recovery_change = job.change
            self.recovery_at = dt.datetime.now(dt.UTC).astimezone()
        if job.error is not None:
            sentence = _sentence(job.error)
            self.failure = sentence
            self._set_status("failed", self.tr("Could not save: %1").replace("%1", sentence))
            self.failed.emit(sentence)
        else:
            self.failure = ""
            wrote_file, when = job.result
            doc, path = self._doc, job.path
            if wrote_file and doc is not None and path is not None:
                self.file_at = when.astimezone()
                current = doc.undo_stack.index() == job.index and job.change == self._changes
                if current and doc.path == path:
                    doc.undo_stack.setClean()
                self.savedToFile.emit(str(path))
            self._set_status(
                "saved", self.tr("Saved %1").replace("%1", f"{when.astimezone():%H:%M}")
            )
        if self._again:
            self._again = False
            self.save_now()

    def _on_saved_by_user(self, _path: str = "") -> None:
        """The user saved: the file now holds everything, the recovery copy is not needed."""
        self._user_saves += 1
        self._timer.stop()
        self._first_change = None
        self._hold_file = False
        self.recovery_change = self.recovered_from = None
        self.file_at = dt.datetime.now(dt.UTC).astimezone()
        self.failure = ""
        key = self.key
        self._writer.submit(lambda: self.store.forget(key))
        self.heldChanged.emit()

    def _set_status(self, state: str, text: str) -> None:
        self.state = state
        self.last_status = text
        self.statusChanged.emit(text)
        self.heldChanged.emit()

    # --- the end -------------------------------------------------------------------------

    def keep(self) -> None:
        """The document is closed, its changes kept in recovery for the next start."""
        self._timer.stop()
        self._again = False
        key = self.key
        self._writer.submit(lambda: self.store.keep(key)).done.wait(10)
        self.recovery_change = None
        self.heldChanged.emit()

    def discard(self) -> None:
        """The document is closed without keeping its changes: drop its recovery copy."""
        self._timer.stop()
        self._again = False
        key = self.key
        self._writer.submit(lambda: self.store.forget(key)).done.wait(10)
        self.recovery_change = None
        self.heldChanged.emit()

    def close(self) -> None:
        """Finish pending writes and stop the writer thread (call from closeEvent)."""
        self._timer.stop()
        busy = self._busy
        if busy is not None:
            busy.done.wait(10)
            self._busy = None
        if self._doc is not None:
            self._disconnect()
            self._doc = None
        self._writer.stop()
