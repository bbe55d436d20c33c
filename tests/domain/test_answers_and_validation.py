"""Plain-language answers, the vocabulary, the public JSON shapes and answer checks."""

from __future__ import annotations

import pytest
from bank_answers import BUILTIN, MINI, answers_to, profile_of
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.domain.answers import answer_label, best_answer_label, format_number
from advisor.domain.assessment import Answer, Assessment, PlanEdit, Skip
from advisor.domain.bank import CostBand, Effort, Phase
from advisor.domain.branding import BrandingProfile, parse_hex_colour
from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.domain.serialize import bank_to_json, result_to_json
from advisor.domain.validation import answer_problems, assessment_problems, orphan_warnings, orphans
from advisor.domain.vocabulary import (
    COST_LABELS,
    EFFORT_LABELS,
    PHASE_LABELS,
    SKIP_LABELS,
    STATUS_LABELS,
    format_inr,
)

Q = MINI.question_by_id


@pytest.mark.parametrize(
    ("qid", "answer", "label"),
    [
        ("log.iec", Answer(choice="stale"), "Yes, not updated"),
        ("log.iec", Answer(choice="gone"), "gone"),
        ("log.docs", Answer(choices=["invoice", "packing"]), "Invoice; Packing list"),
        ("log.docs", Answer(choices=[]), "None of these"),
        ("pay.reply", Answer(number=12.5), "12.5 hours"),
        ("pay.reply", Answer(number=48.0), "48 hours"),
        ("log.iec", Answer(skip=Skip.UNKNOWN), "Don't know"),
        ("log.iec", Answer(skip=Skip.NOT_APPLICABLE), "Not applicable"),
        ("log.iec", None, ""),
    ],
)
def test_answer_label(qid: str, answer: Answer | None, label: str) -> None:
    assert answer_label(Q[qid], answer) == label


def test_best_answer_label() -> None:
    assert best_answer_label(Q["log.iec"]) == "Yes"
    assert best_answer_label(Q["log.docs"]) == "Invoice; Packing list"
    assert best_answer_label(Q["pay.reply"]) == "below 24 hours"
    assert best_answer_label(Q["pay.reply"], "hi").endswith("से कम")
    assert format_number(3.0) == "3" and format_number(2.5) == "2.5"


def test_vocabulary_covers_every_value() -> None:
    assert set(PHASE_LABELS) == set(Phase) and set(EFFORT_LABELS) == set(Effort)
    assert set(COST_LABELS) == set(CostBand) and set(SKIP_LABELS) == set(Skip)
    assert len(STATUS_LABELS) == 4
    for labels in (PHASE_LABELS, EFFORT_LABELS, COST_LABELS, SKIP_LABELS, STATUS_LABELS):
        assert all(text.get("en") and text.has("hi") for text in labels.values())
    assert "0-30" in PHASE_LABELS[Phase.NOW].get() or "30" in PHASE_LABELS[Phase.NOW].get()


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "₹0"),
        (999, "₹999"),
        (1000, "₹1,000"),
        (100_000, "₹1,00,000"),
        (12_345_678, "₹1,23,45,678"),
        (-50_000, "-₹50,000"),
    ],
)
def test_format_inr(amount: int, text: str) -> None:
    assert format_inr(amount) == text


@pytest.mark.parametrize(
    ("qid", "answer", "problem"),
    [
        ("log.iec", Answer(choices=["yes"]), "answers.log.iec: question log.iec takes one choice"),
        ("log.iec", Answer(choice="maybe"), "answers.log.iec.choice: 'maybe' is not an option"),
        ("log.docs", Answer(choice="invoice"), "takes a list of choices ('choices')"),
        ("log.docs", Answer(choices=["invoice", "fax"]), "answers.log.docs.choices: 'fax'"),
        ("log.docs", Answer(choices=["none", "invoice"]), "'none' cannot be combined"),
        ("pay.reply", Answer(choice="fast"), "takes a number ('number')"),
        ("pay.reply", Answer(number=1001), "answers.pay.reply.number: 1001 is outside 0-1000"),
        ("pay.reply", Answer(number=-1), "is outside 0-1000"),
    ],
)
def test_answer_problems(qid: str, answer: Answer, problem: str) -> None:
    (found,) = answer_problems(Q[qid], answer, f"answers.{qid}")
    assert found.startswith(problem) or problem in found


