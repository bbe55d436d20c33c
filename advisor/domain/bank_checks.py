"""Checks of a question bank: parsed data validated into a :class:`~advisor.domain.bank.Bank`.

:func:`bank_from_data` runs the pydantic models, then :func:`check_references` (ids used
twice, questions without recommendations, unknown sources, option scores that cannot
reach 100...). Every problem is one message naming the place (``question log.iec, field
options.0.score: ...``); :class:`~advisor.domain.bank.BankError` carries them all.
:func:`iter_languages_missing` lists the texts a translation still lacks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from advisor.domain.bank import BANK_FORMAT, Bank, BankError, Question, QuestionKind, Recommendation
from advisor.domain.text import Text

__all__ = ["bank_from_data", "check_references", "iter_languages_missing"]


def bank_from_data(data: Any, source: str = "<bank>") -> Bank:
    """Validate already-parsed bank data. Raises :class:`BankError`."""
    if not isinstance(data, dict):
        raise BankError(source, ["a bank must be a mapping at the top level"])
    if data.get("format") != BANK_FORMAT:
        raise BankError(source, [f"not a question bank (the key 'format' must be {BANK_FORMAT!r})"])
    try:
        bank = Bank.model_validate(data)
    except ValidationError as exc:
        raise BankError(source, [_place(data, err) for err in exc.errors()]) from None
    problems = list(check_references(bank))
    if problems:
        raise BankError(source, problems)
    return bank


def _place(data: Any, error: Any) -> str:
    """Turn a pydantic error into 'question log.iec, field options.0.score: message'."""
    loc = list(error["loc"])
    what = ""
    if (
        len(loc) >= 2
        and loc[0] in ("questions", "recommendations", "dimensions", "sources")
        and isinstance(loc[1], int)
    ):
        kind = loc[0][:-1]
        try:
            item_id = data[loc[0]][loc[1]].get("id", f"#{loc[1] + 1}")
        except (KeyError, IndexError, TypeError, AttributeError):
            item_id = f"#{loc[1] + 1}"
        what = f"{kind} {item_id}, "
        loc = loc[2:]
    field = ".".join(str(p) for p in loc) or "(top level)"
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    elif error["type"] == "too_long":
        ctx = error.get("ctx", {})
        message = (
            f"too many entries ({ctx.get('actual_length', 0):,}; the limit is "
            f"{ctx.get('max_length', 0):,}, so that every assessment made with the bank "
            "can be saved and opened again)"
        )
    elif error["type"] == "value_error" and "error" in error.get("ctx", {}):
        message = str(error["ctx"]["error"])  # our own validator's words, without "Value error,"
    return f"{what}field {field}: {message}"


def check_references(bank: Bank) -> Iterator[str]:
    """The bank's internal references, checked: one message per broken one."""
    yield from _duplicates("dimension", [d.id for d in bank.dimensions])
    seen_questions: set[str] = set()
    for q in bank.questions:
        if q.id in seen_questions:
            yield f"question {q.id}, field id: the question id {q.id!r} is used twice"
        seen_questions.add(q.id)
    yield from _duplicates("recommendation", [r.id for r in bank.recommendations])
    yield from _duplicates("source", [s.id for s in bank.sources])
    yield from _duplicates("stage", [s.id for s in bank.stages])
    if not any(s.min == 0 for s in bank.stages):
        yield "field stages: the lowest stage must start at 0"
    for field in ("sectors", "sizes", "experience", "markets", "channels"):
        yield from _duplicates(f"profile.{field} value", [c.id for c in bank.profile.field(field)])

    dimensions = {d.id for d in bank.dimensions}
    for dim in bank.dimensions:
        if not bank.questions_of(dim.id):
            yield f"dimension {dim.id}: has no questions"
    for q in bank.questions:
        yield from _check_question(bank, q, dimensions)

    questions = bank.question_by_id
    sources = bank.source_by_id
    covered: set[str] = set()
    for rec in bank.recommendations:
        for qid in rec.questions:
            if qid not in questions:
                yield f"recommendation {rec.id}, field questions: no question {qid!r} in the bank"
            covered.add(qid)
        for sid in rec.help:
            if sid not in sources:
                yield f"recommendation {rec.id}, field help: no source {sid!r} in the bank"
        latest = bank.rules_as_of
        if rec.checked is not None and latest is not None and rec.checked > latest:
            yield (
                f"recommendation {rec.id}, field checked: {rec.checked.isoformat()} is after "
                f"the bank's rules_as_of ({latest.isoformat()}); move rules_as_of "
                "to the day of the latest check"
            )
    yield from _check_after(bank.recommendations)
    for q in bank.questions:
        if q.id not in covered:
            yield f"question {q.id}: no recommendation covers its gaps"
    for source in bank.sources:
        if not any(source.id in rec.help for rec in bank.recommendations):
            yield f"source {source.id}: no recommendation names it"


