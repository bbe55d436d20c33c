"""How old a bank's rules are: its "rules as of" date, and when that date is too old.

Export rules, rates and dates change by notification. A bank carries ``rules_as_of``, the
day its advice was last checked; once that day is more than :data:`STALE_AFTER_MONTHS`
months before today, everything that shows results (the window, ``score``, the PDF) says
so plainly, in the same words, and still works. ``today`` is always passed in, so callers
and tests choose the clock.
"""

from __future__ import annotations

import calendar
from datetime import date

from advisor.domain.bank import Bank
from advisor.domain.formatting import format_date
from advisor.domain.text import Text

__all__ = [
    "RULES_AS_OF",
    "RULES_STALE",
    "STALE_AFTER_MONTHS",
    "months_before",
    "rules_are_stale",
    "rules_as_of_text",
    "stale_rules_text",
]

STALE_AFTER_MONTHS = 12

# {date} is filled by the caller with the date in its own words (e.g. "30 Nov 2026").
RULES_AS_OF = Text.of("Rules as of {date}", hi="{date} तक के नियम")
RULES_STALE = Text.of(
    "These rules were last checked on {date}, more than 12 months ago: check the points "
    "marked “check the current rule” with the named bodies before acting.",
    hi="ये नियम आख़िरी बार {date} को जाँचे गए थे, यानी 12 महीने से ज़्यादा पहले: कोई कदम "
    "उठाने से पहले, जिन बातों के साथ “मौजूदा नियम जाँच लें” लिखा है, उन्हें बताई गई "
    "संस्थाओं से पक्का कर लें।",
)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def rules_are_stale(rules_as_of: date | None, today: date) -> bool:
    """True when the rules were checked more than :data:`STALE_AFTER_MONTHS` months ago.

    A bank without a date is not called stale here (``validate`` asks for a date instead).
    """
    if rules_as_of is None:
        return False
    return rules_as_of < months_before(today, STALE_AFTER_MONTHS)


def _day(day: date, lang: str) -> str:
    # "30 Nov 2026" in English; Hindi month names read better in full ("30 नवंबर 2026")
    return format_date(day, lang, "short" if lang == "en" else "long")


def rules_as_of_text(bank: Bank, lang: str = "en") -> str | None:
    """'Rules as of 30 Nov 2026' (None when the bank carries no date)."""
    if bank.rules_as_of is None:
        return None
    return RULES_AS_OF.get(lang).format(date=_day(bank.rules_as_of, lang))


def stale_rules_text(bank: Bank, today: date, lang: str = "en") -> str | None:
    """The plain warning when the bank's rules are more than 12 months old, else None."""
    if bank.rules_as_of is None or not rules_are_stale(bank.rules_as_of, today):
        return None
    return RULES_STALE.get(lang).format(date=_day(bank.rules_as_of, lang))
