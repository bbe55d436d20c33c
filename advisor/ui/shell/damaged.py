"""A damaged installation found when the main window makes its document.

The window makes its document after its first paint, or when the user does something
first (:meth:`~advisor.ui.shell.mainwindow.MainWindow.ready`). When the built-in bank
cannot be used, :func:`say_damaged` says so once, on stderr and in a message box (not in
a test run that quits by itself: :func:`advisor.ui.common.quitting.quit_after`), and the app
ends with status 2.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["damage_errors", "say_damaged"]


def damage_errors() -> tuple[type[Exception], ...]:
    """What making the built-in bank's models raises on a damaged installation."""
    from advisor.domain.bank import BankError
    from advisor.resources import ResourceError

    return (BankError, ResourceError)


def say_damaged(window: Any, exc: Exception) -> None:
    """Say ``exc`` once (stderr, and a message box over ``window``), forget the window's
    geometry, and end the app with status 2."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from advisor.ui.common import dialogs
    from advisor.ui.common.quitting import quit_after

    sys.stderr.write(f"export-advisor: error: {exc}\n")
    if quit_after() is None:
        title = QCoreApplication.translate("app", "The question bank cannot be used")
        dialogs.show_error(window, title, str(exc))
    window.remember_geometry = False
    QApplication.exit(2)
