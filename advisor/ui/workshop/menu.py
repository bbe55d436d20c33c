"""Getting into workshop mode: the File menu entry and ``export-advisor workshop DIR``.

* :func:`install_workshop_menu` adds "Workshop mode…" to the File menu (it reads "Leave
  workshop mode…" while one runs). It asks for the event, the folder and the optional
  bank and second folder (:func:`~advisor.ui.workshop.dialogs.ask_workshop_settings`),
  writes ``workshop.json`` and starts :class:`~advisor.ui.workshop.mode.WorkshopController`.
* :func:`run_workshop_app` runs the app in workshop mode until its window closes;
  like :func:`advisor.ui.app.run_app` it honours ``EXPORT_ADVISOR_QUIT_AFTER_MS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction

from advisor.storage.workshop import WorkshopSession
from advisor.ui.common import dialogs
from advisor.ui.workshop import dialogs as workshop_dialogs
from advisor.ui.workshop.mode import active_workshop, start_workshop

if TYPE_CHECKING:
    from advisor.domain.bank import Bank
    from advisor.ui.shell.mainwindow import MainWindow

__all__ = ["install_workshop_menu", "run_workshop_app", "start_from_menu"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("workshop", text)


def install_workshop_menu(window: MainWindow) -> QAction:
    """Add "Workshop mode…" to the window's File menu (above Quit); returns the action."""
    action = QAction(_tr("&Workshop mode…"), window)
    action.setObjectName("workshopModeAction")
    action.setStatusTip(_tr("Run a workshop: one participant after another on this computer"))
    file_menu = next(
        (
            a.menu()
            for a in window.menuBar().actions()
            if a.menu() is not None and window.open_action in a.menu().actions()
        ),
        None,
    )
    if file_menu is None:
        window.menuBar().addAction(action)
    else:
        file_menu.insertAction(window.quit_action, action)
        file_menu.insertSeparator(window.quit_action)

    def toggle() -> None:
        running = active_workshop(window)
        if running is not None:
            running.end(confirm=True)
        else:
            start_from_menu(window)

    def relabel() -> None:
        running = active_workshop(window) is not None
        action.setText(_tr("Leave &workshop mode…") if running else _tr("&Workshop mode…"))

    action.triggered.connect(toggle)
    if file_menu is not None:
        file_menu.aboutToShow.connect(relabel)
    return action


def _session_for(folder: Path, choice: workshop_dialogs.WorkshopSettings) -> WorkshopSession:
    """The folder's session, updated with what the facilitator typed. Raises DocumentError."""
    from advisor.storage.workshop import load_session

    old = load_session(folder) or WorkshopSession()
    return WorkshopSession(
        event=choice.event or old.event,
        date=choice.date or old.date,
        facilitator=choice.facilitator or old.facilitator,
        bank=str(choice.bank.resolve()) if choice.bank else old.bank,
    )


def start_from_menu(window: MainWindow) -> bool:
    """Ask for the workshop's details and start; False when cancelled or not possible."""
    from pydantic import ValidationError

    from advisor.domain.bank import BankError, load_bank
    from advisor.storage import DocumentError
    from advisor.storage.workshop import save_session

    if not window.maybe_save():
        return False
    choice = workshop_dialogs.ask_workshop_settings(window)
    if choice is None:
        return False
    title = _tr("Cannot start workshop mode")
    try:
        session = _session_for(choice.folder, choice)
    except (DocumentError, ValidationError) as exc:
        dialogs.show_error(window, title, str(exc).splitlines()[0])
        return False
    bank_path = session.bank_path(choice.folder)
    if bank_path is not None:
        try:
            bank = load_bank(bank_path)
        except BankError as exc:
            dialogs.show_error(window, title, str(exc))
            return False
        if [d.id for d in bank.dimensions] != [d.id for d in window.bank.dimensions]:
            dialogs.show_error(
                window,
                title,
                _tr(
                    "This bank has other sections than the open one: start the workshop with "
                    "“export-advisor workshop FOLDER --bank BANK”."
                ),
            )
            return False
        window.bank = bank
    try:
        save_session(choice.folder, session)
    except DocumentError as exc:
        dialogs.show_error(window, title, str(exc))
        return False
    start_workshop(window, session, choice.folder, choice.copy_to)
    return True


def run_workshop_app(
    bank: Bank, session: WorkshopSession, folder: Path, copy_to: Path | None = None
) -> int:
    """Run the app in workshop mode until its window closes; returns the exit code."""
    from advisor.ui.app import QUIT_AFTER_ENV, create_application, create_main_window

    app = create_application()
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if app.platformName() == "offscreen" and quit_after is None:
        sys.stderr.write(
            "export-advisor: error: workshop mode needs a screen (QT_QPA_PLATFORM is 'offscreen')\n"
        )
        return 1
    window = create_main_window(bank)
    install_workshop_menu(window)
    start_workshop(window, session, folder, copy_to)
    window.show()
    if quit_after is not None:
        try:
            delay = max(0, int(quit_after))
        except ValueError:
            delay = 0
        window.remember_geometry = False

        def _quit() -> None:
            running = active_workshop(window)
            if running is not None:
                running.end(confirm=False)
            window.doc.undo_stack.setClean()
            window.close()
            app.quit()

        QTimer.singleShot(delay, _quit)
    code = int(app.exec())
    _tear_down([window])
    return code


def _tear_down(windows: list[MainWindow]) -> None:
    """Destroy the window while the QApplication exists (avoids crashes at exit)."""
    import gc

    windows.pop().deleteLater()
    gc.collect()
