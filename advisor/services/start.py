"""What the start page tells about files, without Qt: the recent files and the examples.

* :func:`summarise_file` / :func:`summarise_recent`: does a remembered file still exist,
  can it be read, whose assessment is it, when was it last saved, what did it score. A
  missing or broken file is described (``status`` and one sentence), never raised;
* :func:`bundled_examples`: the example assessments shipped in ``resources/examples``
  that fit the bank in use, with what a person needs to choose one (company, sector,
  experience, markets);
* :func:`example_copy`: an example as a new, untitled assessment (saving it asks for a
  name of the user's own: the bundled file is never overwritten);
* :func:`peek_recent` / :func:`peek_examples`: the same, read with the standard library
  only (no pydantic, no scoring), for the start page shown before the bank's models
  exist (issue 18): no score, and a file of another bank is told by the bank's id;
* :func:`one_line`: a file name or company name as the page may show it (one line; an
  RTL override cannot make ``evil\u202egnp.json`` read as ``eviljson.png``).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from advisor.domain.limits import MAX_ASSESSMENT_BYTES
from advisor.files import FileReadError, read_bounded
from advisor.resources import ResourceError, resource_path
from advisor.services.lazy_bank import LazyBank
from advisor.storage.bank_data import Label
from advisor.storage.errors import DocumentError, Wording
from advisor.storage.strict_json import decode_text, parse_json_text

if TYPE_CHECKING:  # the models: imported when a file is checked against a loaded bank
    from advisor.domain.assessment import Assessment
    from advisor.domain.bank import Bank
    from advisor.domain.text import Text

__all__ = [
    "Example",
    "FileStatus",
    "FileSummary",
    "bundled_examples",
    "complete_summary",
    "example_copy",
    "one_line",
    "peek_examples",
    "peek_file",
    "peek_recent",
    "summarise_file",
    "summarise_recent",
]

EXAMPLES_FOLDER = "examples"
_JOINERS = frozenset("\u200c\u200d")  # ZWNJ and ZWJ: Devanagari needs them


def one_line(text: str) -> str:
    """``text`` fit to show in one line of the interface: line breaks, tabs and other
    control characters become spaces; bidirectional overrides, isolates and other
    invisible format characters are dropped (the joiners stay)."""
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category not in ("Cf", "Cs") or char in _JOINERS:
            kept.append(char)
    return " ".join("".join(kept).split())


class FileStatus(enum.Enum):
    """What became of a remembered file."""

    OK = "ok"
    MISSING = "missing"  # moved, deleted, or on a drive that is not plugged in
    UNREADABLE = "unreadable"  # there, but not an assessment this app can open


class FileSummary(NamedTuple):
    """One remembered file as the start page lists it.

    ``saved_at``: when it was last saved (the file's own ``updated_at``; aware).
    ``score``: the overall score when the result is final (None: provisional or not
    assessed). ``problem``: why it cannot be opened (one sentence; "" when it can).

    This and :class:`Example` are NamedTuples, not frozen dataclasses: they are defined
    before the window shows, in a fifth of the time (issue 18). As the dataclass was,
    a summary is compared, hashed and shown without :attr:`raw`.
    """

    path: Path
    status: FileStatus
    company: str = ""
    saved_at: dt.datetime | None = None
    score: float | None = None
    problem: str = ""
    raw: bytes | None = None
    """The bytes :func:`peek_file` read (an openable file's), for :func:`complete_summary`."""

    @property
    def openable(self) -> bool:
        """True when the file is there and holds an assessment for this bank."""
        return self.status is FileStatus.OK

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileSummary):
            return NotImplemented
        return self[:-1] == other[:-1]

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self[:-1])

    def __repr__(self) -> str:
        fields = zip(self._fields[:-1], self[:-1], strict=True)
        return "FileSummary(" + ", ".join(f"{name}={value!r}" for name, value in fields) + ")"


