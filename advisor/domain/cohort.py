"""The cohort summary: what a workshop's room of participants looks like as a whole.

:func:`summarise` scores every assessment, builds its action plan and folds the results
into counts a facilitator can print: participants by sector, size, experience, target
market and channel; the distribution of each dimension's score (stage bands, 10-point
bins, mean, median); the most common gaps and blockers; the actions most often
recommended.

Honest on partial answers: a dimension's distribution only holds the participants whose
answers to it stand (at least :data:`~advisor.domain.scoring.STANDING_COVERAGE` of its
weight answered); those who answered it only in part are counted in ``partial`` and left
out, those who did not answer it in ``missing``. The overall distribution only holds the
participants whose whole result stands; the provisional ones are counted and named (by
pseudonym) in :attr:`CohortSummary.provisional`, never averaged in as if complete.

Participants are known only by a pseudonym (``P01``, ``P02``...) given in a
deterministic order: by ``created_at`` (in UTC), then by a SHA-256 digest of the whole
document. The pseudonym is a sequence number, so it reveals nothing about the company.
The summary keeps each participant's assessment (the CSV export may print names when
the user asks for them); the counts themselves never hold a name.

Pure and deterministic; the work grows linearly with the number of participants
(plus one sort of the scores per dimension for the median).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank, Choice, Question, Recommendation, Stage
from advisor.domain.planning import ActionPlan, build_plan
from advisor.domain.scoring import ReadinessResult, score_assessment
from advisor.domain.text import Text

__all__ = [
    "BIN_COUNT",
    "ActionCount",
    "CohortSummary",
    "Distribution",
    "Participant",
    "ProfileCount",
    "QuestionCount",
    "StageCount",
    "pseudonym",
    "summarise",
]

BIN_COUNT = 10  # 0-9.9, 10-19.9, ... 90-100
TOP_COUNT = 10  # how many gaps, blockers and actions the summary ranks
NOT_STATED = Text.of("Not stated", hi="नहीं बताया")


@dataclass(frozen=True)
class Participant:
    """One participant: a pseudonym, the assessment, its result and its action plan."""

    id: str
    assessment: Assessment
    result: ReadinessResult
    plan: ActionPlan

    @property
    def provisional(self) -> bool:
        """True when the participant's result is provisional (an area not answered enough)."""
        return self.result.provisional


@dataclass(frozen=True)
class ProfileCount:
    """How many participants gave one value of a profile field (``id`` None: not stated)."""

    id: str | None
    label: Text
    count: int
    share: float


@dataclass(frozen=True)
class StageCount:
    """How many participants reached one stage."""

    stage: Stage
    count: int
    share: float


@dataclass(frozen=True)
class Distribution:
    """The scores of one dimension (or overall) across the participants.

    ``count`` participants are in it: those whose answers to it stand. ``missing`` counts
    the others: ``partial`` of them answered it only in part (provisional) and the rest not
    at all. ``bins`` holds ``BIN_COUNT`` counts of 10 points each
    (the last bin includes 100). ``stages`` follows the bank's stages, lowest first.
    """

    id: str
    title: Text
    count: int
    missing: int
    mean: float | None
    median: float | None
    minimum: float | None
    maximum: float | None
    bins: tuple[int, ...]
    stages: tuple[StageCount, ...]
    blocked: int  # participants with at least one blocker (or unconfirmed one) here
    partial: int = 0  # participants left out because their answers here are provisional


@dataclass(frozen=True)
class QuestionCount:
    """A question that is a gap (or a blocker) for ``count`` participants."""

    question: Question
    count: int
    share: float
    unknown: int  # how many of them answered "don't know"


@dataclass(frozen=True)
class ActionCount:
    """A recommendation that is in the plan of ``count`` participants."""

    recommendation: Recommendation
    count: int
    share: float
    critical: int  # how many of those plans hold it because of a blocker
    mean_rank: float


