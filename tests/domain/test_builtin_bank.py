"""The built-in bank (Indian SME exporters), walked question by question.

Like qutebrowser's test of its configdata: every question, option, condition and
recommendation is visited and its references checked, and the content rules of issue 3
(counts, critical questions, conditional questions per market and sector) hold.
"""

from __future__ import annotations

import itertools

import pytest

from advisor.domain.bank import QuestionKind
from advisor.domain.bank_checks import check_references, iter_languages_missing
from advisor.domain.conditions import condition_holds
from advisor.domain.validation import answer_problems
from advisor.resources import resource_path
from advisor.storage.banks import default_bank

BANK = default_bank()
QUESTIONS = BANK.questions
DIMENSIONS = ("logistics", "payments", "quality", "branding")


def test_it_is_the_default_and_loads_cleanly() -> None:
    assert resource_path("banks/in-sme-export.yaml").is_file()
    assert BANK.id == "in-sme-export"
    assert list(check_references(BANK)) == []
    assert default_bank() is BANK  # cached


def test_four_dimensions_with_twelve_questions_each() -> None:
    assert [d.id for d in BANK.dimensions] == list(DIMENSIONS)
    for dim in DIMENSIONS:
        assert len(BANK.questions_of(dim)) >= 12, dim


def test_at_least_eight_critical_questions() -> None:
    critical = [q.id for q in QUESTIONS if q.critical]
    assert len(critical) >= 8
    assert "log.iec" in critical  # no IEC, no export


def test_profile_fields_cover_the_issue() -> None:
    markets = {c.id for c in BANK.profile.markets}
    assert {"eu", "us", "uk", "uae_gcc", "asia", "africa", "australia"} <= markets
    channels = {c.id for c in BANK.profile.channels}
    assert {"marketplace", "distributor", "direct", "trade_fairs", "own_website"} <= channels
    sectors = {c.id for c in BANK.profile.sectors}
    assert {"textiles", "food_agri", "engineering", "electronics", "spices"} <= sectors
    assert {c.id for c in BANK.profile.sizes} >= {"micro", "small", "medium"}


def _conditional_on(field: str, values: set[str]) -> list[str]:
    return [
        q.id
        for q in QUESTIONS
        if q.condition is not None and values & set(getattr(q.condition, field) or ())
    ]


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("markets", {"eu"}),
        ("markets", {"us"}),
        ("markets", {"uk", "uae_gcc"}),
        ("sectors", {"food_agri"}),
        ("sectors", {"textiles"}),
        ("sectors", {"engineering", "electronics"}),
    ],
)
def test_conditional_questions_exist_for(field: str, values: set[str]) -> None:
    assert _conditional_on(field, values), f"no question conditioned on {field} {values}"


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_question(question) -> None:  # type: ignore[no-untyped-def]
    assert question.dimension in DIMENSIONS
    assert question.text.get().strip().endswith("?") or question.kind is QuestionKind.MULTI
    help_text = question.help.get()
    assert 20 <= len(help_text) <= 400, "help should be one or two sentences"
    assert help_text.count(". ") <= 3
    assert 0 < question.weight <= 10
    if question.kind is QuestionKind.NUMBER:
        assert question.bands and max(b.score for b in question.bands) == 100
        assert question.unit is not None
        assert question.minimum < question.maximum
        edges = sorted(question.bands, key=lambda b: b.min)
        for low, high in itertools.pairwise(edges):
            assert low.max == high.min, "number bands must not leave holes"
        assert edges[0].min <= question.minimum
    else:
        options = question.options or []
        assert len({o.id for o in options}) == len(options) >= 2
        assert all(0 <= o.score <= 100 for o in options)
        assert all(o.label.get().strip() for o in options)
        if question.kind is QuestionKind.SINGLE:
            assert max(o.score for o in options) == 100
        else:
            assert sum(o.score for o in options if not o.exclusive) >= 100
    if question.critical_below is not None:
        worst = min(
            (o.score for o in question.options or ()),
            default=min((b.score for b in question.bands or ()), default=0),
        )
        assert worst < question.critical_below <= 100, "some answer must be a blocker"
    if question.condition is not None:
        for _name, field, value in question.condition.references():
            assert value in {c.id for c in BANK.profile.field(field)}
    # every gap the question can produce has a recommendation, with real sources
    recs = BANK.recommendations_by_question.get(question.id, ())
    assert recs, f"no recommendation for {question.id}"
    for rec in recs:
        assert all(source in BANK.source_by_id for source in rec.help)
    # the best and worst answers fit the question
    from bank_answers import best_answer, worst_answer

    for answer in (best_answer(question), worst_answer(question)):
        assert list(answer_problems(question, answer, "x")) == []


@pytest.mark.parametrize("rec", BANK.recommendations, ids=lambda r: r.id)
def test_recommendation(rec) -> None:  # type: ignore[no-untyped-def]
    assert rec.title.get().strip()
    assert 1 <= len(rec.steps) <= 12 and all(s.get().strip() for s in rec.steps)
    assert all(qid in BANK.question_by_id for qid in rec.questions)
    assert rec.help and all(sid in BANK.source_by_id for sid in rec.help)


def test_every_source_is_named_by_a_recommendation() -> None:
    named = {sid for rec in BANK.recommendations for sid in rec.help}
    assert named == set(BANK.source_by_id)
    for source in BANK.sources:
        assert source.name.get().strip() and source.description.get().strip()


def test_real_agencies_are_named() -> None:
    names = " ".join(s.name.get() for s in BANK.sources)
    for agency in ("DGFT", "ICEGATE", "ECGC", "EIC", "FSSAI", "APEDA", "Trade Marks", "Madrid"):
        assert agency in names, agency


def test_every_question_can_be_reached_by_some_profile() -> None:
    for question in QUESTIONS:
        condition = question.condition
        if condition is None:
            continue
        from advisor.domain.assessment import CompanyProfile

        profile = CompanyProfile(
            sector=(
                condition.sectors
                or [c.id for c in BANK.profile.sectors if c.id not in (condition.not_sectors or ())]
            )[0],
            size=(condition.sizes or [BANK.profile.sizes[0].id])[0],
            experience=(condition.experience or [BANK.profile.experience[0].id])[0],
            target_markets=condition.markets or [],
            channels=condition.channels or [],
        )
        assert condition_holds(condition, profile), question.id


def test_english_everywhere() -> None:
    assert BANK.languages[0] == "en"
    assert list(iter_languages_missing(BANK, "en")) == []


def test_stages_rise_from_zero() -> None:
    mins = [s.min for s in BANK.stages_ordered]
    assert mins[0] == 0 and mins == sorted(set(mins)) and len(mins) >= 3
