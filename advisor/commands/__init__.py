"""Subcommands of ``export-advisor``, one module each (see :mod:`advisor.cli`).

Shared helpers: the error type that becomes a one-line message and an exit code, and
loading the bank and an assessment the same way in every command.
"""

from __future__ import annotations

import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from advisor.domain.bank import Bank
    from advisor.storage import LoadedDocument

__all__ = [
    "EXIT_FAILURE",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "add_lang_argument",
    "bank_from_args",
    "branding_from_args",
    "check_loaded",
    "load_checked",
    "today",
    "warn",
    "wrapped",
]

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """Ends a command with a one-line message and an exit code (2: bad input, 1: failure)."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def wrapped(text: str, width: int, indent: int, first: str | None = None) -> list[str]:
    """``text`` wrapped for a terminal: ``first`` starts the first line, ``indent`` the rest."""
    pad = " " * indent
    lines = textwrap.wrap(
        text,
        width=width,
        initial_indent=first if first is not None else pad,
        subsequent_indent=pad,
        break_long_words=True,
    )
    return lines or [first or pad]


def add_lang_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--lang CODE``: one of :data:`advisor.domain.languages.LANGUAGE_CODES`, English first."""
    from advisor.domain.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

    parser.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=LANGUAGE_CODES, help=help_text)


def today() -> date:
    """Today's date; the one clock of the commands (tests replace it)."""
    return date.today()


def warn(message: str) -> None:
    """A one-line warning on stderr."""
    sys.stderr.write(f"export-advisor: warning: {message}\n")


def bank_from_args(args: argparse.Namespace) -> Bank:
    """The bank named by ``--bank``, or the built-in one."""
    from advisor.domain.bank import BankError
    from advisor.resources import ResourceError
    from advisor.storage.banks import default_bank, load_bank

    try:
        if getattr(args, "bank", None):
            return load_bank(Path(args.bank))
        return default_bank()
    except BankError as exc:
        raise CommandError(str(exc)) from None
    except ResourceError as exc:
        raise CommandError(f"the installation is incomplete: {exc}", 1) from None


def branding_from_args(path_text: str | None) -> Path | None:
    """``--branding PROFILE.json``: the profile file, checked with its logo before any work."""
    if not path_text:
        return None
    from advisor.services import load_branding_checked
    from advisor.storage import DocumentError

    try:
        load_branding_checked(path_text)
    except DocumentError as exc:
        raise CommandError(f"branding profile: {exc}") from None
    except ValueError as exc:
        raise CommandError(f"branding profile {path_text}: {exc}") from None
    return Path(path_text)


def load_checked(path: Path | str, bank: Bank) -> LoadedDocument:
    """Load an assessment and check it against the bank; raises :class:`CommandError`.

    A file answered against another version of the same bank is accepted (with a
    warning) when every answer still fits; anything that does not fit is an error.
    """
    from advisor.storage import DocumentError, load_assessment

    try:
        loaded = load_assessment(path)
    except DocumentError as exc:
        raise CommandError(str(exc)) from None
    return check_loaded(loaded, bank, path)


def check_loaded(loaded: LoadedDocument, bank: Bank, path: Path | str) -> LoadedDocument:
    """Check a loaded assessment against the bank (see :func:`load_checked`)."""
    from advisor.domain.validation import assessment_problems, orphan_warnings

    problems = assessment_problems(bank, loaded.assessment)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CommandError(f"{path}: {problems[0]}{more}")
    for warning in orphan_warnings(bank, loaded.assessment):
        warn(f"{path}: {warning}")
    ref = loaded.assessment.bank
    if ref.version != bank.version:
        warn(
            f"{path}: answered with bank version {ref.version}, scored with {bank.version} "
            "(all answers still fit)"
        )
    return loaded
