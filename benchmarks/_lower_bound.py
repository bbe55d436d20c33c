"""A measured lower bound for ``bench_scoring.py``: the least a Python version costs.

Three parts, each doing less than the work it stands for and written as tightly as we
could, so their sum is a floor under load + check + score + plan written in Python on
pydantic (issue 18) - a measured floor, not a proof about every possible program:

(a) **load**: pydantic-core's compiled ``validate_json`` of each file's bytes into plain
    dicts and lists, checking every type and bound of the format (the cheapest correct
    parse and validation pydantic offers) - but no duplicate-key count, no real-date
    check, no model objects, no answer memo;
(b) **score**: the scoring arithmetic alone over (a)'s dicts, as tight as Python allows:
    conditions, per-area sums, coverage, the gaps' severities sorted, the overall mean -
    no outcome, gap or result object, no stage;
(c) **plan**: the ranking alone: each gap's recommendations, their priority and the sort -
    no phases, dependencies, "now" choice or action objects.

And (a'): the app's own compiled load (``advisor/storage/lean_assessment.py``, the fast
path of ``load_assessment``) into the document models the app's code reads, with the
duplicate-key count: what a load must produce on this stack.

Nothing of the app's objects is built, so what the app does can only cost more. (b) done
instead with C-level iteration (``map``/``sum`` over per-bank tables of packed per-area
sums) is slower than this loop: ``_bound_attempts.py`` measures both.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic_core import SchemaValidator, core_schema

from advisor.domain.bank import Bank
from advisor.domain.limits import (
    MAX_ANSWERS,
    MAX_CHOICES,
    MAX_NOTES,
    MAX_NUMBER,
    MAX_PLAN_EDITS,
    MAX_PROFILE_LIST,
    MAX_SHORT_TEXT,
)
from advisor.domain.strict_types import DATE_PATTERN, TIMESTAMP_PATTERN
from advisor.domain.tables import KIND_MULTI, KIND_SINGLE, tables_for
from advisor.storage.lean_assessment import load_lean

__all__ = ["LowerBound", "lower_bound"]

_ID = core_schema.str_schema(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64, strict=True)


def _text(limit: int) -> core_schema.CoreSchema:
    return core_schema.str_schema(max_length=limit, strict=True)


def _typed(fields: dict[str, core_schema.CoreSchema], *required: str) -> core_schema.CoreSchema:
    return core_schema.typed_dict_schema(
        {
            name: core_schema.typed_dict_field(schema, required=name in required)
            for name, schema in fields.items()
        },
        extra_behavior="forbid",
        strict=True,
    )


def plain_validator() -> SchemaValidator:
    """The assessment format as compiled checks into plain dicts: part (a)."""
    ids = core_schema.list_schema(_ID, max_length=MAX_PROFILE_LIST, strict=True)
    top = int(MAX_NUMBER)
    number = core_schema.union_schema(
        [
            core_schema.int_schema(ge=-top, le=top, strict=True),
            core_schema.float_schema(allow_inf_nan=False, ge=-top, le=top, strict=True),
        ],
        mode="left_to_right",
    )
    answer = _typed(
        {
            "choice": _ID,
            "choices": core_schema.list_schema(_ID, max_length=MAX_CHOICES, strict=True),
            "number": number,
            "skip": core_schema.literal_schema(["unknown", "not_applicable"]),
        }
    )
    stamp = core_schema.str_schema(pattern=TIMESTAMP_PATTERN.replace("$(?!\\n)", "$"))
    edit = _typed(
        {
            "owner": _text(MAX_SHORT_TEXT),
            "due": core_schema.str_schema(pattern=DATE_PATTERN.replace("$(?!\\n)", "$")),
            "status": core_schema.literal_schema(["open", "in_progress", "done", "dropped"]),
            "notes": _text(MAX_NOTES),
        }
    )
    document = _typed(
        {
            "format": core_schema.literal_schema(["export-advisor/assessment"]),
            "schema_version": core_schema.literal_schema([1]),
            "bank": _typed(
                {"id": _ID, "version": core_schema.str_schema(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")},
                "id",
                "version",
            ),
            "created_at": stamp,
            "updated_at": stamp,
            "assessor": _typed({"name": _text(MAX_SHORT_TEXT), "organisation": _text(200)}),
            "profile": _typed(
                {
                    "company": _text(MAX_SHORT_TEXT),
                    "sector": _ID,
                    "size": _ID,
                    "experience": _ID,
                    "target_markets": ids,
                    "channels": ids,
                }
            ),
            "answers": core_schema.dict_schema(_ID, answer, max_length=MAX_ANSWERS, strict=True),
            "plan": core_schema.dict_schema(_ID, edit, max_length=MAX_PLAN_EDITS, strict=True),
        },
        "format",
        "schema_version",
        "bank",
        "created_at",
        "updated_at",
    )
    return SchemaValidator(document)


def _holds(condition: tuple[Any, ...], profile: dict[str, Any]) -> bool:
    sectors, sizes, experience, markets, channels, not_sectors = condition
    sector = profile.get("sector")
    return not (
        (sectors is not None and sector not in sectors)
        or (sizes is not None and profile.get("size") not in sizes)
        or (experience is not None and profile.get("experience") not in experience)
        or (markets is not None and markets.isdisjoint(profile.get("target_markets", ())))
        or (channels is not None and channels.isdisjoint(profile.get("channels", ())))
        or (not_sectors is not None and sector in not_sectors)
    )


def _plain_rows(bank: Bank) -> list[tuple[float, list[tuple[Any, ...]]]]:
    """Per area, its weight and its questions as plain tuples (once per bank)."""
    found = bank.__dict__.get("_plain_rows")
    if found is None:
        tables = tables_for(bank)
        found = bank.__dict__["_plain_rows"] = [
            (
                dimension.weight,
                [
                    (r.id, r.weight, r.kind, r.scores, r.bands, r.critical_below, r.condition)
                    for r in rows
                ],
            )
            for dimension, rows in zip(bank.dimensions, tables.by_dimension, strict=True)
        ]
    return found  # type: ignore[no-any-return]


def score_plain(bank: Bank, doc: dict[str, Any]) -> list[tuple[bool, float, str]]:
    """Part (b): the scoring arithmetic on (a)'s dicts; returns the gaps, most severe
    first, as (not critical, -severity, question id)."""
    profile = doc.get("profile", {})
    answers = doc.get("answers", {})
    holds = [_holds(c, profile) for c in tables_for(bank).conditions]
    gaps: list[tuple[bool, float, str]] = []
    append = gaps.append
    total = weighted_total = 0.0
    for area_weight, rows in _plain_rows(bank):
        applicable = 0
        dealt = weight = scored = weighted = 0.0
        for qid, q_weight, kind, scores, bands, critical_below, condition in rows:
            if condition >= 0 and not holds[condition]:
                continue
            applicable += 1
            weight += q_weight
            answer = answers.get(qid)
            if answer is None:
                continue
            if "skip" in answer:
                dealt += q_weight
                if answer["skip"] == "not_applicable":
                    continue
                score: float | None = 0.0
            elif kind == KIND_SINGLE:
                score = scores.get(answer.get("choice"))
            elif kind == KIND_MULTI:
                chosen = [scores.get(c) for c in answer.get("choices", ())]
                score = None if None in chosen else min(100.0, sum(chosen))  # type: ignore[arg-type]
            else:
                number = answer.get("number", 0)
                score = 0.0
                for low, high, includes_max, band in bands:
                    if low <= number and (
                        high is None or number < high or (includes_max and number == high)
                    ):
                        score = band
                        break
            if score is None:
                continue  # an answer that does not fit counts as not given
            if "skip" not in answer:
                dealt += q_weight
            scored += q_weight
            weighted += score * q_weight
            if score < 100:
                if critical_below is not None and score < critical_below:
                    append((False, (score - 100.0) * q_weight * 2.0, qid))
                else:
                    append((True, (score - 100.0) * q_weight, qid))
        if scored:
            mean = round(weighted / scored, 1)
            total += area_weight
            weighted_total += mean * area_weight
        _ = (round(dealt / weight, 3) if weight else 1.0, applicable)
    gaps.sort()
    _ = round(weighted_total / total, 1) if total else None
    return gaps


def rank_plain(bank: Bank, gaps: list[tuple[bool, float, str]]) -> list[tuple[Any, ...]]:
    """Part (c): the ranking alone: each gap's recommendations by priority."""
    tables = tables_for(bank)
    recs_of = tables.recs_of_question
    recs = tables.recs
    best: dict[int, tuple[float, bool]] = {}
    for not_critical, minus_severity, qid in gaps:
        for index in recs_of.get(qid, ()):
            found = best.get(index)
            if found is None or -minus_severity > found[0]:
                best[index] = (-minus_severity, not not_critical or bool(found and found[1]))
    keyed = []
    for index, (severity, critical) in best.items():
        row = recs[index]
        priority = severity * (1.0 if critical else row.effort_factor)
        keyed.append((0 if critical else 2, -round(priority, 6), row.effort_order, index))
    keyed.sort()
    return keyed


