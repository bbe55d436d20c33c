"""Peer comparison: the threshold, the group choice, the aggregates, nothing individual."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from advisor.domain.assessment import Answer, Assessment
from advisor.domain.peer_words import group_sentence, not_enough_sentence, position, spread
from advisor.domain.peers import (
    PEER_MINIMUM,
    GroupBy,
    PeerSource,
    compare,
    identity_keys,
    peer_record,
)
from tests.domain.mini_answers import MINI_BEST

T0 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
BEST = MINI_BEST


def make(
    n: int,
    company: str = "",
    sector: str | None = "food",
    *,
    iec: str = "yes",
    reply: float = 2,
    payments: bool = True,
    days: int = 0,
) -> Assessment:
    doc = Assessment.new("mini", "1.0.0", now=T0 + dt.timedelta(days=days, minutes=n))
    doc.profile.company = company or f"Firm {n}"
    doc.profile.sector = sector
    doc.profile.size = "micro"
    doc.profile.target_markets = ["eu"]
    answers = {**BEST, "log.iec": Answer(choice=iec), "pay.reply": Answer(number=reply)}
    if not payments:
        answers = {k: v for k, v in answers.items() if not k.startswith("pay.")}
    doc.answers = answers
    return doc


def records(bank, docs):
    return [peer_record(bank, d) for d in docs]


def test_below_the_minimum_nothing_but_the_size_is_given(mini_bank):
    peers = records(mini_bank, [make(i, reply=i * 10) for i in range(4)])
    result = compare(mini_bank, make(99), peers, by=GroupBy.ALL)
    assert not result.enough
    assert result.size == 4
    assert result.overall is None and result.areas == ()
    assert result.first is None and result.last is None
    assert "Not enough participants yet to compare" in not_enough_sentence(result)
    assert group_sentence(result) == not_enough_sentence(result)


def test_at_the_minimum_medians_quartiles_and_position(mini_bank):
    assert PEER_MINIMUM == 5
    # payments scores: reply 2h -> 100, 30h -> 50, 100h -> 0; terms always 100 (weight 2)
    docs = [make(i, reply=r, days=i) for i, r in enumerate([2, 2, 30, 30, 100])]
    own = make(99, iec="yes", reply=30)
    result = compare(mini_bank, own, records(mini_bank, docs), by=GroupBy.ALL)
    assert result.enough and result.size == 5
    assert result.first == dt.date(2026, 11, 27) and result.last == dt.date(2026, 12, 1)
    payments = next(a for a in result.areas if a.id == "payments")
    assert payments.count == 5
    assert payments.median == pytest.approx(83.3)
    assert payments.above == 1  # strictly above the one with 100 hours only
    assert position(payments) == "above 1 of 5 firms"
    assert spread(payments).startswith("median 83, middle half")
    assert result.overall is not None and result.overall.own is not None


def test_no_minimum_or_maximum_and_no_ties_are_kept(mini_bank):
    docs = [make(i, reply=r) for i, r in enumerate([2, 2, 30, 30, 100, 100])]
    result = compare(mini_bank, make(99), records(mini_bank, docs), by=GroupBy.ALL)
    fields = {f.name for f in dataclasses.fields(result.areas[0])}
    assert not fields & {"minimum", "maximum", "min", "max", "level", "scores", "values"}


def test_provisional_peers_are_left_out_and_counted(mini_bank):
    docs = [make(i) for i in range(5)] + [make(10 + i, payments=False) for i in range(3)]
    result = compare(mini_bank, make(99), records(mini_bank, docs), by=GroupBy.ALL)
    assert result.size == 5 and result.left_out == 3
    assert "3 with an unfinished result left out" in group_sentence(result)


def test_own_provisional_result_has_no_position_in_the_unassessed_area(mini_bank):
    docs = [make(i) for i in range(6)]
    result = compare(mini_bank, make(99, payments=False), records(mini_bank, docs))
    assert result.own_provisional
    payments = next(a for a in result.areas if a.id == "payments")
    assert payments.own is None and payments.above is None
    assert position(payments) == "not assessed"


def test_the_firm_and_its_copies_are_never_its_own_peer(mini_bank):
    own = make(0, "Sharma Textiles")
    copy = own.model_copy(deep=True)
    same_company = make(50, "  sharma   TEXTILES ")
    docs = [make(i) for i in range(1, 6)] + [copy, same_company]
    result = compare(mini_bank, own, records(mini_bank, docs), by=GroupBy.ALL)
    assert result.size == 5


def test_extra_keys_leave_out_a_client_folder(mini_bank):
    docs = [make(i) for i in range(6)]
    peers = [peer_record(mini_bank, d, extra_keys=(f"/clients/{i}",)) for i, d in enumerate(docs)]
    result = compare(
        mini_bank,
        make(99),
        peers,
        by=GroupBy.ALL,
        own_keys=identity_keys(make(99), extra=["/clients/0"]),
    )
    assert result.size == 5


def test_auto_group_prefers_sector_then_falls_back_to_all(mini_bank):
    food = [make(i, sector="food") for i in range(5)]
    textiles = [make(10 + i, sector="textiles") for i in range(3)]
    peers = records(mini_bank, food + textiles)
    in_food = compare(mini_bank, make(99, sector="food"), peers, source=PeerSource.CLIENTS)
    assert in_food.group is GroupBy.SECTOR and in_food.size == 5
    assert in_food.group_label is not None and in_food.group_label.get() == "Food"
    assert "same sector: Food" in group_sentence(in_food)
    in_textiles = compare(mini_bank, make(99, sector="textiles"), peers, source=PeerSource.CLIENTS)
    assert in_textiles.group is GroupBy.SIZE  # all are micro: the size band is large enough
    assert in_textiles.size == 8


def test_asked_group_is_kept_even_when_too_small(mini_bank):
    peers = records(mini_bank, [make(i, sector="textiles") for i in range(3)])
    result = compare(
        mini_bank, make(99, sector="textiles"), peers, by=GroupBy.SECTOR, source=PeerSource.CLIENTS
    )
    assert result.group is GroupBy.SECTOR and not result.enough
    assert "Not enough clients yet" in not_enough_sentence(result)


def test_records_hold_no_name_and_result_is_deterministic(mini_bank):
    doc = make(0, "Zyxwv Unique Exports")
    doc.assessor.name = "Qwerty Assessor"
    record = peer_record(mini_bank, doc)
    assert "Zyxwv" not in repr(record) and "Qwerty" not in repr(record)
    peers = records(mini_bank, [make(i, reply=i * 7) for i in range(8)])
    assert compare(mini_bank, make(99), peers) == compare(
        mini_bank, make(99), list(reversed(peers))
    )


def test_hindi_sentences(mini_bank):
    peers = records(mini_bank, [make(i) for i in range(2)])
    result = compare(mini_bank, make(99), peers, by=GroupBy.ALL)
    assert "प्रतिभागी" in not_enough_sentence(result, "hi")
