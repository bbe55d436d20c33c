"""Per-bank tables for scoring and planning, built once per bank (issue 18).

Scoring 1,000 files asked the same questions of the bank 1,000 times: each question's
kind, its options' scores, whether its condition holds, which recommendations answer its
gaps. :class:`BankTables` answers them once, as plain tuples, dicts and frozensets, and
:func:`tables_for` keeps it with the bank (a bank is immutable).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from advisor.domain.bank import (
    Bank,
    Condition,
    Effort,
    Phase,
    Question,
    QuestionKind,
    Recommendation,
    Stage,
)

if TYPE_CHECKING:
    from advisor.domain.assessment import CompanyProfile

__all__ = [
    "KIND_MULTI",
    "KIND_NUMBER",
    "KIND_SINGLE",
    "BankTables",
    "PlanRow",
    "QuestionRow",
    "RecRow",
    "tables_for",
]

KIND_SINGLE, KIND_MULTI, KIND_NUMBER = 0, 1, 2

_Set = frozenset[str] | None
# A compiled condition: (sectors, sizes, experience, markets, channels, not_sectors)
CompiledCondition = tuple[_Set, _Set, _Set, _Set, _Set, _Set]


class QuestionRow(NamedTuple):
    """What scoring needs of one question, looked up once."""

    question: Question
    id: str
    weight: float
    kind: int
    scores: dict[str, float]  # option id -> score
    bands: tuple[tuple[float, float | None, bool, float], ...]  # (min, max, includes_max, score)
    critical_below: float | None
    condition: int  # index into BankTables.conditions, -1 when the question always applies
    markets: _Set  # the condition's markets (relevance in the plan)
    sectors: _Set  # the condition's sectors (relevance in the plan)
    minimum: float
    maximum: float
    exclusive: frozenset[str]  # the exclusive options of a multiple-choice question


# (question, id, weight, kind, scores, critical_below, condition, row): see BankTables
ScoringRow = tuple[Question, str, float, int, dict[str, float], float | None, int, QuestionRow]


class RecRow(NamedTuple):
    """What planning needs of one recommendation, looked up once."""

    index: int
    rec: Recommendation
    id: str
    questions: tuple[str, ...]
    effort_order: int
    effort_factor: float
    may_be_quick: bool  # the bank starts it "now" and it is low effort
    phase_not_now: Phase  # its phase when not chosen for "now" (the bank's, "now" as "next")
    after: tuple[str, ...]
    single: bool  # it answers the gaps of one question only


class PlanRow(NamedTuple):
    """What planning needs of one question whose gap it ranks, looked up once."""

    weight: float
    markets: _Set  # the condition's markets (relevance)
    sectors: _Set  # the condition's sectors (relevance)
    recs: tuple[RecRow, ...]  # the recommendations for its gaps, in bank order
    solo: RecRow | None  # its one recommendation, when that one answers no other question


def _whole(value: float) -> bool:
    """A whole number well inside a float's precision."""
    return float(value).is_integer() and abs(value) < 2**40


def _frozen(values: Sequence[str] | None) -> _Set:
    return None if values is None else frozenset(values)


def _compile(condition: Condition) -> CompiledCondition:
    return (
        _frozen(condition.sectors),
        _frozen(condition.sizes),
        _frozen(condition.experience),
        _frozen(condition.markets),
        _frozen(condition.channels),
        _frozen(condition.not_sectors),
    )


def holds(compiled: CompiledCondition, profile: CompanyProfile) -> bool:
    """:func:`advisor.domain.conditions.condition_holds` on a compiled condition."""
    sectors, sizes, experience, markets, channels, not_sectors = compiled
    sector = profile.sector
    if sectors is not None and sector not in sectors:
        return False
    if sizes is not None and profile.size not in sizes:
        return False
    if experience is not None and profile.experience not in experience:
        return False
    if markets is not None and markets.isdisjoint(profile.target_markets):
        return False
    if channels is not None and channels.isdisjoint(profile.channels):
        return False
    return not (not_sectors is not None and sector in not_sectors)


