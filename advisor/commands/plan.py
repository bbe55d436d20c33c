"""``export-advisor plan FILE -o OUT.csv|OUT.xlsx``: the action plan as a table.

The suffix of OUT picks the format. The file is written atomically: a failed write
leaves whatever was at OUT before untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from advisor.commands import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    add_lang_argument,
    bank_from_args,
    load_checked,
)

NAME = "plan"
HELP = "export the action plan as a table (CSV or XLSX)"
ORDER = 15

FORMATS = (".csv", ".xlsx")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``plan``."""
    parser.epilog = (
        "The suffix of OUT picks the format. CSV is UTF-8 with a byte-order mark (so Excel "
        "shows ₹ and Hindi); XLSX has typed due dates, a frozen header and a filter. Cells "
        "starting with = + - @ get a leading apostrophe and are never formulas. Exit codes: "
        "0 written, 1 OUT could not be written (the old file is kept), 2 bad usage or FILE."
    )
    parser.add_argument("file", metavar="FILE", help="an assessment file (.json)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the table to write: OUT.csv (UTF-8, opens in Excel) or OUT.xlsx",
    )
    add_lang_argument(parser, "language of the table")


def _output(path_text: str) -> tuple[Path, str]:
    path = Path(path_text)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise CommandError(
            f"{path}: cannot tell the format from the name: use a name ending in .csv or .xlsx"
        )
    if path.is_dir():
        raise CommandError(f"{path}: this is a folder; give a file name ending in {suffix}")
    if not path.parent.is_dir() and str(path.parent):
        raise CommandError(f"{path.parent}: the folder does not exist")
    return path, suffix


def run(args: argparse.Namespace) -> int:
    """Write the plan of one assessment as CSV or XLSX."""
    from advisor.services.plans import export_plan_table
    from advisor.storage import DocumentError

    out, _suffix = _output(args.output)
    bank = bank_from_args(args)
    loaded = load_checked(args.file, bank)
    try:
        count = export_plan_table(bank, loaded.assessment, out, args.lang)
    except DocumentError as exc:
        raise CommandError(str(exc), EXIT_FAILURE) from None
    sys.stdout.write(f"{out}: {count} actions\n")
    return EXIT_OK
