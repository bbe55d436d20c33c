"""One editor per file: a lock file next to the document.

Opening ``report.json`` for editing creates ``.~report.json.lock`` beside it (hidden on
macOS and Linux) holding who has it open: process id, computer, user, time, and a
random token. A second window or instance gets :attr:`LockStatus.HELD` with the owner, so
the app can offer to open the file read-only. If the folder cannot be written (a
read-only share), the lock lives in ``<data>/locks/<hash>.lock`` instead.

A lock is *stale*, and removed automatically, when it was written on this computer and
its process is gone, or before the last reboot, or when it cannot be read at all and is
older than a minute (a crash while writing it). Locks from another computer are never
broken automatically: the app may offer "open anyway" (:meth:`DocumentLocks.acquire`
with ``force=True``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from advisor.files import FileReadError, read_bounded
from advisor.storage._process import boot_id, hostname, pid_alive, user_name
from advisor.storage.atomic import create_durably
from advisor.storage.errors import Wording
from advisor.storage.paths import locks_dir, path_key

__all__ = ["DocumentLock", "DocumentLocks", "LockOwner", "LockResult", "LockStatus", "lock_path"]

LOCK_FORMAT = "export-advisor/lock"
MAX_LOCK_BYTES = 4096
_UNREADABLE_GRACE_SECONDS = 60.0


class LockStatus(enum.Enum):
    """What happened when a lock was asked for."""

    ACQUIRED = "acquired"  # this window may edit the file
    HELD = "held"  # someone else has it open: offer read-only
    UNAVAILABLE = "unavailable"  # no lock could be written anywhere: offer read-only


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock."""

    pid: int
    host: str
    user: str
    since: dt.datetime | None
    token: str = ""
    boot: str = ""

    def describe(self) -> str:
        """A phrase for a message: "Asha on OFFICE-PC since 27 Nov 2026, 10:42"."""
        return self.wording().render("en")

    def wording(self) -> Wording:
        """:meth:`describe` in words any language can say (the names stay as they are)."""
        who: str | Wording = self.user or Wording("file.lock.another_user")
        where: str | Wording
        if self.host == hostname():
            mine = self.pid == os.getpid()
            where = Wording("file.lock.another_window" if mine else "file.lock.this_computer")
        else:
            # a computer's name takes Hindi's "पर" as the other places have theirs
            where = (
                Wording("file.lock.on_host", host=self.host)
                if self.host
                else Wording("file.lock.another_computer")
            )
        if self.since is None:
            return Wording("file.lock.owner", who=who, where=where)
        return Wording("file.lock.owner_since", who=who, where=where, since=self.since)


@dataclass
class DocumentLock:
    """A lock this process holds. :meth:`release` it when the document is closed."""

    document: Path
    lock_file: Path
    owner: LockOwner
    released: bool = False

    def release(self) -> None:
        """Remove the lock file if it is still ours. Safe to call twice."""
        if self.released:
            return
        self.released = True
        current = _read_owner(self.lock_file)
        if current is not None and current.token != self.owner.token:
            return  # someone broke our lock and took it over: leave theirs alone
        with contextlib.suppress(OSError):
            self.lock_file.unlink()

    def still_ours(self) -> bool:
        """True while the lock file is present and carries our token."""
        current = _read_owner(self.lock_file)
        return current is not None and current.token == self.owner.token


@dataclass(frozen=True)
class LockResult:
    """The answer to :meth:`DocumentLocks.acquire`."""

    status: LockStatus
    lock: DocumentLock | None = None
    owner: LockOwner | None = None
    message: str = ""  # English; ``wording`` says it in any language
    wording: Wording | None = None

    @property
    def acquired(self) -> bool:
        """True when the document may be edited."""
        return self.status is LockStatus.ACQUIRED


def lock_path(document: Path | str) -> Path:
    """The lock file beside ``document``."""
    path = Path(document)
    return path.with_name(f".~{path.name}.lock")


