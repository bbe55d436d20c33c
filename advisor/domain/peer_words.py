"""The sentences that describe a peer comparison, in English and Hindi.

One place, so the command line, the PDF, the summary page and the window say the same
thing. Dates are formatted by the caller (``date_text``), numbers are whole scores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from advisor.domain.peers import AreaComparison, GroupBy, PeerComparison, PeerSource
from advisor.domain.text import Text

__all__ = [
    "PEER_WORDS",
    "group_sentence",
    "not_enough_sentence",
    "position",
    "spread",
    "whole",
    "word",
]

PEER_WORDS: dict[str, Text] = {
    "title": Text.of("You and your peers", hi="आप और आपके साथी"),
    "not_enough_room": Text.of(
        "Not enough participants yet to compare: {size} of the {minimum} needed have "
        "a finished result.",
        hi="तुलना के लिए अभी पर्याप्त प्रतिभागी नहीं हैं: ज़रूरी {minimum} में से {size} का पूरा परिणाम है।",
    ),
    "not_enough_clients": Text.of(
        "Not enough clients yet to compare: {size} of the {minimum} needed have a "
        "finished result ({group}).",
        hi="तुलना के लिए अभी पर्याप्त ग्राहक नहीं हैं: ज़रूरी {minimum} में से {size} का "
        "पूरा परिणाम है ({group})।",
    ),
    "room": Text.of(
        "Compared with {size} other participants in the room, assessed {first} to {last}.",
        hi="कमरे के {size} अन्य प्रतिभागियों से तुलना, मूल्यांकन {first} से {last} तक।",
    ),
    "clients": Text.of(
        "Compared with {size} other clients ({group}), assessed {first} to {last}.",
        hi="{size} अन्य ग्राहकों से तुलना ({group}), मूल्यांकन {first} से {last} तक।",
    ),
    "group_sector": Text.of("same sector: {label}", hi="वही क्षेत्र: {label}"),
    "group_size": Text.of("same size: {label}", hi="वही आकार: {label}"),
    "group_all": Text.of("all clients", hi="सभी ग्राहक"),
    "left_out": Text.of(
        "{count} with an unfinished result left out.",
        hi="अधूरे परिणाम वाले {count} शामिल नहीं किए गए।",
    ),
    "own_provisional": Text.of(
        "Your own result is provisional: the position may change when every area is answered.",
        hi="आपका परिणाम अस्थायी है: हर क्षेत्र के उत्तर देने पर स्थिति बदल सकती है।",
    ),
    "position": Text.of("above {above} of {count} firms", hi="{count} में से {above} फ़र्मों से ऊपर"),
    "not_assessed": Text.of("not assessed", hi="मूल्यांकन नहीं हुआ"),
    "spread": Text.of(
        "median {median}, middle half {low}-{high}",
        hi="बीच का अंक {median}, बीच का आधा {low}-{high}",
    ),
    "col_area": Text.of("Area", hi="क्षेत्र"),
    "col_you": Text.of("You", hi="आप"),
    "col_median": Text.of("Median", hi="बीच का अंक"),
    "col_middle": Text.of("Middle half", hi="बीच का आधा"),
    "col_position": Text.of("Where you stand", hi="आपकी स्थिति"),
    "overall": Text.of("Overall", hi="कुल"),
    "legend": Text.of(
        "On each strip from 0 to 100: the shaded box is the middle half of the group, the "
        "line its median, the dot you.",
        hi="0 से 100 की हर पट्टी पर: छायांकित डिब्बा समूह का बीच का आधा है, रेखा बीच का अंक, और बिंदु आप।",
    ),
    "privacy": Text.of(
        "Only group figures are shown: no other firm's name or score.",
        hi="केवल समूह के आँकड़े दिखाए गए हैं: किसी अन्य फ़र्म का नाम या अंक नहीं।",
    ),
}


def _word(key: str, lang: str, **values: object) -> str:
    text = PEER_WORDS[key].get(lang)
    return text.format(**values) if values else text


def whole(score: float) -> str:
    """A score as a whole number (half rounds up), as everywhere in the app."""
    return str(int(score + 0.5))


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
    date_text: Callable[[dt.date], str] = dt.date.isoformat,
) -> str:
    """Which group, how many, which dates (or the "not enough" sentence)."""
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
    """One of :data:`PEER_WORDS`, placeholders filled."""
    return _word(key, lang, **values)