@dataclass(frozen=True)
class CohortSummary:
    """The whole summary of a cohort against one bank."""

    bank: Bank
    participants: tuple[Participant, ...]
    left_out: int
    first_created: dt.datetime | None
    last_created: dt.datetime | None
    by_sector: tuple[ProfileCount, ...]
    by_size: tuple[ProfileCount, ...]
    by_experience: tuple[ProfileCount, ...]
    by_market: tuple[ProfileCount, ...]
    by_channel: tuple[ProfileCount, ...]
    overall: Distribution
    dimensions: tuple[Distribution, ...]
    gaps: tuple[QuestionCount, ...]
    blockers: tuple[QuestionCount, ...]
    actions: tuple[ActionCount, ...]

    @property
    def provisional(self) -> tuple[Participant, ...]:
        """The participants whose result is provisional (left out of the overall figures)."""
        return tuple(p for p in self.participants if p.provisional)

    @property
    def count(self) -> int:
        """The number of participants summarised."""
        return len(self.participants)

    @property
    def overall_stages(self) -> tuple[StageCount, ...]:
        """How many participants reached each overall stage, lowest first."""
        return self.overall.stages


def pseudonym(index: int, total: int) -> str:
    """``P01``... for the ``index``-th (0-based) of ``total`` participants, zero-padded."""
    width = max(2, len(str(total)))
    return f"P{index + 1:0{width}d}"


def _order_key(assessment: Assessment) -> tuple[dt.datetime, str]:
    digest = hashlib.sha256(assessment.model_dump_json().encode("utf-8")).hexdigest()
    return (assessment.created_at.astimezone(dt.UTC), digest)


