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
