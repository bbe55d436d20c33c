"""What the app remembers between runs (window geometry, recent files), via QSettings.

The organisation and application names are set in :mod:`advisor.ui.app`; tests point
QSettings at a temporary folder (tests/conftest.py), so nothing here touches real files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["MAX_RECENT", "Settings"]

MAX_RECENT = 8


class Settings:
    """A small typed view of the app's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings or QSettings()

    def geometry(self) -> QByteArray | None:
        """The saved main-window geometry, if any."""
        value = self._qs.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the main-window geometry."""
        self._qs.setValue("window/geometry", geometry)

    def recent_files(self) -> list[Path]:
        """Recently opened or saved files, newest first (files that vanished are skipped)."""
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        paths = [Path(v) for v in value if isinstance(v, str) and v]
        return [p for p in paths if p.is_file()][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        path = Path(path).resolve()
        current = [p for p in self.recent_files() if p.resolve() != path]
        self._qs.setValue("files/recent", [str(p) for p in [path, *current][:MAX_RECENT]])

    def clear_recent_files(self) -> None:
        """Forget the recent files."""
        self._qs.setValue("files/recent", [])

    def last_folder(self) -> str:
        """The folder of the last file opened or saved ("" when none)."""
        value = self._qs.value("files/last_folder", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: Path) -> None:
        """Remember the folder of the last file opened or saved."""
        self._qs.setValue("files/last_folder", str(folder))

    def language(self) -> str:
        """The interface and bank-text language: the one chosen, else the system's."""
        from advisor.ui.shell.i18n import current_language

        return current_language(self._qs)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()
