"""Workshop work that runs off the GUI thread: a participant's files, the cohort summary.

Each job is a ``QRunnable`` on the global thread pool that reports through a small
signals object, like :class:`~advisor.ui.document.export.ExportJob`. Only one sentence ever comes
back on failure; a bug in rendering never kills the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.storage.workshop import WorkshopSession

__all__ = ["SUMMARY_CSV", "SUMMARY_PDF", "CohortJob", "CohortWritten", "FinishJob"]

SUMMARY_PDF = "cohort-summary.pdf"
SUMMARY_CSV = "cohort-summary.csv"


class NothingToSummariseError(Exception):
    """The folder holds no finished participant yet."""


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


def _sentence(exc: Exception) -> str:
    from advisor.storage import DocumentError

    if isinstance(exc, (DocumentError, NothingToSummariseError)):
        return str(exc)
    if isinstance(exc, ImportError):
        return f"the PDF report module is not available ({exc})"
    return f"{type(exc).__name__}: {exc}"


class FinishJob(QRunnable):
    """Render a participant's PDF and save it with their assessment into the folder.

    ``signals.finished`` carries a :class:`~advisor.storage.workshop.FinishedParticipant`.
    """

    def __init__(
        self,
        bank: Bank,
        assessment: Assessment,
        folder: Path,
        copy_to: Path | None,
        lang: str,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.bank = bank
        self.assessment = assessment.model_copy(deep=True)
        self.folder = folder
        self.copy_to = copy_to
        self.lang = lang
        self.signals = _Signals()

    def run(self) -> None:
        """Render, save, copy; report through ``signals``."""
        from advisor.storage.workshop import finish_participant
        from advisor.ui.document.export import render_pdf_bytes

        try:
            pdf = render_pdf_bytes(self.bank, self.assessment, self.lang)
            done = finish_participant(self.folder, self.assessment, pdf, self.copy_to)
        except Exception as exc:
            self.signals.failed.emit(_sentence(exc))
        else:
            self.signals.finished.emit(done)


@dataclass(frozen=True)
class CohortWritten:
    """The cohort summary that was written."""

    pdf: Path
    csv: Path
    count: int
    left_out: int


class CohortJob(QRunnable):
    """Summarise the workshop folder into ``cohort-summary.pdf`` and ``.csv`` (anonymised)."""

    def __init__(
        self, bank: Bank, folder: Path, session: WorkshopSession | None, lang: str
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.bank = bank
        self.folder = folder
        self.session = session
        self.lang = lang
        self.signals = _Signals()

    def run(self) -> None:
        """Scan, summarise, write; report through ``signals``."""
        try:
            written = self._write()
        except Exception as exc:
            self.signals.failed.emit(_sentence(exc))
        else:
            self.signals.finished.emit(written)

    def _write(self) -> CohortWritten:
        from advisor.domain.cohort import summarise
        from advisor.report.cohort_csv import cohort_csv_bytes
        from advisor.report.cohort_pdf import CohortDetails, cohort_pdf_bytes
        from advisor.storage.atomic import atomic_write_bytes
        from advisor.storage.workshop import scan_workshop

        scan = scan_workshop(self.folder, self.bank)
        if not scan.documents:
            left = len(scan.skipped)
            raise NothingToSummariseError(
                "no participant has finished yet" + (f" ({left} files left out)" if left else "")
            )
        summary = summarise(
            self.bank, (d.assessment for d in scan.documents), left_out=len(scan.skipped)
        )
        session = self.session
        details = CohortDetails(
            event=session.event if session else "",
            date=session.date if session else None,
            facilitator=session.facilitator if session else "",
        )
        pdf_path, csv_path = self.folder / SUMMARY_PDF, self.folder / SUMMARY_CSV
        atomic_write_bytes(pdf_path, cohort_pdf_bytes(summary, details, lang=self.lang))
        atomic_write_bytes(csv_path, cohort_csv_bytes(summary, lang=self.lang))
        return CohortWritten(pdf_path, csv_path, summary.count, summary.left_out)
