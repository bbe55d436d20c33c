"""What the Clients window's buttons do to the folder: a new client, a follow-up, an archive.

Each asks what it needs (a name, a confirmation), does one thing through
:class:`~advisor.storage.library.ClientLibrary`, and reports a failure in one clear
message; the window then shows the folder again and opens what was made. The texts
belong to the Clients window (translation context ``ClientsDialog``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisor.domain.bank import Bank
from advisor.storage.library import Client, ClientLibrary
from advisor.ui.common import dialogs
from advisor.ui.consultant import dialogs as consultant_dialogs

__all__ = ["archive", "follow_up", "new_client"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientsDialog", text)


def new_client(parent: QWidget, library: ClientLibrary, bank: Bank) -> Path | None:
    """Ask for a name; make the client's folder with a first, empty assessment (its file)."""
    from advisor.domain.assessment import Assessment
    from advisor.storage import DocumentError, save_assessment
    from advisor.storage.workshop import safe_name

    name = consultant_dialogs.ask_text(parent, _tr("New client"), _tr("Company name:"))
    if name is None or not name.strip():
        return None
    try:
        folder = library.new_client_folder(name)
        assessment = Assessment.new(bank.id, bank.version)
        assessment.profile.company = " ".join(name.split())[:200]
        stamp = dt.date.today().isoformat()
        path = folder / f"{safe_name(name, 'assessment')}_{stamp}.json"
        save_assessment(path, assessment)
    except DocumentError as exc:
        from advisor.ui.common.file_words import file_message

        dialogs.show_error(parent, _tr("Cannot create the client"), file_message(exc))
        return None
    return path


def follow_up(parent: QWidget, library: ClientLibrary, path: Path) -> Path | None:
    """Copy the assessment at ``path`` with today's date (the copy's file)."""
    from advisor.storage import DocumentError

    try:
        return library.follow_up(path)
    except DocumentError as exc:
        from advisor.ui.common.file_words import file_message

        dialogs.show_error(parent, _tr("Cannot start a follow-up"), file_message(exc))
        return None


def archive(parent: QWidget, library: ClientLibrary, client: Client) -> bool:
    """Move the client's folder into ``_archive`` after asking (False: not asked to)."""
    from advisor.storage import DocumentError

    message = _tr(
        "The folder “%1” moves into “_archive” in the clients folder. Nothing is deleted; "
        "move it back to restore the client."
    ).replace("%1", client.folder.name)
    title = _tr("Archive %1?").replace("%1", client.name)
    if not consultant_dialogs.confirm(parent, title, message, _tr("Archive")):
        return False
    try:
        library.archive(client)
    except DocumentError as exc:
        from advisor.ui.common.file_words import file_message

        dialogs.show_error(parent, _tr("Cannot archive the client"), file_message(exc))
    return True
