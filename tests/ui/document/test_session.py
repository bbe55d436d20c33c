"""DocumentSession: the lock and read-only state, handed over whole (a language switch)."""

from __future__ import annotations

from pathlib import Path

from advisor.storage.locks import lock_path
from advisor.storage.recovery import RecoveryStore
from advisor.ui.document.session import DocumentSession, same_file


def test_a_lock_is_held_released_and_handed_over(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "client.json"
    target.write_text("{}", encoding="utf-8")
    store = RecoveryStore()
    first = DocumentSession(store)
    result = first.acquire(target)
    assert result.acquired
    first.set_lock(result.lock, read_only=False)
    assert first.holds(target) and not first.read_only
    second = DocumentSession(store)
    assert not second.acquire(target).acquired  # taken by the first
    key = first.autosaver.key
    third = DocumentSession(store)
    assert third.take_over(first) == key
    assert third.lock is result.lock and first.lock is None and first.handed_over
    first.close()  # handed over: the lock stays with the third
    assert lock_path(target).exists()
    third.close()
    assert not lock_path(target).exists()
    second.close()


def test_read_only_is_said(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = DocumentSession()
    seen: list[bool] = []
    session.stateChanged.connect(lambda: seen.append(session.read_only))
    session.set_lock(None, read_only=True)
    assert seen == [True]
    session.close()


def test_same_file_sees_through_dots(tmp_path: Path) -> None:
    assert same_file(tmp_path / "a" / ".." / "b.json", tmp_path / "b.json")
    assert not same_file(tmp_path / "a.json", tmp_path / "b.json")
