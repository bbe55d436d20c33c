"""Export the action plan as a table (XLSX or CSV) from the app.

The file is written by :func:`advisor.services.plans.export_plan_table`, the same export
as ``export-advisor plan`` (atomic: a failed export never leaves half a file). Dialogs go
through :mod:`advisor.ui.consultant.dialogs` and :mod:`advisor.ui.common.dialogs`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.storage.filenames import safe_plan_name
from advisor.ui.common import dialogs
from advisor.ui.consultant import dialogs as consultant_dialogs

__all__ = ["export_plan"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("plan_export", text)


def export_plan(
    parent: QWidget | None,
    bank: Bank,
    assessment: Assessment,
    lang: str = "en",
    folder: str = "",
) -> Path | None:
    """Ask where to write the plan, write it; returns the file written (None: cancelled/failed)."""
    from advisor.services.plans import export_plan_table
    from advisor.storage import DocumentError

    name = safe_plan_name(assessment.profile.company, dt.date.today())
    suggested = str(Path(folder or Path.home()) / name)
    path = consultant_dialogs.ask_plan_path(parent, suggested)
    if path is None:
        return None
    title = _tr("Cannot export the action plan")
    try:
        export_plan_table(bank, assessment, path, lang)
    except DocumentError as exc:
        from advisor.ui.common.file_words import file_message

        dialogs.show_error(parent, title, file_message(exc))
        return None
    except (OSError, ValueError) as exc:
        dialogs.show_error(parent, title, f"{path}: {exc}")
        return None
    return path
