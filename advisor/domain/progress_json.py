"""``export-advisor compare --json``: a :class:`~advisor.domain.progress_models.Progress`
as plain data (a public contract: keys are only ever added)."""

from __future__ import annotations

from typing import Any

from advisor.domain.answers import answer_label
from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.progress_models import REASON_LABELS, GapChange, Progress, ScoreChange
from advisor.domain.scoring import ReadinessResult

__all__ = ["progress_to_json"]


def _number(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _change_json(change: ScoreChange, lang: str) -> dict[str, Any]:
    return {
        "old": _number(change.old),
        "new": _number(change.new),
        "delta": change.delta,
        "old_stage": change.old_stage.id if change.old_stage else None,
        "new_stage": change.new_stage.id if change.new_stage else None,
        "old_stage_title": change.old_stage.title.get(lang) if change.old_stage else None,
        "new_stage_title": change.new_stage.title.get(lang) if change.new_stage else None,
        "stage_change": {1: "up", 0: "same", -1: "down"}[change.stage_direction],
        "old_assessed": change.old is not None,
        "new_assessed": change.new is not None,
        "old_provisional": change.old_provisional,
        "new_provisional": change.new_provisional,
    }


def _gap_json(change: GapChange, old_bank: Bank, lang: str) -> dict[str, Any]:
    old_question = old_bank.question_by_id.get(change.id, change.question)
    return {
        "question": change.id,
        "dimension": change.dimension,
        "text": change.question.text.get(lang),
        "old_answer": answer_label(old_question, change.old_answer, lang) or None,
        "new_answer": answer_label(change.question, change.new_answer, lang) or None,
        "old_score": _number(change.old_score),
        "new_score": _number(change.new_score),
        "critical": change.critical,
    }


def progress_to_json(progress: Progress, lang: str = "en") -> dict[str, Any]:
    """The progress as ``compare --json`` prints it (a public contract: keys are only added)."""

    def side(assessment: Assessment, result: ReadinessResult, bank: Bank) -> dict[str, Any]:
        return {
            "company": assessment.profile.company,
            "assessor": assessment.assessor.name,
            "date": assessment.created_at.date().isoformat(),
            "created_at": assessment.created_at.isoformat(),
            "bank_version": assessment.bank.version,
            "scored_with": bank.version,
            "score": result.score,
            "stage": result.stage.id if result.stage else None,
            "provisional": result.provisional,
        }

    return {
        "old": side(progress.old, progress.old_result, progress.old_bank),
        "new": side(progress.new, progress.new_result, progress.bank),
        "overall": _change_json(progress.overall, lang),
        "dimensions": [
            {"id": d.id, "title": d.dimension.title.get(lang), **_change_json(d.change, lang)}
            for d in progress.dimensions
        ],
        "gaps_closed": [_gap_json(g, progress.old_bank, lang) for g in progress.gaps_closed],
        "gaps_open": [_gap_json(g, progress.old_bank, lang) for g in progress.gaps_open],
        "gaps_new": [_gap_json(g, progress.old_bank, lang) for g in progress.gaps_new],
        "gaps_not_reassessed": [
            _gap_json(g, progress.old_bank, lang) for g in progress.gaps_not_reassessed
        ],
        "actions_completed": [
            {
                "id": a.id,
                "title": a.recommendation.title.get(lang),
                "dimension": a.dimension,
                "marked_done": a.marked_done,
                "gaps_closed": a.gaps_closed,
            }
            for a in progress.actions_completed
        ],
        "not_comparable": [
            {
                "question": n.id,
                "text": n.question.text.get(lang),
                "reason": n.reason.value,
                "reason_text": REASON_LABELS[n.reason].get(lang),
            }
            for n in progress.not_comparable
        ],
        "warnings": list(progress.warnings),
    }
