"""Prompts that keep work safe: recovery after a crash, a file open elsewhere, backups.

Every question to the user goes through a small module-level function (``ask_recovery``,
``show_in_folder``, ``show_problem``, ``ask_locked``, ``choose_backup``,
``confirm_restore``) so tests replace them with ``monkeypatch`` and no modal box opens.
The flows the main window calls are:

* :func:`offer_recovery` at start-up: for each piece of work left by a crash
  (:func:`advisor.services.recovery.launch_recovery`): a named file the autosave already
  wrote is reopened; a named file unchanged since its autosave is reopened with the
  recovered changes (the status bar says so; the file is written only by Save); for a
  file changed since or gone, and for untitled work, asks Recover / Discard / Show me the
  file (never silently); work that cannot be read is named once, with where it was set
  aside, and not offered again; returns what to open;
* :func:`open_for_editing` when a file is opened: takes the lock, or says who has the
  file open and offers read-only;
* :func:`restore_from_backup` from the File menu: pick an earlier version and restore it.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from advisor.storage.backups import Backup, BackupStore
from advisor.storage.errors import DocumentError
from advisor.storage.locks import DocumentLock, DocumentLocks, LockResult, LockStatus
from advisor.storage.recovery import RecoverableWork, RecoveryStore
from advisor.ui.common import dialogs

if TYPE_CHECKING:  # the models: imported when work is recovered, not at every launch
    from advisor.storage.documents import LoadedDocument

__all__ = [
    "LockChoice",
    "OpenDecision",
    "RecoveredWork",
    "RecoveryChoice",
    "ask_locked",
    "ask_recovery",
    "choose_backup",
    "confirm_restore",
    "lock_message",
    "offer_recovery",
    "open_for_editing",
    "restore_from_backup",
    "show_in_folder",
    "show_problem",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


def _when(moment: dt.datetime) -> str:
    from PySide6.QtCore import QLocale

    from advisor.domain.formatting import format_moment

    # the interface language, as the start page writes it: the default locale is Hindi only
    # in Hindi (set with the translator); in English it is the system's, whose own name
    # ("C", "de_DE") would give US or German dates in an English box
    hindi = QLocale().language() == QLocale.Language.Hindi
    return format_moment(moment, "hi" if hindi else "en")


def _title(item: RecoverableWork) -> str:
    """The work's name for the user, in the interface language ("Untitled assessment")."""
    if item.original is None and not item.company:
        return QCoreApplication.translate("AssessmentDocument", "Untitled assessment")
    return item.title


# --- the boxes (tests replace these) -------------------------------------------------------


class RecoveryChoice(enum.Enum):
    """The answer to the recovery prompt."""

    RECOVER = "recover"
    DISCARD = "discard"
    SHOW = "show"
    LATER = "later"  # the box was closed: ask again at the next start


