"""Checks an assessment against the bank it is scored with.

Each problem is one sentence naming its place (``answers.log.iec.choice``), so that
``validate`` and the storage layer can tell the user exactly what to fix.
"""

from __future__ import annotations

from collections.abc import Iterator

from advisor.domain.assessment import Answer, Assessment
from advisor.domain.bank import Bank, Question, QuestionKind

__all__ = ["answer_problems", "assessment_problems", "profile_problems"]

_SINGLE, _NUMBER = QuestionKind.SINGLE, QuestionKind.NUMBER


def _choices_hint(question: Question) -> str:
    ids = [o.id for o in question.options or ()]
    return ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")


def answer_problems(question: Question, answer: Answer, place: str) -> Iterator[str]:
    """Why an answer does not fit its question (nothing when it fits)."""
    if answer.skip is not None:
        return
    kind = question.kind
    if kind is QuestionKind.SINGLE:
        if answer.choice is None:
            yield f"{place}: question {question.id} takes one choice ('choice')"
        elif question.option(answer.choice) is None:
            yield (
                f"{place}.choice: {answer.choice!r} is not an option of question {question.id} "
                f"(options: {_choices_hint(question)})"
            )
    elif kind is QuestionKind.MULTI:
        if answer.choices is None:
            yield f"{place}: question {question.id} takes a list of choices ('choices')"
            return
        for choice in answer.choices:
            if question.option(choice) is None:
                yield (
                    f"{place}.choices: {choice!r} is not an option of question {question.id} "
                    f"(options: {_choices_hint(question)})"
                )
        exclusive = [c for c in answer.choices if (o := question.option(c)) and o.exclusive]
        if exclusive and len(answer.choices) > 1:
            yield f"{place}.choices: {exclusive[0]!r} cannot be combined with other choices"
    elif kind is QuestionKind.NUMBER:
        if answer.number is None:
            yield f"{place}: question {question.id} takes a number ('number')"
        elif not question.minimum <= answer.number <= question.maximum:
            yield (
                f"{place}.number: {answer.number:g} is outside "
                f"{question.minimum:g}-{question.maximum:g}"
            )


def _fits(question: Question, answer: Answer) -> bool:
    """A quick yes for the common case: the answer plainly fits its question."""
    if answer.skip is not None:
        return True
    kind = question.kind
    if kind is _SINGLE:
        return answer.choice is not None and answer.choice in question.options_by_id
    if kind is _NUMBER:
        number = answer.number
        return number is not None and question.minimum <= number <= question.maximum
    choices = answer.choices
    if choices is None:
        return False
    options = question.options_by_id
    if not all(c in options for c in choices):
        return False
    return len(choices) <= 1 or not any(options[c].exclusive for c in choices)


def profile_problems(bank: Bank, assessment: Assessment) -> Iterator[str]:
    """Profile values the bank does not know."""
    profile = assessment.profile
    singles = (("sector", "sectors"), ("size", "sizes"), ("experience", "experience"))
    for key, field in singles:
        value = getattr(profile, key)
        known = {c.id for c in bank.profile.field(field)}
        if value is not None and value not in known:
            yield f"profile.{key}: unknown value {value!r} (known: {', '.join(sorted(known))})"
    lists = (("target_markets", "markets"), ("channels", "channels"))
    for key, field in lists:
        known = {c.id for c in bank.profile.field(field)}
        for value in getattr(profile, key):
            if value not in known:
                yield f"profile.{key}: unknown value {value!r} (known: {', '.join(sorted(known))})"


def assessment_problems(bank: Bank, assessment: Assessment) -> list[str]:
    """Everything in the assessment that does not fit the bank."""
    problems: list[str] = []
    if assessment.bank.id != bank.id:
        problems.append(
            f"bank.id: the file was answered with the bank {assessment.bank.id!r}, "
            f"not {bank.id!r} (use --bank to pick the right one)"
        )
        return problems
    problems.extend(profile_problems(bank, assessment))
    for qid, answer in assessment.answers.items():
        question = bank.question_by_id.get(qid)
        if question is None:
            problems.append(f"answers.{qid}: no such question in bank {bank.id} {bank.version}")
            continue
        if not _fits(question, answer):
            problems.extend(answer_problems(question, answer, f"answers.{qid}"))
    return problems
