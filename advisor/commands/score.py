"""``export-advisor score FILE [--json]``: scores, gaps and the action plan."""

from __future__ import annotations

import argparse
import json
import shutil
import sys

from advisor import commands
from advisor.commands import EXIT_OK, add_lang_argument, bank_from_args, load_checked, warn, wrapped
from advisor.commands._columns import cells, left

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

    Its words are ``cli.score.*`` in the word catalogue of ``lang``. ``day`` is today's
    date (for the old-rules warning); None means the system clock.
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
    from advisor.domain.words import words

    w = words(lang)
    bank = result.bank
    out: list[str] = []

    def wrap(text: str, indent: int, first: str | None = None) -> None:
        out.extend(wrapped(text, width, indent, first))

    company = assessment.profile.company or w.get("cli.unnamed_company")
    wrap(w.get("cli.score.title", company=company), 0)
    wrap(w.get("cli.score.bank", title=bank.title.get(lang), version=bank.version), 0)
    as_of = rules_as_of_text(bank, lang)
    if as_of:
        wrap(as_of, 0)
    stale = stale_rules_text(bank, day or commands.today(), lang)
    if stale:
        warning = w.get("cli.score.warning")
        wrap(stale, len(warning) + 2, first=f"{warning}: ")
    out.append("")
    for line in _overall_lines(result, lang):
        wrap(line, 0)
    answered = format_percent_value(result.completeness, lang)
    out.append(w.get("cli.score.answered", share=answered))
    out.append("")
    name_width = max(cells(d.dimension.title.get(lang)) for d in result.dimensions)
    for d in result.dimensions:
        title = left(d.dimension.title.get(lang), name_width)
        if d.score is None or d.stage is None:
            out.append(f"  {title}      -  {'':12}  {w.get('cli.score.not_assessed_yet')}")
            continue
        line = f"  {title}  {d.score:5.1f}  {_bar(d.score, 12)}  {d.stage.title.get(lang)}"
        if d.provisional:
            share = format_percent_value(d.coverage, lang)
            line += f"  ({w.get('cli.score.provisional_area', share=share)})"
        if d.blockers:
            line += f"  ({w.count('cli.score.blockers_n', len(d.blockers))})"
        out.append(line)
    out.append("")

    if result.blockers:
        out.append(w.get("cli.score.blockers"))
        for gap in result.blockers:
            wrap(gap.question.text.get(lang), 4, first=f"  ! {gap.question.id}: ")
            your = answer_label(gap.question, gap.answer, lang)
            wrap(w.get("cli.score.your_answer", answer=your), 6)
            wrap(w.get("cli.score.best_answer", answer=best_answer_label(gap.question, lang)), 6)
        out.append("")
    if result.unconfirmed:
        wrap(w.get("cli.score.unconfirmed"), 0)
        for outcome in result.unconfirmed:
            key = "cli.score.dont_know" if outcome.answer is not None else "cli.score.not_answered"
            wrap(outcome.question.text.get(lang), 4, first=f"  ? {outcome.question.id}: ")
            wrap(w.get("cli.score.your_answer", answer=w.get(key)), 6)
        out.append("")
    if result.no_blockers:
        out.append(w.get("cli.score.no_blockers"))
        out.append("")

    others = [g for g in result.gaps if not g.critical]
    if others:
        out.append(w.get("cli.score.other_gaps", count=len(others)))
        for gap in others:
            flag = f" [{w.get('cli.score.dont_know')}]" if gap.unknown else ""
            wrap(f"{gap.question.text.get(lang)}{flag}", 4, first=f"  - {gap.question.id}: ")
            answers = {
                "answer": answer_label(gap.question, gap.answer, lang),
                "best": best_answer_label(gap.question, lang),
            }
            wrap(w.get("cli.score.answer_best", **answers), 6)
        out.append("")

    out.append(w.count("cli.score.action_plan", len(plan)))
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
            sources = ", ".join(bank.source_by_id[s].name.get(lang) for s in rec.help)
            effort, cost = EFFORT_LABELS[rec.effort].get(lang), COST_LABELS[rec.cost].get(lang)
            wrap(w.get("cli.score.effort_cost_help", effort=effort, cost=cost, help=sources), 8)
            if action.edit.owner or action.edit.due or action.edit.status.value != "open":
                due = action.edit.due
                when = format_date(due, lang, "short") if due else w.get("cli.score.no_date")
                status = STATUS_LABELS[action.edit.status].get(lang)
                owner = action.edit.owner or "-"
                wrap(w.get("cli.score.owner_due", owner=owner, due=when, status=status), 8)
    if plan.when_ready:
        out.append("  " + w.count("cli.score.when_ready", len(plan.when_ready)))
        for action in plan.when_ready:
            wrap(action.recommendation.title.get(lang), 8, first=f"    {action.rank:>3}. ")
    out.append("")
    return "\n".join(out)


def _overall_lines(result, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The headline: score and stage, with "PROVISIONAL" on the same line when it is."""
    from advisor.domain.formatting import format_percent_value, join_list
    from advisor.domain.scoring import STANDING_COVERAGE
    from advisor.domain.words import words

    w = words(lang)
    if result.score is None or result.stage is None:
        lines = [w.get("cli.score.overall_none")]
    else:
        capped = ""
        if result.capped:
            key = "held_by_blockers" if result.blockers else "held_by_unanswered"
            capped = f" ({w.get(f'cli.score.{key}')})"
        flag = w.get("cli.score.provisional_flag") + "  " if result.provisional else ""
        stage = f"{flag}{result.stage.title.get(lang)}{capped}"
        lines = [w.get("cli.score.overall", score=f"{result.score:5.1f}", stage=stage)]
    missing = result.missing
    if missing:
        names = []
        for d in missing:
            share = format_percent_value(d.coverage, lang)
            state = (
                w.get("cli.score.share_answered", share=share)
                if d.assessed
                else (w.get("cli.score.not_assessed"))
            )
            names.append(f"{d.dimension.title.get(lang)} ({state})")
        standing = format_percent_value(STANDING_COVERAGE, lang)
        lines.append(
            w.get("cli.score.provisional_until", share=standing, missing=join_list(names, lang))
        )
    return lines
