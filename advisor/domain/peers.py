"""You and your peers: where one assessment stands against a group of others, anonymised.

The group is a workshop's room (the other participants) or a consultant's client book
(each other client's latest assessment). Each peer is first reduced to a
:class:`PeerRecord`: the date, sector and size band, and the scores - no name, company,
assessor or answer. Identity is kept only as SHA-256 digests (:func:`identity_keys`),
enough to leave the compared firm itself out of its own group.

:func:`compare` then picks the group and folds it into aggregates:

* only peers with a **comparable** result count: a provisional result (an area not
  assessed) is left out and counted in ``left_out``;
* nothing is shown unless the group holds at least :data:`PEER_MINIMUM` peers; below it
  the comparison says "not enough participants yet to compare" and holds no score;
* above it: per area and overall, the group's median and interquartile range, and the
  firm's position ("above 7 of 12 firms"); the group's size and date range. Never a
  minimum or a maximum, which would be one firm's score.

Why five: with fewer, a quartile is close to one firm's own score, and a participant
who knows three of the others could work out the fourth. Five others is also the
smallest room a facilitator runs. The number is one constant here.

Groups for a client book (``by``): ``sector`` or ``size`` (the firm's own value), or
``all``; with ``by=None`` the sector group is used when it is large enough, else the
size group, else all clients - and the comparison says which.

Pure and deterministic.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.scoring import ReadinessResult, score_assessment
from advisor.domain.text import Text

__all__ = [
    "PEER_MINIMUM",
    "AreaComparison",
    "GroupBy",
    "PeerComparison",
    "PeerRecord",
    "PeerSource",
    "compare",
    "identity_keys",
    "is_comparable",
    "peer_record",
]

PEER_MINIMUM = 5


class PeerSource(StrEnum):
    """Where the peers come from: a workshop's room or a consultant's clients."""

    ROOM = "room"
    CLIENTS = "clients"


class GroupBy(StrEnum):
    """Which peers form the group: the same sector, the same size band, or all."""

    SECTOR = "sector"
    SIZE = "size"
    ALL = "all"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def identity_keys(assessment: Assessment, *, extra: Iterable[str] = ()) -> frozenset[str]:
    """Digests that identify a firm: this assessment, its company name, and ``extra``.

    Two records sharing a key are the same firm (the same file copied, the same company
    name, or the same client folder given in ``extra``), so a firm is never its own peer.
    """
    stamp = assessment.created_at.astimezone(dt.UTC).isoformat()
    keys = {_digest("assessment", stamp, assessment.profile.company, assessment.assessor.name)}
    company = " ".join(assessment.profile.company.split()).casefold()
    if company:
        keys.add(_digest("company", company))
    keys.update(_digest("extra", e) for e in extra)
    return frozenset(keys)


def is_comparable(result: ReadinessResult) -> bool:
    """True when a result may stand in a peer group: it is not provisional (every area
    answered enough to stand on, see :data:`advisor.domain.scoring.STANDING_COVERAGE`).

    A provisional result (an area not assessed or answered only in part) would compare a
    guess with finished assessments, so it is left out.
    """
    return not result.provisional


@dataclass(frozen=True)
class PeerRecord:
    """One peer reduced to what a comparison needs; holds no name or answer."""

    keys: frozenset[str]
    created: dt.date
    sector: str | None
    size: str | None
    comparable: bool
    overall: float | None
    scores: tuple[tuple[str, float | None], ...]

    def score(self, area: str | None) -> float | None:
        """The score of an area (``None``: overall)."""
        if area is None:
            return self.overall
        return dict(self.scores).get(area)


def peer_record(
    bank: Bank,
    assessment: Assessment,
    result: ReadinessResult | None = None,
    *,
    extra_keys: Iterable[str] = (),
) -> PeerRecord:
    """Reduce a scored assessment to a :class:`PeerRecord` (scored here when not given)."""
    result = result if result is not None else score_assessment(bank, assessment)
    scored = any(d.scored for d in result.dimensions)
    return PeerRecord(
        keys=identity_keys(assessment, extra=extra_keys),
        created=assessment.created_at.date(),
        sector=assessment.profile.sector,
        size=assessment.profile.size,
        comparable=is_comparable(result),
        overall=result.score if scored else None,
        scores=tuple((d.id, d.score if d.scored else None) for d in result.dimensions),
    )


@dataclass(frozen=True)
class AreaComparison:
    """One area (or overall, ``id`` None) against the group.

    ``own`` is None when the firm's own area is not assessed: then there is no position.
    ``above`` peers scored lower than the firm. How many scored exactly the same is not
    kept: "level with one firm" would tell that firm's score.
    """

    id: str | None
    title: Text
    own: float | None
    count: int
    median: float
    lower_quartile: float
    upper_quartile: float
    above: int | None


@dataclass(frozen=True)
class PeerComparison:
    """Where a firm stands in its group, or why it cannot be compared yet.

    When ``enough`` is False, ``overall`` is None, ``areas`` is empty and the dates are
    None: nothing about the group is shown but its size.
    """

    source: PeerSource
    group: GroupBy
    group_value: str | None
    group_label: Text | None
    size: int
    minimum: int
    left_out: int
    own_provisional: bool
    first: dt.date | None = None
    last: dt.date | None = None
    overall: AreaComparison | None = None
    areas: tuple[AreaComparison, ...] = field(default=())

    @property
    def enough(self) -> bool:
        """True when the group is large enough to show anything."""
        return self.size >= self.minimum


def _quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return round(q1, 1), round(median, 1), round(q3, 1)


def _area(
    ident: str | None, title: Text, own: float | None, peers: Sequence[PeerRecord]
) -> AreaComparison | None:
    values = sorted(s for p in peers if (s := p.score(ident)) is not None)
    if not values:
        return None
    q1, median, q3 = _quartiles(values)
    above = sum(v < own for v in values) if own is not None else None
    return AreaComparison(ident, title, own, len(values), median, q1, q3, above)


def _choose(
    own: Assessment, pool: Sequence[PeerRecord], by: GroupBy | None, minimum: int
) -> tuple[GroupBy, str | None, list[PeerRecord]]:
    """The group: as asked, or the first large enough of sector, size, all."""
    profile = own.profile
    options = [by] if by is not None else [GroupBy.SECTOR, GroupBy.SIZE, GroupBy.ALL]
    chosen: tuple[GroupBy, str | None, list[PeerRecord]] | None = None
    for option in options:
        if option is GroupBy.SECTOR:
            if profile.sector is None and by is None:
                continue
            members = [p for p in pool if p.sector is not None and p.sector == profile.sector]
            candidate = (option, profile.sector, members)
        elif option is GroupBy.SIZE:
            if profile.size is None and by is None:
                continue
            members = [p for p in pool if p.size is not None and p.size == profile.size]
            candidate = (option, profile.size, members)
        else:
            candidate = (option, None, list(pool))
        chosen = candidate
        if len(candidate[2]) >= minimum:
            break
    assert chosen is not None  # ALL is always tried last when by is None
    return chosen


def _label(bank: Bank, group: GroupBy, value: str | None) -> Text | None:
    if value is None:
        return None
    choices = bank.profile.sectors if group is GroupBy.SECTOR else bank.profile.sizes
    for choice in choices:
        if choice.id == value:
            return choice.label
    return Text.of(value)


def compare(
    bank: Bank,
    assessment: Assessment,
    peers: Iterable[PeerRecord],
    *,
    source: PeerSource = PeerSource.ROOM,
    by: GroupBy | None = None,
    result: ReadinessResult | None = None,
    own_keys: Iterable[str] = (),
    minimum: int = PEER_MINIMUM,
) -> PeerComparison:
    """Compare ``assessment`` with ``peers`` (itself and its copies are left out).

    ``own_keys`` are more identity digests of the firm (e.g. its client folder, see
    :func:`identity_keys`). ``by`` None picks the group (see the module's docstring);
    a workshop's room passes :attr:`GroupBy.ALL`.
    """
    result = result if result is not None else score_assessment(bank, assessment)
    mine = identity_keys(assessment) | frozenset(own_keys)
    others = [p for p in peers if not (p.keys & mine)]
    pool = [p for p in others if p.comparable]
    group, value, members = _choose(assessment, pool, by, minimum)
    base = PeerComparison(
        source=source,
        group=group,
        group_value=value,
        group_label=_label(bank, group, value),
        size=len(members),
        minimum=minimum,
        left_out=len(others) - len(pool),
        own_provisional=not is_comparable(result),
    )
    if not base.enough:
        return base
    scored = any(d.scored for d in result.dimensions)
    overall = _area(None, Text.of("Overall", hi="कुल"), result.score if scored else None, members)
    areas = [
        _area(d.id, d.dimension.title, d.score if d.scored else None, members)
        for d in result.dimensions
    ]
    dates = sorted(p.created for p in members)
    return PeerComparison(
        source=base.source,
        group=base.group,
        group_value=base.group_value,
        group_label=base.group_label,
        size=base.size,
        minimum=base.minimum,
        left_out=base.left_out,
        own_provisional=base.own_provisional,
        first=dates[0],
        last=dates[-1],
        overall=overall,
        areas=tuple(a for a in areas if a is not None and a.count >= minimum),
    )