def _check_after(recommendations: Sequence[Recommendation]) -> Iterator[str]:
    """``after`` names known recommendations, never the same one, and makes no cycle."""
    known = {r.id: r for r in recommendations}
    for rec in recommendations:
        for rid in rec.after:
            if rid == rec.id:
                yield f"recommendation {rec.id}, field after: an action cannot come after itself"
            elif rid not in known:
                yield f"recommendation {rec.id}, field after: no recommendation {rid!r} in the bank"
    state: dict[str, int] = {}  # 1 = being visited, 2 = done

    def cycle_from(rid: str, path: list[str]) -> list[str] | None:
        state[rid] = 1
        for nxt in known[rid].after:
            if nxt == rid or nxt not in known:
                continue
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt] if nxt in path else [rid, nxt]
            if nxt not in state:
                found = cycle_from(nxt, [*path, nxt])
                if found:
                    return found
        state[rid] = 2
        return None

    for rec in recommendations:
        if rec.id not in state:
            found = cycle_from(rec.id, [rec.id])
            if found:
                yield (
                    f"recommendation {found[0]}, field after: the actions wait for each other "
                    f"in a circle ({' -> '.join(found)})"
                )


def _duplicates(kind: str, ids: list[str]) -> Iterator[str]:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            yield f"{kind} id {item!r} is used twice"
        seen.add(item)


def _check_question(bank: Bank, q: Question, dimensions: set[str]) -> Iterator[str]:
    where = f"question {q.id}"
    if q.dimension not in dimensions:
        yield f"{where}, field dimension: no dimension {q.dimension!r} in the bank"
    if not q.help.get().strip():
        yield f"{where}, field help: the 'why this matters' text is empty"
    if q.kind is QuestionKind.NUMBER:
        if not q.bands:
            yield f"{where}, field bands: a number question needs score bands"
        if q.options:
            yield f"{where}, field options: a number question has bands, not options"
        if q.bands and max(b.score for b in q.bands) != 100:
            yield f"{where}, field bands: the best band must score 100"
        for i, band in enumerate(q.bands or ()):
            if band.max is not None and band.max <= band.min:
                yield f"{where}, field bands.{i}: max must be above min"
    else:
        if not q.options or len(q.options) < 2:
            yield f"{where}, field options: a choice question needs at least two options"
            return
        if q.bands:
            yield f"{where}, field bands: a choice question has options, not bands"
        option_ids = [o.id for o in q.options]
        for dup in _duplicates("option", option_ids):
            yield f"{where}, field options: {dup}"
        if q.kind is QuestionKind.SINGLE:
            if max(o.score for o in q.options) != 100:
                yield f"{where}, field options: the best option must score 100"
            if any(o.exclusive for o in q.options):
                yield f"{where}, field options: 'exclusive' is for multi choice questions"
        else:
            total = sum(o.score for o in q.options if not o.exclusive)
            if total < 100:
                yield (
                    f"{where}, field options: choosing every option must reach 100 "
                    f"(reaches {total:g})"
                )
            if any(o.exclusive and o.score > 0 for o in q.options):
                yield f"{where}, field options: an exclusive option ('none of these') must score 0"
    if q.condition is not None:
        for name, profile_field, value in q.condition.references():
            if value not in {c.id for c in bank.profile.field(profile_field)}:
                yield f"{where}, field condition.{name}: unknown {profile_field} value {value!r}"


def iter_languages_missing(bank: Bank, lang: str) -> Iterator[str]:
    """Places in the bank whose text lacks ``lang`` (for translation checks)."""

    def walk(node: Any, path: str) -> Iterator[str]:
        if isinstance(node, Text):
            if not node.has(lang):
                yield path
        elif isinstance(node, BaseModel):
            for key in type(node).model_fields:
                yield from walk(getattr(node, key), f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                label = getattr(item, "id", i)
                yield from walk(item, f"{path}[{label}]")

    yield from walk(bank, "")
