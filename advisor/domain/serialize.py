"""The public JSON shapes of ``bank --json`` and ``score --json`` (README, "File formats").

These are contracts other tools rely on: keys may be added, never renamed or removed.
"""

from __future__ import annotations

from typing import Any

from advisor.domain.answers import answer_label, best_answer_label
from advisor.domain.bank import Bank
from advisor.domain.planning import ActionPlan
from advisor.domain.scoring import ReadinessResult
from advisor.domain.vocabulary import COST_LABELS, EFFORT_LABELS

__all__ = ["bank_to_json", "result_to_json"]


def bank_to_json(bank: Bank, lang: str = "en") -> dict[str, Any]:
    """The bank as ``bank --json`` prints it."""
    questions = []
    for q in bank.questions:
        item: dict[str, Any] = {
            "id": q.id,
            "dimension": q.dimension,
            "kind": q.kind.value,
            "text": q.text.get(lang),
            "help": q.help.get(lang),
            "weight": q.weight,
            "critical": q.critical,
            "critical_below": q.critical_below,
            "condition": q.condition.describe() if q.condition else None,
        }
        if q.options is not None:
            item["options"] = [
                {"id": o.id, "label": o.label.get(lang), "score": o.score, "exclusive": o.exclusive}
                for o in q.options
            ]
        if q.bands is not None:
            item["bands"] = [
                {"min": b.min, "max": b.max, "includes_max": b.includes_max, "score": b.score}
                for b in q.bands
            ]
            item["unit"] = q.unit.get(lang) if q.unit else None
            item["minimum"] = q.minimum
            item["maximum"] = q.maximum
        questions.append(item)
    return {
        "id": bank.id,
        "version": bank.version,
        "title": bank.title.get(lang),
        "rules_as_of": bank.rules_as_of.isoformat() if bank.rules_as_of else None,
        "stages": [
            {"id": s.id, "title": s.title.get(lang), "min": s.min} for s in bank.stages_ordered
        ],
        "dimensions": [
            {"id": d.id, "title": d.title.get(lang), "weight": d.weight} for d in bank.dimensions
        ],
        "questions": questions,
    }


def result_to_json(result: ReadinessResult, plan: ActionPlan, lang: str = "en") -> dict[str, Any]:
    """Scores, gaps and plan as ``score --json`` prints them."""
    bank = result.bank
    return {
        "bank": {
            "id": bank.id,
            "version": bank.version,
            "rules_as_of": bank.rules_as_of.isoformat() if bank.rules_as_of else None,
        },
        "overall": {
            "score": result.score,
            "stage": result.stage.id if result.stage else None,
            "stage_title": result.stage.title.get(lang) if result.stage else None,
            "capped_by_blockers": result.capped,
            "provisional": result.provisional,
            "not_assessed": [d.id for d in result.dimensions if d.applies and not d.assessed],
            "blockers": [g.question.id for g in result.blockers],
            "unconfirmed_blockers": [o.question.id for o in result.unconfirmed],
        },
        "completeness": result.completeness,
        "dimensions": [
            {
                "id": d.id,
                "title": d.dimension.title.get(lang),
                "assessed": d.assessed,
                "score": d.score,
                "stage": d.stage.id if d.stage else None,
                "stage_title": d.stage.title.get(lang) if d.stage else None,
                "provisional": d.provisional,
                "coverage": d.coverage,
                "completeness": d.completeness,
                "answered": d.answered,
                "applicable": d.applicable,
                # Not assessed: nothing was checked, so "0 blockers" would be a claim.
                "blockers": len(d.blockers) if d.assessed else None,
                "unconfirmed_blockers": [o.question.id for o in d.unconfirmed],
            }
            for d in result.dimensions
        ],
        "gaps": [
            {
                "question": g.question.id,
                "dimension": g.dimension,
                "text": g.question.text.get(lang),
                "answer": answer_label(g.question, g.answer, lang),
                "best": best_answer_label(g.question, lang),
                "score": g.score,
                "critical": g.critical,
                "unknown": g.unknown,
                "why": g.question.help.get(lang),
            }
            for g in result.gaps
        ],
        "actions": [
            {
                "id": a.id,
                "rank": a.rank,
                "title": a.recommendation.title.get(lang),
                "dimension": a.dimension,
                "phase": a.phase.value,
                "critical": a.critical,
                "after": list(a.after),
                "steps": [s.get(lang) for s in a.recommendation.steps],
                "help": [bank.source_by_id[s].name.get(lang) for s in a.recommendation.help],
                "cost": a.recommendation.cost.value,
                "cost_label": COST_LABELS[a.recommendation.cost].get(lang),
                "effort": a.recommendation.effort.value,
                "effort_label": EFFORT_LABELS[a.recommendation.effort].get(lang),
                "questions": [g.question.id for g in a.gaps],
                "owner": a.edit.owner,
                "due": a.edit.due.isoformat() if a.edit.due else None,
                "status": a.edit.status.value,
                "notes": a.edit.notes,
            }
            for a in plan
        ],
    }