def test_answers_that_fit_have_no_problems() -> None:
    for answer in (Answer(skip=Skip.UNKNOWN), Answer(choice="yes")):
        assert list(answer_problems(Q["log.iec"], answer, "x")) == []
    assert list(answer_problems(Q["log.docs"], Answer(choices=["none"]), "x")) == []
    assert list(answer_problems(Q["pay.reply"], Answer(number=1000), "x")) == []


def test_assessment_problems() -> None:
    doc = Assessment.new("mini", "1.0.0")
    doc.profile = profile_of(MINI, sector="toys", target_markets=["eu", "mars"])
    doc.answers = {"log.nope": Answer(choice="x"), "log.iec": Answer(choice="yes")}
    problems = assessment_problems(MINI, doc)
    assert problems[0].startswith("profile.sector: unknown value 'toys' (known: food, textiles)")
    assert problems[1].startswith("profile.target_markets: unknown value 'mars'")
    assert len(problems) == 2  # an answer to an unknown question is kept, not an error:
    (warning,) = orphan_warnings(MINI, doc)
    assert warning.startswith("1 answer to questions not in bank mini 1.0.0 (kept in the file")
    assert orphans(MINI, doc).answers == ("log.nope",)
    other = Assessment.new("kenya", "1.0.0")
    (only,) = assessment_problems(MINI, other)
    assert only.startswith("bank.id: the file was answered with the bank 'kenya', not 'mini'")


def test_result_to_json_explains_every_gap() -> None:
    doc = Assessment.new("mini", "1.0.0")
    doc.profile = profile_of(MINI, sector="food", target_markets=["eu"])
    doc.answers = {"log.iec": Answer(choice="no"), "pay.reply": Answer(skip=Skip.UNKNOWN)}
    doc.plan = {"rec.iec": PlanEdit(owner="Ravi")}
    result = score_assessment(MINI, doc)
    data = result_to_json(result, build_plan(MINI, doc, result))
    first, second = data["gaps"]
    assert first == {
        "question": "log.iec",
        "dimension": "logistics",
        "text": "Do you have an IEC?",
        "answer": "No",
        "best": "Yes",
        "score": 0.0,
        "critical": True,
        "unknown": False,
        "why": "No export without it.",
    }
    assert second["unknown"] and second["answer"] == "Don't know"
    action = data["actions"][0]
    assert action["id"] == "rec.iec" and action["help"] == ["DGFT"] and action["owner"] == "Ravi"
    assert action["phase"] == "now" and action["cost_label"].startswith("Under ₹10,000")
    assert data["overall"]["capped_by_blockers"] is False


def test_bank_to_json_uses_options_or_bands() -> None:
    data = bank_to_json(MINI)
    by_id = {q["id"]: q for q in data["questions"]}
    assert "bands" not in by_id["log.iec"] and by_id["log.iec"]["critical"] is True
    assert "options" not in by_id["pay.reply"] and by_id["pay.reply"]["unit"] == "hours"
    assert by_id["log.ce"]["condition"] == {"markets": ["eu"]}
    assert [s["id"] for s in data["stages"]] == ["low", "mid", "good", "top"]


def test_branding_colour_is_parsed_by_our_code() -> None:
    assert parse_hex_colour("#FF8000") == (1.0, 128 / 255, 0.0)
    for bad in ("red", "#FFF", "#GGGGGG", "[[[1]]]", "#12345678", ""):
        with pytest.raises(ValueError, match="not a #RRGGBB colour"):
            parse_hex_colour(bad)
    with pytest.raises(ValueError, match="accent"):
        BrandingProfile(accent="red")
    assert BrandingProfile().accent == "#1F5C99"


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_the_quick_fit_check_agrees_with_the_full_one(data: st.DataObject) -> None:
    from advisor.domain.tables import tables_for
    from advisor.domain.validation import _fits

    bank = data.draw(st.sampled_from([BUILTIN, MINI]))
    question = data.draw(st.sampled_from(bank.questions))
    other = data.draw(st.sampled_from(bank.questions))  # answers of another question's shape
    answer = data.draw(
        st.one_of(
            answers_to(question),
            answers_to(other),
            st.builds(Answer, number=st.floats(-10, 2e6)),
            st.builds(
                Answer,
                choices=st.lists(st.sampled_from(["none", "yes", "x", "invoice"]), unique=True),
            ),
        )
    )
    full = list(answer_problems(question, answer, "x"))
    assert _fits(tables_for(bank).row_by_id[question.id], answer) == (full == [])
