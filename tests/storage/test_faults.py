"""Simulated faults while saving: the previous file stays intact and the message is clear.

Each fault is injected into the atomic writer's own view of ``os``/``tempfile`` (not the
whole process), at every step of a save: creating the temporary file, writing, syncing,
renaming. The folder vanishing or moving in the middle of a save is also tried.
"""

from __future__ import annotations

import errno
import os
import shutil
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from storage_samples import sample_assessment, sample_bytes

import advisor.storage.atomic as atomic_module
from advisor.storage import DocumentError, load_assessment, save_assessment
from advisor.storage.backups import BackupStore
from advisor.storage.recovery import RecoveryStore

SENTENCES = {
    errno.ENOSPC: "could not save: the disk is full",
    errno.EACCES: "could not save: you do not have permission to write there",
    errno.EPERM: "could not save: you do not have permission to write there",
    errno.EROFS: "could not save: the disk or folder is read-only",
    errno.ENAMETOOLONG: "could not save: the file name or path is too long",
    errno.EIO: "could not save: the disk could not be written (was it removed?)",
    errno.EDQUOT: "could not save: your disk quota is used up",
}


class FaultyOs(types.SimpleNamespace):
    """``os`` as the writer sees it, with one function replaced."""

    def __init__(self, **overrides: Callable[..., Any]) -> None:
        super().__init__(**overrides)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


def _fail(code: int) -> Callable[..., Any]:
    def raiser(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return raiser


def _assert_one_clear_sentence(exc: DocumentError, expected: str, path: Path) -> None:
    assert exc.message == expected
    assert "\n" not in str(exc) and "Traceback" not in str(exc) and "Errno" not in str(exc)
    assert str(exc) == f"{path}: {expected}"


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    doc = tmp_path / "acme.json"
    save_assessment(doc, sample_assessment(12))
    return doc


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.suffix == ".tmp"]


@pytest.mark.parametrize("code", sorted(SENTENCES))
@pytest.mark.parametrize("step", ["mkstemp", "write", "fsync", "replace"])
def test_fault_at_each_step_keeps_the_original(
    saved: Path, monkeypatch: pytest.MonkeyPatch, step: str, code: int
) -> None:
    before = saved.read_bytes()
    if step == "mkstemp":
        monkeypatch.setattr(atomic_module, "tempfile", types.SimpleNamespace(mkstemp=_fail(code)))
    else:
        monkeypatch.setattr(atomic_module, "os", FaultyOs(**{step: _fail(code)}))
    with pytest.raises(DocumentError) as caught:
        save_assessment(saved, sample_assessment(40, "Changed"))
    _assert_one_clear_sentence(caught.value, SENTENCES[code], saved)
    assert saved.read_bytes() == before
    assert load_assessment(saved).assessment == sample_assessment(12)
    assert _leftovers(saved.parent) == []


def test_disk_full_after_a_partial_write(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    calls = {"n": 0}

    def half_then_full(fd: int, data: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return os.write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_module, "os", FaultyOs(write=half_then_full))
    with pytest.raises(DocumentError, match="the disk is full"):
        save_assessment(saved, sample_assessment(40))
    assert saved.read_bytes() == before and _leftovers(saved.parent) == []


def test_folder_removed_mid_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    doc = folder / "acme.json"
    save_assessment(doc, sample_assessment(3))

    def unplug_then_write(fd: int, data: Any) -> int:
        shutil.rmtree(folder)
        return os.write(fd, data)

    monkeypatch.setattr(atomic_module, "os", FaultyOs(write=unplug_then_write))
    with pytest.raises(DocumentError) as caught:
        save_assessment(doc, sample_assessment(4))
    _assert_one_clear_sentence(
        caught.value, "could not save: the folder does not exist any more", doc
    )


def test_folder_moved_mid_save_keeps_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, moved = tmp_path / "shared", tmp_path / "shared-moved"
    folder.mkdir()
    doc = folder / "acme.json"
    save_assessment(doc, sample_assessment(3))
    before = doc.read_bytes()

    def move_then_write(fd: int, data: Any) -> int:
        folder.rename(moved)
        return os.write(fd, data)

    monkeypatch.setattr(atomic_module, "os", FaultyOs(write=move_then_write))
    with pytest.raises(DocumentError, match="the folder does not exist any more"):
        save_assessment(doc, sample_assessment(4))
    assert (moved / "acme.json").read_bytes() == before


def test_windows_replace_is_retried_while_the_file_is_held(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = {"n": 0}

    def busy_twice(src: str, dst: Any) -> None:
        attempts["n"] += 1
        if attempts["n"] <= 2:
            raise PermissionError(13, "The process cannot access the file")
        os.replace(src, dst)

    monkeypatch.setattr(atomic_module, "sys", types.SimpleNamespace(platform="win32"))
    monkeypatch.setattr(
        atomic_module,
        "time",
        types.SimpleNamespace(sleep=lambda s: None, time=__import__("time").time),
    )
    monkeypatch.setattr(atomic_module, "os", FaultyOs(replace=busy_twice))
    save_assessment(saved, sample_assessment(2))
    assert attempts["n"] == 3
    assert load_assessment(saved).assessment == sample_assessment(2)


def test_windows_replace_gives_up_with_a_sentence(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read_bytes()
    monkeypatch.setattr(atomic_module, "sys", types.SimpleNamespace(platform="win32"))
    monkeypatch.setattr(
        atomic_module,
        "time",
        types.SimpleNamespace(sleep=lambda s: None, time=__import__("time").time),
    )
    monkeypatch.setattr(atomic_module, "os", FaultyOs(replace=_fail(errno.EACCES)))
    with pytest.raises(DocumentError, match="you do not have permission to write there"):
        save_assessment(saved, sample_assessment(2))
    assert saved.read_bytes() == before and _leftovers(saved.parent) == []


def test_backup_store_save_keeps_original_on_fault(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read_bytes()
    store = BackupStore()
    store.save(saved, sample_bytes(1))  # a first overwrite, so one backup exists
    monkeypatch.setattr(atomic_module, "os", FaultyOs(fsync=_fail(errno.ENOSPC)))
    with pytest.raises(DocumentError, match="the disk is full"):
        store.save(saved, sample_bytes(2))
    monkeypatch.undo()
    assert saved.read_bytes() == sample_bytes(1)
    assert store.list_backups(saved)[0].read() == before


def test_autosave_fault_keeps_the_previous_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    store = RecoveryStore()
    key = store.new_key()
    path = store.autosave(key, b"first")
    monkeypatch.setattr(atomic_module, "os", FaultyOs(write=_fail(errno.ENOSPC)))
    with pytest.raises(DocumentError, match="the disk is full"):
        store.autosave(key, b"second")
    monkeypatch.undo()
    assert path.read_bytes() == b"first"
