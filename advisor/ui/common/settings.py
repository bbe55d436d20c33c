"""Everything the app remembers between runs, in one table: every QSettings key, its type
and its default (:data:`KEYS`), read and written through :class:`Settings`.

No other module names a QSettings key (Qt's own file-dialog history, which workshop mode
scrubs, is Qt's and not ours). The organisation and application names are set in
:mod:`advisor.ui.app`; tests point QSettings at a temporary folder (tests/conftest.py), so
nothing here touches real files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QLocale, QSettings

from advisor.domain.languages import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["KEYS", "LANGUAGES", "MAX_RECENT", "Key", "Settings", "system_language"]

MAX_RECENT = 8
# The interface languages, each named in itself (the Language menu lists them): the one
# list of advisor.domain.languages, shared with the commands and reports.


class Key(NamedTuple):  # not a dataclass: defined at every start (0.5 ms; issue 18)
    """One remembered value: its QSettings key, its Python type and its default."""

    name: str
    type: type
    default: Any
    meaning: str


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key("window/geometry", QByteArray, None, "size and place of the main window"),
        Key("plan/split", QByteArray, None, "the plan page's line between table and details"),
        Key("files/recent", list, [], "recently opened or saved files, newest first"),
        Key("files/last_folder", str, "", "folder of the last file opened or saved"),
        Key("ui/language", str, "", "interface language chosen ('' = the system's)"),
        Key("consultant/library_folder", str, "", "folder holding the client folders"),
        Key("consultant/branding_profile", str, "", "branding profile used for PDF exports"),
    )
}


def system_language(locale: QLocale | None = None) -> str:
    """``"hi"`` when the system (or ``locale``) language is Hindi, else ``"en"``."""
    locale = locale if locale is not None else QLocale.system()
    return "hi" if locale.language() == QLocale.Language.Hindi else DEFAULT_LANGUAGE


def _is_file(path: Path) -> bool:
    """True for an existing file; False (never an exception) for a name the system refuses
    (too long, a NUL character) or cannot look at."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


class Settings:
    """The typed view of the app's QSettings: one method pair per key of :data:`KEYS`."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings()

    # --- the table -------------------------------------------------------------------------

    def get(self, name: str) -> Any:
        """The value of key ``name`` (its default when missing or of another type)."""
        key = KEYS[name]
        value = self.qsettings.value(name, key.default)
        if key.type is list and isinstance(value, str):
            value = [value]  # QSettings gives a one-element list back as a string
        if not isinstance(value, key.type):
            return key.default
        if key.type is QByteArray and value.isEmpty():
            return key.default
        return value

    def set(self, name: str, value: Any) -> None:
        """Remember ``value`` for key ``name`` (checked against the table's type)."""
        key = KEYS[name]
        if not isinstance(value, key.type):
            raise TypeError(f"{name}: expected {key.type.__name__}, got {type(value).__name__}")
        self.qsettings.setValue(name, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()

    # --- window and files ------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        """The saved main-window geometry, if any."""
        return self.get("window/geometry")  # type: ignore[no-any-return]

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the main-window geometry."""
        self.set("window/geometry", geometry)

    def plan_split(self) -> QByteArray | None:
        """Where the user left the line between the plan table and the action's details."""
        return self.get("plan/split")  # type: ignore[no-any-return]

    def set_plan_split(self, state: QByteArray) -> None:
        """Remember the plan page's splitter state."""
        self.set("plan/split", state)

    def recent_files(self, *, include_missing: bool = False) -> list[Path]:
        """Recently opened or saved files, newest first (files that vanished are skipped,
        unless ``include_missing``: the start page shows them as missing)."""
        paths = [Path(v) for v in self.get("files/recent") if isinstance(v, str) and v]
        return [p for p in paths if include_missing or _is_file(p)][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        path = Path(path).resolve()
        current = [p for p in self.recent_files() if p.resolve() != path]
        self.set("files/recent", [str(p) for p in [path, *current][:MAX_RECENT]])

    def remove_recent_file(self, path: Path | str) -> None:
        """Forget ``path`` in the recent files (missing ones too; the file is untouched)."""
        gone = {Path(path), Path(path).absolute()}  # as paths: "a//b.json" is "a/b.json"
        kept = [v for v in self.get("files/recent") if isinstance(v, str) and Path(v) not in gone]
        self.set("files/recent", kept)

    def clear_recent_files(self) -> None:
        """Forget the recent files."""
        self.set("files/recent", [])

    def last_folder(self) -> str:
        """The folder of the last file opened or saved ("" when none)."""
        return self.get("files/last_folder")  # type: ignore[no-any-return]

    def set_last_folder(self, folder: Path) -> None:
        """Remember the folder of the last file opened or saved."""
        self.set("files/last_folder", str(folder))

    # --- language --------------------------------------------------------------------------

    def language(self) -> str:
        """The interface and bank-text language: the one chosen, else the system's."""
        value = self.get("ui/language")
        return value if value in LANGUAGES else system_language()

    def set_language(self, lang: str) -> None:
        """Remember ``lang`` (one of :data:`LANGUAGES`)."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
        self.set("ui/language", lang)
        self.sync()

    # --- consultant ------------------------------------------------------------------------

    def _path(self, name: str) -> Path | None:
        value = self.get(name)
        return Path(value) if value else None

    def _set_path(self, name: str, path: Path | None) -> None:
        self.set(name, str(path) if path is not None else "")
        self.sync()

    def library_folder(self) -> Path | None:
        """The folder holding the client folders (None until chosen)."""
        return self._path("consultant/library_folder")

    def set_library_folder(self, folder: Path | None) -> None:
        """Remember the client folder."""
        self._set_path("consultant/library_folder", folder)

    def branding_path(self) -> Path | None:
        """The branding profile used for PDF exports (None: no branding)."""
        return self._path("consultant/branding_profile")

    def set_branding_path(self, path: Path | None) -> None:
        """Use this branding profile for PDF exports (None: stop branding)."""
        self._set_path("consultant/branding_profile", path)