def summarise_file(path: Path | str, bank: Bank | None = None) -> FileSummary:
    """Describe ``path`` (never raises): missing, unreadable (with why), or what it holds.

    With ``bank``, a file answered with another bank is unreadable too (the window would
    refuse it), and a final result's overall score is given.
    """
    path = Path(path)
    try:
        exists = path.exists()  # a folder or a pipe is there: unreadable, not missing
    except (OSError, ValueError):
        exists = False
    if not exists:
        return FileSummary(path, FileStatus.MISSING, problem=f"{path}: the file is not there")
    from advisor.storage import load_assessment

    try:
        assessment = load_assessment(path).assessment
    except DocumentError as exc:
        return FileSummary(path, FileStatus.UNREADABLE, problem=str(exc))
    return _checked(path, assessment, bank)


def _checked(path: Path, assessment: Assessment, bank: Bank | None) -> FileSummary:
    """The summary of a loaded file: unreadable when it does not fit ``bank``, else its
    final score (None: provisional, not assessed, or no bank to score with)."""
    from advisor.domain.scoring import score_assessment
    from advisor.domain.validation import assessment_problems

    company = assessment.profile.company.strip()
    if bank is None:
        return FileSummary(path, FileStatus.OK, company, assessment.updated_at)
    problems = assessment_problems(bank, assessment)
    if problems:
        return FileSummary(
            path, FileStatus.UNREADABLE, company, assessment.updated_at, None,
            f"{path}: {problems[0]}",
        )  # fmt: skip
    result = score_assessment(bank, assessment)
    score = result.score if result.score is not None and not result.provisional else None
    return FileSummary(path, FileStatus.OK, company, assessment.updated_at, score)


def summarise_recent(paths: Iterable[Path | str], bank: Bank | None = None) -> list[FileSummary]:
    """:func:`summarise_file` for each path, in order, without repeating a file."""
    seen: set[Path] = set()
    found = []
    for path in paths:
        key = Path(path).absolute()
        if key in seen:
            continue
        seen.add(key)
        found.append(summarise_file(path, bank))
    return found


def peek_file(path: Path | str, bank: LazyBank | None = None) -> FileSummary:
    """:func:`summarise_file` with the standard library only (never raises): missing,
    not JSON, another bank's (by ``bank``'s id), else the company and when it was saved,
    without a score. The full check comes when the models are there."""
    path = Path(path)
    try:
        exists = path.exists()
    except (OSError, ValueError):
        exists = False
    if not exists:
        return FileSummary(path, FileStatus.MISSING, problem=f"{path}: the file is not there")
    try:
        raw = read_bounded(path, MAX_ASSESSMENT_BYTES, "an assessment")
        # as strictly as the loader: UTF-16, a key twice, NaN, a huge number are refused
        data = parse_json_text(decode_text(raw, path), path, what="an assessment")
        _refuse_lone_surrogates(raw, data, path)
    except DocumentError as exc:
        return FileSummary(path, FileStatus.UNREADABLE, problem=str(exc))
    except (FileReadError, OSError, ValueError, RecursionError) as exc:
        return FileSummary(path, FileStatus.UNREADABLE, problem=f"{path}: {exc}")
    if not isinstance(data, dict):
        return FileSummary(path, FileStatus.UNREADABLE, problem=f"{path}: not an assessment")
    profile, answered_with = data.get("profile"), data.get("bank")
    company = profile.get("company") if isinstance(profile, dict) else None
    company = company.strip() if isinstance(company, str) else ""
    saved_at = _moment(data.get("updated_at"))
    bank_id = answered_with.get("id") if isinstance(answered_with, dict) else None
    if bank is not None and bank_id != bank.id:
        problem = f"{path}: answered with another question bank ({bank_id})"
        return FileSummary(path, FileStatus.UNREADABLE, company, saved_at, None, problem)
    return FileSummary(path, FileStatus.OK, company, saved_at, raw=raw)


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _refuse_lone_surrogates(raw: bytes, data: Any, path: Path) -> None:
    """A ``\\udc00`` escape not in a pair is refused, as the loader does (only files
    that escape a surrogate at all are looked at: an emoji may be written so)."""
    if _SURROGATE_ESCAPE.search(raw) is None:
        return
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DocumentError(path, Wording("file.field.surrogate")) from None


