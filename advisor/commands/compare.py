"""``export-advisor compare OLD NEW [--json]``: progress between two assessments.

The later assessment (NEW) is checked against the active bank (``--bank`` or the built-in
one). The earlier one (OLD) may have been answered with an older version of the same
bank: give that version with ``--old-bank PATH``, or leave it out and OLD is scored with
the active bank, its answers that no longer fit being listed as not comparable.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.commands import EXIT_OK, CommandError, add_lang_argument, bank_from_args, warn, wrapped
from advisor.commands._columns import cells, cut, left, right

if TYPE_CHECKING:
    from advisor.domain.assessment import Assessment
    from advisor.domain.bank import Bank
    from advisor.domain.progress import GapChange, Progress, ScoreChange
    from advisor.domain.words import Words

NAME = "compare"
HELP = "print the progress between two assessments of the same company"
ORDER = 12


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``compare``."""
    parser.epilog = (
        "NEW is checked against the active bank (--bank, else the built-in one). OLD may "
        "come from an older version of the same bank: give it with --old-bank, or OLD is "
        "scored with the active bank and its answers that no longer fit are listed as not "
        "comparable. Different company names are a warning. Exit codes: 0 compared, "
        "2 a file or bank cannot be read or the files use different banks."
    )
    parser.add_argument("old", metavar="OLD", help="the earlier assessment (.json)")
    parser.add_argument("new", metavar="NEW", help="the later assessment (.json)")
    parser.add_argument(
        "--old-bank",
        metavar="PATH",
        help="the bank version OLD was answered with (default: the active bank)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON (see the README for its shape)"
    )
    add_lang_argument(parser, "language of bank texts")


def _load(path: str, bank: Bank, *, strict: bool) -> Assessment:
    """Read an assessment; with ``strict`` every answer must fit ``bank``."""
    from advisor.domain.validation import assessment_problems
    from advisor.storage import DocumentError, load_assessment

    try:
        assessment = load_assessment(path).assessment
    except DocumentError as exc:
        raise CommandError(str(exc)) from None
    if assessment.bank.id != bank.id:
        raise CommandError(
            f"{path}: bank.id: the file was answered with the bank {assessment.bank.id!r}, "
            f"not {bank.id!r} (use --bank to pick the right one)"
        )
    if strict or assessment.bank.version == bank.version:
        problems = assessment_problems(bank, assessment)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise CommandError(f"{path}: {problems[0]}{more}")
    return assessment


