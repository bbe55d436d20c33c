"""Checks an assessment against the bank it is scored with.

Each problem is one sentence naming its place (``answers.log.iec.choice``), so that
``validate`` and the storage layer can tell the user exactly what to fix. A problem is
a :class:`Problem`: the English sentence itself (a ``str``), which also knows its key of
the word catalogues (``file.answer.*``, ``file.profile.*``) to be said in any language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from advisor.domain.assessment import Answer, Assessment, CompanyProfile
from advisor.domain.bank import Bank, Question, QuestionKind
from advisor.domain.tables import KIND_NUMBER, KIND_SINGLE, BankTables, QuestionRow, tables_for
from advisor.domain.text import Text
from advisor.domain.words import words

__all__ = [
    "Orphans",
    "Problem",
    "answer_problems",
    "assessment_problems",
    "orphan_note",
    "orphan_warnings",
    "orphans",
    "profile_problems",
]


class Problem(str):
    """``place: what is wrong`` in English, and the key and values that say it in any
    language (:meth:`said`)."""

    place: str
    key: str
    values: dict[str, str]

    def __new__(cls, place: str, key: str, **values: str) -> Problem:
        self = super().__new__(cls, f"{place}: {words('en').get(key, **values)}")
        self.place, self.key, self.values = place, key, values
        return self

    def reason(self, lang: str = "en") -> str:
        """What is wrong, in ``lang``, without the place."""
        return words(lang).get(self.key, **self.values)

    def said(self, lang: str = "en") -> str:
        """``place: what is wrong`` in ``lang`` (the place stays as written in the file)."""
        return f"{self.place}: {self.reason(lang)}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_problem, (self.place, self.key, self.values))


def _problem(place: str, key: str, values: dict[str, str]) -> Problem:
    return Problem(place, key, **values)


def _choices_hint(question: Question) -> str:
    ids = [o.id for o in question.options or ()]
    return ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")


def answer_problems(question: Question, answer: Answer, place: str) -> Iterator[Problem]:
    """Why an answer does not fit its question (nothing when it fits)."""
    if answer.skip is not None:
        return
    kind = question.kind
    qid = question.id
    if kind is QuestionKind.SINGLE:
        if answer.choice is None:
            yield Problem(place, "file.answer.one_choice", question=qid)
        elif question.option(answer.choice) is None:
            yield Problem(
                f"{place}.choice",
                "file.answer.not_an_option",
                choice=repr(answer.choice),
                question=qid,
                options=_choices_hint(question),
            )
    elif kind is QuestionKind.MULTI:
        if answer.choices is None:
            yield Problem(place, "file.answer.choices", question=qid)
            return
        for choice in answer.choices:
            if question.option(choice) is None:
                yield Problem(
                    f"{place}.choices",
                    "file.answer.not_an_option",
                    choice=repr(choice),
                    question=qid,
                    options=_choices_hint(question),
                )
        exclusive = [c for c in answer.choices if (o := question.option(c)) and o.exclusive]
        if exclusive and len(answer.choices) > 1:
            yield Problem(f"{place}.choices", "file.answer.exclusive", choice=repr(exclusive[0]))
    elif kind is QuestionKind.NUMBER:
        if answer.number is None:
            yield Problem(place, "file.answer.number", question=qid)
        elif not question.minimum <= answer.number <= question.maximum:
            yield Problem(
                f"{place}.number",
                "file.answer.outside",
                number=f"{answer.number:g}",
                low=f"{question.minimum:g}",
                high=f"{question.maximum:g}",
            )


def _fits(row: QuestionRow, answer: Answer) -> bool:
    """A quick yes for the common case: the answer plainly fits its question."""
    if answer.skip is not None:
        return True
    kind = row.kind
    if kind == KIND_SINGLE:
        choice = answer.choice
        return choice is not None and choice in row.scores
    if kind == KIND_NUMBER:
        number = answer.number
        return number is not None and row.minimum <= number <= row.maximum
    choices = answer.choices
    if choices is None:
        return False
    scores = row.scores
    if not all(c in scores for c in choices):
        return False
    return len(choices) <= 1 or row.exclusive.isdisjoint(choices)


def profile_problems(bank: Bank, assessment: Assessment) -> Iterator[Problem]:
    """Profile values the bank does not know."""
    profile = assessment.profile
    singles = (("sector", "sectors"), ("size", "sizes"), ("experience", "experience"))
    for key, field in singles:
        value = getattr(profile, key)
        known = {c.id for c in bank.profile.field(field)}
        if value is not None and value not in known:
            yield _unknown(f"profile.{key}", value, known)
    lists = (("target_markets", "markets"), ("channels", "channels"))
    for key, field in lists:
        known = {c.id for c in bank.profile.field(field)}
        for value in getattr(profile, key):
            if value not in known:
                yield _unknown(f"profile.{key}", value, known)


def _unknown(place: str, value: str, known: set[str]) -> Problem:
    listed = ", ".join(sorted(known))
    return Problem(place, "file.profile.unknown", value=repr(value), known=listed)


def assessment_problems(bank: Bank, assessment: Assessment) -> list[Problem]:
    """Everything in the assessment that does not fit the bank."""
    problems: list[Problem] = []
    if assessment.bank.id != bank.id:
        given, expected = repr(assessment.bank.id), repr(bank.id)
        problems.append(Problem("bank.id", "file.wrong_bank", given=given, expected=expected))
        return problems
    tables = tables_for(bank)
    if not _profile_fits(tables, assessment.profile):
        problems.extend(profile_problems(bank, assessment))
    rows = tables.row_by_id
    single = tables.single_options
    for qid, answer in assessment.answers.items():
        options = single.get(qid)
        if options is not None and answer.choice in options:
            continue  # the common case of _fits, inline: this runs for every answer
        row = rows.get(qid)
        if row is None:
            continue  # kept in the file and reported (see orphans), not an error
        if not _fits(row, answer):
            problems.extend(answer_problems(row.question, answer, f"answers.{qid}"))
    return problems


def _profile_fits(tables: BankTables, profile: CompanyProfile) -> bool:
    """A quick yes: every value of the profile is one the bank knows."""
    known = tables.profile_ids
    return (
        (profile.sector is None or profile.sector in known["sectors"])
        and (profile.size is None or profile.size in known["sizes"])
        and (profile.experience is None or profile.experience in known["experience"])
        and known["markets"].issuperset(profile.target_markets)
        and known["channels"].issuperset(profile.channels)
    )


@dataclass(frozen=True)
class Orphans:
    """What the file holds for questions and actions the bank does not have (any more).

    Nothing is dropped: these stay in the file, are not scored or planned, and are
    reported (a warning on the command line, a note in the window, a list in the PDF).
    """

    answers: tuple[str, ...] = ()
    plan: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.answers or self.plan)


def orphans(bank: Bank, assessment: Assessment) -> Orphans:
    """Answers to questions and plan edits for actions that ``bank`` does not have."""
    actions = bank.recommendation_by_id
    return Orphans(
        answers=tuple(q for q in assessment.answers if q not in bank.question_by_id),
        plan=tuple(
            a for a, edit in assessment.plan.items() if a not in actions and not edit.is_default()
        ),
    )


def _listed(ids: tuple[str, ...], shown: int = 5) -> str:
    more = f" and {len(ids) - shown} more" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more


def orphan_warnings(bank: Bank, assessment: Assessment) -> list[str]:
    """One sentence per kind of orphan (nothing when there is none)."""
    found = orphans(bank, assessment)
    where = f"bank {bank.id} {bank.version}"
    warnings = []
    if found.answers:
        count = len(found.answers)
        warnings.append(
            f"{count} answer{'s' if count > 1 else ''} to questions not in {where} "
            f"(kept in the file, not scored): {_listed(found.answers)}"
        )
    if found.plan:
        count = len(found.plan)
        warnings.append(
            f"{count} plan edit{'s' if count > 1 else ''} for actions not in {where} "
            f"(kept in the file, not in the plan): {_listed(found.plan)}"
        )
    return warnings


_NOTE = Text.of(
    "This file keeps {answers} answer(s) and {edits} plan edit(s) for questions and actions "
    "this bank no longer has: they are not scored or planned (the PDF lists them).",
    hi="इस फ़ाइल में {answers} उत्तर और {edits} योजना-बदलाव ऐसे सवालों और कामों के हैं जो इस "
    "प्रश्नावली में अब नहीं हैं: इन्हें अंकों और योजना में नहीं गिना जाता (PDF में इनकी सूची है)।",
)


def orphan_note(bank: Bank, assessment: Assessment, lang: str = "en") -> str:
    """The window's one-line note about orphans ("" when there is none)."""
    found = orphans(bank, assessment)
    if not found:
        return ""
    return _NOTE.get(lang).format(answers=len(found.answers), edits=len(found.plan))
