"""Atomic, durable file writes: temp file in the same folder, fsync, replace, fsync folder.

The one durable writer of the app; every file it writes goes through here:

* :func:`atomic_write_bytes` replaces a file; a failed write leaves the previous file as
  it was and raises :class:`DocumentError` with one clear sentence (disk full, read-only,
  folder gone, path too long);
* :func:`replace_durably` is the same write raising the ``OSError`` itself, for callers
  that word the error their own way (copying a workshop file to a USB stick);
* :func:`create_durably` creates a new file and never replaces one (``FileExistsError``
  when the name is taken): lock files and follow-ups, where two writers may race.

Details that matter:

* the temporary file is ``.<name>.<pid>.<random>.tmp`` next to the target (a rename is
  only atomic within one file system); its name is kept short so that a long target name
  does not make the temporary name too long;
* a temporary file left behind by a process that was killed (its pid is gone) is
  removed at the next save of the same file, so they never pile up;
* the saved file keeps the permission bits of the file it replaces;
* a file marked read-only is never replaced (a rename would ignore the mark on POSIX);
* on Windows the replace is retried while antivirus or a sync client holds the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from advisor.storage._process import pid_alive
from advisor.storage.errors import DocumentError, Wording

__all__ = [
    "atomic_write_bytes",
    "create_durably",
    "describe_os_error",
    "leftover_temp_files",
    "os_error_wording",
    "remove_leftover_temp_files",
    "replace_durably",
]

_REPLACE_RETRIES = 6  # Windows: antivirus or sync clients hold files for a moment
_TEMP_NAME_PART = 40  # characters of the target name kept in the temporary name
_STALE_TEMP_SECONDS = 3600.0  # a temp file older than this is left over whatever its pid


_WRITE_ERRORS = {
    errno.ENOSPC: "file.write.disk_full",
    errno.EACCES: "file.write.no_permission",
    errno.EPERM: "file.write.no_permission",
    errno.EROFS: "file.write.read_only_disk",
    errno.ENOENT: "file.write.folder_gone",
    errno.ENAMETOOLONG: "file.write.name_too_long",
    errno.EDQUOT: "file.write.quota",
    errno.EIO: "file.write.disk_removed",
}


def os_error_wording(exc: OSError) -> Wording:
    """Why a write failed, in words any language can say (:func:`describe_os_error`)."""
    key = _WRITE_ERRORS.get(exc.errno) if exc.errno is not None else None
    if key is None:
        return Wording("file.write.other", detail=str(exc.strerror or exc))
    return Wording(key)


def describe_os_error(exc: OSError) -> str:
    """One plain sentence for an error while saving (English)."""
    return os_error_wording(exc).render("en")


def _temp_prefix(path: Path) -> str:
    return f".{path.name[:_TEMP_NAME_PART]}."


def _temp_is_left_over(name: str, prefix: str, now: float, mtime: float) -> bool:
    if not (name.startswith(prefix) and name.endswith(".tmp")):
        return False
    parts = name[: -len(".tmp")].split(".")
    pid = int(parts[-2]) if len(parts) >= 3 and parts[-2].isdigit() else -1
    if pid == os.getpid():
        return now - mtime > _STALE_TEMP_SECONDS
    return not pid_alive(pid) or now - mtime > _STALE_TEMP_SECONDS


def _scan_leftovers(folder: Path, prefix: str) -> list[Path]:
    found: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        try:
            mtime = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if _temp_is_left_over(entry.name, prefix, now, mtime):
            found.append(Path(entry.path))
    return found


def leftover_temp_files(path: Path) -> list[Path]:
    """Temporary files of unfinished saves of ``path`` (their writer is gone)."""
    folder = path.parent if str(path.parent) else Path(".")
    return _scan_leftovers(folder, _temp_prefix(path))


def remove_leftover_temp_files(folder: Path) -> int:
    """Remove temporary files of unfinished saves of any file in ``folder``; count them."""
    removed = 0
    for leftover in _scan_leftovers(folder, "."):
        with contextlib.suppress(OSError):
            os.unlink(leftover)
            removed += 1
    return removed


def _remove_leftovers(path: Path) -> None:
    for leftover in leftover_temp_files(path):
        with contextlib.suppress(OSError):
            os.unlink(leftover)


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
    """Make the rename itself durable (POSIX). Best effort: some file systems refuse."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # the new file is in place; a share without folder fsync is not an error
    finally:
        os.close(fd)


_FOLDER_THERE = Wording("file.write.folder_there")
_READ_ONLY = Wording("file.write.read_only_file")


def _mode_for(path: Path) -> int | None:
    """Permission bits to give the new file (those of the old one); refuse read-only."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(path, Wording("file.could_not_save", reason=_FOLDER_THERE))
    if not info.st_mode & stat.S_IWUSR:
        raise DocumentError(path, Wording("file.could_not_save", reason=_READ_ONLY))
    return stat.S_IMODE(info.st_mode)


def _read_umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_DEFAULT_MODE = 0o666 & ~_read_umask()  # read once: os.umask is not thread-safe


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def replace_durably(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file.

    Raises ``OSError`` (and :class:`DocumentError` when ``path`` is a folder or a file
    marked read-only); :func:`atomic_write_bytes` words the ``OSError`` for the user.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name: str | None = None
    try:
        mode = _mode_for(path)
        _remove_leftovers(path)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{_temp_prefix(path)}{os.getpid()}.", suffix=".tmp", dir=folder
        )
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if sys.platform != "win32":
            os.chmod(tmp_name, mode if mode is not None else _DEFAULT_MODE)
        _replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file."""
    try:
        replace_durably(path, data)
    except OSError as exc:
        failed = Wording("file.could_not_save", reason=os_error_wording(exc))
        raise DocumentError(Path(path), failed) from None


def create_durably(path: Path, data: bytes, mode: int = 0o666) -> None:
    """Create ``path`` holding ``data``; never replaces a file.

    Raises ``FileExistsError`` when the name is taken (another writer won the race) and
    ``OSError`` when the file cannot be written; a half-written file is removed.
    """
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, mode)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    os.close(fd)
    _fsync_folder(path.parent if str(path.parent) else Path("."))
