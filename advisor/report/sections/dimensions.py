"""One section per area: score and stage, strengths, gaps and the recommendations."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from advisor.domain.answers import answer_label, best_answer_label
from advisor.domain.planning import ActionItem
from advisor.domain.scoring import DimensionResult, Gap
from advisor.domain.vocabulary import COST_LABELS, EFFORT_LABELS, PHASE_LABELS
from advisor.report.context import ReportContext, score_text
from advisor.report.sections.honesty import stage_text
from advisor.report.tables import band_table

__all__ = ["dimension_section", "source_names"]


def _status_line(ctx: ReportContext, dim: DimensionResult, width: float) -> Flowable:
    score = (
        ctx.label("score_of", score=score_text(dim.score))
        if dim.score is not None
        else ctx.label("not_assessed")
    )
    cells = [
        [ctx.para(ctx.label("score"), "kicker"), ctx.para(score, "big-stage")],
        [ctx.para(ctx.label("stage"), "kicker"), ctx.para(stage_text(ctx, dim), "big-stage")],
        [
            ctx.para(ctx.label("completeness"), "kicker"),
            ctx.para(
                ctx.label("answered_n", answered=dim.answered, applicable=dim.applicable), "body"
            ),
        ],
    ]
    return band_table(ctx, cells, [width * 0.25, width * 0.4, width * 0.35])


def _gap(ctx: ReportContext, gap: Gap) -> Flowable:
    question = gap.question
    flags = []
    if gap.critical:
        flags.append(ctx.label("blocker"))
    if gap.unknown:
        flags.append(ctx.label("unknown"))
    parts: list[Flowable] = []
    if flags:
        parts.append(ctx.para(" · ".join(flags).upper(), "flag"))
    parts.append(ctx.para(ctx.tr(question.text), "bold"))
    parts.append(
        ctx.labelled(ctx.label("your_answer"), answer_label(question, gap.answer, ctx.lang))
    )
    best = best_answer_label(question, ctx.lang)
    if best:
        parts.append(ctx.labelled(ctx.label("best_answer"), best))
    parts.append(ctx.labelled(ctx.label("why_it_matters"), ctx.tr(question.help), "small"))
    parts.append(Spacer(1, 4))
    return KeepTogether(parts)


def source_names(ctx: ReportContext, action: ActionItem) -> str:
    """The names of the sources an action cites, in the order given."""
    names = []
    for source_id in action.recommendation.help:
        source = ctx.bank.source_by_id.get(source_id)
        names.append(ctx.tr(source.name) if source else source_id)
    return "; ".join(names)


def _action(ctx: ReportContext, action: ActionItem) -> list[Flowable]:
    rec = action.recommendation
    lang = ctx.lang
    title = f"{action.rank}. {ctx.tr(rec.title)}"
    meta = " · ".join(
        [
            f"{ctx.label('when')}: {PHASE_LABELS[action.phase].get(lang)}",
            f"{ctx.label('effort')}: {EFFORT_LABELS[rec.effort].get(lang)}",
            f"{ctx.label('cost')}: {COST_LABELS[rec.cost].get(lang)}",
        ]
    )
    head: list[Flowable] = [ctx.para(title, "h3"), ctx.para(meta, "small")]
    if action.critical:
        head.insert(0, ctx.para(ctx.label("blocker").upper(), "flag"))
    fixes = "; ".join(ctx.tr(g.question.text) for g in action.gaps)
    head.append(ctx.labelled(ctx.label("fixes"), fixes, "small"))
    steps = [
        ctx.bullet(ctx.tr(step), "step", bullet=f"{number}.")
        for number, step in enumerate(rec.steps, start=1)
    ]
    help_line = ctx.labelled(ctx.label("help"), source_names(ctx, action), "small")
    # The title stays with what it fixes and the first step; the last step with the help.
    if len(steps) == 1:
        return [KeepTogether([*head, steps[0], help_line]), Spacer(1, 4)]
    return [
        KeepTogether(head + steps[:1]),
        *steps[1:-1],
        KeepTogether([steps[-1], help_line]),
        Spacer(1, 4),
    ]


def dimension_section(ctx: ReportContext, dim: DimensionResult, width: float) -> list[Flowable]:
    """The section of one area."""
    story: list[Flowable] = [
        ctx.heading(ctx.tr(dim.dimension.title)),
        ctx.para(ctx.tr(dim.dimension.description), "small"),
        _status_line(ctx, dim, width),
        Spacer(1, 4),
    ]
    if not dim.assessed and dim.applies:
        story.append(ctx.para(ctx.label("not_assessed_area"), "provisional-note"))
    story.append(ctx.heading(ctx.label("strengths"), "h2", level=1))
    if dim.strengths:
        for outcome in dim.strengths:
            answer = answer_label(outcome.question, outcome.answer, ctx.lang)
            story.append(ctx.bullet(f"{ctx.tr(outcome.question.text)} — {answer}", "bullet"))
    else:
        story.append(ctx.para(ctx.label("no_strengths")))
    story.append(ctx.heading(ctx.label("gaps"), "h2", level=1))
    if dim.gaps:
        story.extend(_gap(ctx, gap) for gap in dim.gaps)
    else:
        story.append(ctx.para(ctx.label("no_gaps")))
    story.append(ctx.heading(ctx.label("recommendations"), "h2", level=1))
    actions = sorted((a for a in ctx.plan if a.dimension == dim.id), key=lambda a: a.rank)
    if actions:
        for action in actions:
            story.extend(_action(ctx, action))
    else:
        story.append(ctx.para(ctx.label("no_recommendations")))
    return story
