"""Earlier versions of a document, kept in the app's data folder.

Before a file is overwritten (a save, a restore) or upgraded from an older format, its
current bytes are copied to ``<data>/backups/<stem>-<hash of the absolute path>/`` as
``<sequence>-<UTC time>-<reason>.json``; the last ``keep`` (10) are kept. Ordering uses
the sequence number, not the clock, so a clock set backwards cannot reorder versions.
A backup identical to the newest one is not taken twice.

A failed backup never stops the save itself (the user's new work matters more than an
old copy): the reason is kept in :attr:`BackupStore.last_problem`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from advisor.files import FileReadError, read_bounded
from advisor.storage.atomic import atomic_write_bytes, os_error_wording
from advisor.storage.errors import DocumentError, Wording, read_file
from advisor.storage.paths import backups_dir, path_key, safe_stem

__all__ = ["DEFAULT_KEEP", "Backup", "BackupStore"]

DEFAULT_KEEP = 10
MAX_BACKUP_BYTES = 20_000_000  # never copy a huge foreign file into the data folder
_NAME = re.compile(r"^(\d{6,})-(\d{8}T\d{6}Z)-([a-z]+)\.json$")
_ORIGIN = "origin.json"


@dataclass(frozen=True)
class Backup:
    """One earlier version of a document."""

    path: Path
    original: Path
    sequence: int
    saved_at: dt.datetime
    reason: str
    size: int

    def read(self) -> bytes:
        """The saved bytes. Raises :class:`DocumentError`."""
        return read_file(self.path, MAX_BACKUP_BYTES, "a backup")


class BackupStore:
    """Backups of documents under ``<base>/backups`` (``base`` defaults to the data home)."""

    def __init__(self, base: Path | None = None, keep: int = DEFAULT_KEEP) -> None:
        self.root = backups_dir(base)
        self.keep = max(1, keep)
        self.last_problem: str | None = None

    def folder_for(self, document: Path | str) -> Path:
        """The folder holding the backups of ``document``."""
        return self.root / f"{safe_stem(document)}-{path_key(document)}"

    def list_backups(self, document: Path | str) -> list[Backup]:
        """The backups of ``document``, newest first."""
        folder = self.folder_for(document)
        found: list[Backup] = []
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return found
        for entry in entries:
            match = _NAME.match(entry.name)
            if not match:
                continue
            try:
                size = entry.stat().st_size
            except OSError:
                continue
            stamp = dt.datetime.strptime(match[2], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            found.append(
                Backup(Path(entry.path), Path(document), int(match[1]), stamp, match[3], size)
            )
        found.sort(key=lambda b: b.sequence, reverse=True)
        return found

    def backup_bytes(self, document: Path | str, data: bytes, reason: str = "save") -> Backup:
        """Keep ``data`` as the newest backup of ``document``. Raises :class:`DocumentError`."""
        existing = self.list_backups(document)
        if existing and existing[0].size == len(data):
            with contextlib.suppress(DocumentError):
                if existing[0].read() == data:
                    return existing[0]
        folder = self.folder_for(document)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            why = Wording("file.could_not_back_up", reason=os_error_wording(exc))
            raise DocumentError(folder, why) from None
        origin = folder / _ORIGIN
        if not origin.exists():
            payload = {"path": os.path.abspath(document)}
            atomic_write_bytes(origin, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        sequence = existing[0].sequence + 1 if existing else 1
        now = dt.datetime.now(dt.UTC)
        name = f"{sequence:06d}-{now:%Y%m%dT%H%M%SZ}-{re.sub('[^a-z]', '', reason) or 'save'}.json"
        target = folder / name
        atomic_write_bytes(target, data)
        self._prune(document)
        return Backup(
            target, Path(document), sequence, now.replace(microsecond=0), reason, len(data)
        )

    def backup_file(self, document: Path | str, reason: str = "save") -> Backup | None:
        """Copy the current bytes of ``document`` (if it exists) into its backups.

        Returns the backup, or ``None`` when there was nothing to keep or the backup
        failed (then :attr:`last_problem` says why). Never raises.
        """
        self.last_problem = None
        path = Path(document)
        try:
            data = read_bounded(path, MAX_BACKUP_BYTES, "an assessment file")
        except FileReadError:
            return None
        try:
            return self.backup_bytes(path, data, reason)
        except DocumentError as exc:
            self.last_problem = exc.message
            return None

    def save(self, document: Path | str, data: bytes, reason: str = "save") -> Backup | None:
        """Back up the current file, then replace it atomically with ``data``.

        Raises :class:`DocumentError` when the document itself cannot be written (the
        file is then unchanged). Returns the backup taken, if any.
        """
        path = Path(document)
        backup = None
        try:
            unchanged = read_bounded(path, len(data), "an assessment file") == data
        except FileReadError:
            unchanged = False
        if not unchanged:
            backup = self.backup_file(path, reason)
        atomic_write_bytes(path, data)
        return backup

    def restore(self, backup: Backup, target: Path | str | None = None) -> Backup | None:
        """Write the backup's bytes over ``target`` (its original), backing up the current file."""
        data = backup.read()
        return self.save(Path(target) if target is not None else backup.original, data, "restore")

    def _prune(self, document: Path | str) -> None:
        for old in self.list_backups(document)[self.keep :]:
            with contextlib.suppress(OSError):
                old.path.unlink()
