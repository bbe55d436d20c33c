"""The test runs' quit-by-itself setting, read by the app and by what it says.

:data:`QUIT_AFTER_ENV` (``EXPORT_ADVISOR_QUIT_AFTER_MS``) makes the app quit that many
milliseconds after its window is shown (changes are not saved, no prompt or message box
is shown): :func:`quit_after`. Here, at the bottom of the desktop app, so the shell can
ask it too (:mod:`advisor.ui.first_paint` re-exports both; importing this costs nothing).
"""

from __future__ import annotations

import os

__all__ = ["QUIT_AFTER_ENV", "quit_after"]

QUIT_AFTER_ENV = "EXPORT_ADVISOR_QUIT_AFTER_MS"


def quit_after() -> int | None:
    """The test run's delay before quitting (``EXPORT_ADVISOR_QUIT_AFTER_MS``), else None."""
    value = os.environ.get(QUIT_AFTER_ENV)
    if value is None:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        return 0
