"""``export-advisor summary FILE -o OUT.png|OUT.pdf [--lang en|hi] [--branding PROFILE.json]``:
a one-page summary to share from a phone.

The page is 360 points wide and as tall as its content; the PNG is 1080 pixels wide.
The output's suffix chooses the format. The same input gives the same bytes.
Exit codes: 0 written, 1 the file could not be written, 2 bad FILE, OUT or usage.
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
    branding_from_args,
    load_checked,
)

NAME = "summary"
HELP = "write a one-page summary (PNG or PDF) to share on a phone"
ORDER = 25
FORMATS = (".png", ".pdf")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``summary``."""
    parser.add_argument("file", metavar="FILE", help="an assessment file (.json)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.png|OUT.pdf",
        required=True,
        help="the image (.png, 1080 pixels wide) or one-page PDF to write",
    )
    add_lang_argument(parser, "language")
    parser.add_argument(
        "--branding", metavar="PROFILE.json", help="a consultant's branding profile"
    )


def _target(text: str, source: Path) -> Path:
    output = Path(text)
    if output.suffix.lower() not in FORMATS:
        raise CommandError(f"{output}: the summary is written as .png or .pdf; name it so")
    if output.is_dir():
        raise CommandError(f"{output}: this is a folder; give a file name ending .png or .pdf")
    if not output.parent.is_dir():
        raise CommandError(f"{output}: the folder {output.parent} does not exist")
    if output.exists() and output.resolve() == source.resolve():
        raise CommandError(f"{output}: this is the assessment itself; choose another name")
    return output


def run(args: argparse.Namespace) -> int:
    """Render the summary and write it."""
    from advisor.services import report_options
    from advisor.services.summary import export_summary
    from advisor.storage import DocumentError

    source = Path(args.file)
    output = _target(args.output, source)
    bank = bank_from_args(args)
    loaded = load_checked(source, bank)
    branding = branding_from_args(args.branding)
    try:
        options = report_options(bank, source, args.lang, branding=branding, previous=None)
        export_summary(bank, loaded.assessment, output, options)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    except DocumentError as exc:
        raise CommandError(f"could not write the summary: {exc}", EXIT_FAILURE) from None
    sys.stdout.write(f"wrote {output}\n")
    return EXIT_OK
