"""``export-advisor validate FILE``: check an assessment or a question bank.

The file is read once (``-`` reads standard input) and what it is comes from its parsed
top-level ``format`` key; a file without one is checked as a bank when it is named
``.yaml``/``.yml`` and as an assessment otherwise, so the message explains what is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from advisor.commands import EXIT_OK, EXIT_USAGE, CommandError, bank_from_args, check_loaded

NAME = "validate"
HELP = "check an assessment file or a question bank; errors name the place"
ORDER = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``validate``."""
    parser.add_argument(
        "file", metavar="FILE", help="an assessment (.json) or a bank (.yaml); - reads stdin"
    )


def _format_of(raw: bytes) -> tuple[Any, Any]:
    """The top-level ``format`` value of a JSON or YAML file (None when there is none), and
    the data of a bank file when it was read the way :func:`parse_bank_bytes` reads it
    (strict JSON; None otherwise), so that a big bank is not parsed twice."""
    from advisor.domain.bank import BankError
    from advisor.storage.banks import parse_bank_bytes

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, None
    bank_data = None
    try:
        data = json.loads(text)
        if text.lstrip().startswith("{") and "NaN" not in text and "Infinity" not in text:
            bank_data = data  # what parse_bank_bytes would return (it refuses NaN in JSON)
    except (ValueError, RecursionError):
        try:
            data = bank_data = parse_bank_bytes(raw)
        except BankError:
            return None, None
    return (data.get("format") if isinstance(data, dict) else None), bank_data


def _validate_bank(raw: bytes, name: str, data: Any = None) -> int:
    from advisor.domain.bank import BankError
    from advisor.domain.bank_checks import bank_from_data
    from advisor.storage.banks import parse_bank_bytes

    try:
        if data is None:
            data = parse_bank_bytes(raw, name)
        bank = bank_from_data(data, source=name)
    except BankError as exc:
        # the first problem is the error line; the others follow it, indented
        sys.stderr.write(f"export-advisor: error: {exc}\n")
        for extra in exc.problems[1:20]:
            sys.stderr.write(f"  also: {extra}\n")
        return EXIT_USAGE
    print(
        f"OK: {name} is a valid question bank ({bank.id} {bank.version}, "
        f"{len(bank.questions)} questions, {len(bank.recommendations)} recommendations)"
    )
    if bank.rules_as_of is None:
        print("Note: the bank has no rules_as_of date; add the day its rules were checked")
    else:
        from advisor.commands import today
        from advisor.domain.rules_date import rules_as_of_text, stale_rules_text

        print(rules_as_of_text(bank))
        stale = stale_rules_text(bank, today())
        if stale:
            print(f"Note: {stale}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Validate one file and say OK, or name the first problem."""
    from advisor.domain.bank import BANK_FORMAT
    from advisor.domain.limits import MAX_ASSESSMENT_BYTES, MAX_BANK_BYTES
    from advisor.files import STDIN_NAMES
    from advisor.storage import DocumentError, parse_assessment
    from advisor.storage.errors import read_file

    name = str(args.file)
    path = Path(name)
    what = "an assessment file or a question bank"
    try:
        raw = read_file(name, max(MAX_ASSESSMENT_BYTES, MAX_BANK_BYTES), what)
    except DocumentError as exc:
        raise CommandError(str(exc)) from None
    fmt, bank_data = _format_of(raw)
    named_yaml = name not in STDIN_NAMES and path.suffix.lower() in (".yaml", ".yml")
    if fmt == BANK_FORMAT or (fmt is None and named_yaml):
        return _validate_bank(raw, name, bank_data)
    bank = bank_from_args(args)
    try:
        loaded = parse_assessment(raw, name)
    except DocumentError as exc:
        raise CommandError(str(exc)) from None
    check_loaded(loaded, bank, name)
    doc = loaded.assessment
    print(
        f"OK: {name} is a valid assessment ({len(doc.answers)} answers, "
        f"bank {doc.bank.id} {doc.bank.version})"
    )
    return EXIT_OK
