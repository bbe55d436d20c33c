"""The question bank: dimensions, profile fields, questions, recommendations and sources.

A bank is data (YAML in ``resources/banks/``), validated by the pydantic models below with
``extra="forbid"``. :func:`load_bank` reads one with safe loading and YAML aliases refused,
then checks the references between its parts; every error names the file, the question
(or recommendation) id and the field.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    ValidationError,
)

from advisor.domain.limits import (
    MAX_BANK_BYTES,
    MAX_BANK_QUESTIONS,
    MAX_BANK_RECOMMENDATIONS,
    MAX_CHOICES,
    MAX_PROFILE_LIST,
)
from advisor.domain.strict_types import json_number
from advisor.domain.text import Text
from advisor.files import FileReadError, read_bounded

__all__ = [
    "BANK_FORMAT",
    "Band",
    "Bank",
    "BankError",
    "Choice",
    "Condition",
    "CostBand",
    "Dimension",
    "Effort",
    "Option",
    "Phase",
    "ProfileFields",
    "Question",
    "QuestionKind",
    "Recommendation",
    "Source",
    "Stage",
    "bank_from_data",
    "default_bank",
    "load_bank",
    "parse_bank_bytes",
]

BANK_FORMAT = "export-advisor/bank"

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", min_length=1, max_length=64)
]
# A number in a bank is a JSON number (not "50", not true), as its schema says.
Number = Annotated[float, Field(allow_inf_nan=False), BeforeValidator(json_number)]
Score = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False), BeforeValidator(json_number)]


class BankError(ValueError):
    """A bank cannot be used. ``problems`` lists one message per fault, each naming a place."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "unknown problem"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{source}: {first}{more}")


class QuestionKind(StrEnum):
    """How a question is answered."""

    SINGLE = "single"
    MULTI = "multi"
    NUMBER = "number"


class Phase(StrEnum):
    """When an action belongs in the plan."""

    NOW = "now"  # 0-30 days
    NEXT = "next"  # 31-90 days
    LATER = "later"  # 91-180 days


class Effort(StrEnum):
    """Rough effort of an action; quick wins (low) come first among equals."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class CostBand(StrEnum):
    """Rough cost of an action in rupees (labels in :mod:`advisor.domain.money`)."""

    NIL = "nil"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stage(_Model):
    """A readiness stage: a score at or above ``min`` reaches it."""

    id: Identifier
    title: Text = Field(description="Name of the stage, e.g. 'Export-ready'.")
    min: Score = Field(description="Lowest score (0-100) that reaches this stage.")
    description: Text | None = Field(default=None, description="What the stage means.")


class Dimension(_Model):
    """One of the four scored areas (logistics, payments, quality, branding)."""

    id: Identifier
    title: Text
    description: Text = Field(description="One sentence on what the dimension covers.")
    weight: Annotated[
        float, Field(gt=0, le=100, allow_inf_nan=False), BeforeValidator(json_number)
    ] = Field(description="Weight in the overall score.")


class Choice(_Model):
    """One value a profile field can take (a sector, a market, a size band...)."""

    id: Identifier
    label: Text
    help: Text | None = None


class ProfileFields(_Model):
    """The values the company profile may take. The profile is not scored."""

    sectors: list[Choice] = Field(min_length=1)
    sizes: list[Choice] = Field(min_length=1)
    experience: list[Choice] = Field(min_length=1)
    markets: list[Choice] = Field(min_length=1, max_length=MAX_PROFILE_LIST)
    channels: list[Choice] = Field(min_length=1, max_length=MAX_PROFILE_LIST)

    def field(self, name: str) -> list[Choice]:
        """The choices of a profile field by its condition name."""
        return getattr(self, name)  # type: ignore[no-any-return]


class Condition(_Model):
    """When a question applies. Every field given must hold; within a field any value does.

    ``markets`` and ``channels`` hold when the profile names at least one of the values.
    ``not_sectors`` excludes sectors.
    """

    sectors: list[Identifier] | None = None
    sizes: list[Identifier] | None = None
    experience: list[Identifier] | None = None
    markets: list[Identifier] | None = None
    channels: list[Identifier] | None = None
    not_sectors: list[Identifier] | None = None

    def references(self) -> Iterator[tuple[str, str, str]]:
        """(condition field, profile field, value) for every value named."""
        mapping = {
            "sectors": "sectors",
            "sizes": "sizes",
            "experience": "experience",
            "markets": "markets",
            "channels": "channels",
            "not_sectors": "sectors",
        }
        for name, profile_field in mapping.items():
            for value in getattr(self, name) or ():
                yield name, profile_field, value

    def describe(self) -> dict[str, list[str]]:
        """The condition as plain data (for ``bank --json``)."""
        return self.model_dump(exclude_none=True)


class Option(_Model):
    """An answer to a choice question, with its score (100 = best)."""

    id: Identifier
    label: Text
    score: Score
    exclusive: StrictBool = Field(
        default=False, description="Multi choice only: choosing it clears the others."
    )


class Band(_Model):
    """A score for numbers in [min, max) (or [min, max] with ``includes_max``).

    ``max`` omitted means no upper limit.
    """

    min: Number
    max: Number | None = None
    score: Score
    includes_max: StrictBool = Field(
        default=False,
        description="True when max itself belongs to the band, as in 'within 24 hours'.",
    )

    def contains(self, value: float) -> bool:
        """True when ``value`` falls in this band."""
        if self.max is None:
            return self.min <= value
        return self.min <= value and (value < self.max or (self.includes_max and value == self.max))


class Question(_Model):
    """A scored question of one dimension."""

    id: Identifier
    dimension: Identifier
    kind: QuestionKind
    text: Text = Field(description="The question, in plain language.")
    help: Text = Field(description="Why this matters, in one or two sentences.")
    weight: Annotated[
        float, Field(gt=0, le=10, allow_inf_nan=False), BeforeValidator(json_number)
    ]
    critical_below: Score | None = Field(
        default=None,
        description="An answer scoring below this is a blocker, whatever the average says.",
    )
    condition: Condition | None = None
    options: list[Option] | None = Field(default=None, max_length=MAX_CHOICES)
    bands: list[Band] | None = None
    unit: Text | None = Field(default=None, description="Number questions: the unit asked for.")
    minimum: Number = 0
    maximum: Number = 1_000_000

    @property
    def critical(self) -> bool:
        """True when some answer to this question is a blocker."""
        return self.critical_below is not None

    @cached_property
    def options_by_id(self) -> Mapping[str, Option]:
        """The options by id (empty for number questions)."""
        return {o.id: o for o in self.options or ()}

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if the question has it."""
        return self.options_by_id.get(option_id)

    def best_options(self) -> list[Option]:
        """The answer that scores 100: one option, or for multi choice every scoring option."""
        options = self.options or []
        if self.kind is QuestionKind.MULTI:
            return [o for o in options if o.score > 0 and not o.exclusive]
        best = max(options, key=lambda o: o.score, default=None)
        return [best] if best else []

    def worst_options(self) -> list[Option]:
        """The lowest-scoring answer (an empty list for multi choice: nothing chosen)."""
        options = self.options or []
        if self.kind is QuestionKind.MULTI:
            zero = [o for o in options if o.exclusive and o.score == 0]
            return zero[:1]
        worst = min(options, key=lambda o: o.score, default=None)
        return [worst] if worst else []

    def best_number(self) -> float | None:
        """A number that scores best (the lower edge of the best band)."""
        if not self.bands:
            return None
        band = max(self.bands, key=lambda b: b.score)
        return band.min

    def worst_number(self) -> float | None:
        """A number that scores worst (the lower edge of the worst band)."""
        if not self.bands:
            return None
        band = min(self.bands, key=lambda b: b.score)
        return band.min