def complete_summary(summary: FileSummary, bank: Bank) -> FileSummary:
    """What :func:`summarise_file` says of a file :func:`peek_file` read, from the bytes
    it kept (the file is not read again): checked against ``bank`` and scored."""
    if summary.raw is None:
        return summary  # missing or unreadable already, or read by summarise_file
    from advisor.storage import parse_assessment

    path = summary.path
    try:
        assessment = parse_assessment(summary.raw, path).assessment
    except DocumentError as exc:
        return FileSummary(path, FileStatus.UNREADABLE, problem=str(exc))
    return _checked(path, assessment, bank)


def _moment(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def peek_recent(paths: Iterable[Path | str], bank: LazyBank | None = None) -> list[FileSummary]:
    """:func:`peek_file` for each path, in order, without repeating a file."""
    seen: set[Path] = set()
    found = []
    for path in paths:
        key = Path(path).absolute()
        if key not in seen:
            seen.add(key)
            found.append(peek_file(path, bank))
    return found


class Example(NamedTuple):
    """A bundled example assessment: the file and what tells it apart from the others."""

    path: Path
    company: str
    sector: Text | Label | None
    experience: Text | Label | None
    markets: tuple[Text | Label, ...]


def _choice_label(choices: Iterable, value: str) -> Text | None:  # type: ignore[type-arg]
    return next((c.label for c in choices if c.id == value), None)


def bundled_examples(bank: Bank) -> list[Example]:
    """The example assessments that open with ``bank``, by file name (none when the
    examples are not installed or were answered with another bank)."""
    try:
        folder = resource_path(EXAMPLES_FOLDER)
        files = sorted(folder.glob("*.json"))
    except (ResourceError, OSError):
        return []
    from advisor.domain.validation import assessment_problems
    from advisor.storage import load_assessment

    examples = []
    fields = bank.profile
    for path in files:
        try:
            assessment = load_assessment(path).assessment
        except DocumentError:
            continue  # the branding profile example, or a damaged installation
        if assessment_problems(bank, assessment):
            continue
        profile = assessment.profile
        markets = tuple(
            label
            for market in profile.target_markets
            if (label := _choice_label(fields.markets, market)) is not None
        )
        examples.append(
            Example(
                path,
                profile.company.strip(),
                _choice_label(fields.sectors, profile.sector or ""),
                _choice_label(fields.experience, profile.experience or ""),
                markets,
            )
        )
    return examples


def example_copy(example: Example | Path) -> Assessment:
    """The example's assessment, to open as a new untitled document (raises
    :class:`DocumentError` when it cannot be read)."""
    from advisor.storage import load_assessment

    path = example.path if isinstance(example, Example) else Path(example)
    return load_assessment(path).assessment


def peek_examples(bank: LazyBank) -> list[Example]:
    """:func:`bundled_examples` with the standard library only: the examples answered
    with ``bank`` (by its id), described with the labels of its data."""
    try:  # (not Path.glob: its pattern machinery costs more than the listing itself)
        folder = resource_path(EXAMPLES_FOLDER)
        files = sorted(path for path in folder.iterdir() if path.name.endswith(".json"))
    except (ResourceError, OSError):
        return []
    sectors, experience = bank.choices("sectors"), bank.choices("experience")
    markets = bank.choices("markets")
    examples = []
    for path in files:
        try:
            data = json.loads(read_bounded(path, MAX_ASSESSMENT_BYTES, "an assessment"))
        except (FileReadError, OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("format") != "export-advisor/assessment":
            continue  # the branding profile example
        answered_with, profile = data.get("bank"), data.get("profile")
        if not isinstance(answered_with, dict) or answered_with.get("id") != bank.id:
            continue
        if not isinstance(profile, dict) or not isinstance(profile.get("company"), str):
            continue
        chosen = profile.get("target_markets")
        examples.append(
            Example(
                path,
                profile["company"].strip(),
                sectors.get(str(profile.get("sector"))),
                experience.get(str(profile.get("experience"))),
                tuple(markets[m] for m in chosen if m in markets)
                if isinstance(chosen, list)
                else (),
            )
        )
    return examples
