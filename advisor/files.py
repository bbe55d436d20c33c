"""Reading any file a user names: only regular files, never blocking, always bounded.

Every file the app reads (assessments, banks, branding profiles, logos, workshop
sessions, the files of a folder being scanned) goes through :func:`read_bounded`. A FIFO,
a device such as ``/dev/zero``, a socket or a folder is refused at once with one
sentence, instead of hanging forever or filling memory: the file is opened with
``O_NONBLOCK`` (so opening a FIFO with no writer returns at once), checked with
``fstat`` on the open descriptor (no race with a rename), and read with a bound (a size
check alone is defeated by devices and growing files). Standard input is read only when
asked for by name (``-`` or ``/dev/stdin``), once per process.

The messages here are the one wording of file-read errors: callers wrap
:class:`FileReadError` in their own error type and keep its ``reason`` unchanged. Each
has a key of the word catalogues (``resources/words/<lang>.json``, the same English
there: ``tests/test_files.py`` checks it), so the window says it in its language.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

__all__ = [
    "STDIN_NAMES",
    "FileReadError",
    "check_readable",
    "is_regular_file",
    "not_regular_reason",
    "read_bounded",
    "size_words",
]

STDIN_NAMES = ("-", "/dev/stdin")
_CHUNK = 1 << 20
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_stdin_cache: dict[int, bytes] = {}


#: The English of each reason, by its key in the word catalogues.
REASONS = {
    "file.not_found": "the file does not exist (was it moved or deleted?)",
    "file.not_found_in_path": "the file does not exist (a part of its path is not a folder)",
    "file.no_permission": "you do not have permission to read this file",
    "file.is_folder": "this is a folder, not {what}",
    "file.not_regular": "this is {kind}, not a regular file: give {what} saved on disk",
    "file.cannot_read": "cannot read the file: {detail}",
    "file.bad_name": "the file name is not valid",
    "file.no_stdin": "standard input is not available",
    "file.too_large": "the file is too large for {what} ({size}; the limit is {limit})",
}


class FileReadError(Exception):
    """A file cannot be read. ``reason`` is one plain sentence without the path.

    ``key`` and ``values`` say it again for the word catalogues (any language).
    """

    def __init__(self, path: Path | str, key: str, **values: str) -> None:
        self.path = str(path)
        self.key = key
        self.values = values
        self.reason = REASONS[key].format(**values)
        super().__init__(f"{self.path}: {self.reason}")


def size_words(size: int) -> str:
    """A byte count for a message: ``2 MB``, ``100 KB``, ``512 bytes``."""
    if size >= 1_000_000:
        return f"{size / 1e6:.1f}".removesuffix(".0") + " MB"
    if size >= 1000:
        return f"{size / 1e3:.0f} KB"
    return f"{size} bytes"


def not_regular_reason(mode: int, what: str) -> str | None:
    """Why a file of this ``st_mode`` cannot be read as ``what`` (None: a regular file)."""
    found = _not_regular(mode, what)
    return None if found is None else REASONS[found[0]].format(**found[1])


def _not_regular(mode: int, what: str) -> tuple[str, dict[str, str]] | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "file.is_folder", {"what": what}
    if stat.S_ISFIFO(mode):
        kind = "a pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "a special file"
    return "file.not_regular", {"kind": kind, "what": what}


def is_regular_file(path: Path | str) -> bool:
    """True for a regular file (following symbolic links); never blocks, never raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def check_readable(path: Path | str, what: str = "this file") -> None:
    """Raise :class:`FileReadError` now, with the usual words, if ``path`` is no regular file.

    For a command that reads the file later (the window opens it after Qt has started):
    a missing file is reported as missing, not as whatever stops the window first.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _os_error(path, exc, what) from None
    except ValueError:  # a NUL character in the name
        raise FileReadError(path, "file.bad_name") from None
    found = _not_regular(info.st_mode, what)
    if found:
        raise FileReadError(path, found[0], **found[1])


def _too_large(path: Path | str, size: int, limit: int, what: str) -> FileReadError:
    shown = size_words(size)
    if shown == size_words(limit):  # just over: "2 MB; the limit is 2 MB" would puzzle
        shown = f"{size:,} bytes"
    return FileReadError(path, "file.too_large", what=what, size=shown, limit=size_words(limit))


def _os_error(path: Path | str, exc: OSError, what: str) -> FileReadError:
    """Why ``exc`` stops reading ``path``."""
    if isinstance(exc, FileNotFoundError):
        return FileReadError(path, "file.not_found")
    if isinstance(exc, PermissionError):
        return FileReadError(path, "file.no_permission")
    if isinstance(exc, IsADirectoryError):
        return FileReadError(path, "file.is_folder", what=what)
    if isinstance(exc, NotADirectoryError):
        return FileReadError(path, "file.not_found_in_path")
    return FileReadError(path, "file.cannot_read", detail=str(exc.strerror or exc))


def _read_stdin(limit: int, what: str) -> bytes:
    key = id(sys.stdin)
    if key not in _stdin_cache:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise FileReadError("<stdin>", "file.no_stdin")
        _stdin_cache[key] = stream.read(limit + 1)
    data = _stdin_cache[key]
    if len(data) > limit:
        raise _too_large("<stdin>", len(data), limit, what)
    return data


def read_bounded(path: Path | str, limit: int, what: str = "this file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Raises :class:`FileReadError`.

    ``what`` names the expected content in messages ("an assessment", "a question bank").
    ``-`` and ``/dev/stdin`` read standard input (once: a second call returns the same
    bytes).
    """
    if str(path) in STDIN_NAMES:
        return _read_stdin(limit, what)
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise _os_error(path, exc, what) from None
    except ValueError:  # a NUL character in the name
        raise FileReadError(path, "file.bad_name") from None
    try:
        info = os.fstat(fd)
        found = _not_regular(info.st_mode, what)
        if found:
            raise FileReadError(path, found[0], **found[1])
        if info.st_size > limit:
            raise _too_large(path, info.st_size, limit, what)
        # the whole file in one read when its size is known (no second copy from joining
        # chunks: a 17 MB bank would briefly take 34 MB), then chunks if it grew
        first = os.read(fd, min(info.st_size + 1, limit + 1))
        chunks: list[bytes] = [first]
        total = len(first)
        while first and total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # the file grew while it was read
            raise _too_large(path, total, limit, what)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except OSError as exc:
        raise _os_error(path, exc, what) from None
    finally:
        os.close(fd)
