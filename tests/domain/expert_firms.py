"""Realistic firms for judging the engine as an export consultant would.

Each firm answers every question of the built-in bank with a base answer (best or worst),
then the answers a firm like it really gives. Overrides name a question and an option; one
the bank no longer has is skipped, so the firms survive a reworded bank.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bank_answers import BUILTIN, best_answer, profile_of, worst_answer

from advisor.domain.assessment import Answer, Assessment
from advisor.domain.bank import Bank, Question


def firm(
    profile: Mapping[str, object],
    base: Callable[[Question], Answer],
    overrides: Mapping[str, Answer] | None = None,
    *,
    only: Callable[[Question], bool] = lambda q: True,
    bank: Bank = BUILTIN,
) -> Assessment:
    """An assessment: ``base`` for every question ``only`` keeps, then ``overrides``."""
    doc = Assessment.new(bank.id, bank.version)
    doc.profile = profile_of(bank, **profile)
    answers = {q.id: base(q) for q in bank.questions if only(q)}
    for qid, answer in (overrides or {}).items():
        question = bank.question_by_id.get(qid)
        if question is None:
            continue
        if answer.choice is not None and question.option(answer.choice) is None:
            continue
        answers[qid] = answer
    doc.answers = answers
    return doc


def first_time_eu_textiles() -> Assessment:
    """A micro knitwear maker, first shipments to the EU through a marketplace: no IEC yet,
    no export bank account, sells on D/P, has never heard of GPSR, nothing else in place."""
    return firm(
        {
            "company": "Kaveri Knits",
            "sector": "textiles",
            "size": "micro",
            "experience": "first_shipments",
            "target_markets": ["eu"],
            "channels": ["marketplace"],
        },
        worst_answer,
        {
            "log.iec": Answer(choice="no"),
            "log.ad_code": Answer(choice="no"),
            "pay.ad_bank": Answer(choice="no"),
            "pay.terms_new_buyer": Answer(choice="dp"),
            "log.ispm15": Answer(choice="no_wood"),
        },
    )


def us_food_exporter() -> Assessment:
    """A small spice and food exporter, occasional shipments to the US: registrations in
    India done, but no FDA food facility registration and no US labels yet."""
    return firm(
        {
            "company": "Malabar Spice Traders",
            "sector": "food_agri",
            "size": "small",
            "experience": "occasional",
            "target_markets": ["us"],
            "channels": ["distributor"],
        },
        best_answer,
        {
            "qa.fda_registration": Answer(choice="no"),
            "brand.us_food_labels": Answer(choice="no"),
            "qa.fsvp": Answer(choice="no"),
            "pay.hedging": Answer(choice="no"),
            "brand.website": Answer(choice="none"),
        },
    )


def mature_multi_market() -> Assessment:
    """A medium engineering exporter shipping regularly to the EU, US and the Gulf: every
    registration, safeguard and certificate in place; new buyers pay by confirmed LC."""
    return firm(
        {
            "company": "Deccan Precision Castings",
            "sector": "engineering",
            "size": "medium",
            "experience": "regular",
            "target_markets": ["eu", "us", "uae_gcc"],
            "channels": ["direct", "trade_fairs"],
        },
        best_answer,
        {"pay.terms_new_buyer": Answer(choice="lc")},
    )


def half_answered() -> Assessment:
    """A first-time firm that answered the logistics questions only, all of them well."""
    return firm(
        {
            "company": "Half Done Exports",
            "sector": "handicrafts",
            "size": "small",
            "experience": "first_shipments",
            "target_markets": ["us"],
        },
        best_answer,
        only=lambda q: q.dimension == "logistics",
    )
