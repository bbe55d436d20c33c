"""``export-advisor [FILE]``: open the desktop app (optionally with an assessment)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor.commands import CommandError

if TYPE_CHECKING:  # the desktop app's plain start does not import argparse (advisor.cli)
    import argparse

NAME = "open"
HELP = "open the desktop app (the default when no command is given)"
ORDER = 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``open``."""
    parser.add_argument("file", metavar="FILE", nargs="?", help="an assessment to open")


def run(args: argparse.Namespace) -> int:
    """Start the app (or say in one line why no window can open here)."""
    from advisor.files import FileReadError, check_readable
    from advisor.ui.app import display_problem

    if args.file is not None:  # a wrong file is the first thing to say, screen or not
        try:
            check_readable(args.file, "an assessment")
        except FileReadError as exc:
            raise CommandError(str(exc), 2) from None
    problem = display_problem()
    if problem is not None:
        raise CommandError(problem, 1)
    try:
        from advisor.ui.app import run_app
    except ImportError as exc:
        raise CommandError(f"the desktop app cannot start: {exc}", 1) from None
    return run_app(file=args.file, bank_path=args.bank)
