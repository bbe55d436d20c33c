"""The action plan: the bank's recommendations for the gaps found, ranked and phased.

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

from advisor.domain.action_plan import (
    SHOWN_ACTIONS,
    TIER_BORDER,
    TIER_OTHER,
    TIER_SHIP_OR_PAY,
    ActionItem,
    ActionPlan,
)
from advisor.domain.assessment import Assessment, CompanyProfile, PlanEdit
from advisor.domain.bank import Bank, Effort, Phase, Question
from advisor.domain.scoring import Gap, ReadinessResult
from advisor.domain.tables import BankTables, RecRow, tables_for

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
_NOW, _NEXT = Phase.NOW, Phase.NEXT
#: The edit of an action the user has not touched (shared: an ActionItem is read-only).
_NO_EDIT = PlanEdit()
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


class _Draft:
    __slots__ = (
        "after",
        "critical",
        "gaps",
        "key",
        "needed_by",
        "needs",
        "phase",
        "position",
        "quick_win",
        "rec",
        "rec_after",
        "relevance",
        "rid",
        "severity",
        "tier",
        "urgency",
        "waiting",
    )

    def __init__(self, row: RecRow, found: list[_GapInfo]) -> None:
        if len(found) > 1:
            found.sort(key=_info_key)
            first = found[0]
            severity = max(i[2] for i in found)
            rel = max(i[3] for i in found)
            weight = max(i[4] for i in found)
            critical = any(i[5] for i in found)
            ship_or_pay = any(i[5] and i[6] for i in found)
        else:
            first = found[0]
            _, _, severity, rel, weight, critical, no_market = first
            ship_or_pay = critical and no_market
        tier = TIER_OTHER if not critical else TIER_SHIP_OR_PAY if ship_or_pay else TIER_BORDER
        self.rec = row.rec
        self.rid = row.id
        self.rec_after = row.after
        self.gaps = (first[0],) if len(found) == 1 else tuple([i[0] for i in found])
        self.severity = severity
        self.relevance = rel
        self.critical = critical
        self.tier = tier
        self.quick_win = not critical and row.may_be_quick and weight >= QUICK_WIN_WEIGHT
        priority = severity * rel * (row.effort_factor if tier == TIER_OTHER else 1.0)
        self.key = (tier, -round(priority, 6), row.effort_order, row.index)
        self.phase = _NEXT
        self.after: tuple[str, ...] = ()


# what the plan needs of one gap, computed once per gap (a gap may feed several actions):
# (gap, its order key, severity, relevance, question weight, critical, no market condition)
_GapInfo = tuple[Gap, tuple[bool, float, str], float, float, float, bool, bool]


def _info_key(info: _GapInfo) -> tuple[bool, float, str]:
    return info[1]


def _gap_infos(
    result: ReadinessResult, tables: BankTables, profile: CompanyProfile
) -> dict[str, _GapInfo]:
    rows = tables.row_by_id
    markets = set(profile.target_markets)
    sector = profile.sector
    infos: dict[str, _GapInfo] = {}
    for gap in result.gaps:
        question, _, score, critical, _ = gap
        qid = question.id
        q = rows[qid]
        severity = (100.0 - score) * q.weight * (2.0 if critical else 1.0)  # Gap.severity
        value = 1.0  # relevance(), on the question's table row
        if q.markets is not None and not q.markets.isdisjoint(markets):
            value += MARKET_BOOST
        if q.sectors is not None and sector in q.sectors:
            value += SECTOR_BOOST
        infos[qid] = (
            gap,
            (not critical, -severity, qid),
            severity,
            value,
            q.weight,
            critical,
            q.markets is None,
        )
    return infos


def _prerequisites(draft: _Draft, drafts: dict[str, _Draft]) -> list[_Draft]:
    """The actions ``draft`` needs that are in the plan, transitively, needed ones first."""
    found: list[_Draft] = []
    seen: set[str] = set()

    def visit(item: _Draft) -> None:
        for rid in item.rec_after:
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
    for draft in ranked:  # the blockers first
        if draft.critical and draft.rid not in now:
            _take(draft, drafts, now, cap)
    for draft in ranked:  # then quick wins
        if wins >= QUICK_WINS:
            break
        if draft.quick_win and draft.rid not in now and _take(draft, drafts, now, cap):
            wins += 1
    return now


def _take(draft: _Draft, drafts: dict[str, _Draft], now: set[str], cap: int) -> bool:
    """Put ``draft`` and what it needs into ``now`` if they fit under ``cap``."""
    needed = (
        [d.rid for d in _prerequisites(draft, drafts) if d.rid not in now]
        if draft.rec_after
        else []
    )
    if len(now) + len(needed) + 1 > cap:
        return False
    now.update(needed)
    now.add(draft.rid)
    return True


def _settle_phases(ranked: list[_Draft], drafts: dict[str, _Draft], now: set[str]) -> None:
    """Give every draft its phase: "now" as chosen, others the bank's (never "now"), then
    no action earlier than one it needs."""
    dependent = []
    for draft in ranked:
        if draft.rid in now:
            draft.phase = _NOW
        else:
            base = _NEXT if draft.critical else draft.rec.phase
            draft.phase = _NEXT if base is _NOW else base
        if draft.rec_after:
            draft.after = tuple(rid for rid in draft.rec_after if rid in drafts)
            if draft.after:
                dependent.append(draft)
    changed = bool(dependent)
    while changed:  # at most one pass per dependency level; the bank has no cycles
        changed = False
        for draft in dependent:
            latest = max(_PHASE_ORDER[drafts[rid].phase] for rid in draft.after)
            if latest > _PHASE_ORDER[draft.phase]:
                draft.phase = _PHASES[latest]
                changed = True


def _plan_order(ranked: list[_Draft], drafts: dict[str, _Draft]) -> list[_Draft]:
    """Phase by phase, a dependency order that follows the rank wherever it can."""
    ordered: list[_Draft] = []
    buckets: dict[Phase, list[_Draft]] = {phase: [] for phase in _PHASES}
    for d in ranked:
        buckets[d.phase].append(d)
    for phase in _PHASES:
        members = buckets[phase]
        if not any(d.after for d in members):
            ordered.extend(members)  # nothing waits for anything: the rank order
            continue
        # per draft: the drafts of this phase it needs, how many it still waits for, the
        # drafts that need it, and its urgency (its rank's place, raised below)
        for d in members:
            d.needs = [n for rid in d.after if (n := drafts[rid]).phase is phase]
            d.waiting = len(d.needs)
            d.needed_by = []
            d.urgency = d.position
        for d in members:
            for n in d.needs:
                n.needed_by.append(d)
        # an action needed by a higher-ranked one moves up with it (the export bank account
        # comes right before the AD code registration that needs it, not at its own rank)
        changed = True
        while changed:
            changed = False
            for d in members:
                for n in d.needs:
                    if d.urgency < n.urgency:
                        n.urgency = d.urgency
                        changed = True
        # positions are unique: (urgency, position) orders the heap without ties
        ready = [(d.urgency, d.position) for d in members if d.waiting == 0]
        heapq.heapify(ready)
        placed = 0
        while ready:
            _, position = heapq.heappop(ready)
            draft = ranked[position]
            ordered.append(draft)
            placed += 1
            for dep in draft.needed_by:
                dep.waiting -= 1
                if dep.waiting == 0:
                    heapq.heappush(ready, (dep.urgency, dep.position))
        if placed < len(members):  # only an unchecked cycle
            ordered.extend(d for d in members if d.waiting > 0)
    return ordered


def build_plan(bank: Bank, assessment: Assessment, result: ReadinessResult) -> ActionPlan:
    """The action plan for a scored assessment. Pure and deterministic.

    Works on the bank's tables (:func:`~advisor.domain.tables.tables_for`); a test
    compares every plan with the engine this replaced."""
    if not result.gaps:
        return ActionPlan(())
    tables = tables_for(bank)
    profile = assessment.profile
    infos = _gap_infos(result, tables, profile)
    recs_of = tables.recs_of_question
    wanted: set[int] = set()
    for qid in infos:
        wanted.update(recs_of.get(qid, ()))
    drafts: dict[str, _Draft] = {}
    recs = tables.recs
    for index in sorted(wanted):
        row = recs[index]
        found = [infos[q] for q in row.questions if q in infos]
        drafts[row.id] = _Draft(row, found)
    ranked = sorted(drafts.values(), key=_draft_key)
    for position, draft in enumerate(ranked):
        draft.position = position
    now = _choose_now(ranked, drafts, now_cap(profile))
    _settle_phases(ranked, drafts, now)
    edits = assessment.plan
    new = tuple.__new__  # NamedTuple's own __new__ is a Python function: 3x slower
    actions = [
        new(
            ActionItem,
            (
                draft.rec,
                draft.gaps,
                draft.phase,
                draft.critical,
                draft.severity,
                draft.relevance,
                rank,
                _NO_EDIT if (edit := edits.get(draft.rid)) is None else edit,
                draft.tier,
                draft.quick_win,
                draft.after,
            ),
        )
        for rank, draft in enumerate(_plan_order(ranked, drafts), start=1)
    ]
    return ActionPlan(tuple(actions))


def _draft_key(draft: _Draft) -> tuple[object, ...]:
    return draft.key
