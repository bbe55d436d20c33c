"""The one safe-file-name policy: export names, client folders and file stems agree."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.storage.filenames import (
    MAX_EXPORT_STEM,
    RESERVED_NAMES,
    is_reserved,
    safe_pdf_name,
    safe_plan_name,
    safe_slug,
    safe_stem,
    safe_summary_name,
)
from advisor.storage.library import client_folder_name
from advisor.storage.workshop import safe_name

DAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Shree Ganesh Textiles", "Shree Ganesh Textiles-2026-11-27.pdf"),
        ('A/B: "C"? *D* \\E <F> |G|', "A-B- -C-- -D- -E -F- -G-2026-11-27.pdf"),
        ("", "assessment-2026-11-27.pdf"),
        ("   ...  ", "assessment-2026-11-27.pdf"),
        ("CON", "CON_-2026-11-27.pdf"),
        ("nul.txt", "nul_.txt-2026-11-27.pdf"),
        ("..\\..\\etc", "etc-2026-11-27.pdf"),
        ("मसाले ₹ Exports", "मसाले ₹ Exports-2026-11-27.pdf"),
        ("line\nbreak\ttab", "line-break-tab-2026-11-27.pdf"),
        ("rtl\u202eoverride", "rtloverride-2026-11-27.pdf"),
    ],
)
def test_safe_pdf_name(company: str, expected: str) -> None:
    assert safe_pdf_name(company, DAY) == expected


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Shree Ganesh Textiles", "Shree Ganesh Textiles-plan-2026-11-27.xlsx"),
        ('A/B: "C"?', "A-B- -C-plan-2026-11-27.xlsx"),
        ("", "assessment-plan-2026-11-27.xlsx"),
        ("CON", "CON_-plan-2026-11-27.xlsx"),
        ("मसाले ₹ Exports", "मसाले ₹ Exports-plan-2026-11-27.xlsx"),
    ],
)
def test_safe_plan_name(company: str, expected: str) -> None:
    assert safe_plan_name(company, DAY) == expected


@pytest.mark.parametrize(
    ("company", "suffix", "expected"),
    [
        ("Shree Ganesh Textiles", ".png", "Shree Ganesh Textiles-summary-2026-11-27.png"),
        ("CON", ".pdf", "CON_-summary-2026-11-27.pdf"),
        ("..\\..\\etc", ".png", "etc-summary-2026-11-27.png"),
        ("", ".png", "assessment-summary-2026-11-27.png"),
    ],
)
def test_safe_summary_name(company: str, suffix: str, expected: str) -> None:
    assert safe_summary_name(company, DAY, suffix) == expected


def test_long_export_names_are_cut() -> None:
    assert len(safe_pdf_name("x" * 500, DAY)) <= MAX_EXPORT_STEM + len("-2026-11-27.pdf")
    assert safe_plan_name("x" * 500, DAY, ".csv").endswith("x-plan-2026-11-27.csv")


@pytest.mark.parametrize(
    "name", ["CON", "con.pdf", "Nul", "COM1", "lpt9.txt", "COM¹", " aux .x", "prn"]
)
def test_reserved_names(name: str) -> None:
    assert is_reserved(name)
    for made in (
        safe_stem(name, fallback="x", max_length=60),
        client_folder_name(name),
        safe_name(name),
        safe_slug(name, "x"),
    ):
        assert not is_reserved(made), made


@pytest.mark.parametrize("name", ["Console Traders", "COM10", "connect", "nullify", "LPT"])
def test_names_that_only_look_reserved(name: str) -> None:
    assert not is_reserved(name)


def test_one_reserved_list() -> None:
    assert {"con", "prn", "aux", "nul", "com0", "com9", "lpt1", "lpt³"} <= RESERVED_NAMES


@given(st.text(max_size=200))
def test_every_name_is_usable_everywhere(text: str) -> None:
    for made in (
        safe_stem(text, fallback="x", max_length=80),
        client_folder_name(text),
        safe_slug(text, "x"),
    ):
        assert made
        assert not is_reserved(made)
        assert not made.endswith((".", " "))
        assert not made.startswith((".", " "))
        assert not set(made) & set('/\\:*?"<>|\x00\n\r\t\u202e')
        assert len(made) <= 80
