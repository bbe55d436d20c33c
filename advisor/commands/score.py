"""``export-advisor score FILE [--json]``: scores, gaps and the action plan."""

from __future__ import annotations

import argparse
import json
import shutil
import sys

from advisor import commands
from advisor.commands import EXIT_OK, add_lang_argument, bank_from_args, load_checked, warn, wrapped

NAME = "score"
HELP = "print the scores, gaps and action plan of an assessment"
ORDER = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``score``."""
    parser.add_argument("file", metavar="FILE", help="an assessment file (.json)")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (see the README for its shape)"
    )
    add_lang_argument(parser, "language of bank texts")


def run(args: argparse.Namespace) -> int:
    """Score one file and print the result."""
    from advisor.domain.planning import build_plan
    from advisor.domain.scoring import score_assessment
    from advisor.domain.serialize import result_to_json

    bank = bank_from_args(args)
    loaded = load_checked(args.file, bank)
    result = score_assessment(bank, loaded.assessment)
    plan = build_plan(bank, loaded.assessment, result)
    if args.json:
        json.dump(result_to_json(result, plan, args.lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        from advisor.domain.rules_date import stale_rules_text

        stale = stale_rules_text(bank, commands.today(), "en")
        if stale:
            warn(stale)
    else:
        width = min(100, max(60, shutil.get_terminal_size((80, 24)).columns))
        text = render_text(loaded.assessment, result, plan, args.lang, width, day=commands.today())
        sys.stdout.write(text)
    return EXIT_OK


def _bar(score: float, width: int = 20) -> str:
    filled = round(score / 100 * width)
    return "#" * filled + "." * (width - filled)


def render_text(assessment, result, plan, lang: str = "en", width: int = 80, *, day=None) -> str:  # type: ignore[no-untyped-def]
    """The human-readable report of ``score``, wrapped to ``width`` columns.

    ``day`` is today's date (for the old-rules warning); None means the system clock.
    """
    from advisor.domain.answers import answer_label, best_answer_label
    from advisor.domain.bank import Phase
    from advisor.domain.formatting import format_date, format_percent_value
    from advisor.domain.rules_date import rules_as_of_text, stale_rules_text
    from advisor.domain.vocabulary import (
        COST_LABELS,
        EFFORT_LABELS,
        PHASE_LABELS,
        STATUS_LABELS,
    )

    bank = result.bank
    out: list[str] = []

    def wrap(text: str, indent: int, first: str | None = None) -> None:
        out.extend(wrapped(text, width, indent, first))

    company = assessment.profile.company or "(company not named)"
    wrap(f"{company}: export readiness", 0)
    wrap(f"Bank: {bank.title.get(lang)} {bank.version}", 0)
    as_of = rules_as_of_text(bank, lang)
    if as_of:
        wrap(as_of, 0)
    stale = stale_rules_text(bank, day or commands.today(), lang)
    if stale:
        wrap(stale, 9, first="WARNING: ")
    out.append("")
    for line in _overall_lines(result, lang):
        wrap(line, 0)
    answered = format_percent_value(result.completeness, lang)
    out.append(f"Answered {answered} of the questions that apply")
    out.append("")
    name_width = max(len(d.dimension.title.get(lang)) for d in result.dimensions)
    for d in result.dimensions:
        title = d.dimension.title.get(lang).ljust(name_width)
        if d.score is None or d.stage is None:
            out.append(f"  {title}      -  {'':12}  not assessed yet")
            continue
        line = f"  {title}  {d.score:5.1f}  {_bar(d.score, 12)}  {d.stage.title.get(lang)}"
        if d.provisional:
            line += f"  (provisional: {format_percent_value(d.coverage, lang)} answered)"
        if d.blockers:
            line += f"  ({len(d.blockers)} blocker{'s' if len(d.blockers) > 1 else ''})"
        out.append(line)
    out.append("")

    if result.blockers:
        out.append("BLOCKERS: fix these first")
        for gap in result.blockers:
            wrap(gap.question.text.get(lang), 4, first=f"  ! {gap.question.id}: ")
            wrap(f"Your answer: {answer_label(gap.question, gap.answer, lang)}", 6)
            wrap(f"Best answer: {best_answer_label(gap.question, lang)}", 6)
        out.append("")
    if result.unconfirmed:
        out.append("UNCONFIRMED BLOCKERS: we cannot tell whether you can ship or get paid")
        out.append("until these are answered")
        for outcome in result.unconfirmed:
            given = "Don't know" if outcome.answer is not None else "not answered"
            wrap(outcome.question.text.get(lang), 4, first=f"  ? {outcome.question.id}: ")
            wrap(f"Your answer: {given}", 6)
        out.append("")
    if result.no_blockers:
        out.append("No blockers: every critical question that applies is answered.")
        out.append("")

    others = [g for g in result.gaps if not g.critical]
    if others:
        out.append(f"OTHER GAPS ({len(others)})")
        for gap in others:
            flag = " [don't know]" if gap.unknown else ""
            wrap(f"{gap.question.text.get(lang)}{flag}", 4, first=f"  - {gap.question.id}: ")
            wrap(
                f"Answer: {answer_label(gap.question, gap.answer, lang)} | "
                f"Best: {best_answer_label(gap.question, lang)}",
                6,
            )
        out.append("")

    out.append(f"ACTION PLAN ({len(plan)} actions)")
    shown = {a.id for a in plan.shown}
    for phase in Phase:
        actions = [a for a in plan.in_phase(phase) if a.id in shown]
        if not actions:
            continue
        out.append(f"  {PHASE_LABELS[phase].get(lang)}")
        for action in actions:
            rec = action.recommendation
            marker = "!" if action.critical else " "
            wrap(rec.title.get(lang), 8, first=f"   {marker}{action.rank:>3}. ")
            wrap(
                f"{EFFORT_LABELS[rec.effort].get(lang)}; {COST_LABELS[rec.cost].get(lang)}; "
                f"help: {', '.join(bank.source_by_id[s].name.get(lang) for s in rec.help)}",
                8,
            )
            if action.edit.owner or action.edit.due or action.edit.status.value != "open":
                due = format_date(action.edit.due, lang, "short") if action.edit.due else "no date"
                status = STATUS_LABELS[action.edit.status].get(lang)
                wrap(f"Owner: {action.edit.owner or '-'}; due {due}; {status}", 8)
    if plan.when_ready:
        out.append(f"  When you are ready ({len(plan.when_ready)} more)")
        for action in plan.when_ready:
            wrap(action.recommendation.title.get(lang), 8, first=f"    {action.rank:>3}. ")
    out.append("")
    return "\n".join(out)


def _overall_lines(result, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The headline: score and stage, with "PROVISIONAL" on the same line when it is."""
    from advisor.domain.formatting import format_percent_value
    from advisor.domain.scoring import STANDING_COVERAGE

    if result.score is None or result.stage is None:
        lines = ["Overall  not assessed yet: no question is answered"]
    else:
        capped = ""
        if result.capped:
            held = "blockers" if result.blockers else "unanswered critical questions"
            capped = f" (held back by {held})"
        flag = "PROVISIONAL  " if result.provisional else ""
        lines = [f"Overall  {result.score:5.1f}/100  {flag}{result.stage.title.get(lang)}{capped}"]
    missing = result.missing
    if missing:
        states = [
            f"{format_percent_value(d.coverage, lang)} answered" if d.assessed else "not assessed"
            for d in missing
        ]
        names = ", ".join(
            f"{d.dimension.title.get(lang)} ({state})"
            for d, state in zip(missing, states, strict=True)
        )
        lines.append(
            f"Provisional until every area is at least "
            f"{format_percent_value(STANDING_COVERAGE, lang)} answered; "
            f"missing: {names}"
        )
    return lines
