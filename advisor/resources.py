"""Finds the data files that ship with the app (banks, fonts, schemas, examples, icons).

In a source checkout they live in the top-level ``resources/`` folder; in an installed
wheel they are packaged as ``advisor/_resources``; in the one-folder app built by
PyInstaller (``make dist``) they are ``resources/`` inside its ``_internal`` folder
(``sys._MEIPASS``). Every lookup goes through
:func:`resource_path`, which refuses absolute paths and ``..`` so that nothing read from
a bank or a document can make the app open a file outside its resources.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path, PurePosixPath

__all__ = ["ResourceError", "resource_path", "resources_root"]


class ResourceError(LookupError):
    """A resource name is not allowed or the file is not there."""


@cache
def resources_root() -> Path:
    """The folder that holds the app's resources, installed or from source."""
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "_resources", package_dir.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)  # the one-folder app (PyInstaller)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "banks").is_dir():
            return candidate
    raise ResourceError(f"the app's resources folder is missing (looked next to {package_dir})")


def resource_path(name: str, *, must_exist: bool = True) -> Path:
    """The path of the resource ``name``, a relative POSIX path such as ``fonts/x.ttf``."""
    relative = PurePosixPath(name)
    if not name or relative.is_absolute() or ".." in relative.parts or "\\" in name:
        raise ResourceError(f"not a resource name: {name!r}")
    if relative.parts and ":" in relative.parts[0]:  # a Windows drive such as C:
        raise ResourceError(f"not a resource name: {name!r}")
    path = resources_root().joinpath(*relative.parts)
    if must_exist and not path.exists():
        raise ResourceError(f"resource not found: {name}")
    return path
