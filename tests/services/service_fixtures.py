"""Helpers of the services tests: example assessments and a later visit of one.

Imported by the test modules of this folder (``from service_fixtures import ...``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from advisor.domain.assessment import Answer, Assessment, PlanEdit, PlanStatus
from advisor.domain.bank import Bank
from advisor.storage import load_assessment

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def example(name: str = "first-time-textiles-eu.json") -> Assessment:
    """An example assessment of resources/examples."""
    return load_assessment(EXAMPLES / name).assessment


def improved(bank: Bank, old: Assessment, days: int = 120) -> Assessment:
    """A later visit of ``old``: better answers to ten questions, one action done."""
    new = old.model_copy(deep=True)
    new.created_at = new.updated_at = old.created_at + dt.timedelta(days=days)
    gaps = [q for q in bank.questions if q.kind.value == "single" and q.id in old.answers]
    for question in gaps[:10]:
        new.answers[question.id] = Answer(choice=question.best_options()[0].id)
    new.plan[bank.recommendations[0].id] = PlanEdit(status=PlanStatus.DONE)
    return new
