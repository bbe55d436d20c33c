"""Which questions apply: a condition checked against the company profile."""

from __future__ import annotations

import pytest

from advisor.domain.assessment import CompanyProfile
from advisor.domain.bank import Condition
from advisor.domain.conditions import applies, condition_holds

PROFILE = CompanyProfile(
    sector="spices",
    size="micro",
    experience="occasional",
    target_markets=["us", "uae_gcc"],
    channels=["marketplace"],
)


@pytest.mark.parametrize(
    ("condition", "holds"),
    [
        (None, True),
        (Condition(), True),
        (Condition(sectors=["spices", "food_agri"]), True),
        (Condition(sectors=["textiles"]), False),
        (Condition(sizes=["micro"]), True),
        (Condition(sizes=["medium"]), False),
        (Condition(experience=["regular"]), False),
        (Condition(markets=["eu", "us"]), True),  # any one market is enough
        (Condition(markets=["eu", "uk"]), False),
        (Condition(channels=["marketplace"]), True),
        (Condition(channels=["own_website"]), False),
        (Condition(not_sectors=["spices"]), False),
        (Condition(not_sectors=["textiles"]), True),
        (Condition(sectors=["spices"], markets=["us"]), True),  # every field must hold
        (Condition(sectors=["spices"], markets=["eu"]), False),
        (Condition(markets=[]), False),  # an empty list allows nothing
    ],
)
def test_condition_holds(condition: Condition | None, holds: bool) -> None:
    assert condition_holds(condition, PROFILE) is holds


def test_an_empty_profile_hides_conditional_questions(mini_bank) -> None:
    empty = CompanyProfile()
    assert not condition_holds(Condition(sectors=["spices"]), empty)
    assert not condition_holds(Condition(markets=["eu"]), empty)
    assert condition_holds(Condition(not_sectors=["spices"]), empty)
    assert applies(mini_bank.question_by_id["log.iec"], empty)
    assert not applies(mini_bank.question_by_id["log.ce"], empty)


def test_condition_references_and_description() -> None:
    condition = Condition(markets=["eu"], not_sectors=["food_agri"])
    assert list(condition.references()) == [
        ("markets", "markets", "eu"),
        ("not_sectors", "sectors", "food_agri"),
    ]
    assert condition.describe() == {"markets": ["eu"], "not_sectors": ["food_agri"]}
