"""Portable mode: the app on a USB stick keeps everything it writes on the stick.

A file named ``portable.txt`` next to the executable (the one-folder app's
``export-advisor`` / ``export-advisor.exe``) switches it on. Then settings, autosaves,
backups, locks and the default workshop folder all live in ``ExportAdvisorData`` beside
the executable, and nothing is written to the laptop's user profile. A facilitator copies
the folder (marker included) to a stick and runs it on each laptop.

Without the marker (an installed app, a source checkout) nothing changes.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

__all__ = ["DATA_FOLDER", "MARKER", "executable_dir", "portable_root", "workshop_dir"]

MARKER = "portable.txt"
DATA_FOLDER = "ExportAdvisorData"


def executable_dir() -> Path:
    """The folder of the running program (the one-folder app's, when frozen)."""
    return Path(sys.executable).resolve().parent


@cache  # asked at every save: the marker is looked for once per run
def portable_root() -> Path | None:
    """``ExportAdvisorData`` beside the executable in portable mode, else ``None``."""
    folder = executable_dir()
    if (folder / MARKER).is_file():
        return folder / DATA_FOLDER
    return None


def workshop_dir() -> Path | None:
    """Where workshop output goes by default in portable mode (on the stick), else ``None``."""
    root = portable_root()
    return root / "Workshop" if root is not None else None
