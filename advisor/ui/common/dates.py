"""Dates on the start page, written by Qt: the same words as :mod:`advisor.domain.formatting`.

The start page shows before anything heavy is imported (issue 18). Babel, which the
reports and commands use for dates, costs about 45 ms and 9 MiB on its first date: a
returning user's start page (its recent files' "last saved", its "Recover unsaved work
from ...") paid that before the window showed. Qt's locale data is already loaded and,
for the interface's languages with the day-month-year patterns below, writes the very same
text (``tests/ui/common/test_dates.py`` compares every month in both languages and both
forms with Babel's). A language Qt is not asked for here goes to Babel.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from advisor.domain.formatting import DateForm, format_date

__all__ = ["QT_DATE_LANGUAGES", "display_date", "display_moment"]

#: The languages whose dates Qt writes as Babel does (checked by the test above).
QT_DATE_LANGUAGES = {"en": "en_IN", "hi": "hi_IN"}
_PATTERNS: dict[DateForm, str] = {"long": "d MMMM yyyy", "short": "d MMM yyyy"}


def display_date(day: dt.date | dt.datetime, lang: str = "en", form: DateForm = "long") -> str:
    """:func:`advisor.domain.formatting.format_date`, by Qt: ``30 November 2026`` (long) or
    ``30 Nov 2026`` (short); Hindi ``30 नवंबर 2026``."""
    name = QT_DATE_LANGUAGES.get(lang)
    if name is None:
        return format_date(day, lang, form)
    if isinstance(day, dt.datetime):
        day = day.date()
    return QLocale(name).toString(QDate(day.year, day.month, day.day), _PATTERNS[form])


def display_moment(moment: dt.datetime, lang: str = "en") -> str:
    """:func:`advisor.domain.formatting.format_moment`, by Qt: ``30 Nov 2026, 14:05``."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{display_date(local, lang, 'short')}, {local:%H:%M}"
