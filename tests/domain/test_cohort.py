"""The cohort summary: counts, distributions, common gaps and actions, pseudonyms."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.domain.assessment import Answer, Assessment, Skip
from advisor.domain.cohort import BIN_COUNT, pseudonym, summarise
from tests.domain.mini_answers import MINI_BEST

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)

BEST = MINI_BEST


def make(
    minutes: int,
    company: str = "",
    sector: str | None = "food",
    markets: tuple[str, ...] = ("eu",),
    **answers: Answer,
) -> Assessment:
    doc = Assessment.new("mini", "1.0.0", now=T0 + dt.timedelta(minutes=minutes))
    doc.profile.company = company
    doc.profile.sector = sector
    doc.profile.size = "micro"
    doc.profile.target_markets = list(markets)
    doc.answers = {**BEST, **{k.replace("_", "."): v for k, v in answers.items()}}
    return doc


@pytest.fixture
def cohort(mini_bank):
    docs = [
        make(0, "Best Ltd"),  # all best: 100
        make(5, "No IEC", log_iec=Answer(choice="no")),  # blocker in logistics
        make(10, "Zenith Looms", "textiles", ("us",), pay_terms=Answer(choice="open")),
        make(
            15,
            "Unsure",
            None,
            (),
            log_iec=Answer(skip=Skip.UNKNOWN),
            pay_reply=Answer(number=100),
        ),
    ]
    return summarise(mini_bank, reversed(docs), left_out=3)


def test_counts_participants_and_left_out(cohort):
    assert cohort.count == 4
    assert cohort.left_out == 3
    assert [p.id for p in cohort.participants] == ["P01", "P02", "P03", "P04"]


def test_pseudonyms_follow_creation_time_not_input_order(cohort):
    companies = [p.assessment.profile.company for p in cohort.participants]
    assert companies == ["Best Ltd", "No IEC", "Zenith Looms", "Unsure"]


def test_pseudonym_width_grows_with_the_cohort():
    assert pseudonym(0, 5) == "P01"
    assert pseudonym(99, 100) == "P100"
    assert pseudonym(0, 1000) == "P0001"


def test_same_created_at_orders_deterministically(mini_bank):
    a, b = make(0, "Alpha"), make(0, "Beta")
    one = summarise(mini_bank, [a, b])
    two = summarise(mini_bank, [b, a])
    assert [p.assessment.profile.company for p in one.participants] == [
        p.assessment.profile.company for p in two.participants
    ]


def test_profile_counts_use_bank_labels_and_not_stated(cohort):
    sectors = {(c.id, c.label.get(), c.count) for c in cohort.by_sector}
    assert sectors == {("food", "Food", 2), ("textiles", "Textiles", 1), (None, "Not stated", 1)}
    assert [c.label.get() for c in cohort.by_sector] == ["Food", "Textiles", "Not stated"]
    markets = {c.id: (c.count, c.share) for c in cohort.by_market}
    assert markets == {"eu": (2, 0.5), "us": (1, 0.25), None: (1, 0.25)}
    assert [(c.id, c.count) for c in cohort.by_size] == [("micro", 4)]
    assert [(c.id, c.count) for c in cohort.by_experience] == [(None, 4)]


def test_dimension_distributions(cohort):
    logistics = next(d for d in cohort.dimensions if d.id == "logistics")
    assert logistics.count == 4
    assert logistics.missing == 0
    assert sum(logistics.bins) == 4
    assert len(logistics.bins) == BIN_COUNT
    assert (
        logistics.bins[-1] == 2
    )  # the two with a perfect logistics score (100 is in the last bin)
    assert logistics.maximum == 100
    assert logistics.blocked == 2  # "no" and "don't know" to the IEC question
    assert sum(s.count for s in logistics.stages) == 4
    assert logistics.median is not None and logistics.mean is not None
    assert [s.stage.id for s in logistics.stages] == ["low", "mid", "good", "top"]


def test_overall_stage_counts_add_up(cohort):
    assert sum(s.count for s in cohort.overall_stages) == cohort.count
    top = next(s for s in cohort.overall_stages if s.stage.id == "top")
    assert top.count == 1  # only the all-best participant; blockers cap the others


def test_common_gaps_and_blockers(cohort):
    gaps = {g.question.id: (g.count, g.unknown) for g in cohort.gaps}
    assert gaps["log.iec"] == (2, 1)
    assert gaps["pay.terms"] == (1, 0)
    assert cohort.gaps[0].question.id == "log.iec"  # the most common first
    blockers = {b.question.id: b.count for b in cohort.blockers}
    assert blockers == {"log.iec": 2, "pay.terms": 1}
    assert cohort.blockers[0].share == 0.5


def test_most_recommended_actions(cohort):
    actions = {a.recommendation.id: (a.count, a.critical) for a in cohort.actions}
    assert actions["rec.iec"] == (2, 2)
    assert cohort.actions[0].recommendation.id == "rec.iec"


def test_summary_holds_no_names_outside_participants(cohort):
    """Counts, distributions and rankings carry ids and bank texts only."""
    text = repr(
        (cohort.by_sector, cohort.by_market, cohort.overall, cohort.dimensions, cohort.gaps)
    )
    for name in ("Best Ltd", "No IEC", "Zenith Looms", "Unsure"):
        assert name not in text


def test_empty_cohort(mini_bank):
    summary = summarise(mini_bank, [])
    assert summary.count == 0
    assert summary.overall.mean is None
    assert summary.gaps == ()
    assert summary.first_created is None


def test_dimension_without_scored_questions_counts_as_missing(mini_bank):
    doc = make(0)
    doc.answers = {"log.iec": Answer(choice="yes")}
    summary = summarise(mini_bank, [doc])
    payments = next(d for d in summary.dimensions if d.id == "payments")
    assert (payments.count, payments.missing, payments.mean) == (0, 1, None)


def test_unknown_profile_values_are_listed_after_known_ones(mini_bank):
    doc = make(0, sector="toys")
    summary = summarise(mini_bank, [doc, make(1)])
    assert [c.id for c in summary.by_sector] == ["food", "toys"]


def test_deterministic(mini_bank):
    docs = [make(i, f"C{i}", log_iec=Answer(choice="stale")) for i in range(6)]
    assert summarise(mini_bank, docs) == summarise(mini_bank, list(reversed(docs)))


# --- properties ------------------------------------------------------------------------

ANSWERS = {
    "log.iec": st.sampled_from(["yes", "stale", "no"]).map(lambda c: Answer(choice=c)),
    "log.docs": st.sampled_from([[], ["invoice"], ["invoice", "packing"], ["none"]]).map(
        lambda c: Answer(choices=c)
    ),
    "log.ce": st.sampled_from(["yes", "no"]).map(lambda c: Answer(choice=c)),
    "pay.reply": st.floats(0, 1000).map(lambda n: Answer(number=n)),
    "pay.terms": st.sampled_from(["advance", "lc", "open"]).map(lambda c: Answer(choice=c)),
}
SKIPS = st.sampled_from([Answer(skip=Skip.UNKNOWN), Answer(skip=Skip.NOT_APPLICABLE)])


@st.composite
def participants(draw):
    doc = Assessment.new("mini", "1.0.0", now=T0 + dt.timedelta(minutes=draw(st.integers(0, 5))))
    doc.profile.sector = draw(st.sampled_from([None, "food", "textiles"]))
    doc.profile.target_markets = draw(st.lists(st.sampled_from(["eu", "us"]), unique=True))
    answers = {}
    for qid, strategy in ANSWERS.items():
        kind = draw(st.integers(0, 3))
        if kind == 0:
            continue
        answers[qid] = draw(SKIPS) if kind == 1 else draw(strategy)
    doc.answers = answers
    return doc


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(docs=st.lists(participants(), max_size=12), data=st.data())
def test_counts_always_add_up(mini_bank, docs, data):
    summary = summarise(mini_bank, docs)
    n = len(docs)
    assert summary.count == n
    assert sorted(p.id for p in summary.participants) == [pseudonym(i, n) for i in range(n)]
    for dist in (summary.overall, *summary.dimensions):
        assert dist.count + dist.missing == n
        assert sum(dist.bins) == dist.count
        assert sum(s.count for s in dist.stages) == dist.count
        assert dist.blocked <= dist.count
        if dist.count:
            assert dist.minimum <= dist.median <= dist.maximum
            assert dist.minimum <= dist.mean <= dist.maximum
    for field in (summary.by_sector, summary.by_size, summary.by_experience):
        assert sum(c.count for c in field) == n
    for ranked in (summary.gaps, summary.blockers):
        counts = [g.count for g in ranked]
        assert counts == sorted(counts, reverse=True)
        assert all(0 < g.count <= n and g.unknown <= g.count for g in ranked)
    gap_counts = {g.question.id: g.count for g in summary.gaps}  # the mini bank: all fit
    assert all(gap_counts[b.question.id] >= b.count for b in summary.blockers)
    assert all(0 < a.count <= n and a.critical <= a.count for a in summary.actions)
    shuffled = data.draw(st.permutations(docs))
    assert summarise(mini_bank, shuffled) == summary


def test_a_half_answered_participant_never_joins_a_mean(mini_bank):
    """Issue 13: means per area only over those who answered it, provisional ones counted."""
    complete = make(0, "Complete", log_iec=Answer(choice="stale"))  # logistics 83.3 -> mean
    half = make(5, "Half")
    half.answers = {"log.iec": Answer(choice="yes")}  # 3 of 6 logistics weight: provisional
    summary = summarise(mini_bank, [complete, half])
    assert [p.assessment.profile.company for p in summary.provisional] == ["Half"]
    assert summary.overall.count == 1 and summary.overall.partial == 1
    assert summary.overall.mean == summary.participants[0].result.score
    logistics = next(d for d in summary.dimensions if d.id == "logistics")
    payments = next(d for d in summary.dimensions if d.id == "payments")
    assert (logistics.count, logistics.partial, logistics.missing) == (1, 1, 1)
    assert (payments.count, payments.partial, payments.missing) == (1, 0, 1)  # not answered
    assert logistics.mean == summary.participants[0].result.dimension("logistics").score
