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

from operator import itemgetter
from typing import NamedTuple

from advisor.domain.action_plan import (
    SHOWN_ACTIONS,
    TIER_BORDER,
    TIER_OTHER,
    TIER_SHIP_OR_PAY,
    ActionItem,
    ActionPlan,
)
from advisor.domain.assessment import Assessment, CompanyProfile, PlanEdit
from advisor.domain.bank import Bank, Phase, Question
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

_PHASES = (Phase.NOW, Phase.NEXT, Phase.LATER)
_PHASE_ORDER = {phase: order for order, phase in enumerate(_PHASES)}
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


_new = tuple.__new__  # NamedTuple's own __new__ is a Python function: 3x slower
_key = itemgetter(0)


class _Ranked(NamedTuple):
    """A recommendation of the plan before its phase: what the ranking worked out."""

    key: tuple[int, float, int, int]  # (tier, -priority, effort order, bank order): unique
    row: RecRow
    gaps: tuple[Gap, ...]  # most severe first
    severity: float
    relevance: float
    critical: bool
    tier: int
    quick_win: bool


def _rank(  # noqa: PLR0917 (a call per action: positional arguments are quicker)
    row: RecRow,
    gaps: tuple[Gap, ...],
    severity: float,
    rel: float,
    weight: float,
    critical: bool,
    ship_or_pay: bool,
) -> _Ranked:
    """A recommendation ranked from what its gaps say: the greatest severity, relevance
    and question weight; critical when any is; "ship or pay" when a critical one applies
    to every market."""
    if critical:
        tier = TIER_SHIP_OR_PAY if ship_or_pay else TIER_BORDER
        priority = severity * rel
        quick_win = False
    else:
        tier = TIER_OTHER
        priority = severity * rel * row.effort_factor
        quick_win = row.may_be_quick and weight >= QUICK_WIN_WEIGHT
    key = (tier, -round(priority, 6), row.effort_order, row.index)
    return _new(_Ranked, (key, row, gaps, severity, rel, critical, tier, quick_win))


# what a recommendation of several questions needs of each gap:
# (gap, severity, relevance, question weight, critical, no market condition)
_GapInfo = tuple[Gap, float, float, float, bool, bool]


def _ranked(result: ReadinessResult, tables: BankTables, profile: CompanyProfile) -> list[_Ranked]:
    """The recommendations for the gaps, in rank order.

    ``result.gaps`` come most severe first (scoring's order, the order of each action's
    gaps), so a recommendation of several questions gathers its gaps in order. Per gap, its
    severity (:attr:`Gap.severity`) and :func:`relevance` are worked out on the question's
    table row.
    """
    plan_rows = tables.plan_rows
    markets = profile.target_markets
    sector = profile.sector
    ranked: list[_Ranked] = []
    found: dict[int, tuple[RecRow, list[_GapInfo]]] = {}  # those of several questions
    exact = tables.exact_priorities
    for gap in result.gaps:
        question, _, score, critical, _ = gap
        weight, q_markets, q_sectors, recs, solo = plan_rows[question.id]
        value = 1.0
        if q_markets is not None and not q_markets.isdisjoint(markets):
            value += MARKET_BOOST
        if q_sectors is not None and sector in q_sectors:
            value += SECTOR_BOOST
        severity = (100.0 - score) * weight * (2.0 if critical else 1.0)
        if solo is not None:  # the common case, _rank inline: one gap, one recommendation
            if critical:
                tier = TIER_SHIP_OR_PAY if q_markets is None else TIER_BORDER
                priority = severity * value
                quick_win = False
            else:
                tier = TIER_OTHER
                priority = severity * value * solo.effort_factor
                quick_win = solo.may_be_quick and weight >= QUICK_WIN_WEIGHT
            key = (
                tier,
                -(priority if exact else round(priority, 6)),  # as _rank (round() is slow)
                solo.effort_order,
                solo.index,
            )
            ranked.append(
                _new(_Ranked, (key, solo, (gap,), severity, value, critical, tier, quick_win))
            )
            continue
        for row in recs:
            if row.single:
                ship_or_pay = critical and q_markets is None
                ranked.append(_rank(row, (gap,), severity, value, weight, critical, ship_or_pay))
            else:
                info = (gap, severity, value, weight, critical, q_markets is None)
                found.setdefault(row.index, (row, []))[1].append(info)
    for row, infos in found.values():
        gap, severity, rel, weight, critical, no_market = infos[0]
        ship_or_pay = critical and no_market
        for _, more_severe, more_relevant, heavier, also_critical, all_markets in infos[1:]:
            severity = max(severity, more_severe)  # (max keeps the first of equals)
            rel = max(rel, more_relevant)
            weight = max(weight, heavier)
            critical = critical or also_critical
            ship_or_pay = ship_or_pay or (also_critical and all_markets)
        gaps = tuple([i[0] for i in infos])
        ranked.append(_rank(row, gaps, severity, rel, weight, critical, ship_or_pay))
    ranked.sort(key=_key)  # the keys differ (bank order)
    return ranked


def _prerequisites(row: RecRow, phase: dict[str, Phase], rows: dict[str, RecRow]) -> set[str]:
    """The ids of the actions ``row`` needs that are in the plan (``phase``), transitively."""
    found: set[str] = set()
    stack = [row]
    while stack:
        for rid in stack.pop().after:
            if rid in phase and rid not in found:
                found.add(rid)
                stack.append(rows[rid])
    return found