def run(args: argparse.Namespace) -> int:
    """Compare two files and print the progress."""
    from advisor.domain.bank import BankError
    from advisor.domain.progress import ComparisonError, compare, progress_to_json
    from advisor.storage.banks import load_bank

    bank = bank_from_args(args)
    old_bank = None
    if args.old_bank:
        try:
            old_bank = load_bank(Path(args.old_bank))
        except BankError as exc:
            raise CommandError(str(exc)) from None
    old = _load(args.old, old_bank or bank, strict=old_bank is not None)
    new = _load(args.new, bank, strict=True)
    try:
        progress = compare(bank, old, new, old_bank)
    except ComparisonError as exc:
        raise CommandError(str(exc)) from None
    for message in progress.warnings:
        warn(message)
    if args.json:
        json.dump(progress_to_json(progress, args.lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        width = min(100, max(60, shutil.get_terminal_size((80, 24)).columns))
        sys.stdout.write(render_text(progress, args.lang, width))
    return EXIT_OK


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _delta(change: ScoreChange) -> str:
    delta = change.delta
    if delta is None:
        return "n/a"
    return f"{delta:+.1f}" if delta else "0.0"


def _stage(change: ScoreChange, lang: str, w: Words) -> str:
    """The stage before and after: "not assessed" for a side without a score, and
    "(provisional)" for a side not answered enough to stand on."""

    def side(stage, provisional: bool) -> str:  # type: ignore[no-untyped-def]
        if stage is None:
            return w.get("cli.compare.not_assessed")
        flag = f" ({w.get('cli.compare.provisional')})" if provisional else ""
        return stage.title.get(lang) + flag

    old = side(change.old_stage, change.old_provisional)
    new = side(change.new_stage, change.new_provisional)
    if old == new:
        return new
    arrow = w.get(
        {1: "cli.compare.up", -1: "cli.compare.down", 0: "cli.compare.changed"}[
            change.stage_direction
        ]
    )
    return f"{old} -> {new} ({arrow})"


def render_text(progress: Progress, lang: str = "en", width: int = 80) -> str:
    """The human-readable progress of ``compare``, wrapped to ``width`` columns."""
    from advisor.domain.answers import answer_label
    from advisor.domain.formatting import format_date
    from advisor.domain.progress import REASON_LABELS
    from advisor.domain.words import words

    w = words(lang)
    out: list[str] = []

    def wrap(text: str, indent: int, first: str | None = None) -> None:
        out.extend(wrapped(text, width, indent, first))

    old, new = progress.old, progress.new
    company = new.profile.company or old.profile.company or w.get("cli.unnamed_company")
    then, now = format_date(old.created_at, lang), format_date(new.created_at, lang)
    wrap(w.get("cli.compare.title", company=company, date=then), 0)
    versions = {"old_version": old.bank.version, "new_version": new.bank.version}
    wrap(w.get("cli.compare.dates", old=then, new=now, **versions), 0)
    out.append("")

    names = [(w.get("cli.compare.overall"), progress.overall)] + [
        (d.dimension.title.get(lang), d.change) for d in progress.dimensions
    ]
    name_width = min(24, max(cells(n) for n, _ in names))
    head = [w.get(f"cli.compare.{k}") for k in ("before", "after", "change", "stage")]
    out.append(
        f"  {left('', name_width)}  {right(head[0], 6)}  {right(head[1], 6)}"
        f"  {right(head[2], 6)}  {head[3]}"
    )
    for name, change in names:
        label = left(cut(name, name_width), name_width)
        row = f"  {label}  {_score(change.old):>6}  {_score(change.new):>6}  {_delta(change):>6}  "
        wrap(_stage(change, lang, w), len(row), first=row)
    out.append("")

    def gap_section(key: str, gaps: tuple[GapChange, ...], mark: str) -> None:
        if not gaps:
            return
        out.append(w.get(f"cli.compare.{key}", count=len(gaps)))
        for gap in gaps:
            old_question = progress.old_bank.question_by_id.get(gap.id, gap.question)
            flag = f" [{w.get('cli.compare.blocker')}]" if gap.new_critical else ""
            wrap(f"{gap.question.text.get(lang)}{flag}", 6, first=f"  {mark} {gap.id}: ")
            missing = w.get("cli.compare.not_answered")
            before = answer_label(old_question, gap.old_answer, lang) or missing
            after = answer_label(gap.question, gap.new_answer, lang) or missing
            wrap(w.get("cli.compare.before_now", old=before, new=after), 6)
        out.append("")

    gap_section("gaps_closed", progress.gaps_closed, "+")
    gap_section("gaps_open", progress.gaps_open, "-")
    gap_section("gaps_new", progress.gaps_new, "!")
    gap_section("gaps_not_reassessed", progress.gaps_not_reassessed, "?")

    if progress.actions_completed:
        out.append(w.get("cli.compare.actions_done", count=len(progress.actions_completed)))
        for action in progress.actions_completed:
            why = []
            if action.marked_done:
                why.append(w.get("progress.done_marked"))
            if action.gaps_closed:
                why.append(w.get("progress.done_closed"))
            wrap(
                f"{action.recommendation.title.get(lang)} ({', '.join(why)})",
                6,
                first=f"  + {action.id}: ",
            )
        out.append("")
    if not (progress.gaps_closed or progress.gaps_open or progress.gaps_new):
        out.append(w.get("cli.compare.no_gaps"))
        out.append("")

    if progress.not_comparable:
        out.append(w.count("cli.compare.not_comparable", len(progress.not_comparable)))
        for item in progress.not_comparable:
            wrap(
                f"{item.question.text.get(lang)} ({REASON_LABELS[item.reason].get(lang)})",
                6,
                first=f"  ~ {item.id}: ",
            )
        out.append("")
    return "\n".join(out)
