"""The sentences that describe a peer comparison, in every language of the catalogue.

One place, so the command line, the PDF, the summary page and the window say the same
thing. The words are the ``peers.*`` keys of the word catalogue
(``resources/words/<lang>.json``, :mod:`advisor.domain.words`); dates are formatted by
:func:`advisor.domain.formatting.format_date` unless the caller gives ``date_text``;
numbers are whole scores, rounded as everywhere (:mod:`advisor.domain.rounding`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from advisor.domain import rounding
from advisor.domain.formatting import format_date
from advisor.domain.peers import AreaComparison, GroupBy, PeerComparison, PeerSource
from advisor.domain.words import words

__all__ = [
    "group_sentence",
    "not_enough_sentence",
    "position",
    "spread",
    "whole",
    "word",
]


def _word(key: str, lang: str, **values: object) -> str:
    return words(lang).get(f"peers.{key}", **values)


def whole(score: float) -> str:
    """A score as a whole number (half rounds up), as everywhere in the app."""
    return str(rounding.whole(score))


def _group_name(comparison: PeerComparison, lang: str) -> str:
    label = comparison.group_label.get(lang) if comparison.group_label else ""
    if comparison.group is GroupBy.SECTOR:
        return _word("group_sector", lang, label=label)
    if comparison.group is GroupBy.SIZE:
        return _word("group_size", lang, label=label)
    return _word("group_all", lang)


def not_enough_sentence(comparison: PeerComparison, lang: str = "en") -> str:
    """ "Not enough participants yet to compare..." with the size and the minimum."""
    key = "not_enough_room" if comparison.source is PeerSource.ROOM else "not_enough_clients"
    return _word(
        key,
        lang,
        size=comparison.size,
        minimum=comparison.minimum,
        group=_group_name(comparison, lang),
    )


def group_sentence(
    comparison: PeerComparison,
    lang: str = "en",
    date_text: Callable[[dt.date], str] | None = None,
) -> str:
    """Which group, how many, which dates (or the "not enough" sentence).

    Dates read as the language writes them (``12 Oct 2026``) unless ``date_text`` is given.
    """
    if date_text is None:
        date_text = partial(format_date, lang=lang, form="short")
    if not comparison.enough or comparison.first is None or comparison.last is None:
        return not_enough_sentence(comparison, lang)
    key = "room" if comparison.source is PeerSource.ROOM else "clients"
    text = _word(
        key,
        lang,
        size=comparison.size,
        group=_group_name(comparison, lang),
        first=date_text(comparison.first),
        last=date_text(comparison.last),
    )
    if comparison.left_out:
        text += " " + _word("left_out", lang, count=comparison.left_out)
    return text


def position(area: AreaComparison, lang: str = "en") -> str:
    """ "above 7 of 12 firms", or "not assessed" when the firm's own area has no score."""
    if area.own is None or area.above is None:
        return _word("not_assessed", lang)
    return _word("position", lang, above=area.above, count=area.count)


def spread(area: AreaComparison, lang: str = "en") -> str:
    """ "median 55, middle half 40-70"."""
    return _word(
        "spread",
        lang,
        median=whole(area.median),
        low=whole(area.lower_quartile),
        high=whole(area.upper_quartile),
    )


def word(key: str, lang: str = "en", **values: object) -> str:
    """The catalogue's ``peers.<key>`` in ``lang``, placeholders filled."""
    return _word(key, lang, **values)
