"""Atomic, durable file writes: temp file in the same folder, fsync, replace, fsync folder.

A failed write leaves the previous file as it was and raises :class:`DocumentError` with
one clear sentence (disk full, read-only, folder gone, path too long).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from pathlib import Path

from advisor.storage.errors import DocumentError

__all__ = ["atomic_write_bytes", "describe_os_error"]

_REPLACE_RETRIES = 6  # Windows: antivirus or sync clients hold files for a moment


def describe_os_error(exc: OSError) -> str:
    """One plain sentence for an error while saving."""
    code = exc.errno
    if code == errno.ENOSPC:
        return "the disk is full"
    if code in (errno.EACCES, errno.EPERM):
        return "you do not have permission to write there"
    if code == errno.EROFS:
        return "the disk or folder is read-only"
    if code == errno.ENOENT:
        return "the folder does not exist any more"
    if code == errno.ENAMETOOLONG:
        return "the file name or path is too long"
    if code == errno.EDQUOT:
        return "your disk quota is used up"
    return exc.strerror or str(exc)


def _replace(source: str, target: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file."""
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise DocumentError(path, f"could not save: {describe_os_error(exc)}") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
