"""Test helpers: answers built from a bank (best, worst, random) and hypothesis strategies.

Imported by the tests of this folder as ``from bank_answers import ...`` (pytest puts
the folder of a test file on ``sys.path``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

from advisor.domain.assessment import Answer, Assessment, CompanyProfile, Skip
from advisor.domain.bank import Bank, Question, QuestionKind
from advisor.storage.banks import default_bank, load_bank

MINI_PATH = Path(__file__).parent.parent / "fixtures" / "mini_bank.yaml"
MINI = load_bank(MINI_PATH)
BUILTIN = default_bank()


def best_answer(question: Question) -> Answer:
    """The answer that scores 100."""
    if question.kind is QuestionKind.NUMBER:
        return Answer(number=question.best_number())
    if question.kind is QuestionKind.MULTI:
        return Answer(choices=[o.id for o in question.best_options()])
    return Answer(choice=question.best_options()[0].id)


def worst_answer(question: Question) -> Answer:
    """The answer that scores lowest."""
    if question.kind is QuestionKind.NUMBER:
        return Answer(number=question.worst_number())
    if question.kind is QuestionKind.MULTI:
        return Answer(choices=[o.id for o in question.worst_options()])
    return Answer(choice=question.worst_options()[0].id)


def answered(
    bank: Bank, profile: CompanyProfile, pick: Callable[[Question], Answer] = best_answer
) -> Assessment:
    """An assessment answering every question of the bank with ``pick``."""
    doc = Assessment.new(bank.id, bank.version)
    doc.profile = profile
    doc.answers = {q.id: pick(q) for q in bank.questions}
    return doc


def profile_of(bank: Bank, **values: object) -> CompanyProfile:
    """A profile with the first value of every field, overridden by ``values``."""
    data: dict[str, object] = {
        "company": "Test Exports Pvt Ltd",
        "sector": bank.profile.sectors[0].id,
        "size": bank.profile.sizes[0].id,
        "experience": bank.profile.experience[0].id,
        "target_markets": [bank.profile.markets[0].id],
        "channels": [bank.profile.channels[0].id],
    }
    data.update(values)
    return CompanyProfile.model_validate(data)


# --- hypothesis strategies -------------------------------------------------------------


def profiles(bank: Bank) -> st.SearchStrategy[CompanyProfile]:
    """Any profile the bank allows."""
    ids = {f: [c.id for c in bank.profile.field(f)] for f in ("sectors", "sizes", "experience")}
    return st.builds(
        CompanyProfile,
        company=st.just("Hypothesis Exports"),
        sector=st.sampled_from(ids["sectors"]),
        size=st.sampled_from(ids["sizes"]),
        experience=st.sampled_from(ids["experience"]),
        target_markets=st.lists(
            st.sampled_from([c.id for c in bank.profile.markets]), unique=True, max_size=4
        ),
        channels=st.lists(
            st.sampled_from([c.id for c in bank.profile.channels]), unique=True, max_size=3
        ),
    )


def answers_to(question: Question, *, skips: bool = True) -> st.SearchStrategy[Answer]:
    """Any answer that fits ``question`` (and "don't know" / "not applicable")."""
    if question.kind is QuestionKind.NUMBER:
        given = st.builds(
            Answer,
            number=st.floats(
                question.minimum, question.maximum, allow_nan=False, allow_infinity=False
            ),
        )
    elif question.kind is QuestionKind.MULTI:
        options = question.options or []
        plain = [o.id for o in options if not o.exclusive]
        exclusive = [o.id for o in options if o.exclusive]
        given = st.one_of(
            st.builds(Answer, choices=st.lists(st.sampled_from(plain), unique=True)),
            *(st.just(Answer(choices=[e])) for e in exclusive),
        )
    else:
        given = st.builds(Answer, choice=st.sampled_from([o.id for o in question.options or []]))
    if not skips:
        return given
    return st.one_of(given, st.sampled_from([Answer(skip=s) for s in Skip]))


@st.composite
def assessments(draw: st.DrawFn, bank: Bank) -> Assessment:
    """An assessment with any profile and answers to any subset of the questions."""
    doc = Assessment.new(bank.id, bank.version)
    doc.profile = draw(profiles(bank))
    answers = {}
    for question in bank.questions:
        if draw(st.integers(0, 9)) < 8:  # most questions answered
            answers[question.id] = draw(answers_to(question))
    doc.answers = answers
    return doc
