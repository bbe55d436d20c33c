"""Work-arounds for bugs of the Qt binding, each explained where it is applied.

PySide6 6.12 ships one stable-ABI build (``cp310-abi3``) for every Python. Its void
methods (``painter.setPen(...)``, ``widget.update()``...) and some that return booleans
give Python ``None``, ``True`` or ``False`` without taking a new reference. From Python
3.12 on these objects are immortal (PEP 683) and nothing happens; on Python 3.11 their
reference counts fall by one per call until the interpreter aborts ("Fatal Python
error: none_dealloc: deallocating None") after a few minutes of painting.
"""

from __future__ import annotations

import sys

__all__ = ["protect_singletons"]

_PADDING = 1 << 40  # more calls than any session can make; far from overflowing
_done = False


def protect_singletons() -> None:
    """On Python < 3.12, make ``None``, ``True`` and ``False`` practically immortal.

    It adds a large constant to their reference counts, as Python 3.12 does for them;
    nothing else changes. Safe to call more than once (it acts once).
    """
    global _done  # noqa: PLW0603 - a process-wide, once-only fix
    if _done or sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _PADDING
    _done = True
