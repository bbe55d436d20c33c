"""The bank's "rules as of" date: the model, the check against ``checked``, the twin, age."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from advisor.domain.bank import Band, BankError
from advisor.domain.bank_checks import bank_from_data
from advisor.domain.rules_date import months_before, rules_are_stale
from advisor.storage.banks import compile_bank_data, load_bank

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_bank.yaml"


def _mini() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(MINI.read_text(encoding="utf-8"))


def test_the_built_in_bank_is_dated_30_november_2026() -> None:
    from advisor.storage.banks import default_bank

    assert default_bank().rules_as_of == date(2026, 11, 30)


def test_a_bank_without_a_date_still_loads() -> None:
    data = _mini()
    data.pop("rules_as_of", None)
    assert bank_from_data(data).rules_as_of is None


def test_dates_are_read_from_yaml_or_text() -> None:
    data = _mini()
    data["rules_as_of"] = "2026-11-30"
    data["recommendations"][0]["checked"] = date(2026, 10, 1)
    bank = bank_from_data(data)
    assert bank.rules_as_of == date(2026, 11, 30)
    assert bank.recommendations[0].checked == date(2026, 10, 1)


def test_a_bad_date_names_the_field() -> None:
    data = _mini()
    data["rules_as_of"] = "30/11/2026"
    with pytest.raises(BankError, match="field rules_as_of"):
        bank_from_data(data)


def test_a_recommendation_checked_after_the_bank_date_is_an_error() -> None:
    data = _mini()
    data["rules_as_of"] = date(2026, 11, 30)
    rec = data["recommendations"][0]
    rec["checked"] = date(2026, 12, 1)
    with pytest.raises(BankError, match=f"recommendation {rec['id']}, field checked"):
        bank_from_data(data)


def test_the_compiled_twin_keeps_the_dates(tmp_path: Path) -> None:
    text = MINI.read_text(encoding="utf-8").replace(
        "format: export-advisor/bank", "format: export-advisor/bank\nrules_as_of: 2026-11-30", 1
    )
    bank_file = tmp_path / "dated.yaml"
    bank_file.write_text(text, encoding="utf-8")
    raw = bank_file.read_bytes()
    twin = tmp_path / "dated.compiled.json"
    twin.write_text(compile_bank_data(raw, yaml.safe_load(text)), encoding="utf-8")
    assert '"rules_as_of": "2026-11-30"' in twin.read_text(encoding="utf-8")
    assert load_bank(bank_file).rules_as_of == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2027, 11, 30), 12, date(2026, 11, 30)),
        (date(2028, 2, 29), 12, date(2027, 2, 28)),
        (date(2027, 3, 31), 1, date(2027, 2, 28)),
        (date(2027, 1, 15), 2, date(2026, 11, 15)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


@pytest.mark.parametrize(
    ("today", "stale"),
    [
        (date(2026, 11, 30), False),
        (date(2027, 6, 1), False),
        (date(2027, 11, 30), False),  # exactly 12 months: not yet
        (date(2027, 12, 1), True),  # more than 12 months
        (date(2030, 1, 1), True),
    ],
)
def test_rules_grow_stale_after_twelve_months(today: date, stale: bool) -> None:
    assert rules_are_stale(date(2026, 11, 30), today) is stale


def test_a_bank_without_a_date_is_not_called_stale() -> None:
    assert rules_are_stale(None, date(2099, 1, 1)) is False


def test_a_band_may_include_its_upper_edge() -> None:
    within = Band(min=0, max=24, score=100, includes_max=True)
    plain = Band(min=0, max=24, score=100)
    assert within.contains(24) and within.contains(0) and not within.contains(24.01)
    assert not plain.contains(24) and plain.contains(23.99)
    assert Band(min=72, score=0, includes_max=True).contains(1000)
