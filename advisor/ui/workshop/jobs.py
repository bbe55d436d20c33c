"""Workshop work that runs off the GUI thread: a participant's files, the cohort summary.

Plain functions, run by :func:`advisor.ui.common.jobs.run_in_background` (which turns
any failure into one sentence: a bug in rendering never kills the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.storage.workshop import FinishedParticipant, WorkshopSession

__all__ = [
    "SUMMARY_CSV",
    "SUMMARY_PDF",
    "CohortWritten",
    "NothingToSummariseError",
    "finish_and_save",
    "write_cohort_summary",
]

SUMMARY_PDF = "cohort-summary.pdf"
SUMMARY_CSV = "cohort-summary.csv"


class NothingToSummariseError(ValueError):
    """The folder holds no finished participant yet."""


def finish_and_save(
    bank: Bank, assessment: Assessment, folder: Path, copy_to: Path | None, lang: str
) -> FinishedParticipant:
    """Render a participant's PDF and one-page summary image and save them with their
    assessment into the folder (and copies of the PDF and the image into ``copy_to``), so
    the participant can send the image from a phone. Raises the storage errors."""
    from advisor.report import ReportOptions
    from advisor.report.summary_page import summary_png
    from advisor.storage.workshop import finish_participant
    from advisor.ui.document.export import render_pdf_bytes

    pdf = render_pdf_bytes(bank, assessment, lang)
    image = summary_png(bank, assessment, ReportOptions(lang=lang))
    return finish_participant(folder, assessment, pdf, copy_to, summary_png=image)


@dataclass(frozen=True)
class CohortWritten:
    """The cohort summary that was written."""

    pdf: Path
    csv: Path
    count: int
    left_out: int


def write_cohort_summary(
    bank: Bank, folder: Path, session: WorkshopSession | None, lang: str
) -> CohortWritten:
    """Summarise the workshop folder into ``cohort-summary.pdf`` and ``.csv`` (anonymised).

    Raises :class:`NothingToSummariseError` when nobody has finished yet, and the storage
    errors of reading the folder and writing the files.
    """
    from advisor.domain.cohort import summarise
    from advisor.report.cohort_csv import cohort_csv_bytes
    from advisor.report.cohort_pdf import CohortDetails, cohort_pdf_bytes
    from advisor.storage.atomic import atomic_write_bytes
    from advisor.storage.workshop import scan_workshop

    scan = scan_workshop(folder, bank)
    if not scan.documents:
        left = len(scan.skipped)
        raise NothingToSummariseError(
            "no participant has finished yet" + (f" ({left} files left out)" if left else "")
        )
    summary = summarise(bank, (d.assessment for d in scan.documents), left_out=len(scan.skipped))
    details = CohortDetails(
        event=session.event if session else "",
        date=session.date if session else None,
        facilitator=session.facilitator if session else "",
    )
    pdf_path, csv_path = folder / SUMMARY_PDF, folder / SUMMARY_CSV
    atomic_write_bytes(pdf_path, cohort_pdf_bytes(summary, details, lang=lang))
    atomic_write_bytes(csv_path, cohort_csv_bytes(summary, lang=lang))
    return CohortWritten(pdf_path, csv_path, summary.count, summary.left_out)
