"""What the consultant features remember (client folder, active branding profile).

Own QSettings keys under ``consultant/``, so :mod:`advisor.ui.common.settings` stays untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

__all__ = ["ConsultantSettings"]

_LIBRARY = "consultant/library_folder"
_BRANDING = "consultant/branding_profile"


class ConsultantSettings:
    """A small typed view of the consultant keys of QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings or QSettings()

    def _path(self, key: str) -> Path | None:
        value = self._qs.value(key, "")
        return Path(value) if isinstance(value, str) and value else None

    def _set(self, key: str, path: Path | None) -> None:
        self._qs.setValue(key, str(path) if path is not None else "")
        self._qs.sync()

    def library_folder(self) -> Path | None:
        """The folder holding the client folders (None until chosen)."""
        return self._path(_LIBRARY)

    def set_library_folder(self, folder: Path | None) -> None:
        """Remember the client folder."""
        self._set(_LIBRARY, folder)

    def branding_path(self) -> Path | None:
        """The branding profile used for PDF exports (None: no branding)."""
        return self._path(_BRANDING)

    def set_branding_path(self, path: Path | None) -> None:
        """Use this branding profile for PDF exports (None: stop branding)."""
        self._set(_BRANDING, path)