class Source(_Model):
    """Where to get help: an agency, a scheme or a document named in the recommendations."""

    id: Identifier
    name: Text = Field(
        description="The official name, e.g. 'DGFT (Directorate General of Foreign Trade)'."
    )
    description: Text = Field(description="What to get there, in one sentence.")


class Recommendation(_Model):
    """What to do about the gaps of one or more questions."""

    id: Identifier
    questions: list[Identifier] = Field(min_length=1)
    title: Text
    steps: list[Text] = Field(min_length=1, max_length=12)
    phase: Phase = Field(description="When to start when the gap is not a blocker.")
    effort: Effort
    cost: CostBand
    help: list[Identifier] = Field(min_length=1, description="Source ids: who can help.")
    after: list[Identifier] = Field(
        default_factory=list,
        description="Recommendation ids that must be done first (the plan never puts this "
        "action in an earlier phase, nor before them in its phase).",
    )
    checked: date | None = Field(
        default=None,
        description="The day this advice was last checked with the named bodies (YYYY-MM-DD).",
    )


class Bank(_Model):
    """A whole question bank."""

    format: Literal["export-advisor/bank"]
    id: Identifier
    version: Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]
    title: Text
    description: Text
    rules_as_of: date | None = Field(
        default=None,
        description=(
            "The day the bank's rules, rates and dates were last checked (YYYY-MM-DD). "
            "Whoever edits the bank's advice updates it."
        ),
    )
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]] = Field(
        default_factory=lambda: ["en"],
        description="Languages every text of the bank is written in ('en' first).",
    )
    stages: list[Stage] = Field(min_length=2)
    dimensions: list[Dimension] = Field(min_length=1)
    profile: ProfileFields
    questions: list[Question] = Field(min_length=1, max_length=MAX_BANK_QUESTIONS)
    recommendations: list[Recommendation] = Field(
        min_length=1, max_length=MAX_BANK_RECOMMENDATIONS
    )
    sources: list[Source] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True)

    @cached_property
    def question_by_id(self) -> Mapping[str, Question]:
        """Questions by id."""
        return {q.id: q for q in self.questions}

    @cached_property
    def dimension_by_id(self) -> Mapping[str, Dimension]:
        """Dimensions by id."""
        return {d.id: d for d in self.dimensions}

    @cached_property
    def recommendation_by_id(self) -> Mapping[str, Recommendation]:
        """Recommendations (the plan's actions) by id."""
        return {r.id: r for r in self.recommendations}

    @cached_property
    def source_by_id(self) -> Mapping[str, Source]:
        """Sources by id."""
        return {s.id: s for s in self.sources}

    @cached_property
    def recommendations_by_question(self) -> Mapping[str, tuple[Recommendation, ...]]:
        """The recommendations that answer each question's gaps, in bank order."""
        found: dict[str, list[Recommendation]] = {}
        for rec in self.recommendations:
            for qid in rec.questions:
                found.setdefault(qid, []).append(rec)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def questions_by_dimension(self) -> Mapping[str, tuple[Question, ...]]:
        """The questions of each dimension, in bank order."""
        found: dict[str, list[Question]] = {}
        for q in self.questions:
            found.setdefault(q.dimension, []).append(q)
        return {k: tuple(v) for k, v in found.items()}

    def questions_of(self, dimension_id: str) -> list[Question]:
        """The questions of a dimension, in bank order."""
        return list(self.questions_by_dimension.get(dimension_id, ()))

    def stage_for(self, score: float) -> Stage:
        """The highest stage whose minimum ``score`` reaches."""
        reached = [s for s in self.stages if score >= s.min]
        return max(reached, key=lambda s: s.min) if reached else self.stages_ordered[0]

    @cached_property
    def stages_ordered(self) -> list[Stage]:
        """Stages from lowest to highest."""
        return sorted(self.stages, key=lambda s: s.min)

    def profile_label(self, field: str, value: str, lang: str = "en") -> str:
        """The label of a profile value (the id itself if the bank does not know it)."""
        for choice in self.profile.field(field):
            if choice.id == value:
                return choice.label.get(lang)
        return value


