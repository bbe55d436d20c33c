"""What a participant leaves behind on a shared laptop, and how many came before.

:func:`scrub_traces` clears what the app and Qt remember between runs (recent files, the
dialogs' last folders, the clipboard) when the next participant starts;
:func:`finished_in` counts the participants already saved in the workshop folder, so a
restarted workshop carries on with the next number.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from advisor.storage.workshop import SESSION_FILE
from advisor.ui.common.settings import Settings

__all__ = ["finished_in", "scrub_traces"]


def finished_in(folder: Path) -> int:
    """How many participants' assessments ``folder`` holds (0 when it cannot be read)."""
    try:
        return sum(
            1
            for p in folder.iterdir()
            if p.suffix.lower() == ".json" and p.name.lower() != SESSION_FILE
        )
    except OSError:
        return 0


def scrub_traces(settings: Settings, folder: Path) -> None:
    """No recent files, the file dialogs open in ``folder``, the clipboard is empty."""
    settings.clear_recent_files()
    settings.set_last_folder(folder)
    settings.sync()
    qt = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        qt.remove(key)
    qt.sync()
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None and clipboard.text():
        clipboard.clear()
