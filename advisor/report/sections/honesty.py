"""How the report says what the result rests on: provisional results, areas not assessed
yet and unconfirmed blockers. Shared by the cover, the summary and the areas."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from advisor.domain.answers import answer_label
from advisor.domain.scoring import STANDING_COVERAGE, DimensionResult, QuestionOutcome
from advisor.report.context import ReportContext, score_text

__all__ = [
    "overall_score_cell",
    "provisional_note",
    "stage_text",
    "unconfirmed_blockers",
]


def overall_score_cell(
    ctx: ReportContext, score_style: str, provisional_style: str
) -> list[Flowable]:
    """The overall score, and "Provisional" in large type right under it when it is."""
    result = ctx.result
    if result.score is None:
        return [ctx.para(ctx.label("not_assessed"), "big-stage")]
    cell = [ctx.para(ctx.label("score_of", score=score_text(result.score)), score_style)]
    if result.provisional:
        cell.append(ctx.para(ctx.label("provisional").upper(), provisional_style))
    return cell


def stage_text(ctx: ReportContext, dim: DimensionResult | None = None) -> str:
    """A stage's title, "Not assessed yet" without one, "(provisional)" when it is."""
    target = dim if dim is not None else ctx.result
    if target.stage is None:
        return ctx.label("not_assessed")
    title = ctx.tr(target.stage.title)
    if target.provisional:
        return f"{title} ({ctx.label('provisional').lower()})"
    return title


def _area_state(ctx: ReportContext, dim: DimensionResult) -> str:
    name = ctx.tr(dim.dimension.title)
    if not dim.assessed:
        return f"{name} ({ctx.label('not_assessed').lower()})"
    share = f"{score_text(dim.coverage * 100)}%"
    return f"{name} ({ctx.label('area_answered', share=share)})"


def provisional_note(ctx: ReportContext) -> list[Flowable]:
    """The note naming the areas a provisional result is missing (nothing when it stands)."""
    missing = ctx.result.missing
    if not ctx.result.provisional or not missing:
        return []
    areas = ", ".join(_area_state(ctx, d) for d in missing)
    share = f"{score_text(STANDING_COVERAGE * 100)}%"
    return [ctx.para(ctx.label("provisional_note", areas=areas, share=share), "provisional-note")]


def _unconfirmed(ctx: ReportContext, outcome: QuestionOutcome) -> Flowable:
    question = outcome.question
    area = ctx.bank.dimension_by_id.get(question.dimension)
    given = (
        answer_label(question, outcome.answer, ctx.lang) or ctx.label("dont_know")
        if outcome.answer is not None
        else ctx.label("not_answered")
    )
    return KeepTogether(
        [
            ctx.para(ctx.tr(area.title) if area else question.dimension, "flag"),
            ctx.para(ctx.tr(question.text), "bold"),
            ctx.labelled(ctx.label("your_answer"), given, "small"),
        ]
    )


def unconfirmed_blockers(ctx: ReportContext) -> list[Flowable]:
    """The unconfirmed blockers: a heading, why they matter and each question."""
    outcomes = ctx.result.unconfirmed
    if not outcomes:
        return []
    story: list[Flowable] = [
        ctx.heading(ctx.label("unconfirmed"), "h2", level=1),
        ctx.para(ctx.label("unconfirmed_intro"), "body"),
    ]
    story.extend(_unconfirmed(ctx, o) for o in outcomes)
    return story