def _choose_now(
    ranked: list[_Ranked], phase: dict[str, Phase], rows: dict[str, RecRow], cap: int
) -> set[str]:
    """The ids in "now": blockers then quick wins, in rank order, each with what it needs.
    (The blockers rank first: critical actions have the first two tiers.)"""
    now: set[str] = set()
    wins = 0
    for item in ranked:
        row = item.row
        if item.critical:
            if row.id not in now:
                _take(row, phase, rows, now, cap)
        elif wins >= QUICK_WINS:
            break
        elif item.quick_win and row.id not in now and _take(row, phase, rows, now, cap):
            wins += 1
    return now


def _take(
    row: RecRow, phase: dict[str, Phase], rows: dict[str, RecRow], now: set[str], cap: int
) -> bool:
    """Put ``row``'s action and what it needs into ``now`` if they fit under ``cap``."""
    needed = _prerequisites(row, phase, rows) - now if row.after else set()
    if len(now) + len(needed) + 1 > cap:
        return False
    now.update(needed)
    now.add(row.id)
    return True


def _phases(
    ranked: list[_Ranked], rows: dict[str, RecRow], cap: int
) -> tuple[dict[str, Phase], dict[str, tuple[str, ...]]]:
    """Each action's phase ("now" as chosen, others the bank's, never "now"; then no action
    earlier than one it needs) and, for those that need any, the actions of the plan it
    needs (its ``after``)."""
    phase: dict[str, Phase] = {}
    waiting: list[RecRow] = []
    for item in ranked:
        row = item.row
        phase[row.id] = _NEXT if item.critical else row.phase_not_now
        if row.after:
            waiting.append(row)
    for rid in _choose_now(ranked, phase, rows, cap):
        phase[rid] = _NOW
    after: dict[str, tuple[str, ...]] = {}
    for row in waiting:
        needs = tuple([need for need in row.after if need in phase])
        if needs:
            after[row.id] = needs
    changed = bool(after)
    while changed:  # at most one pass per dependency level; the bank has no cycles
        changed = False
        for rid, needs in after.items():
            latest = max(_PHASE_ORDER[phase[need]] for need in needs)
            if latest > _PHASE_ORDER[phase[rid]]:
                phase[rid] = _PHASES[latest]
                changed = True
    return phase, after


def _plan_order(
    ranked: list[_Ranked], phase: dict[str, Phase], after: dict[str, tuple[str, ...]]
) -> list[_Ranked]:
    """Phase by phase, a dependency order that follows the rank wherever it can.

    Taken in rank order, an action comes right after the actions of its phase it needs
    (transitively) that are not placed yet, and these come in the rank order their
    dependencies allow: an action needed by a higher-ranked one moves up with it (the
    export bank account comes right before the AD code registration that needs it, not
    at its own rank). (The same order as placing, each time, the first in rank order of
    the actions whose needs are placed and that the most urgent action waits for.)"""
    buckets: tuple[list[_Ranked], ...] = ([], [], [])
    for item in ranked:
        buckets[_PHASE_ORDER[phase[item.row.id]]].append(item)
    if not after:
        return buckets[0] + buckets[1] + buckets[2]
    position = {item.row.id: i for i, item in enumerate(ranked)}
    ordered: list[_Ranked] = []
    placed: set[str] = set()
    for bucket in buckets:
        for item in bucket:
            rid = item.row.id
            if rid in placed:
                continue
            placed.add(rid)
            if rid not in after:  # needs nothing: its own place
                ordered.append(item)
                continue
            group = _waiting_for(rid, after, placed)
            group.sort(key=position.__getitem__)
            while group:
                # the first in rank order that may come; in a cycle (a bank that skipped
                # its checks) the first in rank order
                gid = next(
                    (g for g in group if all(n in placed for n in after.get(g, ()))), group[0]
                )
                group.remove(gid)
                placed.add(gid)
                ordered.append(ranked[position[gid]])
            ordered.append(item)
    return ordered


def _waiting_for(rid: str, after: dict[str, tuple[str, ...]], placed: set[str]) -> list[str]:
    """The actions ``rid`` needs, transitively, that are not placed yet (all in its phase:
    earlier phases are placed, and no action needs one of a later phase)."""
    group: list[str] = []
    seen = {rid}
    stack = [rid]
    while stack:
        for need in after.get(stack.pop(), ()):
            if need not in seen and need not in placed:
                seen.add(need)
                group.append(need)
                stack.append(need)
    return group


def build_plan(bank: Bank, assessment: Assessment, result: ReadinessResult) -> ActionPlan:
    """The action plan for a scored assessment. Pure and deterministic.

    Works on the bank's tables (:func:`~advisor.domain.tables.tables_for`); a test
    compares every plan with the engine this replaced."""
    if not result.gaps:
        return ActionPlan(())
    tables = tables_for(bank)
    profile = assessment.profile
    ranked = _ranked(result, tables, profile)
    phase, after = _phases(ranked, tables.rec_by_id, now_cap(profile))
    edits = assessment.plan
    new = _new
    actions = []
    for rank, item in enumerate(_plan_order(ranked, phase, after), start=1):
        rid = item.row.id
        edit = edits.get(rid)
        actions.append(
            new(
                ActionItem,
                (
                    item.row.rec,
                    item.gaps,
                    phase[rid],
                    item.critical,
                    item.severity,
                    item.relevance,
                    rank,
                    _NO_EDIT if edit is None else edit,
                    item.tier,
                    item.quick_win,
                    after.get(rid, ()),
                ),
            )
        )
    return ActionPlan(tuple(actions))
