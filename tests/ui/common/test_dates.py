"""The start page's dates, written by Qt, read exactly as Babel writes them elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor.domain.formatting import format_date, format_moment
from advisor.domain.languages import LANGUAGES
from advisor.ui.common.dates import QT_DATE_LANGUAGES, display_date, display_moment


def test_every_interface_language_is_written_by_qt() -> None:
    assert set(QT_DATE_LANGUAGES) == set(LANGUAGES)


@pytest.mark.parametrize("lang", sorted(QT_DATE_LANGUAGES))
@pytest.mark.parametrize("form", ["long", "short"])
def test_every_month_reads_as_in_the_reports(lang: str, form: str) -> None:
    for year, month, day in [(2026, m, d) for m in range(1, 13) for d in (1, 9, 28)] + [
        (2028, 2, 29),
        (1999, 12, 31),
    ]:
        date = dt.date(year, month, day)
        assert display_date(date, lang, form) == format_date(date, lang, form)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", sorted(QT_DATE_LANGUAGES))
def test_a_moment_reads_as_in_the_reports(lang: str) -> None:
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    for moment in (
        dt.datetime(2026, 11, 30, 23, 50, tzinfo=ist),
        dt.datetime(2026, 1, 1, 0, 5, tzinfo=dt.UTC),
        dt.datetime(2026, 6, 15, 9, 0),  # naive: as it is
    ):
        assert display_moment(moment, lang) == format_moment(moment, lang)
    assert display_date(dt.datetime(2026, 3, 4, 10, 0), lang) == format_date(
        dt.date(2026, 3, 4), lang
    )


def test_another_language_goes_to_babel() -> None:
    date = dt.date(2026, 11, 30)
    assert display_date(date, "ta") == format_date(date, "ta")
