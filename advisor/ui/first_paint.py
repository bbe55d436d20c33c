"""The moments right after the main window shows, and the hooks of tests and benchmarks.

* :func:`shown`, called just after ``window.show()``: the window's deferred work (its
  document, the bank's models, the pages: :meth:`MainWindow.complete`) runs right after
  its first paint, so the start page is on screen first (issue 18), and so does setting
  the app's icon (:func:`set_icon`);
* :data:`QUIT_AFTER_ENV` (``EXPORT_ADVISOR_QUIT_AFTER_MS``) makes the app quit that many
  milliseconds after its window is shown (changes are not saved and no prompt is shown):
  :func:`quit_after`;
* :data:`REPORT_SHOWN_ENV` (``EXPORT_ADVISOR_REPORT_SHOWN``) makes it print the CPU time
  and memory it took to be shown and to be ready (:func:`report`, read by
  ``benchmarks/bench_startup.py``).

Qt is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING

from advisor.ui.common.quitting import QUIT_AFTER_ENV, quit_after

if TYPE_CHECKING:
    from collections.abc import Callable

    from advisor.ui.shell.mainwindow import MainWindow

__all__ = [
    "QUIT_AFTER_ENV",
    "REPORT_SHOWN_ENV",
    "complete_or_quit",
    "quit_after",
    "report",
    "set_icon",
    "shown",
]

REPORT_SHOWN_ENV = "EXPORT_ADVISOR_REPORT_SHOWN"
ICON = "icons/export-advisor.png"


def report(moment: str) -> None:
    """For the start-up benchmark (``EXPORT_ADVISOR_REPORT_SHOWN`` set): one line on stderr
    with the CPU time and peak memory of the process at ``moment``: "shown" (the first
    turn of the event loop after the window was shown, as the bare window reports it) or
    "ready" (the window's deferred work done: its document and pages made)."""
    if not os.environ.get(REPORT_SHOWN_ENV):
        return
    import time

    peak = 0
    with contextlib.suppress(ImportError):
        import resource  # not on Windows

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    split = ""  # Linux: resident memory of the process's own vs of the files it maps
    with contextlib.suppress(OSError):
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        split = f" anon={fields['RssAnon'].split()[0]} file={fields['RssFile'].split()[0]}"
    sys.stderr.write(f"{moment}: cpu_ms={time.process_time() * 1000:.1f} maxrss={peak}{split}\n")


def shown(window: MainWindow, after_paint: Callable[[], None] | None = None) -> None:
    """Just after ``window.show()``: the "shown" report on the next turn of the event loop,
    then the app's icon, ``after_paint`` (called again if the first paint is late: make it
    idempotent) and the window's deferred work once it has been painted
    (:func:`_complete_later`)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: report("shown"))
    _complete_later(window, after_paint)


def _complete_later(window: MainWindow, after_paint: Callable[[], None] | None = None) -> None:
    """Right after ``window``'s first paint (the start page is on screen by then), or after
    half a second when no paint comes (a minimised window): the app's icon
    (:func:`set_icon`), then the window's document and pages (a click on Start finds them
    made)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from advisor.ui.shell.start import start_page_of

    def complete() -> None:
        from shiboken6 import isValid

        set_icon()
        if after_paint is not None:
            after_paint()
        if isValid(window) and window.isVisible() and not window.is_complete():
            complete_or_quit(window)  # (not for a window closed already)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, complete)
            return False

    page = start_page_of(window)
    body = page.widget() if page is not None else None
    if body is not None and hasattr(body, "painted"):
        body.painted = complete  # its paintEvent: no Python QEvent handler before the
    else:  # window shows (the types of 50 event classes, 1.5-3 ms; issue 18)
        window.installEventFilter(FirstPaint(window))
    QTimer.singleShot(500, complete)


def complete_or_quit(window: MainWindow) -> bool:
    """:meth:`MainWindow.complete`; a damaged installation (the built-in bank cannot be
    used) is said once, and the app ends with status 2 (False): :meth:`MainWindow.ready`,
    which a click that comes first goes through too."""
    return window.ready()


def set_icon() -> None:
    """The app's icon on every window (task bar, title bar, dialogs), once.

    Set right after the main window's first paint (:func:`shown`: reading the icon costs
    about 0.4 ms, whatever its size; issue 18), and before a message shown without a
    window (a damaged installation)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from advisor.resources import ResourceError, resource_path

    app = QApplication.instance()
    if not isinstance(app, QApplication) or not app.windowIcon().isNull():
        return
    # An incomplete installation still runs, without its icon.
    with contextlib.suppress(ResourceError):
        app.setWindowIcon(QIcon(str(resource_path(ICON))))