class LowerBound:
    """The parts' best CPU seconds over the files."""

    def __init__(self, load: float, models: float, score: float, plan: float) -> None:
        self.load, self.models, self.score, self.plan = load, models, score, plan

    @property
    def total(self) -> float:
        """(a) + (b) + (c): no object of the app at all."""
        return self.load + self.score + self.plan

    @property
    def total_with_models(self) -> float:
        """(a') + (b) + (c): the document loaded into the app's own models, as it must be."""
        return self.models + self.score + self.plan


def _best(rounds: int, run: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def lower_bound(paths: list[Path], bank: Bank, rounds: int) -> LowerBound:
    """Measure (a), (b) and (c) over ``paths`` (best of ``rounds``, CPU time)."""
    validator = plain_validator()
    docs = [validator.validate_json(p.read_bytes()) for p in paths]
    gaps = [score_plain(bank, d) for d in docs]

    def load() -> None:
        for path in paths:
            validator.validate_json(path.read_bytes())

    def models() -> None:
        for path in paths:
            load_lean(path.read_bytes().decode("utf-8"))

    def score() -> None:
        for doc in docs:
            score_plain(bank, doc)

    def plan() -> None:
        for found in gaps:
            rank_plain(bank, found)

    return LowerBound(
        _best(rounds, load), _best(rounds, models), _best(rounds, score), _best(rounds, plan)
    )
