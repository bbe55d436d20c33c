"""Workshop work that runs off the GUI thread: a participant's files, the cohort summary.

Plain functions, run by :func:`advisor.ui.common.jobs.run_in_background` (which turns
any failure into one sentence: a bug in rendering never kills the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.services.workshop import NothingToSummariseError
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
    from advisor.services.workshop import read_cohort, write_cohort_files

    cohort = read_cohort(bank, folder)
    pdf_path, csv_path = folder / SUMMARY_PDF, folder / SUMMARY_CSV
    write_cohort_files(cohort.summary, session, pdf_path, csv_path, lang=lang)
    return CohortWritten(pdf_path, csv_path, cohort.summary.count, cohort.summary.left_out)
