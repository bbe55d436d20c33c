"""Progress between two assessments of the same company: what changed since last time.

:func:`compare` scores both assessments (the earlier one with its own bank version when
given) and lists, per dimension and overall, the score and stage change; the gaps closed,
still open and new; the plan actions completed; and the questions that cannot be compared
because the bank changed between the two visits.

Rules:

* a question is *comparable* when both banks have it with the same kind and the same
  scoring (option ids and scores, number bands), and the earlier answer still fits it;
  gaps are only compared on comparable questions, every other question answered on either
  side is listed in :attr:`Progress.not_comparable` with the reason;
* a gap is *closed* when the later assessment answers the question with the best answer;
  it is *still open* when both have it (better or worse); it is *new* when only the later
  assessment has it; an earlier gap whose question the later assessment did not score
  (unanswered, not applicable, no longer asked) is *not re-assessed*;
* an action of the earlier plan is *completed* when the later assessment marks it done
  (and the earlier one did not), or when every gap behind it is closed; an action newly
  marked done that the earlier plan did not hold counts as well;
* different company names, an earlier assessment dated after the later one, or a bank
  version that does not match give warnings, not errors.

Pure and deterministic: the same inputs give the same :class:`Progress`.

The result types live in :mod:`advisor.domain.progress_models` and the JSON form in
:mod:`advisor.domain.progress_json`; their names are re-exported here.
"""

from __future__ import annotations

from advisor.domain.assessment import Assessment, PlanStatus
from advisor.domain.bank import Bank, Question
from advisor.domain.formatting import format_date
from advisor.domain.planning import ActionPlan, build_plan
from advisor.domain.progress_json import progress_to_json
from advisor.domain.progress_models import (
    REASON_LABELS,
    ComparisonError,
    CompletedAction,
    DimensionChange,
    GapChange,
    NonComparable,
    NotComparableReason,
    Progress,
    ScoreChange,
)
from advisor.domain.scoring import QuestionOutcome, ReadinessResult, score_assessment
from advisor.domain.text import Text
from advisor.domain.validation import answer_problems

__all__ = [
    "REASON_LABELS",
    "ComparisonError",
    "CompletedAction",
    "DimensionChange",
    "GapChange",
    "NonComparable",
    "NotComparableReason",
    "Progress",
    "ScoreChange",
    "compare",
    "progress_to_json",
]


def _same_scoring(a: Question, b: Question) -> bool:
    if a.kind is not b.kind:
        return False
    options_a = sorted((o.id, o.score, o.exclusive) for o in a.options or ())
    options_b = sorted((o.id, o.score, o.exclusive) for o in b.options or ())
    bands_a = [(x.min, x.max, x.includes_max, x.score) for x in a.bands or ()]
    bands_b = [(x.min, x.max, x.includes_max, x.score) for x in b.bands or ()]
    return options_a == options_b and bands_a == bands_b


def _not_comparable(
    bank: Bank, old_bank: Bank, old: Assessment, new: Assessment
) -> dict[str, NonComparable]:
    """Question id -> why it cannot be compared (only questions answered on some side)."""
    found: dict[str, NonComparable] = {}
    for q_old in old_bank.questions:
        q_new = bank.question_by_id.get(q_old.id)
        answer = old.answers.get(q_old.id)
        if q_new is None:
            if answer is not None:
                found[q_old.id] = NonComparable(q_old, NotComparableReason.ONLY_EARLIER)
        elif not _same_scoring(q_old, q_new) and (answer is not None or q_new.id in new.answers):
            found[q_new.id] = NonComparable(q_new, NotComparableReason.CHANGED)
    for q_new in bank.questions:
        if q_new.id not in old_bank.question_by_id and q_new.id in new.answers:
            found[q_new.id] = NonComparable(q_new, NotComparableReason.ONLY_LATER)
    # Answers the earlier bank may not hold any more (when no earlier bank was given).
    for qid, answer in old.answers.items():
        if qid in found:
            continue
        q_old = old_bank.question_by_id.get(qid)
        if q_old is None:
            continue  # answers to unknown questions are not scored on either side
        if qid not in bank.question_by_id:
            continue
        if next(iter(answer_problems(q_old, answer, qid)), None) is not None:
            found[qid] = NonComparable(
                bank.question_by_id[qid], NotComparableReason.ANSWER_DOES_NOT_FIT
            )
    return found


