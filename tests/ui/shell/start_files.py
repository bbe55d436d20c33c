"""Recent files for the start page's tests: an example copied, the list remembered."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_example(example: Path, folder: Path) -> Path:
    """A copy of ``example`` in ``folder`` (a bundled file is never opened itself)."""
    target = folder / example.name
    shutil.copy(example, target)
    return target


def remember(window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    """``window``'s recent files are ``paths``, in this order."""
    window.settings.set("files/recent", [str(p) for p in paths])
