"""A workshop folder on disk: the session file, participants' assessments, their PDFs.

A facilitator's folder holds one ``workshop.json`` (event name, date, facilitator, an
optional bank) and, for each participant, ``<name>_<date-time>.json`` and ``.pdf``.

* :func:`scan_workshop` reads every ``*.json`` directly in the folder (not in
  subfolders: a copy of another event kept in a subfolder must not be mixed in). Files
  that cannot be read, are not assessments, were answered with another bank, or are an
  older copy of the same assessment are listed with the reason and skipped. Other files
  (the PDFs, notes) are ignored.
* :func:`participant_stem` names a participant's files safely on every system and
  without overwriting anything already there.
* :func:`copy_to_folder` copies a finished PDF to a second folder (a USB stick), with a
  clear message when the folder is missing, full or read-only.
* :func:`finish_participant` saves a participant's assessment, PDF and one-page summary
  image under a fresh name and copies the PDF and the image; :func:`probe_write` checks
  a folder can be written.

Only :class:`~advisor.storage.errors.DocumentError` escapes from here.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.limits import MAX_COPY_BYTES, MAX_SESSION_BYTES
from advisor.domain.text import no_surrogates
from advisor.domain.validation import assessment_problems
from advisor.storage.atomic import atomic_write_bytes, os_error_wording, replace_durably
from advisor.storage.documents import LoadedDocument, load_assessment, save_assessment
from advisor.storage.errors import DocumentError, Wording, folder_error, read_file
from advisor.storage.filenames import MAX_SLUG, safe_slug
from advisor.storage.strict_json import decode_text, parse_json_text

__all__ = [
    "SESSION_FILE",
    "WORKSHOP_FORMAT",
    "FinishedParticipant",
    "SkippedFile",
    "WorkshopScan",
    "WorkshopSession",
    "copy_to_folder",
    "finish_participant",
    "load_session",
    "participant_stem",
    "probe_write",
    "probe_write_wording",
    "safe_name",
    "save_session",
    "scan_workshop",
]

SESSION_FILE = "workshop.json"
WORKSHOP_FORMAT = "export-advisor/workshop"
MAX_STEM = MAX_SLUG

SessionText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=200),
    AfterValidator(no_surrogates),
]


class WorkshopSession(BaseModel):
    """The session file ``workshop.json``: which event the folder belongs to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["export-advisor/workshop"] = WORKSHOP_FORMAT
    schema_version: Literal[1] = 1
    event: SessionText = ""
    date: dt.date | None = None
    facilitator: SessionText = ""
    bank: Annotated[str, StringConstraints(max_length=1000)] | None = None

    def bank_path(self, folder: Path) -> Path | None:
        """The session's bank as a path (relative paths are relative to ``folder``)."""
        if not self.bank:
            return None
        path = Path(self.bank).expanduser()
        return path if path.is_absolute() else folder / path


@dataclass(frozen=True)
class SkippedFile:
    """A file of the folder that was left out, and why (one sentence)."""

    path: Path
    reason: str


@dataclass(frozen=True)
class WorkshopScan:
    """What :func:`scan_workshop` found: usable documents and the files left out."""

    folder: Path
    documents: tuple[LoadedDocument, ...]
    skipped: tuple[SkippedFile, ...]


# --- the session file ----------------------------------------------------------------


def load_session(folder: Path | str) -> WorkshopSession | None:
    """The folder's ``workshop.json``, or None when there is none. Raises DocumentError."""
    path = Path(folder) / SESSION_FILE
    if not (path.exists() or path.is_symlink()):
        return None
    raw = read_file(path, MAX_SESSION_BYTES, "a workshop session")
    data = parse_json_text(decode_text(raw, path), path, what="a workshop session")
    if not isinstance(data, dict) or data.get("format") != WORKSHOP_FORMAT:
        expected = repr(WORKSHOP_FORMAT)
        raise DocumentError(path, Wording("file.not_a_workshop", expected=expected))
    try:
        return WorkshopSession.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        from advisor.storage.field_words import field_wording

        unknown = first["type"] == "extra_forbidden"
        message = Wording("file.field.unknown") if unknown else field_wording(first, ours=False)
        raise DocumentError(path, message, place) from None


def save_session(folder: Path | str, session: WorkshopSession) -> Path:
    """Write ``workshop.json`` atomically; returns its path. Raises DocumentError."""
    path = Path(folder) / SESSION_FILE
    text = json.dumps(session.model_dump(mode="json"), ensure_ascii=False, indent=2)
    atomic_write_bytes(path, (text + "\n").encode("utf-8"))
    return path


