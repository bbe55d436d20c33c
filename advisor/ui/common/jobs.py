"""One way to run work off the GUI thread: :class:`BackgroundJob` and :func:`run_in_background`.

A job runs a plain function (no Qt in it: a service such as
:func:`advisor.services.export_pdf`) on the global thread pool and reports on the GUI
thread: ``finished(object)`` with the function's result, or ``failed(str)`` with one
sentence. A bug in the function never kills the window: it becomes a sentence too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

__all__ = ["BackgroundJob", "one_sentence", "run_in_background"]


def one_sentence(exc: BaseException) -> str:
    """What to tell the user about ``exc``: the storage/domain message, else its type."""
    from advisor.storage import DocumentError

    if isinstance(exc, DocumentError):  # in the interface language, the file and place kept
        from advisor.ui.common.file_words import file_message

        return file_message(exc)
    if isinstance(exc, ImportError):
        return f"the PDF report module is not available ({exc})"
    from advisor.domain.field_error import WordedError

    if isinstance(exc, WordedError):  # e.g. a branding logo that cannot be used
        from advisor.storage.errors import Wording
        from advisor.ui.common.file_words import interface_language

        return Wording(exc.key, **exc.values).render(interface_language())
    if isinstance(exc, ValueError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundJob(QRunnable):
    """Runs ``work()`` in a worker thread; ``signals.finished``/``signals.failed`` report it.

    ``describe`` turns an exception into the sentence shown (default :func:`one_sentence`).
    """

    def __init__(
        self,
        work: Callable[[], Any],
        describe: Callable[[BaseException], str] = one_sentence,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # its owner keeps it until it reports
        self.work = work
        self.describe = describe
        self.signals = _Signals()
        self.running = True

    def run(self) -> None:
        """Run the work; report through ``signals``."""
        try:
            result = self.work()
        except Exception as exc:  # every failure becomes one sentence
            self.running = False
            self.signals.failed.emit(self.describe(exc))
        else:
            self.running = False
            self.signals.finished.emit(result)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait until this job (and the rest of the pool's work) is done."""
        return bool(QThreadPool.globalInstance().waitForDone(msecs))


def run_in_background(
    work: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None],
    describe: Callable[[BaseException], str] = one_sentence,
) -> BackgroundJob:
    """Start ``work`` on the global pool; its outcome calls ``on_finished(result)`` or
    ``on_failed(sentence)`` on the GUI thread. Keep the job until it reports."""
    job = BackgroundJob(work, describe)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    return job
