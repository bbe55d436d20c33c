"""Helpers of the PDF export: the suggested file name, the bytes, opening the result.

The export itself is :meth:`advisor.ui.document.file_commands.FileCommands.export_pdf`
(one path, run off the GUI thread). reportlab is imported on the first export, never at
start-up.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank

__all__ = ["open_file", "render_pdf_bytes", "safe_pdf_name"]

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


def open_file(path: Path) -> bool:
    """Open a file with the desktop's default application."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
