"""Fixtures of the PDF action plan tests (helpers live in ``pdfcheck.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pdfcheck import builtin_assessment, mini_assessment, reader, squash

from advisor.domain.assessment import Assessment, PlanEdit
from advisor.domain.bank import Bank
from advisor.storage.banks import default_bank


@pytest.fixture
def report_mini() -> Assessment:
    """See :func:`mini_assessment`."""
    return mini_assessment()


@pytest.fixture(scope="session")
def builtin_bank() -> Bank:
    """The built-in bank."""
    return default_bank()


@pytest.fixture
def report_builtin(builtin_bank: Bank) -> Assessment:
    """See :func:`builtin_assessment`, with edits on the top three actions."""
    from advisor.domain.planning import build_plan
    from advisor.domain.scoring import score_assessment

    doc = builtin_assessment(builtin_bank)
    plan = build_plan(builtin_bank, doc, score_assessment(builtin_bank, doc))
    doc.plan = {
        action.id: PlanEdit(owner=f"Owner {action.rank}", due=dt.date(2026, 12, action.rank))
        for action in plan.top(3)
    }
    return doc


@pytest.fixture
def pdf_pages() -> Callable[[bytes], list[str]]:
    """The squashed text of each page."""
    return lambda pdf: [squash(page.extract_text()) for page in reader(pdf).pages]


@pytest.fixture
def pdf_text(pdf_pages: Callable[[bytes], list[str]]) -> Callable[[bytes], str]:
    """The squashed text of the whole document."""
    return lambda pdf: " ".join(pdf_pages(pdf))