# --- reading the folder --------------------------------------------------------------


def _candidates(folder: Path) -> list[Path]:
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        raise folder_error(folder, exc) from None
    return sorted(
        (
            p
            for p in entries
            if p.suffix.lower() == ".json"
            and p.name.lower() != SESSION_FILE
            and not p.name.startswith(".")
        ),
        key=lambda p: p.name,
    )


def scan_workshop(folder: Path | str, bank: Bank | None = None) -> WorkshopScan:
    """Read the assessments directly in ``folder``; list and skip the files that do not fit.

    With ``bank``, files answered with another bank (or whose answers do not fit it) are
    skipped too. When several files hold the same assessment (same creation time,
    company and assessor; e.g. copied twice), the most recently updated one is kept.
    Raises :class:`DocumentError` only when the folder itself cannot be read.
    """
    folder = Path(folder)
    if not folder.exists():
        raise folder_error(folder)
    if not folder.is_dir():
        raise folder_error(folder, NotADirectoryError())
    documents: list[LoadedDocument] = []
    skipped: list[SkippedFile] = []
    for path in _candidates(folder):
        if path.is_dir():
            skipped.append(SkippedFile(path, "this is a folder, not an assessment file"))
            continue
        try:
            loaded = load_assessment(path)
        except DocumentError as exc:
            where = f"{exc.place}: " if exc.place else ""
            skipped.append(SkippedFile(path, where + exc.message))
            continue
        if bank is not None:
            problems = assessment_problems(bank, loaded.assessment)
            if problems:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                skipped.append(SkippedFile(path, problems[0] + more))
                continue
        documents.append(loaded)
    kept, copies = _drop_copies(documents)
    skipped.extend(copies)
    skipped.sort(key=lambda s: s.path.name)
    return WorkshopScan(folder, tuple(kept), tuple(skipped))


def _drop_copies(
    documents: list[LoadedDocument],
) -> tuple[list[LoadedDocument], list[SkippedFile]]:
    best: dict[tuple[object, ...], LoadedDocument] = {}
    for doc in documents:
        a = doc.assessment
        key = (a.created_at.astimezone(dt.UTC), a.profile.company, a.assessor.name)
        held = best.get(key)
        if held is None or _newer(doc, held):
            best[key] = doc
    kept_ids = {id(d) for d in best.values()}
    kept = [d for d in documents if id(d) in kept_ids]
    copies = []
    for doc in documents:
        if id(doc) in kept_ids:
            continue
        a = doc.assessment
        winner = best[(a.created_at.astimezone(dt.UTC), a.profile.company, a.assessor.name)]
        name = winner.path.name if winner.path else "another file"
        copies.append(
            SkippedFile(doc.path or Path("?"), f"an older copy of the same assessment as {name}")
        )
    return kept, copies


def _newer(doc: LoadedDocument, than: LoadedDocument) -> bool:
    a, b = doc.assessment.updated_at, than.assessment.updated_at
    if a != b:
        return a > b
    return str(doc.path) < str(than.path)  # same moment: the first name wins, always


# --- naming and copying files --------------------------------------------------------


def safe_name(text: str, fallback: str = "participant") -> str:
    """``text`` as a file-name part that is valid on Windows, macOS and Linux.

    The policy of :mod:`advisor.storage.filenames` keeping only letters (any script),
    marks and digits, everything else becoming ``-``; at most ``MAX_STEM`` characters.
    """
    return safe_slug(text, fallback, MAX_STEM)


def participant_stem(folder: Path | str, company: str, when: dt.datetime) -> str:
    """A stem ``<company>_<YYYY-MM-DD_HHMM>`` for a participant's ``.json``, ``.pdf`` and
    ``.png`` (the summary image).

    The stem is unique in ``folder``, ignoring case (Windows and macOS do): ``-2``,
    ``-3``... is added while a file with that stem and any of the suffixes exists.
    """
    folder = Path(folder)
    base = f"{safe_name(company)}_{when.strftime('%Y-%m-%d_%H%M')}"
    try:
        taken = {p.name.lower() for p in folder.iterdir()}
    except OSError:
        taken = set()
    stem, n = base, 1
    while any(f"{stem}{suffix}".lower() in taken for suffix in _PARTICIPANT_SUFFIXES):
        n += 1
        stem = f"{base}-{n}"
    return stem


_PARTICIPANT_SUFFIXES = (".json", ".pdf", ".png")


def _folder_problem(folder: Path) -> Wording | None:
    if not folder.exists():
        return Wording("file.folder.missing_stick")
    if not folder.is_dir():
        return Wording("file.folder.is_file")
    return None


