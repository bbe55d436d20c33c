"""``export-advisor bank [--json]``: print the active question bank."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from advisor.commands import EXIT_OK, add_lang_argument, bank_from_args

NAME = "bank"
HELP = "print the active question bank: dimensions, questions, options and scores"
ORDER = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``bank``."""
    parser.add_argument(
        "--json", action="store_true", help="print JSON (see the README for its shape)"
    )
    add_lang_argument(parser, "language of the texts")


def _wrap(text: str, first: str, rest: str) -> list[str]:
    """``text`` wrapped to fit an 80-column terminal."""
    return textwrap.wrap(text, 78, initial_indent=first, subsequent_indent=rest) or [first]


def run(args: argparse.Namespace) -> int:
    """Print the bank."""
    from advisor.domain.rules_date import rules_as_of_text
    from advisor.domain.serialize import bank_to_json

    bank = bank_from_args(args)
    data = bank_to_json(bank, args.lang)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    out = [
        f"{data['title']} ({data['id']} {data['version']}): {len(data['questions'])} questions",
    ]
    rules = rules_as_of_text(bank, args.lang)
    if rules:
        out.append(rules)
    out.append("")
    for dim in data["dimensions"]:
        questions = [q for q in data["questions"] if q["dimension"] == dim["id"]]
        out.append(f"{dim['title']} (weight {dim['weight']:g}, {len(questions)} questions)")
        for q in questions:
            flags = []
            if q["critical"]:
                flags.append(f"critical below {q['critical_below']:g}")
            if q["condition"]:
                flags.append(
                    "if " + "; ".join(f"{k}: {', '.join(v)}" for k, v in q["condition"].items())
                )
            flags.append(f"weight {q['weight']:g}")
            out.extend(_wrap(f"{q['id']}: {q['text']}", "  ", "      "))
            out.extend(_wrap(f"[{q['kind']}; {'; '.join(flags)}]", "      ", "       "))
            for option in q.get("options", []):
                out.extend(_wrap(f"{option['score']:5.0f}  {option['label']}", "      ", " " * 13))
            for band in q.get("bands", []):
                upper = f"{band['max']:g}" if band["max"] is not None else "..."
                if band["includes_max"]:
                    upper += " inclusive"
                out.append(
                    f"      {band['score']:5.0f}  {band['min']:g} to {upper} {q.get('unit') or ''}"
                )
        out.append("")
    sys.stdout.write("\n".join(out))
    return EXIT_OK
