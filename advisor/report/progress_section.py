"""The "Progress since <date>" section of the PDF: what changed since the last assessment.

The renderer (:mod:`advisor.report.pdf`) calls :func:`progress_flowables` when
``ReportOptions.previous`` holds an earlier assessment of the same company. The section
shows both profiles on one radar chart (earlier dashed grey, now solid; readable in black
and white), a table of the score and stage change per area, then the gaps closed, still
open and new, the actions completed, and the questions that could not be compared
because the bank changed. The comparison itself is :func:`advisor.domain.progress.compare`.

Every string goes through :meth:`ReportContext.para` / :meth:`ReportContext.markup`
(escaped, font runs), never straight into a ``Paragraph``.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from advisor.domain.answers import answer_label
from advisor.domain.formatting import format_date, join_list
from advisor.domain.progress import (
    REASON_LABELS,
    ComparisonError,
    DimensionChange,
    GapChange,
    Progress,
    ScoreChange,
    compare,
)
from advisor.domain.progress_summary import ProgressSummary, summarise_progress
from advisor.report.charts import ChartRow, RadarChart
from advisor.report.context import ReportContext, score_text
from advisor.report.styles import Palette
from advisor.report.tables import data_table

__all__ = ["ProgressRadar", "progress_flowables", "progress_section"]


def _word(ctx: ReportContext, key: str, **values: object) -> str:
    return ctx.words.get(f"progress.{key}", **values)


def _still_open(ctx: ReportContext, summary: ProgressSummary) -> str:
    return ctx.words.count("progress.still_open_same", len(summary.open_same))


def _delta(change: ScoreChange) -> str:
    if change.old is None or change.new is None:
        return "–"
    delta = int(score_text(change.new)) - int(score_text(change.old))
    return f"{delta:+d}" if delta else "±0"


def _score(value: float | None) -> str:
    return "–" if value is None else score_text(value)


class ProgressRadar(RadarChart):
    """The radar chart with a second, earlier profile drawn dashed over the current one."""

    def __init__(
        self,
        rows: Sequence[ChartRow],
        previous: Sequence[float],
        rings: Sequence[float],
        *,
        palette: Palette,
        styles: object,
        size: float = 230,
        label_width: float = 96,
    ) -> None:
        super().__init__(
            rows, rings, palette=palette, styles=styles, size=size, label_width=label_width
        )
        self.previous = [max(0.0, min(100.0, p)) for p in previous]

    def draw(self) -> None:
        """The current profile (solid, by :class:`RadarChart`), then the earlier one dashed."""
        super().draw()
        drawing = Drawing(self.width, self.height)
        points: list[float] = []
        for index, score in enumerate(self.previous):
            points.extend(self._point(index, score))
        drawing.add(
            Polygon(
                points,
                fillColor=None,
                strokeColor=self.palette.text,
                strokeWidth=1.3,
                strokeDashArray=[4, 3],
            )
        )
        for index, score in enumerate(self.previous):
            x, y = self._point(index, score)
            drawing.add(
                Rect(
                    x - 2.4,
                    y - 2.4,
                    4.8,
                    4.8,
                    fillColor=colors.white,
                    strokeColor=self.palette.text,
                )
            )
        renderPDF.draw(drawing, self.canv, 0, 0)


def _legend(ctx: ReportContext, progress: Progress) -> Table:
    palette = ctx.styles.palette

    def sample(dashed: bool) -> Drawing:
        drawing = Drawing(26, 8)
        if dashed:
            drawing.add(
                Line(1, 4, 25, 4, strokeColor=palette.text, strokeWidth=1.3, strokeDashArray=[4, 3])
            )
        else:
            drawing.add(Line(1, 4, 25, 4, strokeColor=palette.accent, strokeWidth=1.8))
        return drawing

    then = _word(ctx, "legend_then", date=format_date(progress.old.created_at, ctx.lang, "short"))
    now = _word(ctx, "legend_now", date=format_date(progress.new.created_at, ctx.lang, "short"))
    table = Table(
        [[sample(True), ctx.para(then, "small"), sample(False), ctx.para(now, "small")]],
        colWidths=[30, 120, 30, 120],
        hAlign="CENTER",
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _stage_text(ctx: ReportContext, change: ScoreChange) -> str:
    old, new = change.old_stage, change.new_stage
    if old is None and new is None:
        return "–"
    if old is None or new is None or old.id == new.id:
        return ctx.tr((new or old).title)  # type: ignore[union-attr]
    return f"{ctx.tr(old.title)} › {ctx.tr(new.title)}"


def _change_table(
    ctx: ReportContext, progress: Progress, moved: Sequence[DimensionChange], width: float
) -> Flowable:
    header = [_word(ctx, k) for k in ("area", "then", "now", "change", "stage")]
    rows = []
    named = [(ctx.tr(d.dimension.title), d.change, "cell") for d in moved]
    named.append((_word(ctx, "overall"), progress.overall, "cell-bold"))
    for title, change, style in named:
        rows.append(
            [
                ctx.para(title, "cell-bold"),
                ctx.para(_score(change.old), "cell-right"),
                ctx.para(_score(change.new), "cell-right"),
                ctx.para(_delta(change), "cell-right"),
                ctx.para(_stage_text(ctx, change), style),
            ]
        )
    return data_table(ctx, header, rows, [0.3, 0.1, 0.1, 0.12, 0.38], width)


def _gap_item(ctx: ReportContext, progress: Progress, gap: GapChange) -> Flowable:
    old_question = progress.old_bank.question_by_id.get(gap.id, gap.question)
    missing = _word(ctx, "not_answered")
    before = answer_label(old_question, gap.old_answer, ctx.lang) or missing
    after = answer_label(gap.question, gap.new_answer, ctx.lang) or missing
    area = progress.bank.dimension_by_id.get(gap.dimension)
    head = ctx.tr(gap.question.text)
    if area is not None:
        head = f"{head} ({ctx.tr(area.title)})"
    return KeepTogether(
        [
            ctx.bullet(head),
            ctx.para(_word(ctx, "then_now", old=before, new=after), "step"),
        ]
    )


def _gap_list(
    ctx: ReportContext, progress: Progress, key: str, gaps: Sequence[GapChange]
) -> list[Flowable]:
    if not gaps:
        return []
    heading = ctx.heading(_word(ctx, key, count=len(gaps)), "h2", level=1)
    return [heading, *(_gap_item(ctx, progress, g) for g in gaps)]


def _areas(ctx: ReportContext, changes: Sequence[DimensionChange]) -> str:
    return join_list([ctx.tr(d.dimension.title) for d in changes], ctx.lang)


def _intro(ctx: ReportContext, progress: Progress, date: str) -> list[Flowable]:
    old, overall = progress.old, progress.overall
    by = _word(ctx, "by", name=old.assessor.name) if old.assessor.name.strip() else ""
    values = {"old": _score(overall.old), "new": _score(overall.new), "delta": _delta(overall)}
    story = [ctx.para(_word(ctx, "intro", date=date, by=by, **values))]
    if overall.old_stage and overall.new_stage and overall.old_stage.id != overall.new_stage.id:
        stages = {"old": ctx.tr(overall.old_stage.title), "new": ctx.tr(overall.new_stage.title)}
        story.append(ctx.para(_word(ctx, "stage_moved", **stages)))
    elif overall.new_stage:
        story.append(ctx.para(_word(ctx, "stage_same", stage=ctx.tr(overall.new_stage.title))))
    return story


def _radar(ctx: ReportContext, progress: Progress) -> list[Flowable]:
    dims = [d for d in progress.dimensions if d.id in progress.bank.dimension_by_id]
    if len(dims) < 3:
        return []
    rows = [
        ChartRow(
            f"<b>{ctx.markup(ctx.tr(d.dimension.title), 'chart-label-centre')}</b>"
            f"<br/>{_score(d.change.old)} › {_score(d.change.new)}",
            d.change.new or 0.0,
        )
        for d in dims
    ]
    previous = [d.change.old or 0.0 for d in dims]
    rings = [s.min for s in progress.bank.stages_ordered]
    styles = ctx.styles
    return [
        ProgressRadar(rows, previous, rings, palette=styles.palette, styles=styles),
        _legend(ctx, progress),
        ctx.para(_word(ctx, "caption"), "caption"),
    ]


def _actions_done(ctx: ReportContext, progress: Progress) -> list[Flowable]:
    done = progress.actions_completed
    if not done:
        return []
    items: list[Flowable] = []
    for action in done:
        why = [_word(ctx, "done_marked")] if action.marked_done else []
        if action.gaps_closed:
            why.append(_word(ctx, "done_closed"))
        items.append(ctx.bullet(f"{ctx.tr(action.recommendation.title)} ({'; '.join(why)})"))
    return [ctx.heading(_word(ctx, "done", count=len(done)), "h2", level=1), *items]


def _not_comparable(ctx: ReportContext, progress: Progress) -> list[Flowable]:
    if not progress.not_comparable:
        return []
    count = len(progress.not_comparable)
    versions = {"old": progress.old.bank.version, "new": progress.new.bank.version}
    story: list[Flowable] = [
        ctx.heading(_word(ctx, "not_comparable", count=count), "h2", level=1),
        ctx.para(_word(ctx, "not_comparable_intro", **versions), "small"),
    ]
    for item in progress.not_comparable:
        reason = REASON_LABELS[item.reason].get(ctx.lang)
        story.append(ctx.bullet(f"{ctx.tr(item.question.text)} ({reason})"))
    return story


def progress_section(ctx: ReportContext, progress: Progress, width: float) -> list[Flowable]:
    """The flowables of the section for a computed :class:`Progress`.

    What moved comes first (the areas whose score or stage changed, gaps closed and new,
    actions done); the unchanged areas collapse into one line, and the gaps still open with
    the same answer into a count. A follow-up with no change at all takes a few lines.
    """
    summary = summarise_progress(progress)
    date = format_date(progress.old.created_at, ctx.lang)
    story: list[Flowable] = [ctx.heading(_word(ctx, "title", date=date))]
    story += _intro(ctx, progress, date)
    if summary.nothing_changed:
        story.append(ctx.para(_word(ctx, "nothing_changed", date=date)))
        if summary.open_same:
            story.append(ctx.para(_still_open(ctx, summary)))
        return story + _not_comparable(ctx, progress)
    if summary.moved or summary.overall_moved:
        story += _radar(ctx, progress)
        story.append(Spacer(1, 6))
        story.append(_change_table(ctx, progress, summary.moved, width))
    if summary.unchanged:
        areas = _areas(ctx, summary.unchanged)
        story.append(Spacer(1, 4))
        story.append(ctx.para(_word(ctx, "unchanged", areas=areas, date=date)))
    story += _gap_list(ctx, progress, "closed", progress.gaps_closed)
    story += _gap_list(ctx, progress, "new", progress.gaps_new)
    story += _actions_done(ctx, progress)
    story += _gap_list(ctx, progress, "open", summary.open_changed)
    if summary.open_same:
        story.append(ctx.para(_still_open(ctx, summary)))
    story += _gap_list(ctx, progress, "not_reassessed", progress.gaps_not_reassessed)
    return story + _not_comparable(ctx, progress)


def progress_flowables(ctx: ReportContext, width: float) -> list[Flowable]:
    """The section for ``ctx.options.previous`` (nothing when there is none).

    The renderer's hook: ``progress_flowables(ctx, width) -> list[Flowable]``. An earlier
    assessment of another bank gives a one-line note instead of a comparison.
    """
    previous = ctx.options.previous
    if previous is None:
        return []
    try:
        progress = compare(ctx.bank, previous, ctx.assessment)
    except ComparisonError:
        date = format_date(previous.created_at, ctx.lang)
        return [ctx.heading(_word(ctx, "title", date=date)), ctx.para(_word(ctx, "cannot_compare"))]
    return progress_section(ctx, progress, width)
