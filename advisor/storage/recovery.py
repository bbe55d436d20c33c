"""Autosaves and crash recovery.

Each running app writes a *session marker* ``<data>/sessions/<id>.json`` (process id,
computer, boot id, process start time) at start and removes it on a clean exit. Every
open document is autosaved, debounced by the window, to ``<data>/autosaves/``:

* an untitled assessment as ``untitled-<key>.json``;
* a named one as ``<hash of its path>-<key>.json``;

each with a small ``.meta.json`` beside it naming the session, the real file (if any)
and the document key. At the next start, :meth:`RecoveryStore.pending` lists the work of
sessions that did not exit cleanly (their marker is gone or their process is dead) and
that differs from the file it belongs to; the app offers it, never silently.
Discarded work is moved to ``<data>/autosaves/discarded`` (the last 20 are kept), so a
wrong click can still be undone by hand. Work that cannot be read (a damaged autosave) is
set aside once the user has been told (:meth:`RecoveryStore.set_aside`): moved with its
meta file to ``<data>/autosaves-set-aside``, never offered again and never deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, NamedTuple

from advisor.domain.limits import MAX_ASSESSMENT_BYTES
from advisor.files import FileReadError, read_bounded
from advisor.storage._process import boot_id, hostname, pid_alive, process_started
from advisor.storage.atomic import (
    atomic_write_bytes,
    os_error_wording,
    remove_leftover_temp_files,
)
from advisor.storage.errors import DocumentError, Wording, read_file
from advisor.storage.paths import autosaves_dir, path_key, sessions_dir, set_aside_dir

__all__ = ["RecoverableWork", "RecoveryStore"]

AUTOSAVE_FORMAT = "export-advisor/autosave"
SESSION_FORMAT = "export-advisor/session"
MAX_PEEK_BYTES = 2_000_000
MAX_META_BYTES = 20_000
KEEP_DISCARDED = 20
_META = ".meta.json"


class RecoverableWork(NamedTuple):
    """Autosaved work left by an app that did not exit cleanly.

    A NamedTuple, not a frozen dataclass: it is the last record defined before the
    window shows, and ``dataclasses`` was imported for it alone (issue 18)."""

    autosave: Path  # the autosaved document bytes
    original: Path | None  # the file it belongs to; None for an untitled assessment
    saved_at: dt.datetime  # when it was autosaved (aware, local time)
    company: str  # the company name inside, if it could be read ("" otherwise)
    key: str
    session: str
    same_as_file: bool = False  # the file already holds exactly this (nothing to recover)
    kept: bool = False  # closed with "Keep for next time" (not left by a crash)

    @property
    def title(self) -> str:
        """A name for the user: the file name, or the company, or "Untitled assessment"."""
        if self.original is not None:
            return self.original.name
        return self.company or "Untitled assessment"

    def read(self) -> bytes:
        """The autosaved bytes. Raises :class:`DocumentError`."""
        return read_file(self.autosave, MAX_ASSESSMENT_BYTES, "autosaved work")


def _read_json(path: Path, limit: int) -> dict[str, Any] | None:
    try:
        data = json.loads(read_bounded(path, limit).decode("utf-8"))
    except (FileReadError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def peek_company(path: Path) -> str:
    """The company name stored in an assessment file, or "" (never raises)."""
    data = _read_json(path, MAX_PEEK_BYTES)
    profile = data.get("profile") if data else None
    company = profile.get("company") if isinstance(profile, dict) else None
    if not isinstance(company, str):
        return ""
    return "".join(ch for ch in company if ch.isprintable())[:100].strip()


def _random_id() -> str:
    """32 random hex digits, as ``uuid.uuid4().hex`` gave (without importing uuid and
    platform at every start: 2 ms before the window shows)."""
    return os.urandom(16).hex()


class RecoveryStore:
    """Autosaves of this app's open documents, and recovery of a crashed session's."""

    def __init__(self, base: Path | None = None, session_id: str | None = None) -> None:
        self.folder = autosaves_dir(base)
        self.set_aside_folder = set_aside_dir(base)
        self.sessions = sessions_dir(base)
        self.session_id = session_id or _random_id()
        self._files: dict[str, Path] = {}  # key -> this session's autosave for it
        self._started = False

    # -- this session ---------------------------------------------------------------
    @property
    def started(self) -> bool:
        """True once this session's marker is written (:meth:`start_session`, or the first
        autosave, which writes it if nobody did)."""
        return self._started

    def start_session(self) -> None:
        """Write this session's marker (call once at start-up). Raises :class:`DocumentError`."""
        marker = {
            "format": SESSION_FORMAT,
            "pid": os.getpid(),
            "host": hostname(),
            "boot": boot_id(),
            "process_started": process_started(os.getpid()),
            "started_at": dt.datetime.now(dt.UTC).isoformat(),
        }
        self._mkdirs()
        remove_leftover_temp_files(self.folder)  # of autosaves cut short by a crash
        atomic_write_bytes(self._marker(self.session_id), json.dumps(marker).encode("utf-8"))
        self._started = True

    @staticmethod
    def new_key() -> str:
        """A fresh key for a newly opened or created document."""
        return _random_id()

    def autosave(self, key: str, data: bytes, original_path: Path | str | None = None) -> Path:
        """Store ``data`` as the latest state of document ``key``. Raises :class:`DocumentError`.

        ``original_path`` is the file the document belongs to (``None`` while untitled).
        """
        if not self._started:
            self.start_session()
        original = Path(os.path.abspath(original_path)) if original_path is not None else None
        prefix = "untitled" if original is None else path_key(original)
        target = self.folder / f"{prefix}-{key}.json"
        previous = self._files.get(key)
        if previous != target:
            self._mkdirs()
            meta = {
                "format": AUTOSAVE_FORMAT,
                "key": key,
                "session": self.session_id,
                "original": str(original) if original is not None else None,
            }
            atomic_write_bytes(_meta_of(target), json.dumps(meta, ensure_ascii=False).encode())
        atomic_write_bytes(target, data)
        if previous is not None and previous != target:
            _remove_pair(previous)  # named at last (Save As): the untitled copy goes
        self._files[key] = target
        return target

    def forget(self, key: str) -> None:
        """Drop the autosave of ``key`` (saved to its file, or closed without saving)."""
        previous = self._files.pop(key, None)
        if previous is not None:
            _remove_pair(previous)

    def keep(self, key: str) -> None:
        """Keep the autosave of ``key`` past this session's clean exit (the user closed the
        document with "Keep for next time"): the next start offers it like a crash's work,
        marked ``kept`` in its meta file (the app did close properly)."""
        path = self._files.pop(key, None)
        meta = _read_json(_meta_of(path), MAX_META_BYTES) if path is not None else None
        if path is not None and meta is not None:
            meta["kept"] = True
            with contextlib.suppress(DocumentError):  # unmarked, it is still offered
                atomic_write_bytes(_meta_of(path), json.dumps(meta, ensure_ascii=False).encode())

    def adopt(self, item: RecoverableWork, key: str | None = None) -> str:
        """Take recovered work over into this session; returns its key for later autosaves."""
        key = key or item.key
        data = item.read()
        self.autosave(key, data, item.original)
        if item.autosave != self._files.get(key):
            _remove_pair(item.autosave)
        return key

    def clean_exit(self) -> None:
        """At a clean exit: remove this session's autosaves, then its marker."""
        for key in list(self._files):
            self.forget(key)
        with contextlib.suppress(OSError):
            self._marker(self.session_id).unlink()
        self._started = False

    # -- other sessions -------------------------------------------------------------
    def session_alive(self, session: str) -> bool:
        """True when the session that wrote an autosave is still running."""
        if session == self.session_id:
            return True
        marker = _read_json(self._marker(session), MAX_META_BYTES)
        if marker is None:
            return False
        if marker.get("host") != hostname():
            return True  # another computer sharing this folder: not ours to judge
        if marker.get("boot") and boot_id() and marker.get("boot") != boot_id():
            return False
        pid = marker.get("pid")
        if not isinstance(pid, int) or not pid_alive(pid):
            return False
        started = marker.get("process_started") or ""
        return not started or started == process_started(pid) or not process_started(pid)

    def pending(self, *, include_saved: bool = False) -> list[RecoverableWork]:
        """Work left by sessions that did not exit cleanly, newest first.

        Autosaves identical to the file they belong to are removed quietly (nothing
        would be lost); with ``include_saved`` they are listed instead (``same_as_file``:
        the file to reopen after a crash) and the caller removes them (:meth:`discard`).
        Work of running sessions (another window of the app) is left alone.
        """
        found: list[RecoverableWork] = []
        try:
            entries = sorted(os.scandir(self.folder), key=lambda e: e.name)
        except OSError:
            return found
        for entry in entries:
            name = entry.name
            if not name.endswith(".json") or name.endswith(_META) or not entry.is_file():
                continue
            path = Path(entry.path)
            meta = _read_json(_meta_of(path), MAX_META_BYTES) or {}
            session = str(meta.get("session") or "")
            if session and self.session_alive(session):
                continue
            if path in self._files.values():
                continue
            original = meta.get("original")
            original_path = Path(original) if isinstance(original, str) and original else None
            same = original_path is not None and _same_bytes(path, original_path)
            if same and not include_saved:
                _remove_pair(path)
                continue
            try:
                mtime = entry.stat().st_mtime
            except OSError:
                continue
            saved_at = dt.datetime.fromtimestamp(mtime, dt.UTC).astimezone()
            key = str(meta.get("key") or path.stem.rsplit("-", 1)[-1])
            company, kept = peek_company(path), meta.get("kept") is True
            work = RecoverableWork(path, original_path, saved_at, company, key, session, same, kept)
            found.append(work)
        found.sort(key=lambda w: w.saved_at, reverse=True)
        self._remove_dead_markers()
        return found

    def discard(self, item: RecoverableWork) -> None:
        """Put recovered work aside (into ``autosaves/discarded``, the last 20 kept); work the
        file already holds (``same_as_file``) is simply removed."""
        if item.same_as_file:
            _remove_pair(item.autosave)
            return
        bin_dir = self.folder / "discarded"
        try:
            bin_dir.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            os.replace(item.autosave, bin_dir / f"{stamp}-{item.autosave.name}")
        except OSError:
            with contextlib.suppress(OSError):
                item.autosave.unlink()
        with contextlib.suppress(OSError):
            _meta_of(item.autosave).unlink()
        with contextlib.suppress(OSError):
            kept = sorted(bin_dir.iterdir(), key=lambda p: p.name, reverse=True)
            for old in kept[KEEP_DISCARDED:]:
                old.unlink()

    def set_aside(self, item: RecoverableWork) -> Path:
        """Move work that cannot be recovered (it cannot be read) out of the way, whole:
        into :attr:`set_aside_folder` with its meta file, never to be offered again and
        never deleted. Returns where it is now. Raises :class:`DocumentError` when it
        cannot be moved (it stays, and is offered again).
        """
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.set_aside_folder / f"{stamp}-{item.autosave.name}"
        try:
            self.set_aside_folder.mkdir(parents=True, exist_ok=True)
            os.replace(item.autosave, target)
        except OSError as exc:
            why = Wording("file.could_not_set_aside", reason=os_error_wording(exc))
            raise DocumentError(item.autosave, why) from None
        with contextlib.suppress(OSError):  # which file it was for, beside it
            os.replace(_meta_of(item.autosave), _meta_of(target))
        return target

    # -- internals ------------------------------------------------------------------
    def _marker(self, session: str) -> Path:
        return self.sessions / f"{session}.json"

    def _mkdirs(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.sessions.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            why = Wording("file.could_not_autosave", reason=os_error_wording(exc))
            raise DocumentError(self.folder, why) from None

    def _remove_dead_markers(self) -> None:
        """Forget markers of dead sessions that have no autosave left."""
        try:
            markers = list(self.sessions.glob("*.json"))
        except OSError:
            return
        live_sessions = set()
        for meta_file in self.folder.glob(f"*{_META}"):
            meta = _read_json(meta_file, MAX_META_BYTES) or {}
            live_sessions.add(str(meta.get("session") or ""))
        for marker in markers:
            session = marker.stem
            if session not in live_sessions and not self.session_alive(session):
                with contextlib.suppress(OSError):
                    marker.unlink()


def _meta_of(autosave: Path) -> Path:
    return autosave.with_name(autosave.stem + _META)


def _remove_pair(autosave: Path) -> None:
    for path in (autosave, _meta_of(autosave)):
        with contextlib.suppress(OSError):
            path.unlink()


def _same_bytes(first: Path, second: Path) -> bool:
    try:
        data = read_bounded(first, MAX_ASSESSMENT_BYTES)
        return read_bounded(second, len(data)) == data
    except FileReadError:
        return False
