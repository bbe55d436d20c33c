"""Which earlier assessment is the previous one, and the comparison with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.domain.bank import Bank
from advisor.domain.progress import ComparisonError
from advisor.services import compare_with, find_previous, load_previous
from advisor.storage import DocumentError, load_assessment
from advisor.storage.banks import default_bank


@pytest.fixture
def bank() -> Bank:
    return default_bank()


def test_find_previous_follows_the_dates(visits: list[Path], bank: Bank) -> None:
    first, second, third = visits
    assert find_previous(first, bank) is None
    assert find_previous(second, bank) == first
    assert find_previous(third, bank) == second
    assert find_previous(None, bank) is None
    assert find_previous(first.parent / "not-there.json", bank) is None
    assert find_previous(first.parent / "broken.json", bank) is None


def test_find_previous_uses_the_built_in_bank_when_none_is_given(visits: list[Path]) -> None:
    assert find_previous(visits[2]) == visits[1]


def test_find_previous_with_a_missing_folder(tmp_path: Path, bank: Bank) -> None:
    assert find_previous(tmp_path / "nowhere" / "x.json", bank) is None


def test_load_previous_reads_it_or_leaves_it_out(visits: list[Path], bank: Bank) -> None:
    previous = load_previous(visits[2], bank)
    assert previous is not None
    assert previous.created_at.month == 5
    assert load_previous(visits[0], bank) is None
    visits[1].write_text("{", encoding="utf-8")  # broken now: skipped, the next earlier one
    later = load_previous(visits[2], bank)
    assert later is not None
    assert later.created_at.month == 1


def test_compare_with_a_file(visits: list[Path], bank: Bank) -> None:
    current = load_assessment(visits[2]).assessment
    progress = compare_with(bank, visits[1], current)
    assert progress.old.created_at.month == 5


def test_compare_with_says_why_not(visits: list[Path], bank: Bank, tmp_path: Path) -> None:
    current = load_assessment(visits[2]).assessment
    with pytest.raises(DocumentError):
        compare_with(bank, tmp_path / "missing.json", current)
    other = current.model_copy(deep=True)
    other.bank.id = "another-bank"
    with pytest.raises(ComparisonError):
        compare_with(bank, visits[1], other)