def _gap_change(question: Question, old: QuestionOutcome, new: QuestionOutcome) -> GapChange:
    def critical(outcome: QuestionOutcome) -> bool:
        below = outcome.question.critical_below
        return outcome.score is not None and below is not None and outcome.score < below

    return GapChange(
        question=question,
        old_answer=old.answer,
        new_answer=new.answer,
        old_score=old.score,
        new_score=new.score,
        old_critical=critical(old),
        new_critical=critical(new),
    )


def _is_gap(outcome: QuestionOutcome) -> bool:
    return outcome.score is not None and outcome.score < 100


def _warnings(bank: Bank, old_bank: Bank, old: Assessment, new: Assessment) -> list[Text]:
    warnings: list[Text] = []
    old_name = " ".join(old.profile.company.split()).casefold()
    new_name = " ".join(new.profile.company.split()).casefold()
    if old_name != new_name:
        names = f"{old.profile.company!r} and {new.profile.company!r}"
        warnings.append(
            Text.of(
                f"the company names differ ({names}): are these assessments of the same company?",
                hi=f"कंपनी के नाम अलग हैं ({names}): क्या ये एक ही कंपनी के मूल्यांकन हैं?",
            )
        )
    if old.created_at > new.created_at:
        first, second = (format_date(d.created_at, "en") for d in (old, new))
        first_hi, second_hi = (format_date(d.created_at, "hi") for d in (old, new))
        warnings.append(
            Text.of(
                f"the earlier assessment ({first}) is dated after the later one ({second}): "
                "check the order or the clock",
                hi=f"पहले वाले मूल्यांकन ({first_hi}) की तारीख़ बाद वाले ({second_hi}) से बाद की "
                "है: क्रम या घड़ी जाँच लें",
            )
        )
    for which, which_hi, doc, scored in (
        ("earlier", "पहला", old, old_bank),
        ("later", "बाद वाला", new, bank),
    ):
        if doc.bank.version != scored.version:
            warnings.append(
                Text.of(
                    f"the {which} assessment was answered with bank version "
                    f"{doc.bank.version}; it is scored with version {scored.version}",
                    hi=f"{which_hi} मूल्यांकन प्रश्नावली के संस्करण {doc.bank.version} से भरा गया था; "
                    f"अंक संस्करण {scored.version} से गिने गए हैं",
                )
            )
    return warnings


def _dimension_changes(
    bank: Bank, old_bank: Bank, old_result: ReadinessResult, new_result: ReadinessResult
) -> list[DimensionChange]:
    """Per dimension of either bank (the later bank's order first)."""
    old_dims = {d.id: d for d in old_result.dimensions}
    new_dims = {d.id: d for d in new_result.dimensions}
    order = [d.id for d in bank.dimensions] + [
        d.id for d in old_bank.dimensions if d.id not in bank.dimension_by_id
    ]
    changes = []
    for dim_id in order:
        before, after = old_dims.get(dim_id), new_dims.get(dim_id)
        before = before if before is not None and before.scored else None
        after = after if after is not None and after.scored else None
        changes.append(
            DimensionChange(
                bank.dimension_by_id.get(dim_id) or old_bank.dimension_by_id[dim_id],
                ScoreChange(
                    before.score if before else None,
                    after.score if after else None,
                    before.stage if before else None,
                    after.stage if after else None,
                    bool(before and before.provisional),
                    bool(after and after.provisional),
                ),
            )
        )
    return changes


def _gap_changes(
    bank: Bank,
    old_bank: Bank,
    old_result: ReadinessResult,
    new_result: ReadinessResult,
    excluded: dict[str, NonComparable],
) -> tuple[list[GapChange], list[GapChange], list[GapChange], list[GapChange]]:
    """Closed, still open, new and not re-assessed gaps among the comparable questions."""
    closed: list[GapChange] = []
    still_open: list[GapChange] = []
    new_gaps: list[GapChange] = []
    not_reassessed: list[GapChange] = []
    for question in bank.questions:
        if question.id in excluded or question.id not in old_bank.question_by_id:
            continue
        before = old_result.outcomes[question.id]
        after = new_result.outcomes[question.id]
        change = _gap_change(question, before, after)
        if _is_gap(before):
            if after.score is None:
                not_reassessed.append(change)
            elif after.score >= 100:
                closed.append(change)
            else:
                still_open.append(change)
        elif _is_gap(after):
            new_gaps.append(change)

    def by_severity(change: GapChange) -> tuple[bool, float, str]:
        score = change.new_score if change.new_score is not None else 0.0
        return (not change.new_critical, -(100 - score) * change.question.weight, change.id)

    still_open.sort(key=by_severity)
    new_gaps.sort(key=by_severity)
    return closed, still_open, new_gaps, not_reassessed


