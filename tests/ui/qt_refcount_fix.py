"""Work around a PySide6 6.12.0 bug on Python 3.11: every ``Signal.emit()`` from Python
drops one reference to ``True`` that it never took.

After a few thousand emits the count of ``True`` reaches zero and the interpreter aborts
("Fatal Python error: bool_dealloc"), usually while pytest shuts down. From Python 3.12
``True`` is immortal and the bug is harmless. Here, on 3.11 only, ``True`` gets 2**40 extra
references once, which is what 3.12 does for it anyway.

Imported by the UI tests of this folder as ``import qt_refcount_fix``.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["apply"]

_EXTRA = 1 << 40


def apply() -> None:
    """Make ``True`` and ``False`` effectively immortal on Python < 3.12 (once)."""
    if sys.version_info >= (3, 12) or getattr(sys, "_advisor_bool_fix", False):
        return
    for value in (True, False):
        count = ctypes.c_ssize_t.from_address(id(value))
        count.value += _EXTRA
    sys._advisor_bool_fix = True  # type: ignore[attr-defined]


apply()
