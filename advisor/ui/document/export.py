"""Export the PDF action plan without freezing the window.

The report is rendered in a worker thread (a ``QRunnable`` on the global thread pool)
from a copy of the assessment, then written atomically. reportlab is imported there, on
the first export, never at start-up. File dialogs go through :mod:`advisor.ui.common.dialogs`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank

__all__ = ["ExportController", "ExportJob", "render_pdf_bytes", "safe_pdf_name"]

_UNSAFE = re.compile(r'[/:"?*\\<>|\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_STEM = 80


def safe_pdf_name(company: str, day: dt.date) -> str:
    """A file name such as ``Shree Ganesh Textiles-2026-11-27.pdf``, safe on every system.

    Characters not allowed in file names (``/ : " ? * \\ < > |``, control characters) become
    ``-``; leading dots and trailing dots or spaces are removed; Windows' reserved names
    (CON, NUL, COM1...) get a suffix; an empty company becomes "assessment".
    """
    stem = _UNSAFE.sub("-", company.strip())
    stem = re.sub(r"\s+", " ", stem).strip(" .-")
    stem = stem.lstrip(".")[:MAX_STEM].rstrip(" .")
    if not stem:
        stem = "assessment"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"{stem}-report"
    return f"{stem}-{day.isoformat()}.pdf"


def render_pdf_bytes(bank: Bank, assessment: Assessment, lang: str) -> bytes:
    """The PDF action plan as bytes (imports reportlab on first use)."""
    from advisor.report import ReportOptions, render_report  # type: ignore[attr-defined]

    return bytes(render_report(bank, assessment, ReportOptions(lang=lang, paper="a4")))


class _JobSignals(QObject):
    finished = Signal(str)  # the path written
    failed = Signal(str)  # one-line message


class ExportJob(QRunnable):
    """Renders and writes one PDF in a worker thread."""

    def __init__(self, bank: Bank, assessment: Assessment, path: Path, lang: str) -> None:
        super().__init__()
        self.bank = bank
        self.assessment = assessment.model_copy(deep=True)
        self.path = path
        self.lang = lang
        self.signals = _JobSignals()

    def run(self) -> None:
        """Render and write; report the outcome through ``signals``."""
        from advisor.storage import DocumentError
        from advisor.storage.atomic import atomic_write_bytes

        try:
            data = render_pdf_bytes(self.bank, self.assessment, self.lang)
            atomic_write_bytes(self.path, data)
        except DocumentError as exc:
            self.signals.failed.emit(exc.message)
        except ImportError as exc:
            self.signals.failed.emit(f"the PDF report module is not available ({exc})")
        except Exception as exc:  # a bug in rendering must not kill the window
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(str(self.path))


class ExportController(QObject):
    """Starts exports and reports them.

    Signals:
        started(str): writing the PDF to this path began.
        finished(str): the PDF was written to this path.
        failed(str): the export failed, with a one-line reason.
    """

    started = Signal(str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._jobs: list[ExportJob] = []

    @property
    def busy(self) -> bool:
        """True while an export is running."""
        return bool(self._jobs)

    def start(self, bank: Bank, assessment: Assessment, path: Path, lang: str) -> ExportJob:
        """Render and write the PDF in the background."""
        job = ExportJob(bank, assessment, path, lang)
        job.setAutoDelete(False)
        job.signals.finished.connect(lambda p, j=job: self._done(j, p, True))
        job.signals.failed.connect(lambda m, j=job: self._done(j, m, False))
        self._jobs.append(job)
        self.started.emit(str(path))
        self.pool.start(job)
        return job

    def _done(self, job: ExportJob, value: str, ok: bool) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        (self.finished if ok else self.failed).emit(value)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running exports (used on quit and in tests)."""
        return bool(self.pool.waitForDone(msecs))


def open_file(path: Path) -> bool:
    """Open a file with the desktop's default application."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