def copy_to_folder(source: Path | str, folder: Path | str) -> Path:
    """Copy ``source`` into ``folder`` (e.g. a USB stick); returns the copy's path.

    A file of the same name with other content is never overwritten: the copy gets a
    ``-2``, ``-3``... suffix. Raises :class:`DocumentError` with one plain sentence
    when the folder is missing, full or read-only.
    """
    source, folder = Path(source), Path(folder)
    problem = _folder_problem(folder)
    if problem:
        raise DocumentError(folder, Wording("file.cannot_copy", name=source.name, reason=problem))
    data = read_file(source, MAX_COPY_BYTES, "a report")
    target = folder / source.name
    n = 1
    while target.exists():
        try:
            if read_file(target, MAX_COPY_BYTES, "a report") == data:
                return target  # already copied
        except DocumentError:
            pass
        n += 1
        target = folder / f"{source.stem}-{n}{source.suffix}"
    try:
        replace_durably(target, data)
    except OSError as exc:
        why = Wording("file.cannot_copy", name=source.name, reason=_copy_problem(exc))
        raise DocumentError(folder, why) from None
    return target


def _copy_problem(exc: OSError) -> Wording:
    if exc.errno == errno.ENOSPC:
        return Wording("file.copy.disk_full")
    if exc.errno == errno.EROFS:
        return Wording("file.copy.read_only")
    return os_error_wording(exc)


# --- a participant's finish ----------------------------------------------------------


@dataclass(frozen=True)
class FinishedParticipant:
    """Where a participant's files went; ``copy_problem`` says why the copy failed.

    ``summary`` is the one-page summary image (None when none was given), and
    ``summary_copy`` its copy on the stick.
    """

    assessment: Path
    pdf: Path
    copy: Path | None = None
    copy_problem: str = ""
    summary: Path | None = None
    summary_copy: Path | None = None
    copy_error: DocumentError | None = None  # ``copy_problem``'s error (any language)


def finish_participant(
    folder: Path | str,
    assessment: Assessment,
    pdf: bytes,
    copy_folder: Path | str | None = None,
    summary_png: bytes | None = None,
) -> FinishedParticipant:
    """Save the assessment and its PDF (and ``summary_png``, the one-page summary image)
    into ``folder`` under a fresh stem, then copy the PDF and the image to
    ``copy_folder`` (a USB stick) when one is given.

    Saving into ``folder`` raises :class:`DocumentError` (nothing is lost silently); a
    failed copy does not: the participant's files are safe in ``folder``, and
    ``copy_problem`` holds the sentence to show.
    """
    folder = Path(folder)
    stem = participant_stem(folder, assessment.profile.company, assessment.created_at)
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    save_assessment(json_path, assessment)
    atomic_write_bytes(pdf_path, pdf)
    png_path = None
    if summary_png is not None:
        png_path = folder / f"{stem}.png"
        atomic_write_bytes(png_path, summary_png)
    if copy_folder is None:
        return FinishedParticipant(json_path, pdf_path, summary=png_path)
    try:
        copied = copy_to_folder(pdf_path, copy_folder)
    except DocumentError as exc:
        return FinishedParticipant(
            json_path, pdf_path, None, str(exc), summary=png_path, copy_error=exc
        )
    if png_path is None:
        return FinishedParticipant(json_path, pdf_path, copied)
    try:
        png_copy = copy_to_folder(png_path, copy_folder)
    except DocumentError as exc:  # the PDF is on the stick; say why the image is not
        return FinishedParticipant(
            json_path, pdf_path, copied, str(exc), summary=png_path, copy_error=exc
        )
    return FinishedParticipant(json_path, pdf_path, copied, summary=png_path, summary_copy=png_copy)


def probe_write(folder: Path | str) -> str | None:
    """None when a file can be written to ``folder`` and removed; else the reason (English).

    For ``export-advisor check`` before a workshop: it leaves nothing behind.
    """
    problem = probe_write_wording(folder)
    return None if problem is None else problem.render("en")


def probe_write_wording(folder: Path | str) -> Wording | None:
    """:func:`probe_write`'s reason in words any language can say (the workshop dialog)."""
    folder = Path(folder)
    problem = _folder_problem(folder)
    if problem:
        return problem
    probe = folder / ".export-advisor-write-test"
    try:
        replace_durably(probe, b"ok")
        probe.unlink()
    except OSError as exc:
        return _copy_problem(exc)
    except DocumentError as exc:  # a folder or a read-only file under the probe's name
        return exc.wording or Wording("file.write.other", detail=exc.message)
    return None
