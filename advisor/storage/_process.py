"""Facts about processes and this machine, used by locks, temp-file clean-up and sessions.

``pid_alive`` never signals a process: on POSIX it uses signal 0, on Windows it asks
the kernel for the process's exit code (``os.kill`` would terminate it there).
"""

from __future__ import annotations

import contextlib
import os
import sys
from functools import cache
from pathlib import Path

__all__ = ["boot_id", "hostname", "pid_alive", "process_started", "user_name"]


def pid_alive(pid: int) -> bool:
    """True when a process with this id runs on this machine (or may: when unsure)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True  # unsure: keep the lock rather than break someone's work
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


@cache
def hostname() -> str:
    """This machine's name (as recorded in lock files)."""
    uname = getattr(os, "uname", None)  # what gethostname() returns, without socket (3 ms)
    if uname is not None:
        return uname().nodename or "this computer"
    import socket  # pragma: no cover - Windows

    try:  # pragma: no cover - Windows
        return socket.gethostname() or "this computer"
    except OSError:  # pragma: no cover - defensive
        return "this computer"


@cache
def user_name() -> str:
    """The logged-in user's name, or an empty string."""
    import getpass  # with termios: only when a lock names its owner (issue 18)

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # pragma: no cover - no user database
        return ""


@cache
def boot_id() -> str:
    """An id that changes at every reboot (Linux), else an empty string.

    A lock written before the last reboot is stale even if its process id is in use again.
    """
    with contextlib.suppress(OSError):
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    return ""


def process_started(pid: int) -> str:
    """When process ``pid`` started, in clock ticks since boot (Linux), else "".

    Together with the pid this tells a crashed app from an unrelated process that was
    later given the same pid.
    """
    with contextlib.suppress(OSError, IndexError, ValueError):
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return raw[raw.rindex(")") + 2 :].split()[19]
    return ""
