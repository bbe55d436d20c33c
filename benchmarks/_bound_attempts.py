"""Attempts at a tighter lower bound for ``bench_scoring.py`` (issue 18), measured.

``_lower_bound.py``'s (b) scores with a plain Python loop over the questions. Here the
same arithmetic is done with C-level iteration over tables built once per bank: each
single-choice question's contribution for each option (and for a skip) is a precomputed
integer that packs the per-area sums (weights dealt, weights scored, weighted scores:
whole numbers in the built-in bank, so any order of addition gives the engine's sums),
looked up with ``map`` and added with ``sum``; the gaps' sort keys are looked up the same
way; the profile's hidden questions come from set operations. Multiple-choice and number
questions (6 of 93) go through the loop. It checks that it finds the engine's area
scores, coverage, applicable counts, overall score and gaps, then prints both timings.

    .venv/bin/python benchmarks/_bound_attempts.py [--files N] [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from itertools import repeat
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _lower_bound import plain_validator, score_plain  # noqa: E402
from bench_scoring import generate  # noqa: E402

from advisor.domain.bank import Bank  # noqa: E402
from advisor.domain.scoring import score_assessment  # noqa: E402
from advisor.domain.tables import KIND_SINGLE, tables_for  # noqa: E402
from advisor.storage import dumps_assessment  # noqa: E402
from advisor.storage.banks import default_bank  # noqa: E402

_BITS = 24  # per packed sum: far above 93 questions x weight 3 x 100


class _Profile(NamedTuple):
    sector: Any
    size: Any
    experience: Any
    target_markets: Any
    channels: Any


def _packed(slot: int, value: float) -> int:
    whole = int(value)
    if whole != value or whole < 0:
        raise SystemExit("the packed sums need whole, non-negative weights and scores")
    return whole << (_BITS * slot)


def _unpacked(total: int, slots: int) -> list[int]:
    mask = (1 << _BITS) - 1
    return [(total >> (_BITS * slot)) & mask for slot in range(slots)]


class PackedTables:
    """Per bank: each (question, answer value) as packed per-area sums and a gap key."""

    def __init__(self, bank: Bank) -> None:
        tables = tables_for(bank)
        self.tables = tables
        self.areas = len(tables.by_dimension)
        self.sums: dict[str, dict[str, int]] = {}  # qid -> option id or skip -> packed
        self.gaps: dict[str, dict[str, tuple[bool, float, str]]] = {}
        self.loop_rows: list[tuple[int, Any]] = []  # multiple choice, numbers
        self.hides: list[frozenset[str]] = [frozenset()] * len(tables.conditions)
        hidden = [0] * len(tables.conditions)
        everything = 0
        hides: dict[int, set[str]] = {}
        for area, rows in enumerate(tables.by_dimension):
            for row in rows:
                weight = row.weight
                counted = _packed(2 * area, 1) + _packed(2 * area + 1, weight)
                everything += counted
                if row.condition >= 0:
                    hidden[row.condition] += counted
                    hides.setdefault(row.condition, set()).add(row.id)
                if row.kind != KIND_SINGLE or {"unknown", "not_applicable"} & set(row.scores):
                    self.loop_rows.append((area, row))
                    continue
                sums = self.sums[row.id] = {}
                gaps = self.gaps[row.id] = {}
                base = 3 * area
                sums["not_applicable"] = _packed(base, weight)
                for value, score in (*row.scores.items(), ("unknown", 0.0)):
                    sums[value] = (
                        _packed(base, weight)
                        + _packed(base + 1, weight)
                        + _packed(base + 2, score * weight)
                    )
                    if score < 100:
                        critical = row.critical_below is not None and score < row.critical_below
                        severity = (score - 100.0) * weight * (2.0 if critical else 1.0)
                        gaps[value] = (not critical, severity, row.id)
        for condition, ids in hides.items():
            self.hides[condition] = frozenset(ids)
        self.everything = everything
        self.hidden = hidden
        self.loop_ids = frozenset(row.id for _, row in self.loop_rows)


def score_packed(packed: PackedTables, bank: Bank, doc: dict[str, Any]) -> Any:
    """(b) with C-level iteration: (gaps, [(mean, coverage, applicable)], overall)."""
    profile = doc.get("profile", {})
    answers = doc.get("answers", {})
    failing = packed.tables.failing(
        _Profile(
            profile.get("sector"),
            profile.get("size"),
            profile.get("experience"),
            profile.get("target_markets", ()),
            profile.get("channels", ()),
        )
    )
    hidden = packed.loop_ids.union(*map(packed.hides.__getitem__, failing))
    applicable = _unpacked(
        packed.everything - sum(map(packed.hidden.__getitem__, failing)), 2 * packed.areas
    )
    visible = list(answers.keys() - hidden)
    get = answers.__getitem__
    values = list(
        map(
            dict.get,
            map(get, visible),
            repeat("choice"),
            map(dict.get, map(get, visible), repeat("skip")),
        )
    )
    found = list(map(dict.get, map(packed.sums.__getitem__, visible), values))
    if found.count(None):
        return None  # an answer that does not fit: the loop's way (not in valid files)
    sums = _unpacked(sum(found), 3 * packed.areas)
    gaps = list(filter(None, map(dict.get, map(packed.gaps.__getitem__, visible), values)))
    for area, row in packed.loop_rows:  # as _lower_bound.score_plain
        qid = row.id
        answer = answers.get(qid)
        if answer is None or (row.condition >= 0 and row.condition in failing):
            continue
        weight = row.weight
        if "skip" in answer:
            sums[3 * area] += weight
            if answer["skip"] == "not_applicable":
                continue
            score = 0.0
        elif "choices" in answer:
            chosen = [row.scores.get(c) for c in answer["choices"]]
            if None in chosen:
                continue
            score = min(100.0, sum(chosen))
        else:
            number = answer.get("number", 0)
            score = 0.0
            for low, high, includes_max, band in row.bands:
                if low <= number and (
                    high is None or number < high or (includes_max and number == high)
                ):
                    score = band
                    break
        if "skip" not in answer:
            sums[3 * area] += weight
        sums[3 * area + 1] += weight
        sums[3 * area + 2] += score * weight
        if score < 100:
            critical = row.critical_below is not None and score < row.critical_below
            gaps.append((not critical, (score - 100.0) * weight * (2.0 if critical else 1.0), qid))
    gaps.sort()
    total = weighted_total = 0.0
    areas = []
    for area, dimension in enumerate(bank.dimensions):
        count, weight = applicable[2 * area], applicable[2 * area + 1]
        dealt, scored, weighted = sums[3 * area : 3 * area + 3]
        mean = round(weighted / scored, 1) if scored else None
        if mean is not None:
            total += dimension.weight
            weighted_total += mean * dimension.weight
        areas.append((mean, round(dealt / weight, 3) if weight else 1.0, count))
    return gaps, areas, round(weighted_total / total, 1) if total else None


def _best(rounds: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    """Check the packed scoring against the engine, then time it beside the loop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    bank = default_bank()
    models = generate(bank, args.files)
    texts = [dumps_assessment(doc) for doc in models]
    validator = plain_validator()
    docs = [validator.validate_json(text) for text in texts]
    packed = PackedTables(bank)
    for doc, model in zip(docs, models, strict=True):
        gaps, areas, overall = score_packed(packed, bank, doc)
        result = score_assessment(bank, model)
        engine = [(d.score, d.coverage, d.applicable) for d in result.dimensions]
        if gaps != score_plain(bank, doc) or areas != engine or overall != result.score:
            raise SystemExit("the packed scoring differs from the engine's")
    loop = _best(args.rounds, lambda: [score_plain(bank, doc) for doc in docs])
    fast = _best(args.rounds, lambda: [score_packed(packed, bank, doc) for doc in docs])
    print(f"(b) the scoring arithmetic, a loop (_lower_bound.py): {loop * 1000:6.1f} ms")
    print(f"(b) the same, C-level iteration over packed tables:    {fast * 1000:6.1f} ms")
    print(f"packed / loop: {fast / loop:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
