"""What can be recovered at launch, and what to do with each piece (no Qt).

After a crash, :func:`launch_recovery` looks at the work the crashed run left in the
recovery store and says, for each piece, what the app does at start-up:

* ``REOPEN``: a named file whose autosave the file already holds (autosave wrote it):
  the file is simply opened again, nothing to ask;
* ``RECOVER``: a named file not changed since the autosave: it is opened with the
  recovered changes applied (modified, the file untouched until the user saves);
* ``ASK``: the file changed on disk after the autosave, or is gone: the user chooses
  (``problem`` says which);
* ``UNTITLED``: work never saved to a file: offered (Recover / Discard / Show me).

The launch path (:func:`advisor.ui.app.offer_recovery`) and the start page both call it.
It only removes an autosave identical to a file already listed (nothing is lost); the
caller adopts (:meth:`RecoveryStore.adopt`) or discards the rest.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from advisor.storage.recovery import RecoverableWork, RecoveryStore

__all__ = ["FileProblem", "LaunchAction", "LaunchItem", "launch_recovery"]


class LaunchAction(enum.Enum):
    """What start-up does with one piece of work left by a crash."""

    REOPEN = "reopen"  # the file holds it all: open the file
    RECOVER = "recover"  # open the file with the recovered changes (file unchanged since)
    ASK = "ask"  # the file changed since, or is gone: the user decides
    UNTITLED = "untitled"  # never saved to a file: offer it


class FileProblem(enum.Enum):
    """Why a named file's recovered work needs the user's choice."""

    NONE = "none"
    CHANGED = "changed"  # the file was written after the autosave (another program, person)
    MISSING = "missing"  # moved, deleted, or on a drive that is not plugged in


@dataclass(frozen=True)
class LaunchItem:
    """One piece of crashed work and what to do with it at start-up."""

    work: RecoverableWork
    action: LaunchAction
    problem: FileProblem = FileProblem.NONE
    file_changed_at: dt.datetime | None = None  # when the file was written (CHANGED)


def _file_state(work: RecoverableWork) -> tuple[FileProblem, dt.datetime | None]:
    assert work.original is not None
    try:
        changed = dt.datetime.fromtimestamp(work.original.stat().st_mtime, dt.UTC)
    except OSError:
        return FileProblem.MISSING, None
    if changed > work.saved_at:
        return FileProblem.CHANGED, changed.astimezone()
    return FileProblem.NONE, None


def classify_work(work: RecoverableWork) -> LaunchItem:
    """What start-up does with ``work`` (reads the file's time, never its bytes)."""
    if work.original is None:
        return LaunchItem(work, LaunchAction.UNTITLED)
    if work.same_as_file:
        return LaunchItem(work, LaunchAction.REOPEN)
    problem, when = _file_state(work)
    if problem is FileProblem.NONE:
        return LaunchItem(work, LaunchAction.RECOVER)
    return LaunchItem(work, LaunchAction.ASK, problem, when)


def launch_recovery(store: RecoveryStore) -> list[LaunchItem]:
    """The work crashed runs left, newest first, each with what start-up does with it.

    One file appears once (its newest autosave); older autosaves of the same file that
    differ from it are listed after it as ``ASK``, so nothing is dropped silently.
    """
    items: list[LaunchItem] = []
    seen: set[str] = set()
    for work in store.pending(include_saved=True):
        item = classify_work(work)
        if work.original is not None:
            name = str(work.original)
            if name in seen:
                if work.same_as_file:
                    store.discard(work)  # the file holds exactly this: nothing to offer
                    continue
                item = LaunchItem(work, LaunchAction.ASK, item.problem, item.file_changed_at)
            seen.add(name)
        items.append(item)
    return items