def compare(bank: Bank, old: Assessment, new: Assessment, old_bank: Bank | None = None) -> Progress:
    """What changed from ``old`` to ``new``.

    ``new`` is scored with ``bank``; ``old`` with ``old_bank`` when given (the bank version
    it was answered with), else with ``bank`` too. Raises :class:`ComparisonError` when
    the two banks are different banks (not versions of one bank).
    """
    old_bank = old_bank or bank
    if old_bank.id != bank.id:
        raise ComparisonError(
            f"the assessments were answered with different banks ({old_bank.id!r} and "
            f"{bank.id!r}) and cannot be compared"
        )
    if old.bank.id != old_bank.id or new.bank.id != bank.id:
        raise ComparisonError(
            f"the assessments were answered with the banks {old.bank.id!r} and "
            f"{new.bank.id!r}, not {bank.id!r}"
        )
    old_result = score_assessment(old_bank, old)
    new_result = score_assessment(bank, new)
    excluded = _not_comparable(bank, old_bank, old, new)

    overall = ScoreChange(
        old_result.score,
        new_result.score,
        old_result.stage,
        new_result.stage,
        old_result.provisional,
        new_result.provisional,
    )
    dimensions = _dimension_changes(bank, old_bank, old_result, new_result)
    closed, still_open, new_gaps, not_reassessed = _gap_changes(
        bank, old_bank, old_result, new_result, excluded
    )
    old_plan = build_plan(old_bank, old, old_result)
    completed = _completed_actions(bank, old_plan, old, new, {c.id for c in closed})
    bank_order = {q.id: i for i, q in enumerate(bank.questions)}
    offset = len(bank_order)
    old_order = {q.id: offset + i for i, q in enumerate(old_bank.questions)}
    not_comparable = sorted(
        excluded.values(), key=lambda n: (bank_order.get(n.id, old_order.get(n.id, 0)), n.id)
    )
    return Progress(
        bank=bank,
        old_bank=old_bank,
        old=old,
        new=new,
        old_result=old_result,
        new_result=new_result,
        overall=overall,
        dimensions=tuple(dimensions),
        gaps_closed=tuple(closed),
        gaps_open=tuple(still_open),
        gaps_new=tuple(new_gaps),
        gaps_not_reassessed=tuple(not_reassessed),
        actions_completed=completed,
        not_comparable=tuple(not_comparable),
        warning_texts=tuple(_warnings(bank, old_bank, old, new)),
    )


def _done(assessment: Assessment, action_id: str) -> bool:
    edit = assessment.plan.get(action_id)
    return edit is not None and edit.status is PlanStatus.DONE


def _completed_actions(
    bank: Bank, old_plan: ActionPlan, old: Assessment, new: Assessment, closed: set[str]
) -> tuple[CompletedAction, ...]:
    completed: list[CompletedAction] = []
    seen: set[str] = set()
    for action in sorted(old_plan, key=lambda a: a.rank):
        marked = _done(new, action.id) and not _done(old, action.id)
        all_closed = all(g.question.id in closed for g in action.gaps)
        if marked or all_closed:
            recommendation = next(
                (r for r in bank.recommendations if r.id == action.id), action.recommendation
            )
            completed.append(CompletedAction(recommendation, action.dimension, marked, all_closed))
        seen.add(action.id)
    for rec in bank.recommendations:  # marked done since, though the earlier plan lacked it
        if rec.id in seen:
            continue
        if not _done(new, rec.id) or _done(old, rec.id):
            continue
        dimension = bank.question_by_id[rec.questions[0]].dimension
        completed.append(CompletedAction(rec, dimension, True, False))
    return tuple(completed)