class FailingConditions:
    """Which compiled conditions fail for a profile, by a few set operations (issue 18).

    :func:`holds` asks six questions of each condition for every file; here each profile
    value's failures are looked up: a condition with a list of sectors (sizes, experience)
    fails for every value not in it, one with ``not_sectors`` for the values in it, one
    with markets (channels) when none of the profile's is in it. A value no condition
    names fails exactly the conditions that list that field.
    """

    def __init__(self, conditions: Sequence[CompiledCondition]) -> None:
        def listing(field: int) -> frozenset[int]:
            return frozenset(i for i, c in enumerate(conditions) if c[field] is not None)

        def naming(field: int) -> dict[str, set[int]]:
            found: dict[str, set[int]] = {}
            for i, c in enumerate(conditions):
                for value in c[field] or ():
                    found.setdefault(value, set()).add(i)
            return found

        def scalar(field: int) -> tuple[dict[str, frozenset[int]], frozenset[int]]:
            listed = listing(field)
            return {v: listed - named for v, named in naming(field).items()}, listed

        self._sector, self._no_sector = scalar(0)
        for value, excluded in naming(5).items():  # not_sectors
            self._sector[value] = self._sector.get(value, self._no_sector) | excluded
        self._size, self._no_size = scalar(1)
        self._experience, self._no_experience = scalar(2)
        self._markets, self._market_met = listing(3), naming(3)
        self._channels, self._channel_met = listing(4), naming(4)

    def __call__(self, profile: CompanyProfile) -> frozenset[int]:
        """The indices of the conditions that fail for ``profile``."""
        failing = (
            self._sector.get(profile.sector, self._no_sector)  # type: ignore[arg-type]
            | self._size.get(profile.size, self._no_size)  # type: ignore[arg-type]
            | self._experience.get(profile.experience, self._no_experience)  # type: ignore[arg-type]
        )
        for listed, met_by, chosen in (
            (self._markets, self._market_met, profile.target_markets),
            (self._channels, self._channel_met, profile.channels),
        ):
            if listed:
                met: set[int] = set()
                for value in chosen:
                    met.update(met_by.get(value, ()))
                failing |= listed - met
        return failing


