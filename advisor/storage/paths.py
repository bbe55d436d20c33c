"""Where the app keeps its own files: autosaves, backups, locks and session markers.

The base folder is the platform's user data folder (``platformdirs``), e.g.
``~/.local/share/export-advisor`` on Linux, ``%LOCALAPPDATA%\\export-advisor`` on Windows,
``~/Library/Application Support/export-advisor`` on macOS. The environment variable
``EXPORT_ADVISOR_HOME`` overrides it (the tests set it to a temporary folder); in
portable mode (:mod:`advisor.storage.portable`) it is ``ExportAdvisorData/data`` beside
the executable, on the stick.

A document is named inside these folders by :func:`path_key`, a short hash of its
absolute path, so that any file name (Devanagari, ``CON``, 250 characters) is safe here.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

__all__ = [
    "APP_NAME",
    "ENV_HOME",
    "autosaves_dir",
    "backups_dir",
    "data_home",
    "locks_dir",
    "path_key",
    "safe_stem",
    "sessions_dir",
    "set_aside_dir",
]

APP_NAME = "export-advisor"
ENV_HOME = "EXPORT_ADVISOR_HOME"


def data_home() -> Path:
    """The base folder for the app's own files (not created here)."""
    override = os.environ.get(ENV_HOME, "").strip()
    if override:
        return Path(override).expanduser()
    from advisor.storage.portable import portable_root

    portable = portable_root()
    if portable is not None:
        return portable / "data"
    return _user_data_folder()


def _user_data_folder() -> Path:
    """``platformdirs.user_data_path("export-advisor")``. On Linux, the XDG rule itself
    in the usual case (an absolute ``XDG_DATA_HOME``, else ``$HOME/.local/share``):
    importing platformdirs costs 0.4 MiB before the window shows (issue 18); anything
    unusual (a relative ``HOME``...) is left to platformdirs, as on other systems."""
    if sys.platform.startswith("linux"):
        xdg, home = os.environ.get("XDG_DATA_HOME", ""), os.environ.get("HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg) / APP_NAME
        if os.path.isabs(home):
            return Path(home) / ".local" / "share" / APP_NAME
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def _sub(name: str, base: Path | None) -> Path:
    return (base if base is not None else data_home()) / name


def autosaves_dir(base: Path | None = None) -> Path:
    """``<data>/autosaves``: the latest unsaved state of each open assessment."""
    return _sub("autosaves", base)


def set_aside_dir(base: Path | None = None) -> Path:
    """``<data>/autosaves-set-aside``: autosaved work that could not be read, moved out of
    the way once the user was told (never offered again, never deleted)."""
    return _sub("autosaves-set-aside", base)


def backups_dir(base: Path | None = None) -> Path:
    """``<data>/backups``: earlier versions of files, before each overwrite or upgrade."""
    return _sub("backups", base)


def locks_dir(base: Path | None = None) -> Path:
    """``<data>/locks``: lock files for documents in folders we cannot write to."""
    return _sub("locks", base)


def sessions_dir(base: Path | None = None) -> Path:
    """``<data>/sessions``: one marker per running app, removed on a clean exit."""
    return _sub("sessions", base)


def _absolute(path: Path | str) -> str:
    text = os.path.abspath(os.fspath(path))
    return os.path.normcase(text)


def path_key(path: Path | str) -> str:
    """A short stable hash of the absolute path (16 hex digits)."""
    import hashlib  # here: OpenSSL costs 4 MiB, and the start page shows without it

    digest = hashlib.sha256(_absolute(path).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def safe_stem(path: Path | str, limit: int = 40) -> str:
    """A readable, portable piece of the file name for folder names ("acme-export")."""
    stem = Path(path).stem
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".- ")
    return (cleaned[:limit].rstrip(".- ") or "document").lower()
