"""Workshop folders: can this folder take a workshop's files (``export-advisor check DIR``),
and the cohort summary of the participants who finished (``export-advisor cohort`` and the
facilitator's "Cohort summary" in the window build it here, the same way). Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.storage import DocumentError
from advisor.storage.workshop import SESSION_FILE, WorkshopSession, load_session, probe_write

if TYPE_CHECKING:
    from advisor.domain.bank import Bank
    from advisor.domain.cohort import CohortSummary
    from advisor.storage.workshop import WorkshopScan

__all__ = [
    "CohortRead",
    "NothingToSummariseError",
    "check_workshop_dir",
    "read_cohort",
    "write_cohort_files",
]


class NothingToSummariseError(ValueError):
    """The folder holds no assessment that can be summarised; ``scan`` says what was left out."""

    def __init__(self, scan: WorkshopScan) -> None:
        self.scan = scan
        count = len(scan.skipped)
        left = f" ({count} file{'' if count == 1 else 's'} left out)" if count else ""
        super().__init__("no participant has finished yet" + left)


@dataclass(frozen=True)
class CohortRead:
    """A workshop folder read and summarised: the summary and what was left out and why."""

    summary: CohortSummary
    scan: WorkshopScan


def read_cohort(bank: Bank, folder: Path) -> CohortRead:
    """Scan ``folder`` and summarise the assessments in it (anonymously; names stay in the
    documents). Raises :class:`NothingToSummariseError` and the storage errors."""
    from advisor.domain.cohort import summarise
    from advisor.storage.workshop import scan_workshop

    scan = scan_workshop(folder, bank)
    if not scan.documents:
        raise NothingToSummariseError(scan)
    summary = summarise(bank, (d.assessment for d in scan.documents), left_out=len(scan.skipped))
    return CohortRead(summary, scan)


def write_cohort_files(
    summary: CohortSummary,
    session: WorkshopSession | None,
    pdf_path: Path,
    csv_path: Path | None = None,
    *,
    names: bool = False,
    lang: str = "en",
) -> list[Path]:
    """Write the cohort PDF (and CSV) durably, titled from the workshop's session file.

    Returns the paths written; raises :class:`DocumentError` when one cannot be written.
    """
    from advisor.report.cohort_csv import cohort_csv_bytes
    from advisor.report.cohort_pdf import CohortDetails, cohort_pdf_bytes
    from advisor.storage.atomic import atomic_write_bytes

    details = CohortDetails(
        event=session.event if session else "",
        date=session.date if session else None,
        facilitator=session.facilitator if session else "",
    )
    atomic_write_bytes(pdf_path, cohort_pdf_bytes(summary, details, names=names, lang=lang))
    written = [pdf_path]
    if csv_path is not None:
        atomic_write_bytes(csv_path, cohort_csv_bytes(summary, names=names, lang=lang))
        written.append(csv_path)
    return written


def check_workshop_dir(path: Path | str) -> tuple[bool, str]:
    """Can the workshop folder ``path`` be written?

    Returns ``(ok, message)``: the message names the folder, the event in its
    ``workshop.json`` and the participants already in it, or says exactly what to fix.
    Nothing is left behind in the folder.
    """
    folder = Path(path)
    problem = probe_write(folder)
    if problem:
        return False, f"{folder}: cannot write there: {problem}"
    try:
        session = load_session(folder)
    except DocumentError as exc:
        return False, f"{exc} (fix or delete {SESSION_FILE})"
    try:
        count = sum(
            1
            for p in folder.iterdir()
            if p.suffix.lower() == ".json" and p.name.lower() != SESSION_FILE
        )
    except OSError:
        count = 0
    event = f"'{session.event}'" if session and session.event else "no workshop.json yet"
    people = f"{count} participant file{'' if count == 1 else 's'}"
    return True, f"{folder} is writable ({event}, {people})"
