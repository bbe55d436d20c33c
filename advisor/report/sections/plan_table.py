"""The action plan table by phase, with the user's owner, due date, status and notes."""

from __future__ import annotations

from reportlab.platypus import Flowable

from advisor.domain.bank import Phase
from advisor.domain.formatting import format_date
from advisor.domain.planning import ActionItem
from advisor.domain.vocabulary import PHASE_LABELS, STATUS_LABELS
from advisor.report.context import ReportContext
from advisor.report.tables import data_table
from advisor.report.text import clean

__all__ = ["NOTE_PREVIEW", "action_plan"]

# Notes longer than this show their start in the table and in full after it, so a long
# note never turns a table row into a narrow column pages long.
NOTE_PREVIEW = 160
_COLUMNS = (0.05, 0.31, 0.14, 0.12, 0.11, 0.27)


def _note_preview(ctx: ReportContext, notes: str) -> tuple[str, bool]:
    text = clean(notes).strip()
    if len(text) <= NOTE_PREVIEW:
        return text, False
    cut = (
        text[:NOTE_PREVIEW].rsplit(" ", 1)[0] if " " in text[:NOTE_PREVIEW] else text[:NOTE_PREVIEW]
    )
    return f"{cut}… ({ctx.label('see_full_notes')})", True


def _row(ctx: ReportContext, action: ActionItem) -> tuple[list[object], bool]:
    edit = action.edit
    area = ctx.bank.dimension_by_id.get(action.dimension)
    notes, long_note = _note_preview(ctx, edit.notes)
    due = format_date(edit.due, ctx.lang, "short") if edit.due else ""
    row: list[object] = [
        ctx.para(str(action.rank), "cell-right"),
        [
            ctx.para(ctx.tr(action.recommendation.title), "cell-bold"),
            ctx.para(ctx.tr(area.title) if area else "", "cell-small"),
        ],
        ctx.para(edit.owner, "cell"),
        ctx.para(due, "cell"),
        ctx.para(STATUS_LABELS[edit.status].get(ctx.lang), "cell"),
        ctx.para(notes, "cell"),
    ]
    return row, long_note


def _when_ready(ctx: ReportContext) -> list[Flowable]:
    """The actions beyond the first :data:`SHOWN_ACTIONS`, one compact line each."""
    rest = ctx.plan.when_ready
    if not rest:
        return []
    story: list[Flowable] = [
        ctx.heading(ctx.label("when_ready"), "h2", level=1),
        ctx.para(ctx.label("when_ready_intro", count=len(rest)), "small"),
    ]
    for action in rest:
        phase = PHASE_LABELS[action.phase].get(ctx.lang)
        story.append(
            ctx.bullet(f"{action.rank}. {ctx.tr(action.recommendation.title)} ({phase})", "bullet")
        )
    return story


def action_plan(ctx: ReportContext, width: float) -> list[Flowable]:
    """The plan: one table per phase (header repeated on each page), then long notes."""
    story: list[Flowable] = [
        ctx.heading(ctx.label("action_plan")),
        ctx.para(ctx.label("plan_intro"), "small"),
    ]
    header = [
        ctx.label(key)
        for key in ("col_rank", "col_action", "col_owner", "col_due", "col_status", "col_notes")
    ]
    long_notes: list[ActionItem] = []
    shown = {a.id for a in ctx.plan.shown}
    for phase in Phase:
        actions = sorted(
            (a for a in ctx.plan.in_phase(phase) if a.id in shown), key=lambda a: a.rank
        )
        if not actions and any(a.phase is phase for a in ctx.plan.when_ready):
            continue  # this phase is all "when you are ready"
        story.append(ctx.heading(PHASE_LABELS[phase].get(ctx.lang), "h2", level=1))
        if not actions:
            story.append(ctx.para(ctx.label("empty_phase")))
            continue
        rows = []
        for action in actions:
            row, long_note = _row(ctx, action)
            rows.append(row)
            if long_note:
                long_notes.append(action)
        story.append(data_table(ctx, header, rows, _COLUMNS, width, numeric=(0,)))
    story.extend(_when_ready(ctx))
    if long_notes:
        story.append(ctx.heading(ctx.label("notes_in_full"), "h2", level=1))
        for action in sorted(long_notes, key=lambda a: a.rank):
            title = f"{action.rank}. {ctx.tr(action.recommendation.title)}"
            story.append(ctx.subheading(title))
            story.append(ctx.para(action.edit.notes, "body"))
    return story
