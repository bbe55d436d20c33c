"""One editor per file: lock files, held-by-other, stale detection, read-only fallback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.storage.locks import DocumentLocks, LockStatus, lock_path


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "acme.json"
    path.write_text("{}")
    return path


def test_acquire_writes_who_and_release_removes(doc: Path) -> None:
    result = DocumentLocks().acquire(doc)
    assert result.acquired and result.lock is not None
    data = json.loads(lock_path(doc).read_text())
    assert data["pid"] == os.getpid() and data["host"] and data["token"]
    result.lock.release()
    result.lock.release()
    assert not lock_path(doc).exists()


def test_second_editor_is_told_who_holds_it(doc: Path) -> None:
    locks = DocumentLocks()
    first = locks.acquire(doc)
    second = locks.acquire(doc)
    assert second.status is LockStatus.HELD and second.lock is None
    assert second.owner is not None and second.owner.pid == os.getpid()
    assert "open for editing by" in second.message and "another window" in second.message
    assert first.lock is not None and first.lock.still_ours()


def test_lock_of_a_running_process_elsewhere_is_held(doc: Path) -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from advisor.storage.locks import DocumentLocks;"
            "r = DocumentLocks().acquire(sys.argv[1]); print(r.status.value, flush=True);"
            "sys.stdin.read()",
            str(doc),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "acquired"
            result = DocumentLocks().acquire(doc)
            assert result.status is LockStatus.HELD
            assert "this computer" in result.message
        finally:
            child.kill()
            child.wait()
    # the child died without releasing: its lock is stale now and is taken over
    assert DocumentLocks().acquire(doc).acquired


def test_stale_lock_of_dead_pid_is_cleaned(doc: Path) -> None:
    result = DocumentLocks().acquire(doc)
    assert result.lock is not None
    data = json.loads(lock_path(doc).read_text())
    data.update(pid=_dead_pid(), token="old")
    lock_path(doc).write_text(json.dumps(data))
    again = DocumentLocks().acquire(doc)
    assert again.acquired and again.lock is not None
    assert json.loads(lock_path(doc).read_text())["token"] == again.lock.owner.token


def test_lock_from_before_a_reboot_is_stale(doc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import advisor.storage.locks as locks_module

    DocumentLocks().acquire(doc)
    monkeypatch.setattr(locks_module, "boot_id", lambda: "after-reboot")
    assert DocumentLocks().acquire(doc).acquired


def test_lock_from_another_computer_is_never_broken_silently(doc: Path) -> None:
    payload = {
        "pid": _dead_pid(),
        "host": "OFFICE-PC",
        "user": "asha",
        "since": "2026-11-27T05:00:00+00:00",
        "token": "t",
    }
    lock_path(doc).write_text(json.dumps(payload))
    result = DocumentLocks().acquire(doc)
    assert result.status is LockStatus.HELD
    assert result.message.startswith("this file is open for editing by asha on OFFICE-PC since")
    assert result.wording is not None  # a computer's name takes "पर" like the other places
    assert "asha (OFFICE-PC पर, " in result.wording.render("hi")
    forced = DocumentLocks().acquire(doc, force=True)
    assert forced.acquired and forced.lock is not None
    # the other computer's release must not remove our lock
    assert forced.lock.still_ours()


def test_release_leaves_a_lock_taken_over_by_someone_else(doc: Path) -> None:
    mine = DocumentLocks().acquire(doc)
    theirs = DocumentLocks().acquire(doc, force=True)
    assert mine.lock is not None and theirs.lock is not None
    mine.lock.release()
    assert lock_path(doc).exists() and theirs.lock.still_ours()


def test_garbage_lock_file(doc: Path) -> None:
    lock_path(doc).write_bytes(b"\x00garbage")
    assert DocumentLocks().acquire(doc).status is LockStatus.HELD  # fresh: maybe being written
    old = 1_000_000_000
    os.utime(lock_path(doc), (old, old))
    assert DocumentLocks().acquire(doc).acquired


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX folder permissions")
def test_read_only_folder_uses_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import advisor.storage.locks as locks_module

    folder = tmp_path / "share"
    folder.mkdir()
    doc = folder / "acme.json"
    doc.write_text("{}")
    real_open = os.open

    def read_only_share(path, flags, *args):  # type: ignore[no-untyped-def]
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(locks_module.os, "open", read_only_share)
    locks = DocumentLocks()
    first = locks.acquire(doc)
    assert first.acquired and first.lock is not None
    assert first.lock.lock_file.parent == locks.fallback_dir
    assert locks.acquire(doc).status is LockStatus.HELD
    first.lock.release()
    assert locks.owner_of(doc) is None


def test_unavailable_when_no_lock_can_be_written(
    doc: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import advisor.storage.locks as locks_module

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(locks_module.os, "open", refuse)
    result = DocumentLocks().acquire(doc)
    assert result.status is LockStatus.UNAVAILABLE
    assert result.message == "the file cannot be locked for editing (Read-only file system)"
