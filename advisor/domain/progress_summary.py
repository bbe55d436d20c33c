"""What moved since last time, ahead of what did not: the reading order of a progress report.

:func:`summarise_progress` sorts a :class:`~advisor.domain.progress.Progress` for a reader:
the areas whose score (as shown, rounded) or stage changed, or where a gap was closed or
opened, come first; the areas where nothing changed collapse into one list ("No change in
payments and branding since 12 Oct 2026"); the gaps still open split into those whose
answer changed and those left as they were. A follow-up with no change at all says so in
a few lines instead of pages of "then X / now X" rows.

The window's progress panel and the PDF's progress section both read this; pure, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.domain.progress import DimensionChange, GapChange, Progress, ScoreChange

__all__ = ["ProgressSummary", "score_moved", "summarise_progress"]


def score_moved(change: ScoreChange) -> bool:
    """True when the score as shown (rounded) or the stage differs between the two sides."""
    if (change.old is None) != (change.new is None):
        return True
    if change.old is not None and change.new is not None and round(change.old) != round(change.new):
        return True
    old_stage = change.old_stage.id if change.old_stage else None
    new_stage = change.new_stage.id if change.new_stage else None
    return old_stage != new_stage


@dataclass(frozen=True)
class ProgressSummary:
    """A :class:`Progress` in reading order: what moved first, the unchanged in one line."""

    progress: Progress
    moved: tuple[DimensionChange, ...]
    unchanged: tuple[DimensionChange, ...]
    open_changed: tuple[GapChange, ...]
    open_same: tuple[GapChange, ...]

    @property
    def overall_moved(self) -> bool:
        """True when the overall score (rounded) or stage changed."""
        return score_moved(self.progress.overall)

    @property
    def nothing_changed(self) -> bool:
        """True when no score, stage, gap, answer or action changed at all."""
        p = self.progress
        return not (
            self.moved
            or self.overall_moved
            or p.gaps_closed
            or p.gaps_new
            or self.open_changed
            or p.actions_completed
            or p.gaps_not_reassessed
        )


def summarise_progress(progress: Progress) -> ProgressSummary:
    """Sort ``progress`` for a reader (see the module's docstring)."""
    touched = {g.dimension for g in (*progress.gaps_closed, *progress.gaps_new)}
    dims = [d for d in progress.dimensions if d.id in progress.bank.dimension_by_id]
    moved = tuple(d for d in dims if score_moved(d.change) or d.id in touched)
    unchanged = tuple(d for d in dims if d not in moved)
    open_changed = tuple(g for g in progress.gaps_open if g.old_answer != g.new_answer)
    open_same = tuple(g for g in progress.gaps_open if g.old_answer == g.new_answer)
    return ProgressSummary(progress, moved, unchanged, open_changed, open_same)
