"""The action plan: the bank's recommendations for the gaps found, ranked and phased.

Ranking (README, "How the score works"): blockers first, then severity weighted by relevance to
the chosen markets and sector, then effort (quick wins first among equals), then bank
order. Phases: an action behind a blocker starts *now*; the others take the bank's hint.
The user's edits (owner, due date, status, notes) are merged in by action id.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from advisor.domain.assessment import Assessment, CompanyProfile, PlanEdit, PlanStatus
from advisor.domain.bank import Bank, Effort, Phase, Question, Recommendation
from advisor.domain.scoring import Gap, ReadinessResult

__all__ = ["ActionItem", "ActionPlan", "build_plan", "relevance"]

_EFFORT_ORDER = {Effort.LOW: 0, Effort.MEDIUM: 1, Effort.HIGH: 2}
_PHASE_ORDER = {Phase.NOW: 0, Phase.NEXT: 1, Phase.LATER: 2}
_NOW = Phase.NOW
MARKET_BOOST = 0.5
SECTOR_BOOST = 0.25


@dataclass(frozen=True)
class ActionItem:
    """One action of the plan: a recommendation, the gaps behind it and the user's edits."""

    recommendation: Recommendation
    gaps: tuple[Gap, ...]
    phase: Phase
    critical: bool
    severity: float
    relevance: float
    rank: int
    edit: PlanEdit

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
        """Severity weighted by relevance: what the ranking sorts on."""
        return self.severity * self.relevance

    @property
    def done(self) -> bool:
        """True when the user marked the action done."""
        return self.edit.status is PlanStatus.DONE


@dataclass(frozen=True)
class ActionPlan:
    """The ranked actions, each in one phase."""

    actions: tuple[ActionItem, ...]

    def __iter__(self) -> Iterator[ActionItem]:
        return iter(self.actions)

    def __len__(self) -> int:
        return len(self.actions)

    def in_phase(self, phase: Phase) -> tuple[ActionItem, ...]:
        """The actions of one phase, highest priority first."""
        return tuple(a for a in self.actions if a.phase is phase)

    def top(self, count: int = 5) -> tuple[ActionItem, ...]:
        """The ``count`` highest-ranked actions."""
        return tuple(sorted(self.actions, key=lambda a: a.rank)[:count])

    def get(self, action_id: str) -> ActionItem | None:
        """The action with this id, if the plan has it."""
        for action in self.actions:
            if action.id == action_id:
                return action
        return None


def relevance(question: Question, profile: CompanyProfile) -> float:
    """1.0, raised when the question is specific to a chosen market or to the sector."""
    value = 1.0
    condition = question.condition
    if condition is None:
        return value
    if condition.markets and set(condition.markets).intersection(profile.target_markets):
        value += MARKET_BOOST
    if condition.sectors and profile.sector in condition.sectors:
        value += SECTOR_BOOST
    return value


def build_plan(bank: Bank, assessment: Assessment, result: ReadinessResult) -> ActionPlan:
    """The action plan for a scored assessment. Pure and deterministic."""
    gaps_by_question = {g.question.id: g for g in result.gaps}
    profile = assessment.profile
    drafts: list[
        tuple[tuple[object, ...], Recommendation, tuple[Gap, ...], float, float, bool]
    ] = []
    for index, rec in enumerate(bank.recommendations):
        found = [gaps_by_question[q] for q in rec.questions if q in gaps_by_question]
        if not found:
            continue
        if len(found) == 1:  # most recommendations answer one question
            gap = found[0]
            gaps: tuple[Gap, ...] = (gap,)
            severity, rel, critical = gap.severity, relevance(gap.question, profile), gap.critical
        else:
            gaps = tuple(sorted(found, key=lambda g: (not g.critical, -g.severity, g.question.id)))
            severity = max(g.severity for g in gaps)
            rel = max(relevance(g.question, profile) for g in gaps)
            critical = any(g.critical for g in gaps)
        key = (not critical, -round(severity * rel, 6), _EFFORT_ORDER[rec.effort], index)
        drafts.append((key, rec, gaps, severity, rel, critical))

    drafts.sort(key=lambda d: d[0])
    ranked = []
    for rank, (_, rec, gaps, severity, rel, critical) in enumerate(drafts, start=1):
        edit = assessment.plan.get(rec.id)
        ranked.append(
            ActionItem(
                recommendation=rec,
                gaps=gaps,
                phase=_NOW if critical else rec.phase,
                critical=critical,
                severity=severity,
                relevance=rel,
                rank=rank,
                edit=edit if edit is not None else PlanEdit(),
            )
        )
    ranked.sort(key=lambda a: (_PHASE_ORDER[a.phase], a.rank))
    return ActionPlan(tuple(ranked))
