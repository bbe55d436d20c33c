"""Helpers of the PDF export: the suggested file name, the bytes, opening the result.

The suggested name is :func:`advisor.storage.filenames.safe_pdf_name` (the one
safe-file-name policy), re-exported here.

The export itself is :meth:`advisor.ui.document.file_commands.FileCommands.export_pdf`
(one path, run off the GUI thread); when it is written, a non-modal box offers Open and
Show in folder (:class:`advisor.ui.common.written.FileWrittenBox`). reportlab is
imported on the first export, never at start-up.
"""

from __future__ import annotations

from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.storage.filenames import safe_pdf_name

__all__ = ["open_file", "render_pdf_bytes", "safe_pdf_name"]


def render_pdf_bytes(bank: Bank, assessment: Assessment, lang: str) -> bytes:
    """The PDF action plan as bytes (imports reportlab on first use)."""
    from advisor.report import ReportOptions, render_report  # type: ignore[attr-defined]

    return bytes(render_report(bank, assessment, ReportOptions(lang=lang, paper="a4")))


def open_file(path: Path) -> bool:
    """Open a file with the desktop's default application (see
    :mod:`advisor.ui.common.written`, which also shows a file in its folder)."""
    from advisor.ui.common import written

    return written.open_file(path)
