"""A consultant's client library: one folder per client firm, plain assessment files inside.

::

    <root>/
        Sharma Textiles/
            Sharma-Textiles_2026-05-01.json
            Sharma-Textiles_2026-11-27.json
        Gupta Spices/ ...
        _archive/          clients moved out of the way (still plain folders)

Nothing is stored besides the files: :meth:`ClientLibrary.scan` rebuilds the list from
the folders every time, so the library can never disagree with what is on disk, and the
files can be backed up, synced or edited by hand. Files that cannot be read are listed as
problems and skipped; the others are scored with the bank to show date, assessor,
overall score and stage. Hidden entries and ``_archive`` are not scanned.

Only :class:`~advisor.storage.errors.DocumentError` escapes from here.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank, Stage
from advisor.domain.scoring import score_assessment
from advisor.storage.atomic import create_durably, os_error_wording
from advisor.storage.documents import check_savable, dumps_assessment, load_assessment
from advisor.storage.errors import DocumentError, Wording, folder_error
from advisor.storage.filenames import safe_slug, safe_stem

__all__ = [
    "ARCHIVE_FOLDER",
    "MAX_FOLDER_NAME",
    "AssessmentEntry",
    "Client",
    "ClientLibrary",
    "LibraryProblem",
    "LibraryScan",
    "client_folder_name",
    "search_clients",
    "sort_clients",
]

ARCHIVE_FOLDER = "_archive"
MAX_FOLDER_NAME = 60  # leaves room for the file names below it within Windows' 260


@dataclass(frozen=True)
class AssessmentEntry:
    """One assessment file of a client, scored for the list (score None: another bank)."""

    path: Path
    assessment: Assessment
    score: float | None
    stage: Stage | None

    @property
    def date(self) -> dt.datetime:
        """When the assessment was started."""
        return self.assessment.created_at

    @property
    def assessor(self) -> str:
        """Who ran it."""
        return self.assessment.assessor.name


@dataclass(frozen=True)
class Client:
    """A client firm: its folder and its assessments, oldest first."""

    folder: Path
    assessments: tuple[AssessmentEntry, ...]

    @property
    def name(self) -> str:
        """The company name of the latest assessment, else the folder name."""
        for entry in reversed(self.assessments):
            if entry.assessment.profile.company.strip():
                return entry.assessment.profile.company.strip()
        return self.folder.name

    @property
    def latest(self) -> AssessmentEntry | None:
        """The most recent assessment (None for an empty folder)."""
        return self.assessments[-1] if self.assessments else None

    def previous(self, path: Path) -> AssessmentEntry | None:
        """The assessment before the one at ``path`` (what a progress report compares to)."""
        earlier = None
        for entry in self.assessments:
            if entry.path == path:
                return earlier
            earlier = entry
        return None


@dataclass(frozen=True)
class LibraryProblem:
    """A file that was skipped, and why (one sentence; ``error`` says it in any language)."""

    path: Path
    reason: str
    error: DocumentError | None = None

    @classmethod
    def of(cls, path: Path, error: DocumentError) -> LibraryProblem:
        """The problem ``error`` found in ``path`` (its place in the file first)."""
        where = f"{error.place}: " if error.place else ""
        return cls(path, where + error.message, error)

    def said(self, lang: str = "en") -> str:
        """Why the file was skipped, in ``lang``."""
        if self.error is None:
            return self.reason
        where = f"{self.error.place}: " if self.error.place else ""
        return where + self.error.reason(lang)


@dataclass(frozen=True)
class LibraryScan:
    """The clients found, by folder name, and the files skipped."""

    root: Path
    clients: tuple[Client, ...]
    problems: tuple[LibraryProblem, ...]


def client_folder_name(name: str, fallback: str = "Client") -> str:
    """``name`` as a folder name valid on Windows, macOS and Linux.

    The policy of :mod:`advisor.storage.filenames` with spaces for the characters no
    system allows, at most :data:`MAX_FOLDER_NAME` characters; letters of any script
    (Devanagari included) are kept.
    """
    return safe_stem(name, fallback=fallback, max_length=MAX_FOLDER_NAME, replacement=" ")


def _date_key(entry: AssessmentEntry) -> tuple[dt.datetime, str]:
    return (entry.assessment.created_at.astimezone(dt.UTC), entry.path.name)


def search_clients(clients: Iterable[Client], text: str) -> list[Client]:
    """The clients whose name, folder, assessor or organisation contains ``text``."""
    needle = " ".join(text.split()).casefold()
    if not needle:
        return list(clients)
    found = []
    for client in clients:
        haystack = [client.name, client.folder.name]
        for entry in client.assessments:
            haystack += [
                entry.assessment.profile.company,
                entry.assessment.assessor.name,
                entry.assessment.assessor.organisation,
            ]
        if any(needle in " ".join(h.split()).casefold() for h in haystack):
            found.append(client)
    return found


def sort_clients(
    clients: Iterable[Client], by: str = "name", descending: bool = False
) -> list[Client]:
    """Clients sorted ``by`` "name", "date" (latest assessment) or "score" (latest score).

    Clients without a date or score go last whatever the direction.
    """
    listed = list(clients)
    if by == "name":
        return sorted(listed, key=lambda c: (c.name.casefold(), c.folder.name), reverse=descending)
    if by not in ("date", "score"):
        raise ValueError(f"cannot sort clients by {by!r}")

    def value(client: Client) -> float | None:
        latest = client.latest
        if latest is None:
            return None
        if by == "date":
            return latest.date.timestamp()
        return latest.score

    known = [c for c in listed if value(c) is not None]
    unknown = [c for c in listed if value(c) is None]
    known.sort(key=lambda c: (value(c), c.name.casefold()), reverse=descending)
    return known + sorted(unknown, key=lambda c: c.name.casefold())


class ClientLibrary:
    """The client folders under ``root``; every method reads the disk afresh."""

    def __init__(self, root: Path | str, bank: Bank) -> None:
        self.root = Path(root)
        self.bank = bank

    # --- reading -----------------------------------------------------------------------

    def _entries(self, folder: Path) -> list[Path]:
        try:
            return sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            raise folder_error(folder, exc) from None

    def _entry(self, path: Path) -> AssessmentEntry:
        loaded = load_assessment(path)
        assessment = loaded.assessment
        if assessment.bank.id != self.bank.id:
            return AssessmentEntry(path, assessment, None, None)
        result = score_assessment(self.bank, assessment)
        return AssessmentEntry(path, assessment, result.score, result.stage)

    def scan(self) -> LibraryScan:
        """Read every client folder. Raises DocumentError only when ``root`` is unreadable."""
        clients: list[Client] = []
        problems: list[LibraryProblem] = []
        for folder in self._entries(self.root):
            if folder.name.startswith(".") or folder.name == ARCHIVE_FOLDER:
                continue
            if not folder.is_dir():
                if folder.suffix.lower() == ".json":
                    loose = DocumentError(folder, Wording("file.client.loose_file"))
                    problems.append(LibraryProblem.of(folder, loose))
                continue
            client = self._client(folder, problems)
            clients.append(client)
        problems.sort(key=lambda p: str(p.path))
        return LibraryScan(self.root, tuple(clients), tuple(problems))

    def client(self, folder: Path | str) -> Client:
        """One client folder, read afresh (its problems are dropped)."""
        return self._client(Path(folder), [])

    def _client(self, folder: Path, problems: list[LibraryProblem]) -> Client:
        entries = []
        try:
            paths = self._entries(folder)
        except DocumentError as exc:
            problems.append(LibraryProblem.of(folder, exc))
            paths = []
        for path in paths:
            if path.suffix.lower() != ".json" or path.name.startswith("."):
                continue
            try:
                entries.append(self._entry(path))
            except DocumentError as exc:
                problems.append(LibraryProblem.of(path, exc))
        return Client(folder, tuple(sorted(entries, key=_date_key)))

    # --- changing ------------------------------------------------------------------------

    def _unique(self, parent: Path, name: str, suffix: str = "") -> Path:
        try:
            taken = {p.name.casefold() for p in parent.iterdir()} if parent.is_dir() else set()
        except OSError:
            taken = set()
        candidate, n = f"{name}{suffix}", 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{name} ({n}){suffix}" if not suffix else f"{name}-{n}{suffix}"
        return parent / candidate

    def new_client_folder(self, name: str) -> Path:
        """Create a folder for a new client (a unique, file-system-safe name); returns it."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            why = Wording("file.folder.cannot_create", reason=os_error_wording(exc))
            raise DocumentError(self.root, why) from None
        for _ in range(100):
            folder = self._unique(self.root, client_folder_name(name))
            try:
                folder.mkdir()
            except FileExistsError:
                continue  # made by someone else just now: pick the next name
            except OSError as exc:
                why = Wording("file.folder.cannot_create", reason=os_error_wording(exc))
                raise DocumentError(folder, why) from None
            return folder
        raise DocumentError(self.root, Wording("file.folder.no_free_name"))

    def follow_up(self, previous_path: Path | str, now: dt.datetime | None = None) -> Path:
        """Start a follow-up of the assessment at ``previous_path``; returns the new file.

        Profile, assessor, answers and plan edits are copied; the dates are ``now``. The
        file goes into the same folder as ``<company>_<YYYY-MM-DD>.json`` (``-2``... when
        taken) and is created exclusively: no existing file is ever overwritten.
        """
        previous_path = Path(previous_path)
        previous = load_assessment(previous_path).assessment
        stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
        if stamp.tzinfo is None:
            raise ValueError("the time of a follow-up must carry a time zone")
        follow = previous.model_copy(deep=True, update={"created_at": stamp, "updated_at": stamp})
        follow = Assessment.model_validate(follow.model_dump())
        stem = f"{safe_slug(previous.profile.company, 'assessment')}_{stamp.date().isoformat()}"
        data = dumps_assessment(follow)
        check_savable(data, previous_path.parent / f"{stem}.json")
        for _ in range(100):
            target = self._unique(previous_path.parent, stem, ".json")
            try:
                create_durably(target, data)
            except FileExistsError:
                continue
            except OSError as exc:
                why = Wording("file.could_not_save", reason=os_error_wording(exc))
                raise DocumentError(target, why) from None
            return target
        raise DocumentError(previous_path.parent, Wording("file.no_free_name"))

    def archive(self, client: Client | Path | str) -> Path:
        """Move a client's folder into ``<root>/_archive/``; returns its new place."""
        folder = client.folder if isinstance(client, Client) else Path(client)
        if not folder.is_dir():
            raise DocumentError(folder, Wording("file.client.gone"))
        if folder.resolve().parent != self.root.resolve():
            raise DocumentError(folder, Wording("file.client.not_in_library"))
        archive = self.root / ARCHIVE_FOLDER
        try:
            archive.mkdir(exist_ok=True)
            target = self._unique(archive, folder.name)
            os.rename(folder, target)
        except OSError as exc:
            why = Wording("file.client.cannot_archive", reason=os_error_wording(exc))
            raise DocumentError(folder, why) from None
        return target
