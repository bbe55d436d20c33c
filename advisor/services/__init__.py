"""Application services: what the window and the command line both do, without Qt.

A service takes plain values (paths, a bank, an assessment, a language) and returns plain
values or raises the storage and domain errors; the caller decides how to show them (a
dialog in the window, one line on stderr in a command). Layers: :mod:`advisor.ui` and
:mod:`advisor.commands` import services; services import :mod:`advisor.report`,
:mod:`advisor.storage` and :mod:`advisor.domain` (see README, "Architecture").

- :mod:`advisor.services.previous`: which earlier assessment counts as the "previous"
  one of a file, and the comparison with it;
- :mod:`advisor.services.reports`: the report options that apply to a file (branding
  profile, previous assessment, language) and the one way to export a PDF action plan;
- :mod:`advisor.services.plans`: the action plan as a table (XLSX, CSV);
- :mod:`advisor.services.workshop`: can a folder take a workshop's files;
- :mod:`advisor.services.peers`, :mod:`advisor.services.summary`: the peer comparison
  and the one-page summary.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advisor.services.previous import compare_with, find_previous, load_previous
    from advisor.services.reports import (
        PREVIOUS_AUTO,
        PreviousChoice,
        export_pdf,
        load_branding_checked,
        report_options,
    )

__all__ = [
    "PREVIOUS_AUTO",
    "PreviousChoice",
    "compare_with",
    "export_pdf",
    "find_previous",
    "load_branding_checked",
    "load_previous",
    "report_options",
]

# Imported when first asked for: the window's start page imports ``advisor.services.start``
# (which runs this file), and the report stack behind ``reports`` is not needed before the
# first PDF.
_HOME = {
    "compare_with": "previous",
    "find_previous": "previous",
    "load_previous": "previous",
    "PREVIOUS_AUTO": "reports",
    "PreviousChoice": "reports",
    "export_pdf": "reports",
    "load_branding_checked": "reports",
    "report_options": "reports",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