def _share(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


def _profile_counts(
    choices: Sequence[Choice], values: Iterable[Sequence[str]], total: int
) -> tuple[ProfileCount, ...]:
    """Counts in bank order; values the bank does not know follow, then "not stated"."""
    counter: Counter[str | None] = Counter()
    for given in values:
        if not given:
            counter[None] += 1
        for value in dict.fromkeys(given):  # a value listed twice counts once
            counter[value] += 1
    rows = [
        ProfileCount(c.id, c.label, counter[c.id], _share(counter[c.id], total))
        for c in choices
        if counter[c.id]
    ]
    known = {c.id for c in choices}
    for value in sorted(v for v in counter if v is not None and v not in known):
        rows.append(
            ProfileCount(value, Text.of(value), counter[value], _share(counter[value], total))
        )
    if counter[None]:
        rows.append(ProfileCount(None, NOT_STATED, counter[None], _share(counter[None], total)))
    return tuple(rows)


def _bin(score: float) -> int:
    return min(BIN_COUNT - 1, max(0, int(score // (100 / BIN_COUNT))))


def _distribution(
    bank: Bank,
    ident: str,
    title: Text,
    scored: Sequence[tuple[float, Stage, bool]],
    total: int,
    *,
    partial: int = 0,
) -> Distribution:
    """Fold (score, stage, blocked) triples into a :class:`Distribution`."""
    bins = [0] * BIN_COUNT
    stage_counter: Counter[str] = Counter()
    blocked = 0
    for score, stage, has_blocker in scored:
        bins[_bin(score)] += 1
        stage_counter[stage.id] += 1
        blocked += has_blocker
    scores = [s for s, _, _ in scored]
    count = len(scores)
    return Distribution(
        id=ident,
        title=title,
        count=count,
        missing=total - count,
        mean=round(statistics.fmean(scores), 1) if scores else None,
        median=round(statistics.median(scores), 1) if scores else None,
        minimum=min(scores) if scores else None,
        maximum=max(scores) if scores else None,
        bins=tuple(bins),
        stages=tuple(
            StageCount(s, stage_counter[s.id], _share(stage_counter[s.id], count))
            for s in bank.stages_ordered
        ),
        blocked=blocked,
        partial=partial,
    )


def _question_counts(
    bank: Bank, counts: Counter[str], unknown: Counter[str], total: int
) -> tuple[QuestionCount, ...]:
    order = {q.id: i for i, q in enumerate(bank.questions)}
    ranked = sorted(counts, key=lambda qid: (-counts[qid], order[qid]))[:TOP_COUNT]
    return tuple(
        QuestionCount(
            bank.question_by_id[qid], counts[qid], _share(counts[qid], total), unknown[qid]
        )
        for qid in ranked
    )


def summarise(bank: Bank, assessments: Iterable[Assessment], *, left_out: int = 0) -> CohortSummary:
    """Summarise a cohort of assessments answered against ``bank``.

    ``left_out`` is the number of files the caller could not use (bad or foreign);
    the summary reports it. The assessments are expected to fit the bank (see
    :func:`advisor.domain.validation.assessment_problems`); answers that do not fit are
    scored as unanswered, as everywhere else.
    """
    ordered = sorted(assessments, key=_order_key)
    total = len(ordered)
    participants: list[Participant] = []
    dim_scores: dict[str, list[tuple[float, Stage, bool]]] = {d.id: [] for d in bank.dimensions}
    overall_scores: list[tuple[float, Stage, bool]] = []
    dim_partial: Counter[str] = Counter()
    overall_partial = 0
    gap_counts: Counter[str] = Counter()
    gap_unknown: Counter[str] = Counter()
    blocker_counts: Counter[str] = Counter()
    blocker_unknown: Counter[str] = Counter()
    action_counts: Counter[str] = Counter()
    action_critical: Counter[str] = Counter()
    action_rank_sum: Counter[str] = Counter()

    for index, assessment in enumerate(ordered):
        result = score_assessment(bank, assessment)
        plan = build_plan(bank, assessment, result)
        participants.append(Participant(pseudonym(index, total), assessment, result, plan))
        if result.score is not None and result.stage is not None:
            if result.provisional:
                overall_partial += 1
            else:
                overall_scores.append((result.score, result.stage, not result.no_blockers))
        for d in result.dimensions:
            if d.score is None or d.stage is None:
                continue
            if d.provisional:
                dim_partial[d.id] += 1
            else:
                blocked = any(g.critical for g in d.gaps) or bool(d.unconfirmed)
                dim_scores[d.id].append((d.score, d.stage, blocked))
        for gap in result.gaps:
            qid = gap.question.id
            gap_counts[qid] += 1
            gap_unknown[qid] += gap.unknown
            if gap.critical:
                blocker_counts[qid] += 1
                blocker_unknown[qid] += gap.unknown
        for action in plan:
            action_counts[action.id] += 1
            action_critical[action.id] += action.critical
            action_rank_sum[action.id] += action.rank

    rec_order = {r.id: i for i, r in enumerate(bank.recommendations)}
    recs = {r.id: r for r in bank.recommendations}

    def action_key(rid: str) -> tuple[int, float, int]:
        return (-action_counts[rid], action_rank_sum[rid] / action_counts[rid], rec_order[rid])

    actions = tuple(
        ActionCount(
            recs[rid],
            action_counts[rid],
            _share(action_counts[rid], total),
            action_critical[rid],
            round(action_rank_sum[rid] / action_counts[rid], 1),
        )
        for rid in sorted(action_counts, key=action_key)[:TOP_COUNT]
    )
    profiles = [p.assessment.profile for p in participants]
    fields = bank.profile
    created = [a.created_at for a in ordered]
    return CohortSummary(
        bank=bank,
        participants=tuple(participants),
        left_out=left_out,
        first_created=created[0] if created else None,
        last_created=max(created, key=lambda c: c.astimezone(dt.UTC)) if created else None,
        by_sector=_profile_counts(fields.sectors, (_one(p.sector) for p in profiles), total),
        by_size=_profile_counts(fields.sizes, (_one(p.size) for p in profiles), total),
        by_experience=_profile_counts(
            fields.experience, (_one(p.experience) for p in profiles), total
        ),
        by_market=_profile_counts(fields.markets, (p.target_markets for p in profiles), total),
        by_channel=_profile_counts(fields.channels, (p.channels for p in profiles), total),
        overall=_distribution(
            bank,
            "overall",
            Text.of("Overall", hi="कुल"),
            overall_scores,
            total,
            partial=overall_partial,
        ),
        dimensions=tuple(
            _distribution(bank, d.id, d.title, dim_scores[d.id], total, partial=dim_partial[d.id])
            for d in bank.dimensions
        ),
        gaps=_question_counts(bank, gap_counts, gap_unknown, total),
        blockers=_question_counts(bank, blocker_counts, blocker_unknown, total),
        actions=actions,
    )


def _one(value: str | None) -> tuple[str, ...]:
    return (value,) if value else ()
