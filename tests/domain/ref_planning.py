"""Reference copy, as before issue 18 (only test_lean_scoring.py uses it).

The action plan: the bank's recommendations for the gaps found, ranked and phased.

How an export consultant orders a plan (README "How the plan is built"):

* **Ranking.** Three tiers, then priority inside each: (1) the blockers that stop the
  first shipment or the first payment (critical questions that apply to every market:
  IEC, AD code, payment terms...), (2) the destination's border-deciding rules (critical
  questions tied to a chosen market: GPSR, FDA registration, CE...), (3) everything else by
  severity x relevance to the chosen markets and sector x effort (low 1, medium 0.75,
  high 0.5), so quick wins come first among equals. Bank order breaks ties.
* **"Now" is short.** It holds the blockers, in rank order, plus at most
  :data:`QUICK_WINS` quick wins (low effort, a question of weight 2 or more, a
  recommendation the bank starts "now"), and never more than :func:`now_cap` actions:
  8, or 6 for a micro or unregistered firm. An action taken into "now" brings the actions
  it needs with it, inside the cap; what does not fit moves to "next" in rank order.
  Other actions take the bank's phase, "now" becoming "next".
* **Dependencies.** A recommendation may name others that must come first (``after``).
  An action never sits in an earlier phase than an action it needs (when that one is in
  the plan too; one already done is no gap and no action), and inside a phase the actions
  follow their dependencies, then rank.
* ``rank`` is the action's place in the plan (1 = first thing to do); the top five are
  the first five actions, never a "later" one while "now" or "next" actions exist.
* The user's edits (owner, due date, status, notes) are merged in by action id, which is
  the recommendation id: edits follow their action whatever its rank or phase.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass

from ref_scoring import Gap, ReadinessResult

from advisor.domain.assessment import Assessment, CompanyProfile, PlanEdit, PlanStatus
from advisor.domain.bank import Bank, Effort, Phase, Question, Recommendation

__all__ = [
    "QUICK_WINS",
    "SHOWN_ACTIONS",
    "ActionItem",
    "ActionPlan",
    "build_plan",
    "now_cap",
    "relevance",
]

_EFFORT_ORDER = {Effort.LOW: 0, Effort.MEDIUM: 1, Effort.HIGH: 2}
_EFFORT_FACTOR = {Effort.LOW: 1.0, Effort.MEDIUM: 0.75, Effort.HIGH: 0.5}
_PHASE_ORDER = {Phase.NOW: 0, Phase.NEXT: 1, Phase.LATER: 2}
_PHASES = (Phase.NOW, Phase.NEXT, Phase.LATER)
MARKET_BOOST = 0.5
SECTOR_BOOST = 0.25
#: Most actions in "now" (0-30 days) for any firm, and for a micro or unregistered one.
NOW_CAP = 8
NOW_CAP_MICRO = 6
_MICRO_SIZES = frozenset({"micro", "not_registered"})
#: Most quick wins (besides the blockers) in "now".
QUICK_WINS = 5
#: A quick win answers a question of at least this weight.
QUICK_WIN_WEIGHT = 2.0
#: A plan longer than this shows the rest compactly, as "when you are ready".
SHOWN_ACTIONS = 25

# ranking tiers
TIER_SHIP_OR_PAY = 0
TIER_BORDER = 1
TIER_OTHER = 2


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


def now_cap(profile: CompanyProfile) -> int:
    """How many actions "now" may hold for this firm: fewer for a micro firm."""
    return NOW_CAP_MICRO if profile.size in _MICRO_SIZES else NOW_CAP


@dataclass
class _Draft:
    rec: Recommendation
    gaps: tuple[Gap, ...]
    severity: float
    relevance: float
    critical: bool
    tier: int
    quick_win: bool
    key: tuple[object, ...]
    phase: Phase = Phase.NEXT
    after: tuple[str, ...] = ()


def _tier(gaps: tuple[Gap, ...]) -> int:
    critical = [g for g in gaps if g.critical]
    if not critical:
        return TIER_OTHER
    if any(not (g.question.condition and g.question.condition.markets) for g in critical):
        return TIER_SHIP_OR_PAY
    return TIER_BORDER


def _draft(index: int, rec: Recommendation, found: list[Gap], profile: CompanyProfile) -> _Draft:
    gaps = tuple(sorted(found, key=lambda g: (not g.critical, -g.severity, g.question.id)))
    severity = max(g.severity for g in gaps)
    rel = max(relevance(g.question, profile) for g in gaps)
    critical = any(g.critical for g in gaps)
    tier = _tier(gaps)
    quick_win = (
        not critical
        and rec.phase is Phase.NOW
        and rec.effort is Effort.LOW
        and max(g.question.weight for g in gaps) >= QUICK_WIN_WEIGHT
    )
    priority = severity * rel * (_EFFORT_FACTOR[rec.effort] if tier == TIER_OTHER else 1.0)
    key = (tier, -round(priority, 6), _EFFORT_ORDER[rec.effort], index)
    return _Draft(rec, gaps, severity, rel, critical, tier, quick_win, key)


def _prerequisites(draft: _Draft, drafts: dict[str, _Draft]) -> list[_Draft]:
    """The actions ``draft`` needs that are in the plan, transitively, needed ones first."""
    found: list[_Draft] = []
    seen: set[str] = set()

    def visit(item: _Draft) -> None:
        for rid in item.rec.after:
            need = drafts.get(rid)
            if need is not None and rid not in seen:
                seen.add(rid)
                visit(need)
                found.append(need)

    visit(draft)
    return found


def _choose_now(ranked: list[_Draft], drafts: dict[str, _Draft], cap: int) -> set[str]:
    """The ids in "now": blockers then quick wins, in rank order, each with what it needs."""
    now: set[str] = set()
    wins = 0
    for wanted_blockers in (True, False):
        for draft in ranked:
            if draft.rec.id in now:
                continue
            if wanted_blockers and not draft.critical:
                continue
            if not wanted_blockers and (not draft.quick_win or wins >= QUICK_WINS):
                continue
            needed = [d.rec.id for d in _prerequisites(draft, drafts) if d.rec.id not in now]
            if len(now) + len(needed) + 1 > cap:
                continue
            now.update(needed)
            now.add(draft.rec.id)
            wins += not wanted_blockers
    return now


def _settle_phases(ranked: list[_Draft], drafts: dict[str, _Draft], now: set[str]) -> None:
    """Give every draft its phase: "now" as chosen, others the bank's (never "now"), then
    no action earlier than one it needs."""
    for draft in ranked:
        if draft.rec.id in now:
            draft.phase = Phase.NOW
        else:
            base = Phase.NEXT if draft.critical else draft.rec.phase
            draft.phase = Phase.NEXT if base is Phase.NOW else base
        draft.after = tuple(rid for rid in draft.rec.after if rid in drafts)
    changed = True
    while changed:  # at most one pass per dependency level; the bank has no cycles
        changed = False
        for draft in ranked:
            latest = max(
                (_PHASE_ORDER[drafts[rid].phase] for rid in draft.after),
                default=0,
            )
            if latest > _PHASE_ORDER[draft.phase]:
                draft.phase = _PHASES[latest]
                changed = True


def _plan_order(ranked: list[_Draft]) -> list[_Draft]:
    """Phase by phase, a dependency order that follows the rank wherever it can."""
    ordered: list[_Draft] = []
    position = {d.rec.id: i for i, d in enumerate(ranked)}
    for phase in _PHASES:
        members = [d for d in ranked if d.phase is phase]
        ids = {d.rec.id for d in members}
        waiting = {d.rec.id: sum(1 for r in d.after if r in ids) for d in members}
        dependents: dict[str, list[_Draft]] = {}
        for d in members:
            for rid in d.after:
                if rid in ids:
                    dependents.setdefault(rid, []).append(d)
        # an action needed by a higher-ranked one moves up with it (the export bank account
        # comes right before the AD code registration that needs it, not at its own rank)
        urgency = {d.rec.id: position[d.rec.id] for d in members}
        changed = True
        while changed:
            changed = False
            for d in members:
                for rid in d.after:
                    if rid in ids and urgency[d.rec.id] < urgency[rid]:
                        urgency[rid] = urgency[d.rec.id]
                        changed = True
        ready = [
            (urgency[d.rec.id], position[d.rec.id], d.rec.id)
            for d in members
            if waiting[d.rec.id] == 0
        ]
        heapq.heapify(ready)
        by_id = {d.rec.id: d for d in members}
        while ready:
            _, _, rid = heapq.heappop(ready)
            ordered.append(by_id[rid])
            for dep in dependents.get(rid, ()):
                waiting[dep.rec.id] -= 1
                if waiting[dep.rec.id] == 0:
                    heapq.heappush(ready, (urgency[dep.rec.id], position[dep.rec.id], dep.rec.id))
        placed = {d.rec.id for d in ordered}
        ordered.extend(d for d in members if d.rec.id not in placed)  # only an unchecked cycle
    return ordered


def build_plan(bank: Bank, assessment: Assessment, result: ReadinessResult) -> ActionPlan:
    """The action plan for a scored assessment. Pure and deterministic."""
    gaps_by_question = {g.question.id: g for g in result.gaps}
    profile = assessment.profile
    drafts: dict[str, _Draft] = {}
    for index, rec in enumerate(bank.recommendations):
        found = [gaps_by_question[q] for q in rec.questions if q in gaps_by_question]
        if found:
            drafts[rec.id] = _draft(index, rec, found, profile)
    ranked = sorted(drafts.values(), key=lambda d: d.key)
    now = _choose_now(ranked, drafts, now_cap(profile))
    _settle_phases(ranked, drafts, now)
    actions = []
    for rank, draft in enumerate(_plan_order(ranked), start=1):
        edit = assessment.plan.get(draft.rec.id)
        actions.append(
            ActionItem(
                recommendation=draft.rec,
                gaps=draft.gaps,
                phase=draft.phase,
                critical=draft.critical,
                severity=draft.severity,
                relevance=draft.relevance,
                rank=rank,
                edit=edit if edit is not None else PlanEdit(),
                tier=draft.tier,
                quick_win=draft.quick_win,
                after=draft.after,
            )
        )
    return ActionPlan(tuple(actions))
