"""Test helpers: a workshop room or a client book of finished assessments (built-in bank).

Imported as ``import peer_rooms`` from any test folder (``tests/`` holds the root
conftest, so pytest puts it on ``sys.path``). Everything is deterministic per seed.

``DISTINCT`` is the participant the privacy tests look for: a unique company name,
assessor and organisation, and the worst answer everywhere (extreme scores).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from advisor.domain.assessment import Answer, Assessment, Assessor
from advisor.domain.bank import Bank, Question, QuestionKind
from advisor.storage import save_assessment
from advisor.storage.banks import default_bank

BANK = default_bank()
T0 = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))

DISTINCT_COMPANY = "Zephyrquill Obscura Exports"
DISTINCT_ASSESSOR = "Xanthippe Quarrington"
DISTINCT_ORG = "Vortigern Advisory"


def _answer(question: Question, rng: random.Random, worst: bool) -> Answer:
    if question.kind is QuestionKind.NUMBER:
        if worst:
            return Answer(number=question.worst_number())
        band = rng.choice(question.bands or [])
        return Answer(number=max(band.min, question.minimum))
    options = question.options or []
    if question.kind is QuestionKind.MULTI:
        if worst:
            return Answer(choices=[o.id for o in question.worst_options()])
        chosen = [o.id for o in options if not o.exclusive and rng.random() < 0.6]
        return Answer(choices=chosen)
    if worst:
        return Answer(choice=question.worst_options()[0].id)
    scored = sorted(options, key=lambda o: o.score)
    # lean to the better half so scores vary around the middle, never all worst
    return Answer(choice=rng.choice(scored[len(scored) // 3 :]).id)


def participant(
    index: int,
    *,
    bank: Bank = BANK,
    worst: bool = False,
    company: str | None = None,
    sector: str | None = None,
    seed: int = 11,
) -> Assessment:
    """A finished assessment of participant ``index`` (every question answered)."""
    rng = random.Random(seed * 1000 + index)
    when = T0 + dt.timedelta(days=index % 3, minutes=7 * index)
    doc = Assessment.new(bank.id, bank.version, now=when)
    sectors = [c.id for c in bank.profile.sectors]
    doc.profile.company = company if company is not None else f"Participant {index:02d}"
    doc.profile.sector = sector or sectors[index % 2]
    doc.profile.size = bank.profile.sizes[0].id
    doc.profile.target_markets = [bank.profile.markets[0].id]
    doc.assessor = Assessor(name=f"Facilitator {index % 2}", organisation="Trade body")
    doc.answers = {q.id: _answer(q, rng, worst) for q in bank.questions}
    return doc


def distinct(index: int = 99, bank: Bank = BANK) -> Assessment:
    """The distinctive participant: unique names, worst answers everywhere."""
    doc = participant(index, bank=bank, worst=True, company=DISTINCT_COMPANY)
    doc.assessor = Assessor(name=DISTINCT_ASSESSOR, organisation=DISTINCT_ORG)
    return doc


def write_room(folder: Path, count: int, *, with_distinct: bool = True) -> list[Path]:
    """``count`` participants' files in ``folder`` (the last is the distinctive one)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        last = with_distinct and index == count - 1
        doc = distinct(index) if last else participant(index)
        path = folder / f"p{index:02d}.json"
        save_assessment(path, doc)
        paths.append(path)
    return paths


def write_book(root: Path, count: int, *, with_distinct: bool = True) -> list[Path]:
    """A client library of ``count`` clients, one or two assessments each."""
    paths = []
    for index in range(count):
        last = with_distinct and index == count - 1
        doc = distinct(index) if last else participant(index)
        folder = root / (doc.profile.company or f"client {index}")
        folder.mkdir(parents=True, exist_ok=True)
        if index % 3 == 0:  # an earlier assessment too: only the latest counts
            old = participant(index, worst=True, company=doc.profile.company)
            old.created_at = old.updated_at = doc.created_at - dt.timedelta(days=200)
            save_assessment(folder / "old.json", old)
        path = folder / "latest.json"
        save_assessment(path, doc)
        paths.append(path)
    return paths
