"""The autosave's writer thread: jobs run one after another, off the GUI thread.

:class:`AutoSaver` (:mod:`advisor.ui.document.autosave`) takes a document's bytes on the
GUI thread and hands a :class:`WriteJob` to a :class:`Writer`, whose thread writes the
recovery copy and the file; a job records what it wrote and any error as a
:class:`~advisor.storage.errors.DocumentError`, so the thread never dies of one.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advisor.storage.errors import DocumentError, Wording

__all__ = ["WriteJob", "Writer"]


@dataclass
class WriteJob:
    """One unit of work for the writer thread."""

    run: Callable[[], Any]
    index: int | None = None  # the undo-stack index the bytes were taken at
    change: int = 0  # the change counter the bytes were taken at (undo indexes repeat)
    path: Path | None = None
    recovered: bool = False  # the recovery copy was written (even if the file was not)
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: DocumentError | None = None


class Writer:
    """A thread that runs jobs one after another (file writes never overlap)."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[WriteJob | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="autosave", daemon=True)
        self._thread.start()

    def submit(self, job: WriteJob | Callable[[], Any]) -> WriteJob:
        job = job if isinstance(job, WriteJob) else WriteJob(job)
        self._jobs.put(job)
        return job

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job.result = job.run()
            except DocumentError as exc:
                job.error = exc
            except Exception as exc:  # never let the thread die: report it as a sentence
                detail = Wording("file.write.other", detail=str(exc))
                job.error = DocumentError(None, Wording("file.could_not_save", reason=detail))
            job.done.set()
