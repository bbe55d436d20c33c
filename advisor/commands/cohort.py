"""``export-advisor cohort DIR -o summary.pdf [--csv summary.csv] [--names] [--lang L]``.

Summarises a workshop folder: every ``*.json`` directly in DIR (not in subfolders) is
read; bad or foreign files (not an assessment, another bank, answers that do not fit,
an older copy of the same assessment) are listed on stderr and counted as "left out".
The PDF (and the optional CSV) are anonymised: participants are P01, P02...; company and
person names appear only with ``--names``.

The bank is ``--bank`` if given, else the one named in DIR's ``workshop.json``, else
the built-in bank. Exit codes: 0 written, 1 nothing could be summarised or an output
could not be written, 2 bad usage or DIR is not a readable folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.commands import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    add_lang_argument,
    bank_from_args,
    warn,
)

if TYPE_CHECKING:
    from advisor.domain.bank import Bank
    from advisor.storage.workshop import WorkshopSession

NAME = "cohort"
HELP = "summarise a workshop folder of assessments into an anonymised PDF (and CSV)"
ORDER = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cohort``."""
    parser.epilog = (
        "Reads every *.json directly in DIR (not in subfolders); files that are not "
        "assessments, were answered with another bank or are an older copy of the same "
        "assessment are listed on stderr and counted as left out. Bank: --bank, else the "
        "one named in DIR/workshop.json, else the built-in one. Exit codes: 0 written, "
        "1 nothing to summarise or an output could not be written, 2 bad usage or DIR."
    )
    parser.add_argument("folder", metavar="DIR", help="the workshop folder of assessments")
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help="the summary PDF to write"
    )
    parser.add_argument(
        "--csv", metavar="OUT.csv", help="also write one row per participant to this CSV file"
    )
    parser.add_argument(
        "--names",
        action="store_true",
        help="include company and person names (anonymised without it)",
    )
    add_lang_argument(parser, "language of the summary")


def _session(folder: Path) -> WorkshopSession | None:
    from advisor.storage import DocumentError
    from advisor.storage.workshop import load_session

    try:
        return load_session(folder)
    except DocumentError as exc:
        warn(f"{exc} (the summary is made without the event's details)")
        return None


def _bank(args: argparse.Namespace, folder: Path, session: WorkshopSession | None) -> Bank:
    from advisor.domain.bank import BankError
    from advisor.storage.banks import load_bank

    path = session.bank_path(folder) if session and not args.bank else None
    if path is None:
        return bank_from_args(args)
    try:
        return load_bank(path)
    except BankError as exc:
        raise CommandError(f"the bank named in {folder / 'workshop.json'}: {exc}") from None


def _check_output(path: Path, what: str) -> None:
    if path.is_dir():
        raise CommandError(f"{path}: the {what} output is a folder; give a file name")
    if not path.parent.is_dir():
        raise CommandError(f"{path}: the folder {path.parent} does not exist")


def _files(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"


def run(args: argparse.Namespace) -> int:
    """Read the folder, summarise it and write the PDF (and CSV)."""
    from advisor.services.workshop import NothingToSummariseError, read_cohort, write_cohort_files
    from advisor.storage import DocumentError

    folder = Path(args.folder)
    if not folder.exists():
        raise CommandError(f"{folder}: the folder does not exist")
    if not folder.is_dir():
        raise CommandError(f"{folder}: this is a file, not a folder of assessments")
    output = Path(args.output)
    csv_path = Path(args.csv) if args.csv else None
    _check_output(output, "PDF")
    if csv_path is not None:
        _check_output(csv_path, "CSV")
        if csv_path.resolve() == output.resolve():
            raise CommandError("the PDF and the CSV cannot be the same file")

    session = _session(folder)
    bank = _bank(args, folder, session)
    try:
        cohort = read_cohort(bank, folder)
    except NothingToSummariseError as exc:
        for left in exc.scan.skipped:
            warn(f"left out {left.path}: {left.reason}")
        count = len(exc.scan.skipped)
        raise CommandError(
            f"{folder}: no assessment could be summarised ({_files(count)} left out)", EXIT_FAILURE
        ) from None
    except DocumentError as exc:
        raise CommandError(str(exc)) from None
    scan = cohort.scan
    inputs = {d.path.resolve() for d in scan.documents if d.path}
    inputs.update(s.path.resolve() for s in scan.skipped)
    for target in (output, csv_path):
        if target is not None and target.resolve() in inputs:
            raise CommandError(f"{target}: this is one of the files to summarise; choose another")
    for left in scan.skipped:
        warn(f"left out {left.path}: {left.reason}")
    summary = cohort.summary
    try:
        paths = write_cohort_files(
            summary, session, output, csv_path, names=args.names, lang=args.lang
        )
    except DocumentError as exc:
        raise CommandError(str(exc), EXIT_FAILURE) from None
    written = [str(p) for p in paths]
    from advisor.domain.words import words

    w = words(args.lang)
    people = w.count("cli.cohort.participants", summary.count)
    left = " " + w.count("cli.cohort.left_out", summary.left_out) if summary.left_out else ""
    files = ", ".join(written)
    sys.stdout.write(w.get("cli.cohort.written", people=people, left=left, files=files) + "\n")
    return EXIT_OK
