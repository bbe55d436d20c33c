"""The executive summary and the readiness profile (charts and what the stages mean)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from advisor.domain.answers import answer_label
from advisor.domain.scoring import Gap
from advisor.domain.vocabulary import COST_LABELS, PHASE_LABELS
from advisor.report.charts import ChartRow, RadarChart, StageBand, StageBars
from advisor.report.context import ReportContext, score_text
from advisor.report.sections.honesty import (
    overall_score_cell,
    provisional_note,
    stage_text,
    unconfirmed_blockers,
)
from advisor.report.tables import band_table, data_table

__all__ = ["executive_summary", "readiness_profile"]


def _score_panel(ctx: ReportContext, width: float) -> Table:
    result = ctx.result
    stage = result.stage
    answered = sum(d.answered for d in result.dimensions)
    applicable = sum(d.applicable for d in result.dimensions)
    left = [
        ctx.para(ctx.label("overall"), "kicker"),
        *overall_score_cell(ctx, "big-score", "big-provisional"),
    ]
    middle = [
        ctx.para(ctx.label("stage"), "kicker"),
        ctx.para(stage_text(ctx), "big-stage"),
    ]
    if stage is not None and stage.description is not None:
        middle.append(ctx.para(ctx.tr(stage.description), "small"))
    right = [
        ctx.para(ctx.label("completeness"), "kicker"),
        ctx.para(f"{score_text(result.completeness * 100)}%", "big-stage"),
        ctx.para(ctx.label("answered_of", answered=answered, applicable=applicable), "small"),
    ]
    return band_table(
        ctx,
        [left, middle, right],
        [width * 0.3, width * 0.42, width * 0.28],
        top=8,
        bottom=8,
        left=8,
    )


def _area_table(ctx: ReportContext, width: float) -> Flowable:
    header = [ctx.label("area"), ctx.label("score"), ctx.label("stage"), ctx.label("gaps")]
    rows = []
    for dim in ctx.result.dimensions:
        rows.append(
            [
                ctx.para(ctx.tr(dim.dimension.title), "cell-bold"),
                ctx.para(score_text(dim.score) if dim.score is not None else "–", "cell-right"),
                ctx.para(stage_text(ctx, dim), "cell"),
                # an area not assessed has no gap count: "0 gaps" would read as all well
                ctx.para(str(len(dim.gaps)) if dim.score is not None else "–", "cell-right"),
            ]
        )
    return data_table(ctx, header, rows, [0.4, 0.15, 0.3, 0.15], width, numeric=(1, 3))


def _blocker(ctx: ReportContext, gap: Gap) -> Flowable:
    question = gap.question
    outcome = ctx.result.outcomes.get(question.id)
    answer = answer_label(question, outcome.answer if outcome else gap.answer, ctx.lang)
    area = ctx.bank.dimension_by_id.get(question.dimension)
    parts = [
        ctx.para(ctx.tr(area.title) if area else question.dimension, "flag"),
        ctx.para(ctx.tr(question.text), "bold"),
        ctx.labelled(ctx.label("your_answer"), answer, "small"),
    ]
    return KeepTogether(parts)


def executive_summary(ctx: ReportContext, width: float) -> list[Flowable]:
    """Overall score and stage, completeness, blockers first, then the top priorities."""
    story: list[Flowable] = [ctx.heading(ctx.label("executive_summary"))]
    story.append(_score_panel(ctx, width))
    note = provisional_note(ctx)
    if note:
        story.append(Spacer(1, 4))
        story.extend(note)
    if ctx.result.capped:
        story.append(Spacer(1, 4))
        held = "capped" if ctx.result.blockers else "capped_unconfirmed"
        story.append(ctx.para(ctx.label(held), "small"))
    story.append(Spacer(1, 6))
    story.append(ctx.heading(ctx.label("blockers"), "h2", level=1))
    blockers = ctx.result.blockers
    if blockers:
        story.append(ctx.para(ctx.label("blockers_intro"), "body"))
        story.extend(_blocker(ctx, gap) for gap in blockers)
    elif ctx.result.no_blockers:
        story.append(ctx.para(ctx.label("no_blockers")))
    else:
        story.append(ctx.para(ctx.label("no_blocker_found")))
    story.extend(unconfirmed_blockers(ctx))
    story.append(ctx.heading(ctx.label("top_priorities"), "h2", level=1))
    top = ctx.plan.top(5)
    if top:
        header = [
            ctx.label("col_rank"),
            ctx.label("col_action"),
            ctx.label("when"),
            ctx.label("cost"),
        ]
        rows = []
        for action in top:
            rec = action.recommendation
            area = ctx.bank.dimension_by_id.get(action.dimension)
            rows.append(
                [
                    ctx.para(str(action.rank), "cell-right"),
                    [
                        ctx.para(ctx.tr(rec.title), "cell-bold"),
                        ctx.para(ctx.tr(area.title) if area else "", "cell-small"),
                    ],
                    ctx.para(PHASE_LABELS[action.phase].get(ctx.lang), "cell"),
                    ctx.para(COST_LABELS[rec.cost].get(ctx.lang), "cell"),
                ]
            )
        story.append(data_table(ctx, header, rows, [0.07, 0.51, 0.22, 0.2], width, numeric=(0,)))
    else:
        # nothing answered yet is not "every answer is already the best"
        nothing = ctx.result.score is None
        story.append(ctx.para(ctx.label("no_actions_yet" if nothing else "no_actions")))
    story.append(ctx.heading(ctx.label("dimension_scores"), "h2", level=1))
    story.append(_area_table(ctx, width))
    return story


def readiness_profile(ctx: ReportContext, width: float) -> list[Flowable]:
    """The radar and the bars against the stage bands, and what each stage means."""
    styles = ctx.styles
    story: list[Flowable] = [ctx.heading(ctx.label("readiness_profile"))]
    dims = ctx.result.dimensions
    if len(dims) >= 3 and all(d.score is not None for d in dims):  # no radar with a hole
        rows = [
            ChartRow(
                f"<b>{ctx.markup(ctx.tr(d.dimension.title), 'chart-label-centre')}</b>"
                f"<br/>{score_text(d.score)}",
                d.score,
            )
            for d in dims
        ]
        rings = [s.min for s in ctx.bank.stages_ordered]
        story.append(RadarChart(rows, rings, palette=styles.palette, styles=styles))
        story.append(ctx.para(ctx.label("radar_caption"), "caption"))
    stages = ctx.bank.stages_ordered
    bands = [
        StageBand(
            stage.min,
            stages[i + 1].min if i + 1 < len(stages) else 100,
            ctx.markup(ctx.tr(stage.title), "chart-label-centre"),
        )
        for i, stage in enumerate(stages)
    ]
    missing = ctx.label("not_assessed")
    bar_rows = [
        ChartRow(ctx.markup(ctx.tr(d.dimension.title), "chart-label"), d.score, missing=missing)
        for d in dims
    ]
    overall = ctx.label("overall")
    if ctx.result.provisional:
        overall = f"{overall} ({ctx.label('provisional').lower()})"
    bar_rows.append(
        ChartRow(ctx.markup(overall, "cell-bold"), ctx.result.score, strong=True, missing=missing)
    )
    story.append(Spacer(1, 8))
    story.append(StageBars(bar_rows, bands, palette=styles.palette, styles=styles, width=width))
    story.append(ctx.para(ctx.label("bars_caption"), "caption"))
    story.append(ctx.heading(ctx.label("stages"), "h2", level=1))
    for stage in reversed(stages):
        head = f"{ctx.tr(stage.title)} ({ctx.label('from_score', score=score_text(stage.min))})"
        parts = [ctx.para(head, "h3")]
        if stage.description is not None:
            parts.append(ctx.para(ctx.tr(stage.description), "body"))
        story.append(KeepTogether(parts))
    return story
