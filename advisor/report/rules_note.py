"""The "Rules as of ..." line and the old-rules warning, in words, for every output.

The window, ``score`` and the PDF all show the same two texts (decided in
:mod:`advisor.domain.rules_date`, dates written by :func:`advisor.report.labels.format_date`).
"""

from __future__ import annotations

from datetime import date

from advisor.domain.bank import Bank
from advisor.domain.rules_date import RULES_AS_OF, RULES_STALE, rules_are_stale
from advisor.report.labels import format_date

__all__ = ["rules_as_of_text", "stale_rules_text"]


def rules_as_of_text(bank: Bank, lang: str = "en") -> str | None:
    """'Rules as of 30 Nov 2026' (None when the bank carries no date)."""
    if bank.rules_as_of is None:
        return None
    return RULES_AS_OF.get(lang).format(date=format_date(bank.rules_as_of, lang, short=True))


def stale_rules_text(bank: Bank, today: date, lang: str = "en") -> str | None:
    """The plain warning when the bank's rules are more than 12 months old, else None."""
    if bank.rules_as_of is None or not rules_are_stale(bank.rules_as_of, today):
        return None
    return RULES_STALE.get(lang).format(date=format_date(bank.rules_as_of, lang, short=True))