def _read_owner(lock_file: Path) -> LockOwner | None:
    try:
        data = json.loads(read_bounded(lock_file, MAX_LOCK_BYTES).decode("utf-8"))
        since = dt.datetime.fromisoformat(data["since"]) if data.get("since") else None
        return LockOwner(
            pid=int(data["pid"]),
            host=str(data.get("host", "")),
            user=str(data.get("user", "")),
            since=since,
            token=str(data.get("token", "")),
            boot=str(data.get("boot", "")),
        )
    except (FileReadError, OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _is_stale(owner: LockOwner) -> bool:
    if owner.host != hostname():
        return False
    if owner.boot and boot_id() and owner.boot != boot_id():
        return True  # written before a reboot: its pid may belong to someone else now
    return not pid_alive(owner.pid)


class DocumentLocks:
    """Acquire locks for documents (``base`` is the data home, for the fallback folder)."""

    def __init__(self, base: Path | None = None) -> None:
        self.fallback_dir = locks_dir(base)

    def _fallback(self, document: Path) -> Path:
        return self.fallback_dir / f"{path_key(document)}.lock"

    def owner_of(self, document: Path | str) -> LockOwner | None:
        """Who holds a live lock on ``document`` (stale locks are ignored), if anyone."""
        for candidate in (lock_path(document), self._fallback(Path(document))):
            owner = _read_owner(candidate)
            if owner is not None and not _is_stale(owner):
                return owner
        return None

    def acquire(self, document: Path | str, *, force: bool = False) -> LockResult:
        """Lock ``document`` for this process; ``force`` takes over someone else's lock."""
        return self._acquire(Path(os.path.abspath(document)), force, attempts=3)

    def _acquire(self, document: Path, force: bool, attempts: int) -> LockResult:
        import secrets  # here: it loads OpenSSL (4 MiB), which the start page does without

        me = LockOwner(
            pid=os.getpid(),
            host=hostname(),
            user=user_name(),
            since=dt.datetime.now(dt.UTC).replace(microsecond=0),
            token=secrets.token_hex(8),
            boot=boot_id(),
        )
        for candidate in (lock_path(document), self._fallback(document)):
            outcome = self._check_existing(candidate, force)
            if outcome is not None:
                return outcome
        last_error: OSError | None = None
        for candidate in (lock_path(document), self._fallback(document)):
            try:
                if candidate.parent == self.fallback_dir:
                    candidate.parent.mkdir(parents=True, exist_ok=True)
                _create(candidate, me, replace=force)
            except FileExistsError:
                if attempts <= 1:
                    return _held(candidate)
                return self._acquire(document, force, attempts - 1)  # lost a race: look again
            except OSError as exc:
                last_error = exc
                continue
            return LockResult(LockStatus.ACQUIRED, DocumentLock(document, candidate, me), me)
        reason: str | Wording = (
            last_error.strerror
            if last_error and last_error.strerror
            else Wording("file.lock.unknown_reason")
        )
        said = Wording("file.lock.unavailable", reason=reason)
        return LockResult(LockStatus.UNAVAILABLE, message=said.render("en"), wording=said)

    def _check_existing(self, candidate: Path, force: bool) -> LockResult | None:
        if not candidate.exists():
            return None
        owner = _read_owner(candidate)
        if owner is None:
            try:
                age = time.time() - candidate.stat().st_mtime
            except OSError:
                return None
            if age < _UNREADABLE_GRACE_SECONDS and not force:
                return _held(candidate)  # being written right now, most likely
        elif not _is_stale(owner) and not force:
            said = Wording("file.lock.held", who=owner.wording())
            return LockResult(LockStatus.HELD, owner=owner, message=said.render("en"), wording=said)
        with contextlib.suppress(OSError):
            candidate.unlink()  # stale, unreadable and old, or forced
        return None


def _held(candidate: Path) -> LockResult:
    owner = _read_owner(candidate)
    said = Wording("file.lock.held", who=owner.wording() if owner else Wording("file.lock.someone"))
    return LockResult(LockStatus.HELD, owner=owner, message=said.render("en"), wording=said)


def _create(candidate: Path, owner: LockOwner, *, replace: bool) -> None:
    payload = {
        "format": LOCK_FORMAT,
        "pid": owner.pid,
        "host": owner.host,
        "user": owner.user,
        "since": owner.since.isoformat() if owner.since else None,
        "token": owner.token,
        "boot": owner.boot,
    }
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    if replace:
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
    create_durably(candidate, data, 0o644)
    if os.name == "nt":  # pragma: no cover - Windows: hide the lock file
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.kernel32.SetFileAttributesW(str(candidate), 0x2)  # type: ignore[attr-defined]
