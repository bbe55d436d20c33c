"""The action plan as the rest of the app reads it: :class:`ActionItem` and :class:`ActionPlan`.

Built by :func:`advisor.domain.planning.build_plan` (which re-exports these names); the
ranking and phasing rules are described there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from advisor.domain.assessment import PlanEdit, PlanStatus
from advisor.domain.bank import Phase, Recommendation
from advisor.domain.scoring import Gap

__all__ = [
    "SHOWN_ACTIONS",
    "TIER_BORDER",
    "TIER_OTHER",
    "TIER_SHIP_OR_PAY",
    "ActionItem",
    "ActionPlan",
]

#: A plan longer than this shows the rest compactly, as "when you are ready".
SHOWN_ACTIONS = 25

# ranking tiers
TIER_SHIP_OR_PAY = 0
TIER_BORDER = 1
TIER_OTHER = 2


class ActionItem(NamedTuple):
    """One action of the plan: a recommendation, the gaps behind it and the user's edits.

    Immutable; a tuple underneath (a plan of 30 actions is built for every file scored)."""

    recommendation: Recommendation
    gaps: tuple[Gap, ...]
    phase: Phase
    critical: bool
    severity: float
    relevance: float
    rank: int
    edit: PlanEdit
    tier: int = TIER_OTHER
    quick_win: bool = False
    after: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """The action id (the recommendation's id)."""
        return self.recommendation.id

    @property
    def dimension(self) -> str:
        """The dimension of the most severe gap behind the action."""
        return self.gaps[0].dimension

    @property
    def priority(self) -> float:
        """Severity weighted by relevance: what the ranking sorts on inside a tier."""
        return self.severity * self.relevance

    @property
    def done(self) -> bool:
        """True when the user marked the action done."""
        return self.edit.status is PlanStatus.DONE


@dataclass(frozen=True)
class ActionPlan:
    """The actions in plan order (phase, then dependencies, then rank)."""

    actions: tuple[ActionItem, ...]

    def __iter__(self) -> Iterator[ActionItem]:
        return iter(self.actions)

    def __len__(self) -> int:
        return len(self.actions)

    def in_phase(self, phase: Phase) -> tuple[ActionItem, ...]:
        """The actions of one phase, in plan order."""
        return tuple(a for a in self.actions if a.phase is phase)

    def top(self, count: int = 5) -> tuple[ActionItem, ...]:
        """The first ``count`` actions of the plan; "later" ones only when nothing is
        planned for "now" or "next"."""
        early = tuple(a for a in self.actions if a.phase is not Phase.LATER)
        return (early or self.actions)[:count]

    @property
    def shown(self) -> tuple[ActionItem, ...]:
        """The actions shown in full by phase (the first :data:`SHOWN_ACTIONS`)."""
        return self.actions[:SHOWN_ACTIONS]

    @property
    def when_ready(self) -> tuple[ActionItem, ...]:
        """The actions beyond :data:`SHOWN_ACTIONS`, listed compactly as "when you are
        ready" (never dropped)."""
        return self.actions[SHOWN_ACTIONS:]

    def get(self, action_id: str) -> ActionItem | None:
        """The action with this id, if the plan has it."""
        for action in self.actions:
            if action.id == action_id:
                return action
        return None
