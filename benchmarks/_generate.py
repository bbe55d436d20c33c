"""Random but valid answers for the benchmarks' generated assessments (deterministic per seed)."""

from __future__ import annotations

import random

from advisor.domain.assessment import Answer, Skip
from advisor.domain.bank import Question, QuestionKind

__all__ = ["random_answer"]


def random_answer(question: Question, rng: random.Random) -> Answer | None:
    """An answer of any kind, or None (unanswered) one time in twenty."""
    roll = rng.random()
    if roll < 0.05:
        return None  # left unanswered
    if roll < 0.12:
        return Answer(skip=Skip.UNKNOWN)
    if roll < 0.15:
        return Answer(skip=Skip.NOT_APPLICABLE)
    if question.kind is QuestionKind.SINGLE:
        return Answer(choice=rng.choice(question.options or []).id)
    if question.kind is QuestionKind.MULTI:
        options = question.options or []
        exclusive = [o for o in options if o.exclusive]
        if exclusive and rng.random() < 0.15:
            return Answer(choices=[exclusive[0].id])
        chosen = [o.id for o in options if not o.exclusive and rng.random() < 0.5]
        return Answer(choices=chosen)
    band = rng.choice(question.bands or [])
    high = band.max if band.max is not None else band.min * 2 + 10
    low, high = max(band.min, question.minimum), min(high, question.maximum)
    return Answer(number=round(rng.uniform(low, max(low, high - 0.01)), 1))
