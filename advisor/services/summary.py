"""The one-page summary to share: the one way the window and the command line write it.

The format follows the file name: ``.png`` (1080 pixels wide) or ``.pdf`` (one page).
"""

from __future__ import annotations

from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.report import ReportOptions
from advisor.storage.atomic import atomic_write_bytes

__all__ = ["SUMMARY_FORMATS", "export_summary", "summary_bytes"]

SUMMARY_FORMATS = (".png", ".pdf")


def summary_bytes(
    bank: Bank, assessment: Assessment, options: ReportOptions, suffix: str = ".png"
) -> bytes:
    """The summary as PNG or PDF bytes. Raises ``ValueError`` for another suffix or a bad
    branding logo."""
    from advisor.report.summary_page import summary_pdf, summary_png

    suffix = suffix.lower()
    if suffix not in SUMMARY_FORMATS:
        raise ValueError(f"the summary is written as .png or .pdf, not {suffix or 'no suffix'}")
    render = summary_png if suffix == ".png" else summary_pdf
    return render(bank, assessment, options)


def export_summary(
    bank: Bank, assessment: Assessment, target: Path | str, options: ReportOptions
) -> Path:
    """Render the summary in the format of ``target``'s suffix and write it atomically.

    Raises ``ValueError`` (suffix, logo; nothing written) and
    :class:`~advisor.storage.DocumentError` (the file cannot be written).
    """
    target = Path(target)
    atomic_write_bytes(target, summary_bytes(bank, assessment, options, target.suffix))
    return target