# --- loading -------------------------------------------------------------------------


def load_bank(path: Path | str) -> Bank:
    """Read and check a bank file (YAML or JSON). Raises :class:`BankError`."""
    path = Path(path)
    name = str(path)
    try:
        raw_bytes = read_bounded(path, MAX_BANK_BYTES, "a question bank")
    except FileReadError as exc:
        raise BankError(name, [exc.reason]) from None
    compiled = _compiled_twin(path, raw_bytes)
    if compiled is not None:
        return bank_from_data(compiled, source=name)
    return bank_from_data(parse_bank_bytes(raw_bytes, name), source=name)


def parse_bank_bytes(raw_bytes: bytes, name: str = "<bank>") -> Any:
    """The data of a bank file's bytes (YAML or JSON), not yet checked. Raises BankError."""
    import yaml  # local: only bank loading needs it

    from advisor.domain.yaml_safe import safe_load_no_aliases

    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BankError(name, ["the file is not UTF-8 text"]) from None
    try:
        data = safe_load_no_aliases(text)
    except yaml.YAMLError as exc:
        raise BankError(name, [_yaml_message(exc)]) from None
    except RecursionError:
        raise BankError(name, ["the file is nested far too deeply"]) from None
    return data


DEFAULT_BANK = "banks/in-sme-export.yaml"
COMPILED_SUFFIX = ".compiled.json"


def compiled_twin_path(path: Path) -> Path:
    """Where the pre-parsed JSON twin of a YAML bank lives (``x.yaml`` -> ``x.compiled.json``)."""
    return path.with_name(path.stem + COMPILED_SUFFIX)


def compile_bank_data(raw_yaml: bytes, data: Any) -> str:
    """The JSON twin of a bank: its parsed data and the hash of the YAML it came from."""
    import hashlib
    import json

    twin = {"source_sha256": hashlib.sha256(raw_yaml).hexdigest(), "data": data}
    return json.dumps(twin, ensure_ascii=False, sort_keys=True, indent=0, default=_json_date) + "\n"


def _json_date(value: Any) -> str:
    """YAML reads ``2026-11-30`` as a date; the JSON twin stores it as that text."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a compiled bank")


def _compiled_twin(path: Path, raw_bytes: bytes) -> Any | None:
    """The pre-parsed data of a YAML bank, when a twin made from exactly these bytes exists.

    Parsing YAML costs about 60 ms at every start; JSON about 5. The twin is only a cache:
    it is used when its recorded hash matches the YAML, so an edited bank is always read
    from the YAML, and the data still goes through the same validation.
    """
    import hashlib
    import json

    if path.suffix.lower() not in (".yaml", ".yml"):
        return None
    twin = compiled_twin_path(path)
    try:
        stored = json.loads(read_bounded(twin, 2 * MAX_BANK_BYTES, "a compiled bank"))
    except (FileReadError, ValueError):
        return None
    if not isinstance(stored, dict):
        return None
    if stored.get("source_sha256") != hashlib.sha256(raw_bytes).hexdigest():
        return None
    return stored.get("data")


@cache
def default_bank() -> Bank:
    """The built-in bank (Indian SME exporters), loaded once."""
    from advisor.resources import resource_path

    return load_bank(resource_path(DEFAULT_BANK))


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


def _yaml_message(exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    return f"{where}{problem}"


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
