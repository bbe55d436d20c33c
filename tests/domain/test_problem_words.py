"""A problem of an assessment against its bank is its English sentence (the command line
prints it as it always did) and knows its words in every language (the window)."""

from __future__ import annotations

import pickle

from advisor.domain.assessment import Answer, Assessment
from advisor.domain.validation import Problem, assessment_problems


def test_a_problem_is_its_english_sentence_and_says_it_in_hindi(mini_bank) -> None:  # type: ignore[no-untyped-def]
    assessment = Assessment.new(mini_bank.id, mini_bank.version)
    assessment.answers = {"log.iec": Answer(choice="maybe")}
    (problem,) = assessment_problems(mini_bank, assessment)
    assert isinstance(problem, Problem) and problem.place == "answers.log.iec.choice"
    assert problem.startswith("answers.log.iec.choice: 'maybe' is not an option of question")
    assert problem.said("en") == problem
    hindi = problem.said("hi")
    assert hindi.startswith("answers.log.iec.choice: 'maybe' सवाल log.iec का विकल्प नहीं है")
    assert pickle.loads(pickle.dumps(problem)).said("hi") == hindi


def test_another_bank_is_said_in_hindi(mini_bank) -> None:  # type: ignore[no-untyped-def]
    assessment = Assessment.new("other-bank", "1.0.0")
    (problem,) = assessment_problems(mini_bank, assessment)
    assert problem == (
        "bank.id: the file was answered with the bank 'other-bank', not 'mini' "
        "(use --bank to pick the right one)"
    )
    assert problem.reason("hi") == (
        "यह फ़ाइल प्रश्नावली 'other-bank' से भरी गई थी, 'mini' से नहीं (इसे उसी प्रश्नावली के साथ खोलें)"
    )
