"""The action plan as a table (XLSX or CSV): the one export of ``export-advisor plan`` and
the window's "Export plan (XLSX, CSV)…".

The bytes come from :mod:`advisor.report.table_export` (formula-safe cells, typed dates,
a frozen header); the file is written atomically, so a failed export never leaves half a
file.
"""

from __future__ import annotations

from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.storage.atomic import atomic_write_bytes

__all__ = ["export_plan_table", "plan_table_bytes"]


def plan_table_bytes(
    bank: Bank, assessment: Assessment, path: Path | str, lang: str = "en"
) -> tuple[bytes, int]:
    """The plan table for ``path``'s type (XLSX for ``.xlsx``, else CSV) and its row count."""
    from advisor.report.table_export import csv_bytes, plan_rows, xlsx_bytes

    rows = plan_rows(bank, assessment, lang)
    if Path(path).suffix.lower() == ".xlsx":
        data = xlsx_bytes(rows, lang, title=assessment.profile.company, stamp=assessment.updated_at)
    else:
        data = csv_bytes(rows, lang)
    return data, len(rows)


def export_plan_table(
    bank: Bank, assessment: Assessment, target: Path | str, lang: str = "en"
) -> int:
    """Write the plan table to ``target``; returns the number of actions.

    Raises :class:`~advisor.storage.DocumentError` when the file cannot be written.
    """
    data, count = plan_table_bytes(bank, assessment, target, lang)
    atomic_write_bytes(Path(target), data)
    return count
