"""``export-advisor workshop DIR [--event NAME] [--facilitator NAME] [--copy-to DIR2]``.

Opens the desktop app in workshop mode: participants answer one after another on a
shared laptop; "Finish and next participant" saves each one's assessment and PDF into
DIR (and the PDF into DIR2, e.g. a USB stick) and starts clean for the next person.

DIR is created when its parent exists. ``DIR/workshop.json`` is created, or read and
updated with the options given (``--event``, ``--facilitator``, ``--date``, the global
``--bank``). The bank is ``--bank``, else the one named in ``workshop.json``, else the
built-in one. Exit codes: 0 the app closed normally, 1 the app could not start, 2 DIR
cannot be written, its ``workshop.json`` is broken, or the bank is not valid.

``export-advisor check DIR`` checks such a folder before an event
(:func:`advisor.services.workshop.check_workshop_dir`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from advisor.commands import CommandError, bank_from_args, warn

NAME = "workshop"
HELP = "run the desktop app in workshop mode, saving each participant into DIR"
ORDER = 38


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``workshop``."""
    parser.epilog = (
        "DIR/workshop.json is created or updated with the options given. Each participant's "
        "assessment and PDF are saved in DIR; --copy-to also copies the PDF to DIR2 (a USB "
        "stick: a missing or full stick is reported, the files in DIR are always written). "
        "Summarise the room with: export-advisor cohort DIR -o summary.pdf. "
        "Exit codes: 0 closed normally, 1 the app could not start, 2 bad DIR or bank."
    )
    parser.add_argument(
        "folder", metavar="DIR", help="the workshop folder (created if its parent folder exists)"
    )
    parser.add_argument("--event", metavar="NAME", help="the event's name, e.g. the town and date")
    parser.add_argument("--facilitator", metavar="NAME", help="who runs the workshop")
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the event's date (default: today, for a new DIR)"
    )
    parser.add_argument(
        "--copy-to",
        metavar="DIR2",
        help="also copy each participant's PDF to this folder (e.g. a USB stick)",
    )


def _folder(raw: str) -> Path:
    from advisor.storage.workshop import probe_write

    folder = Path(raw).expanduser()
    if not folder.exists() and folder.parent.is_dir():
        try:
            folder.mkdir()
        except OSError as exc:
            raise CommandError(f"{folder}: cannot create the folder: {exc.strerror}") from None
    problem = probe_write(folder)
    if problem:
        raise CommandError(f"{folder}: cannot save participants there: {problem}")
    return folder


def _date(raw: str | None) -> dt.date | None:
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CommandError(f"--date {raw!r}: give the date as YYYY-MM-DD") from None


def _session(args: argparse.Namespace, folder: Path):  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from advisor.storage import DocumentError
    from advisor.storage.workshop import WorkshopSession, load_session, save_session

    try:
        old = load_session(folder)
    except DocumentError as exc:
        raise CommandError(f"{exc} (fix or delete it)") from None
    day = _date(args.date)
    bank = str(Path(args.bank).resolve()) if getattr(args, "bank", None) else None
    try:
        session = WorkshopSession(
            event=args.event if args.event is not None else (old.event if old else ""),
            date=day or (old.date if old else dt.date.today()),
            facilitator=(
                args.facilitator
                if args.facilitator is not None
                else (old.facilitator if old else "")
            ),
            bank=bank or (old.bank if old else None),
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        raise CommandError(f"--{first['loc'][0]}: {first['msg']}") from None
    if session != old:
        try:
            save_session(folder, session)
        except DocumentError as exc:
            raise CommandError(str(exc)) from None
    return session


def run(args: argparse.Namespace) -> int:
    """Prepare DIR and its session file, then run the app in workshop mode."""
    from advisor.domain.bank import BankError
    from advisor.storage.banks import load_bank

    folder = _folder(args.folder)
    session = _session(args, folder)
    path = session.bank_path(folder) if not getattr(args, "bank", None) else None
    if path is None:
        bank = bank_from_args(args)
    else:
        try:
            bank = load_bank(path)
        except BankError as exc:
            raise CommandError(f"the bank named in {folder / 'workshop.json'}: {exc}") from None
    copy_to = Path(args.copy_to).expanduser() if args.copy_to else None
    if copy_to is not None and not copy_to.is_dir():
        warn(f"{copy_to}: the second folder is not there now; each copy will be tried anyway")
    try:
        from advisor.ui.app import run_workshop_app
    except ImportError as exc:
        raise CommandError(f"the desktop app cannot start: {exc}", 1) from None
    return run_workshop_app(bank, session, folder, copy_to)
