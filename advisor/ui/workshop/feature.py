"""The workshop feature: how a window gets into workshop mode, and its menu there.

:class:`WorkshopFeature` contributes "Workshop mode…" to the File menu (shown outside
workshop mode only) and a Workshop menu (Finish and next participant, Cohort summary…,
Leave workshop mode…) shown in workshop mode only. "Workshop mode…" asks for the event,
the folder and the optional bank and second folder
(:func:`~advisor.ui.workshop.dialogs.ask_workshop_settings`), writes ``workshop.json``
and starts :class:`~advisor.ui.workshop.mode.WorkshopController`.
``export-advisor workshop DIR`` starts it from :func:`advisor.ui.app.run_workshop_app`.
A language switch replaces the window: :meth:`WorkshopFeature.hand_over` moves the
running workshop into the new one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from advisor.ui.common import dialogs
from advisor.ui.shell.actions import ActionSpec, Contribution, MenuSpec, Workshop

if TYPE_CHECKING:  # the rest is imported when first used: the window shows before
    from advisor.storage.workshop import WorkshopSession
    from advisor.ui.shell.mainwindow import MainWindow
    from advisor.ui.workshop import dialogs as workshop_dialogs
    from advisor.ui.workshop.mode import WorkshopController

__all__ = ["WorkshopFeature", "start_from_menu"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("workshop", text)


class WorkshopFeature:
    """Contributes "Workshop mode…" (File menu) and the Workshop menu (in workshop mode only)."""

    def contribute(self, window: MainWindow) -> Contribution:
        """The entry that starts workshop mode, and the facilitator's menu."""
        only = Workshop.ONLY

        def running() -> WorkshopController | None:
            from advisor.ui.workshop.mode import active_workshop

            return active_workshop(window)

        def finish() -> None:
            controller = running()
            if controller is not None:
                controller.finish_participant()

        def summary() -> None:
            controller = running()
            if controller is not None:
                controller.write_cohort_summary()

        def leave() -> None:
            controller = running()
            if controller is not None:
                controller.end(confirm=True)

        actions = [
            ActionSpec("workshop_mode", _tr("&Workshop mode…"), "file", 90,
                       lambda: start_from_menu(window), separator_before=True,
                       status_tip=_tr("Run a workshop: one participant after another on this "
                                      "computer")),
            ActionSpec("workshop_finish", _tr("Finish and next participant"), "workshop", 10,
                       finish, workshop=only),
            ActionSpec("workshop_summary", _tr("Cohort &summary…"), "workshop", 20, summary,
                       workshop=only),
            ActionSpec("workshop_leave", _tr("&Leave workshop mode…"), "workshop", 30, leave,
                       workshop=only),
        ]  # fmt: skip
        return Contribution(menus=[MenuSpec("workshop", _tr("Workshop"), 85)], actions=actions)

    def hand_over(self, old: MainWindow, new: MainWindow) -> None:
        """``new`` replaces ``old`` (a language switch; it holds ``old``'s document by
        now): a running workshop carries on in it, with its event, folders and participant."""
        from advisor.ui.workshop.mode import active_workshop

        controller = active_workshop(old)
        if controller is not None:
            controller.move_to(new)


def _session_for(folder: Path, choice: workshop_dialogs.WorkshopSettings) -> WorkshopSession:
    """The folder's session, updated with what the facilitator typed. Raises DocumentError."""
    from advisor.storage.workshop import WorkshopSession, load_session

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

    from advisor.domain.bank import BankError
    from advisor.storage import DocumentError
    from advisor.storage.banks import load_bank
    from advisor.storage.workshop import save_session
    from advisor.ui.workshop import dialogs as workshop_dialogs
    from advisor.ui.workshop.mode import start_workshop

    if not window.files.maybe_save():
        return False
    choice = workshop_dialogs.ask_workshop_settings(window)
    if choice is None:
        return False
    title = _tr("Cannot start workshop mode")
    try:
        session = _session_for(choice.folder, choice)
    except (DocumentError, ValidationError) as exc:
        from advisor.ui.common.file_words import file_message

        dialogs.show_error(window, title, file_message(exc).splitlines()[0])
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
        from advisor.ui.common.file_words import file_message

        dialogs.show_error(window, title, file_message(exc))
        return False
    start_workshop(window, session, choice.folder, choice.copy_to)
    return True
