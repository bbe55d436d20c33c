"""Test helpers for the storage tests: sample assessments and their bytes.

Imported as ``from storage_samples import ...`` (pytest puts this folder on ``sys.path``).
"""

from __future__ import annotations

import datetime as dt

from advisor.domain.assessment import Answer, Assessment, PlanEdit, Skip
from advisor.storage import dumps_assessment

STAMP = dt.datetime(2026, 11, 27, 10, 42, tzinfo=dt.UTC)


def sample_assessment(
    answers: int = 5, company: str = "Acme Spices", notes: str = ""
) -> Assessment:
    """An assessment with ``answers`` answers of every kind (ids need no bank here)."""
    assessment = Assessment.new("mini", "1.0.0", now=STAMP)
    assessment.profile.company = company
    kinds = (
        lambda i: Answer(choice="yes"),
        lambda i: Answer(choices=["invoice", "packing"]),
        lambda i: Answer(number=float(i)),
        lambda i: Answer(skip=Skip.UNKNOWN),
    )
    assessment.answers = {f"q{i:04d}": kinds[i % 4](i) for i in range(answers)}
    if notes:
        assessment.plan = {"act.one": PlanEdit(owner="Asha", notes=notes)}
    return assessment


def sample_bytes(answers: int = 5, company: str = "Acme Spices") -> bytes:
    """The saved bytes of :func:`sample_assessment`."""
    return dumps_assessment(sample_assessment(answers, company))