def ask_recovery(parent: QWidget | None, item: RecoverableWork) -> RecoveryChoice:
    """Ask what to do with work left by a crash."""
    box = dialogs.message_box(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Recover unsaved work?"))
    if item.kept:  # closed with "Keep for next time": no crash to speak of
        said = _tr("You kept unsaved work on “%1” for next time.")
    else:
        said = _tr(
            "Export Readiness Advisor was not closed properly. Unsaved work on “%1” was kept."
        )
    box.setText(said.replace("%1", _title(item)))
    details = _tr("Last autosaved: %1.").replace("%1", _when(item.saved_at))
    if item.original is not None:
        details += " " + _tr("It belongs to the file %1.").replace("%1", str(item.original))
        try:
            changed = dt.datetime.fromtimestamp(item.original.stat().st_mtime, dt.UTC)
        except OSError:
            details += " " + _tr("That file is missing now.")
        else:
            if changed > item.saved_at:
                details += " " + _tr("The file was changed after that, at %1.").replace(
                    "%1", _when(changed)
                )
    box.setInformativeText(details)
    recover = box.addButton(_tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    show = box.addButton(_tr("Show me the file"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recover:
        return RecoveryChoice.RECOVER
    if clicked is discard:
        return RecoveryChoice.DISCARD
    if clicked is show:
        return RecoveryChoice.SHOW
    return RecoveryChoice.LATER


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the file manager."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something went wrong (one sentence)."""
    QMessageBox.warning(parent, title, message)


class LockChoice(enum.Enum):
    """The answer when a file is open elsewhere."""

    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"
    CANCEL = "cancel"


def lock_message(result: LockResult) -> str:
    """Why a file cannot be locked (who has it open), in the interface language."""
    if result.wording is None:
        return result.message
    from advisor.ui.common.file_words import interface_language

    return result.wording.render(interface_language())


def ask_locked(parent: QWidget | None, path: Path, message: str) -> LockChoice:
    """Say who has the file open; offer read-only (default), open anyway, or cancel."""
    box = dialogs.message_box(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("File already open"))
    box.setText(_tr("“%1” is already open.").replace("%1", path.name))
    sentence = _sentence(message[:1].upper() + message[1:])
    box.setInformativeText(
        sentence + " " + _tr("You can read it without changing it, or open it anyway.")
    )
    read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is read_only:
        return LockChoice.READ_ONLY
    if box.clickedButton() is anyway:
        return LockChoice.OPEN_ANYWAY
    return LockChoice.CANCEL


def choose_backup(parent: QWidget | None, backups: list[Backup]) -> Backup | None:
    """Pick one of the earlier versions (newest first)."""
    labels = [
        _tr("%1 (before a %2, %3 KB)")
        .replace("%1", _when(b.saved_at))
        .replace("%2", b.reason)
        .replace("%3", f"{max(1, b.size // 1024)}")
        for b in backups
    ]
    label, ok = QInputDialog.getItem(
        parent, _tr("Restore an earlier version"), _tr("Earlier versions:"), labels, 0, False
    )
    return backups[labels.index(label)] if ok and label in labels else None


def confirm_restore(parent: QWidget | None, path: Path, backup: Backup) -> bool:
    """Ask before the file is replaced by an earlier version."""
    answer = QMessageBox.question(
        parent,
        _tr("Restore an earlier version"),
        _tr("Replace “%1” with the version of %2? The current version is kept as a backup.")
        .replace("%1", path.name)
        .replace("%2", _when(backup.saved_at)),
    )
    return answer == QMessageBox.StandardButton.Yes


# --- the flows -------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveredWork:
    """A recovered document for the window to open (modified, not yet saved to its file).

    ``loaded`` None: the file already holds all the work; reopen ``original`` as it is.
    """

    loaded: LoadedDocument | None
    original: Path | None  # the file it belongs to; None for an untitled assessment
    key: str  # give it to ``AutoSaver.set_document(doc, key)``
    saved_at: dt.datetime | None = None  # when it was autosaved


def offer_recovery(
    parent: QWidget | None, store: RecoveryStore, *, ask: bool = True
) -> list[RecoveredWork]:
    """At start-up: ask about each piece of work left by a crash; return what to open.

    Work that cannot be read is not offered: the user is told once, and it is set aside
    (:meth:`RecoveryStore.set_aside`, never deleted) so the next start does not ask again.
    ``ask`` False: the user has chosen already (the start page's "Recover unsaved work"):
    every piece is recovered without the question (a file changed since is left alone
    until a Save, as when the answer is Recover).
    """
    from advisor.services.recovery import LaunchAction, launch_recovery
    from advisor.storage.errors import NewerFormatError

    recovered: list[RecoveredWork] = []
    unreadable: list[tuple[RecoverableWork, DocumentError]] = []
    kept: list[tuple[RecoverableWork, DocumentError]] = []
    for launch in launch_recovery(store):
        item = launch.work
        if launch.action is LaunchAction.REOPEN:
            store.discard(item)  # identical to the file: nothing to keep
            recovered.append(RecoveredWork(None, item.original, "", item.saved_at))
            continue
        from advisor.storage.documents import parse_assessment  # only when there is work

        try:
            raw = item.read()
        except DocumentError as exc:  # not now (a permission, a lock): asked again next time
            kept.append((item, exc))
            continue
        try:
            loaded = parse_assessment(raw, item.original or item.autosave)
        except NewerFormatError as exc:  # not damaged: an updated app recovers it
            kept.append((item, exc))
            continue
        except DocumentError as exc:
            unreadable.append((item, exc))
            continue
        choice = RecoveryChoice.RECOVER  # the file is unchanged since, or chosen already
        while ask and launch.action is not LaunchAction.RECOVER:
            choice = ask_recovery(parent, item)
            if choice is RecoveryChoice.SHOW:
                show_in_folder(item.autosave)
                continue  # ask again: the user has looked, now decides
            break
        if choice is RecoveryChoice.DISCARD:
            store.discard(item)
        elif choice is RecoveryChoice.RECOVER:
            key = store.adopt(item)
            recovered.append(RecoveredWork(loaded, item.original, key, item.saved_at))
    _set_aside(parent, store, unreadable, kept)
    return recovered


def _set_aside(
    parent: QWidget | None,
    store: RecoveryStore,
    unreadable: list[tuple[RecoverableWork, DocumentError]],
    kept: list[tuple[RecoverableWork, DocumentError]],
) -> None:
    """Set each piece of work whose content is refused aside and say so in one box: what,
    why, and where it was moved (or, when it could not be moved, that it stays). Work that
    cannot be read now or was written by a newer app (``kept``) is not damaged: it stays
    and is offered again. Several pieces (a crash with several windows open) are one box,
    not one box each at launch."""
    if not unreadable and not kept:
        return
    from advisor.ui.common.file_words import file_reason

    said_all: list[str] = []
    moved_to: Path | None = None
    moved = 0
    for item, problem in kept:
        said = _tr("The unsaved work on “%1” cannot be recovered now: %2").replace(
            "%1", _title(item)
        )
        said = said.replace("%2", _sentence(_reason(problem)))
        stays = _tr("It stays in the folder %1 and will be offered again at the next start.")
        said_all.append(f"{said} {stays.replace('%1', str(item.autosave.parent))}")
    for item, problem in unreadable:
        said = _tr("The unsaved work on “%1” cannot be recovered: %2").replace("%1", _title(item))
        said = said.replace("%2", _sentence(_reason(problem)))
        try:
            moved_to = store.set_aside(item).parent
            moved += 1
        except DocumentError as failed:  # kept where it was: offered again next time
            stays = _tr(
                "It stays in the folder %1 and will be offered again at the next start (%2)."
            )
            stays = stays.replace("%1", str(item.autosave.parent))
            stays = stays.replace("%2", file_reason(failed))
            said = f"{said} {stays}"
        said_all.append(said)
    if moved_to is not None:
        where = (
            _tr("It was moved to the folder %1 and will not be offered again; nothing was deleted.")
            if moved == 1
            else _tr(
                "They were moved to the folder %1 and will not be offered again; nothing was "
                "deleted."
            )
        )
        said_all.append(where.replace("%1", str(moved_to)))
    separator = " " if len(unreadable) + len(kept) == 1 else "\n\n"
    show_problem(parent, _tr("Cannot recover this work"), separator.join(said_all))


def _reason(problem: DocumentError) -> str:
    from advisor.ui.common.file_words import file_reason

    said = file_reason(problem)
    return f"{problem.place}: {said}" if problem.place else said


def _sentence(text: str) -> str:
    """``text`` as a sentence: its end is the full stop of the window's language (a danda
    in Hindi), whatever script the values it quotes from the file are written in."""
    text = text.strip()
    if text.endswith((".", "!", "?", "।")):
        return text
    from advisor.storage.errors import Wording
    from advisor.ui.common.file_words import interface_language

    return Wording("file.sentence", text=text).render(interface_language())


@dataclass(frozen=True)
class OpenDecision:
    """How to open a file: with a lock to release on close, or read-only."""

    lock: DocumentLock | None
    read_only: bool


def open_for_editing(
    parent: QWidget | None, locks: DocumentLocks, path: Path
) -> OpenDecision | None:
    """Lock ``path`` for this window; when it is open elsewhere, ask. None: cancelled."""
    result: LockResult = locks.acquire(path)
    if result.acquired:
        return OpenDecision(result.lock, read_only=False)
    choice = ask_locked(parent, path, lock_message(result))
    if choice is LockChoice.CANCEL:
        return None
    if choice is LockChoice.OPEN_ANYWAY and result.status is LockStatus.HELD:
        forced = locks.acquire(path, force=True)
        if forced.acquired:
            return OpenDecision(forced.lock, read_only=False)
    return OpenDecision(None, read_only=True)


def restore_from_backup(parent: QWidget | None, store: BackupStore, path: Path) -> bool:
    """File menu: restore an earlier version of ``path``. True when the file was replaced."""
    backups = store.list_backups(path)
    if not backups:
        show_problem(
            parent,
            _tr("Restore an earlier version"),
            _tr("There are no earlier versions of “%1” yet.").replace("%1", path.name),
        )
        return False
    backup = choose_backup(parent, backups)
    if backup is None or not confirm_restore(parent, path, backup):
        return False
    from advisor.ui.common.file_words import file_message

    try:
        store.restore(backup, path)
    except DocumentError as exc:
        show_problem(parent, _tr("Cannot restore this version"), file_message(exc))
        return False
    return True
