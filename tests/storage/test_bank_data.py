"""The built-in bank's id and profile labels read from the head of its compiled twin
(storage/bank_data.py, issue 18): the same as the whole twin says, without reading it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.storage import bank_data
from advisor.storage.bank_data import BankPeek, peek_default_bank

TWIN = Path(__file__).resolve().parents[2] / "resources" / "banks" / "in-sme-export.compiled.json"


def _from_whole_twin() -> BankPeek:
    data = json.loads(TWIN.read_text(encoding="utf-8"))["data"]
    profile = data["profile"]
    choices = {name: bank_data._labels(profile.get(name)) for name in bank_data.PROFILE_CHOICES}
    return BankPeek(data["id"], choices)


def test_the_head_says_what_the_whole_twin_says() -> None:
    peek = peek_default_bank()
    assert peek == _from_whole_twin()
    assert all(peek.choices[name] for name in bank_data.PROFILE_CHOICES)


def test_the_built_in_twin_has_its_id_and_profile_in_the_head() -> None:
    head = TWIN.read_bytes()[: bank_data.HEAD_BYTES].decode("utf-8", "ignore")
    found = bank_data._id_and_profile(head)
    assert found is not None and found["id"] == "in-sme-export"


def test_a_head_too_short_reads_the_whole_twin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bank_data, "HEAD_BYTES", 100)  # ends inside the description
    assert peek_default_bank() == _from_whole_twin()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[1, 2]",
        '{"source_sha256": "ab", "data": {"id": "x", "profile": {}}}',  # data not first
        '{"data": {"id": "x"}}',  # no profile
        '{"data": {"id": "x", "profile": {"sectors": [',  # cut inside the profile
        '{"data": {"id": "x" "profile": {}}}',  # not JSON
        '{"data": {1: "x"}}',
    ],
)
def test_a_head_without_both_is_none(text: str) -> None:
    assert bank_data._id_and_profile(text) is None


def test_a_head_with_both_in_any_order() -> None:
    text = '{\n"data": {\n"profile": {"markets": []},\n"a": [1, {"id": "no"}],\n"id": "b"\n'
    assert bank_data._id_and_profile(text) == {"profile": {"markets": []}, "id": "b"}
