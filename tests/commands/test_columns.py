"""Terminal columns in cells: Hindi tables line up like English ones."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from advisor.cli import main
from advisor.commands._columns import cells, cut, left, right
from advisor.resources import resources_root

EXAMPLES = resources_root() / "examples"


def test_marks_take_no_column() -> None:
    assert cells("abc") == 3
    assert cells("क्") == 1  # virama: nonspacing
    assert cells("कि") == 2  # spacing vowel sign: one column, as glibc wcwidth says
    assert cells("ब्रांडिंग") == 6
    assert cells("国") == 2


@given(st.text(max_size=30), st.integers(min_value=0, max_value=40))
def test_padding_reaches_the_width(text: str, width: int) -> None:
    assert cells(left(text, width)) == max(width, cells(text))
    assert cells(right(text, width)) == max(width, cells(text))


@given(st.text(max_size=40), st.integers(min_value=3, max_value=30))
def test_cut_fits_and_never_starts_a_cluster_with_a_mark(text: str, width: int) -> None:
    short = cut(text, width)
    assert cells(short) <= max(width, 3)
    if short != text:
        body = short.removesuffix("...")
        assert not body or unicodedata.category(body[-1]) != "Mc"


def test_hindi_score_table_lines_up(capsys) -> None:
    assert main(["score", str(EXAMPLES / "growing-spices-us-uae.json"), "--lang", "hi"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if "#" in line]
    assert len(rows) == 4
    # the bar starts in the same terminal column on every area row
    starts = {cells(row[: row.index("#")]) for row in rows}
    assert len(starts) == 1, rows
