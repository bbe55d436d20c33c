"""The appendix: where to get help (each source once), every answer given, the disclaimer."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from advisor.domain.answers import answer_label, format_number
from advisor.domain.assessment import Answer
from advisor.domain.bank import Source
from advisor.domain.formatting import format_date
from advisor.domain.validation import orphans
from advisor.domain.vocabulary import SKIP_LABELS, STATUS_LABELS
from advisor.report.context import ReportContext
from advisor.report.tables import data_table

__all__ = ["answers_given", "cited_sources", "disclaimer", "not_in_bank", "where_to_get_help"]


def cited_sources(ctx: ReportContext) -> list[tuple[Source, list[int]]]:
    """Every source the plan cites, once, in bank order, with the ranks citing it."""
    ranks: dict[str, list[int]] = {}
    for action in sorted(ctx.plan, key=lambda a: a.rank):
        for source_id in action.recommendation.help:
            ranks.setdefault(source_id, [])
            if action.rank not in ranks[source_id]:
                ranks[source_id].append(action.rank)
    return [(s, ranks[s.id]) for s in ctx.bank.sources if s.id in ranks]


def where_to_get_help(ctx: ReportContext, width: float) -> list[Flowable]:
    """Every agency, scheme and document cited by the plan, once."""
    story: list[Flowable] = [ctx.heading(ctx.label("appendix_help"))]
    sources = cited_sources(ctx)
    if not sources:
        story.append(ctx.para(ctx.label("no_sources")))
    for source, ranks in sources:
        cited = ctx.label("for_actions", ranks=", ".join(str(r) for r in ranks))
        story.append(
            KeepTogether(
                [
                    ctx.para(ctx.tr(source.name), "h3"),
                    ctx.para(ctx.tr(source.description), "body"),
                    ctx.para(cited, "small"),
                ]
            )
        )
    return story


def answers_given(ctx: ReportContext, width: float) -> list[Flowable]:
    """Every answer in the document, by area, in bank order."""
    story: list[Flowable] = [PageBreak(), ctx.heading(ctx.label("appendix_answers"))]
    answers = ctx.assessment.answers
    header = [ctx.label("col_question"), ctx.label("col_answer")]
    any_answer = False
    for dimension in ctx.bank.dimensions:
        rows = []
        for question in ctx.bank.questions_of(dimension.id):
            answer = answers.get(question.id)
            if answer is None:
                continue
            cells: list[Flowable] = [ctx.para(answer_label(question, answer, ctx.lang), "cell")]
            outcome = ctx.result.outcomes.get(question.id)
            if outcome is not None and not outcome.applicable:
                cells.append(ctx.para(ctx.label("not_scored"), "cell-small"))
            rows.append([ctx.para(ctx.tr(question.text), "cell"), cells])
        if rows:
            any_answer = True
            story.append(ctx.heading(ctx.tr(dimension.title), "h2", level=1))
            story.append(data_table(ctx, header, rows, [0.62, 0.38], width))
    if not any_answer:
        story.append(ctx.para(ctx.label("no_answers")))
    return story


def _raw_answer(answer: Answer, lang: str) -> str:
    """An answer to a question the bank does not have: its ids, as the file holds them."""
    if answer.skip is not None:
        return SKIP_LABELS[answer.skip].get(lang)
    if answer.number is not None:
        return format_number(answer.number)
    if answer.choices is not None:
        return ", ".join(answer.choices) or "-"
    return answer.choice or ""


def not_in_bank(ctx: ReportContext, width: float) -> list[Flowable]:
    """Plan edits and answers the file keeps for actions and questions the bank lacks."""
    found = orphans(ctx.bank, ctx.assessment)
    if not found:
        return []
    bank = f"{ctx.tr(ctx.bank.title)} {ctx.bank.version}"
    story: list[Flowable] = [
        ctx.heading(ctx.label("appendix_orphans")),
        ctx.para(ctx.label("orphans_intro", bank=bank), "small"),
    ]
    lang = ctx.lang
    if found.plan:
        rows = []
        for action_id in found.plan:
            edit = ctx.assessment.plan[action_id]
            facts = [edit.owner, format_date(edit.due, lang, "short") if edit.due else ""]
            facts.append(STATUS_LABELS[edit.status].get(lang))
            rows.append(
                [
                    ctx.para(action_id, "cell"),
                    ctx.para(" · ".join(f for f in facts if f), "cell"),
                    ctx.para(edit.notes, "cell"),
                ]
            )
        header = [ctx.label("col_action"), ctx.label("col_edit"), ctx.label("col_notes")]
        story.append(data_table(ctx, header, rows, [0.25, 0.3, 0.45], width))
    if found.answers:
        story.append(ctx.heading(ctx.label("orphan_answers"), "h2", level=1))
        answers = ctx.assessment.answers
        rows = [
            [ctx.para(qid, "cell"), ctx.para(_raw_answer(answers[qid], lang), "cell")]
            for qid in found.answers
        ]
        header = [ctx.label("col_question"), ctx.label("col_answer")]
        story.append(data_table(ctx, header, rows, [0.5, 0.5], width))
    return story


def disclaimer(ctx: ReportContext, width: float) -> list[Flowable]:
    """The branding's disclaimer, or the standard one."""
    branding = ctx.options.branding
    text = branding.disclaimer if branding and branding.disclaimer.strip() else None
    from advisor.report.sections.cover import rules_paragraphs

    return [
        ctx.heading(ctx.label("disclaimer"), "h2", level=0),
        ctx.para(text if text is not None else ctx.label("standard_disclaimer"), "small"),
        *rules_paragraphs(ctx),
    ]
