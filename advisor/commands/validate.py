"""``export-advisor validate FILE``: check an assessment or a question bank."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from advisor.commands import EXIT_OK, EXIT_USAGE, bank_from_args, load_checked

NAME = "validate"
HELP = "check an assessment file or a question bank; errors name the place"
ORDER = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``validate``."""
    parser.add_argument("file", metavar="FILE", help="an assessment (.json) or a bank (.yaml)")


def _looks_like_bank(path: Path) -> bool:
    if path.suffix.lower() in (".yaml", ".yml"):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b"export-advisor/bank" in head


def run(args: argparse.Namespace) -> int:
    """Validate one file and say OK, or name the first problem."""
    from advisor.domain.bank import BankError
    from advisor.storage.banks import load_bank

    path = Path(args.file)
    if _looks_like_bank(path):
        try:
            bank = load_bank(path)
        except BankError as exc:
            # the first problem is the error line; the others follow it, indented
            sys.stderr.write(f"export-advisor: error: {exc}\n")
            for extra in exc.problems[1:20]:
                sys.stderr.write(f"  also: {extra}\n")
            return EXIT_USAGE
        print(
            f"OK: {path} is a valid question bank ({bank.id} {bank.version}, "
            f"{len(bank.questions)} questions, {len(bank.recommendations)} recommendations)"
        )
        if bank.rules_as_of is None:
            print("Note: the bank has no rules_as_of date; add the day its rules were checked")
        else:
            from advisor.commands import today
            from advisor.domain.rules_date import stale_rules_text

            print(f"Rules as of {bank.rules_as_of.isoformat()}")
            stale = stale_rules_text(bank, today())
            if stale:
                print(f"Note: {stale}")
        return EXIT_OK
    bank = bank_from_args(args)
    loaded = load_checked(path, bank)
    doc = loaded.assessment
    print(
        f"OK: {path} is a valid assessment ({len(doc.answers)} answers, "
        f"bank {doc.bank.id} {doc.bank.version})"
    )
    return EXIT_OK
