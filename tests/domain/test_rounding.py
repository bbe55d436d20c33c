"""One rounding rule for every score a person reads: halves up, in every output."""

from __future__ import annotations

import pytest

from advisor.domain.formatting import format_score
from advisor.domain.rounding import half_up, whole
from advisor.report.context import score_text


@pytest.mark.parametrize(
    ("value", "expected"), [(72.5, 73), (71.5, 72), (72.49, 72), (0.5, 1), (99.5, 100), (0, 0)]
)
def test_whole_rounds_halves_up(value: float, expected: int) -> None:
    assert whole(value) == expected


def test_the_report_the_formatter_and_the_window_rule_agree() -> None:
    for tenths in range(0, 1001):
        value = tenths / 10
        assert score_text(value) == format_score(value) == str(whole(value)), value


def test_one_decimal_rounds_as_printed() -> None:
    assert str(half_up(72.45, 1)) == "72.5"  # the binary 72.4499... would give 72.4
    assert format_score(72.45, decimals=1) == "72.5"