class BankTables:
    """Everything per question and per recommendation that scoring and planning look up."""

    def __init__(self, bank: Bank) -> None:
        kinds = {
            QuestionKind.SINGLE: KIND_SINGLE,
            QuestionKind.MULTI: KIND_MULTI,
            QuestionKind.NUMBER: KIND_NUMBER,
        }
        conditions: list[CompiledCondition] = []
        seen: dict[CompiledCondition, int] = {}
        rows: dict[str, QuestionRow] = {}
        for q in bank.questions:
            index = -1
            markets = sectors = None
            if q.condition is not None:
                compiled = _compile(q.condition)
                index = seen.setdefault(compiled, len(conditions))
                if index == len(conditions):
                    conditions.append(compiled)
                markets = compiled[3] if q.condition.markets else None
                sectors = compiled[0] if q.condition.sectors else None
            rows[q.id] = QuestionRow(
                question=q,
                id=q.id,
                weight=q.weight,
                kind=kinds[q.kind],
                scores={o.id: o.score for o in q.options or ()},
                bands=tuple((b.min, b.max, b.includes_max, b.score) for b in q.bands or ()),
                critical_below=q.critical_below,
                condition=index,
                markets=markets,
                sectors=sectors,
                minimum=q.minimum,
                maximum=q.maximum,
                exclusive=frozenset(o.id for o in q.options or () if o.exclusive),
            )
        #: The ids each profile field may take, by condition field name ("sectors"...).
        self.profile_ids: dict[str, frozenset[str]] = {
            name: frozenset(c.id for c in bank.profile.field(name))
            for name in ("sectors", "sizes", "experience", "markets", "channels")
        }
        #: Compiled conditions, each once (questions share them).
        self.conditions: tuple[CompiledCondition, ...] = tuple(conditions)
        #: ``failing(profile)``: the indices of the conditions that fail for a profile.
        self.failing = FailingConditions(self.conditions)
        #: Rows in bank order.
        self.rows: tuple[QuestionRow, ...] = tuple(rows[q.id] for q in bank.questions)
        #: Rows by question id.
        self.row_by_id: dict[str, QuestionRow] = rows
        #: Per single-choice question id, its options' scores (by option id).
        self.single_options: dict[str, dict[str, float]] = {
            r.id: r.scores for r in self.rows if r.kind == KIND_SINGLE
        }
        #: Per dimension (bank order of dimensions), its rows in bank order.
        self.by_dimension: tuple[tuple[QuestionRow, ...], ...] = tuple(
            tuple(rows[q.id] for q in bank.questions_by_dimension.get(d.id, ()))
            for d in bank.dimensions
        )
        #: :attr:`by_dimension` as plain tuples of what scoring reads of each question:
        #: (question, id, weight, kind, scores, critical_below, condition, row).
        self.scoring_rows: tuple[tuple[ScoringRow, ...], ...] = tuple(
            tuple(
                (r.question, r.id, r.weight, r.kind, r.scores, r.critical_below, r.condition, r)
                for r in rows
            )
            for rows in self.by_dimension
        )
        listed = {d.id for d in bank.dimensions}
        #: Questions of no listed dimension (a bank error): always hidden.
        self.orphan_rows: tuple[QuestionRow, ...] = tuple(
            r for r in self.rows if r.question.dimension not in listed
        )
        #: True when the questions, taken dimension by dimension, are in bank order.
        self.grouped_in_order = not self.orphan_rows and [
            r.id for rows in self.by_dimension for r in rows
        ] == [r.id for r in self.rows]
        #: Stages from lowest to highest (:attr:`Bank.stages_ordered`).
        self.stages_ordered: tuple[Stage, ...] = tuple(bank.stages_ordered)
        # highest minimum first; among equal minimums the first in the bank (as max() picks)
        self._stages_down = sorted(bank.stages, key=lambda stage: -stage.min)
        effort_order = {Effort.LOW: 0, Effort.MEDIUM: 1, Effort.HIGH: 2}
        effort_factor = {Effort.LOW: 1.0, Effort.MEDIUM: 0.75, Effort.HIGH: 0.5}
        #: Recommendations in bank order.
        self.recs: tuple[RecRow, ...] = tuple(
            RecRow(
                index=i,
                rec=r,
                id=r.id,
                questions=tuple(r.questions),
                effort_order=effort_order[r.effort],
                effort_factor=effort_factor[r.effort],
                may_be_quick=r.phase is Phase.NOW and r.effort is Effort.LOW,
                phase_not_now=Phase.NEXT if r.phase is Phase.NOW else r.phase,
                after=tuple(r.after),
                single=len(r.questions) == 1,
            )
            for i, r in enumerate(bank.recommendations)
        )
        #: Recommendations by id.
        self.rec_by_id: dict[str, RecRow] = {row.id: row for row in self.recs}
        recs_of: dict[str, list[int]] = {}
        for row in self.recs:
            for qid in row.questions:
                recs_of.setdefault(qid, []).append(row.index)
        #: Per question id, the indices of the recommendations for its gaps.
        self.recs_of_question: dict[str, tuple[int, ...]] = {
            k: tuple(v) for k, v in recs_of.items()
        }
        #: Per question id, what the plan needs of it.
        self.plan_rows: dict[str, PlanRow] = {}
        for r in self.rows:
            recs = tuple(self.recs[i] for i in self.recs_of_question.get(r.id, ()))
            solo = recs[0] if len(recs) == 1 and recs[0].single else None
            self.plan_rows[r.id] = PlanRow(r.weight, r.markets, r.sectors, recs, solo)
        #: True when every priority the plan ranks on is a multiple of 1/16 well inside
        #: the float's precision, so rounding it to 6 decimals changes nothing: the weights
        #: and scores are whole, so severities are whole, and relevance (1 + 1/2 + 1/4 at
        #: most: planning.MARKET_BOOST, SECTOR_BOOST) and the effort factors are multiples of
        #: 1/4 (tests/domain/test_lean_scoring.py checks both).
        self.exact_priorities = all(
            _whole(r.weight)
            and all(_whole(v) for v in r.scores.values())
            and all(_whole(b[3]) for b in r.bands)
            for r in self.rows
        )

    def stage_for(self, score: float) -> Stage:
        """:meth:`Bank.stage_for`, looked up: the highest stage whose minimum ``score`` reaches."""
        for stage in self._stages_down:
            if score >= stage.min:
                return stage
        return self.stages_ordered[0]

    def conditions_for(self, profile: CompanyProfile) -> list[bool]:
        """Whether each compiled condition holds for ``profile`` (same order)."""
        failing = self.failing(profile)
        return [i not in failing for i in range(len(self.conditions))]


_KEY = "_scoring_tables"


def tables_for(bank: Bank) -> BankTables:
    """The tables of ``bank``, built on first use and kept in the bank's ``__dict__`` (as
    the bank's own cached lookups are; a bank is immutable)."""
    found = bank.__dict__.get(_KEY)
    if found is None:
        found = bank.__dict__[_KEY] = BankTables(bank)
    return found  # type: ignore[no-any-return]
