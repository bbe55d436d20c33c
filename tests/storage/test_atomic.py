"""Atomic, durable saves: old or new file, never half of one; temp files cleaned up."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from storage_samples import sample_assessment, sample_bytes

from advisor.storage import DocumentError, load_assessment, save_assessment
from advisor.storage.atomic import atomic_write_bytes, leftover_temp_files


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "acme.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert _temps(tmp_path) == []


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "निर्यात रिपोर्ट.json"
    original = sample_assessment(20)
    save_assessment(target, original)
    assert load_assessment(target).assessment == original


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_keeps_permission_bits_of_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_new_file_is_not_private_only(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    atomic_write_bytes(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # mkstemp's 0600 is not kept


def test_read_only_file_is_refused_and_left_intact(tmp_path: Path) -> None:
    target = tmp_path / "locked.json"
    target.write_bytes(sample_bytes())
    target.chmod(stat.S_IREAD)
    try:
        assert load_assessment(target).assessment.profile.company == "Acme Spices"
        with pytest.raises(DocumentError) as caught:
            save_assessment(target, sample_assessment(3, "Changed"))
        assert caught.value.message == "could not save: the file is read-only"
        assert target.read_bytes() == sample_bytes()
    finally:
        target.chmod(stat.S_IREAD | stat.S_IWRITE)
    assert _temps(tmp_path) == []


def test_folder_with_the_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").mkdir()
    with pytest.raises(DocumentError, match="there is a folder with this name"):
        atomic_write_bytes(tmp_path / "x.json", b"{}")


def test_long_file_name_does_not_make_the_temp_name_too_long(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 250 + ".json")
    atomic_write_bytes(target, b"ok")
    assert target.read_bytes() == b"ok"


def test_path_too_long_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 300 + ".json")
    with pytest.raises(DocumentError) as caught:
        atomic_write_bytes(target, b"x")
    assert caught.value.message == "could not save: the file name or path is too long"


def test_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        atomic_write_bytes(tmp_path / "gone" / "a.json", b"x")
    assert caught.value.message == "could not save: the folder does not exist any more"


def test_temp_files_of_dead_writers_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "acme.json"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    stale = tmp_path / f".acme.json.{pid}.abcd1234.tmp"
    stale.write_bytes(b"half")
    mine = tmp_path / f".acme.json.{os.getpid()}.zz.tmp"
    mine.write_bytes(b"in flight in this process")
    other_doc = tmp_path / f".other.json.{pid}.x.tmp"
    other_doc.write_bytes(b"not ours")
    assert leftover_temp_files(target) == [stale]
    atomic_write_bytes(target, b"new")
    assert not stale.exists()
    assert mine.exists() and other_doc.exists()


def test_create_durably_never_replaces(tmp_path: Path) -> None:
    from advisor.storage.atomic import create_durably

    target = tmp_path / "new.json"
    create_durably(target, b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(FileExistsError):
        create_durably(target, b"second")
    assert target.read_bytes() == b"first"


def test_create_durably_removes_a_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from advisor.storage import atomic
    from advisor.storage.atomic import create_durably

    def half_then_full(fd: int, data: bytes) -> None:
        os.write(fd, data[:2])
        raise OSError(errno.ENOSPC, "disk full")

    monkeypatch.setattr(atomic, "_write_all", half_then_full)
    with pytest.raises(OSError, match="disk full"):
        create_durably(tmp_path / "new.json", b"0123456789")
    assert list(tmp_path.iterdir()) == []


def test_replace_durably_raises_the_os_error(tmp_path: Path) -> None:
    from advisor.storage.atomic import replace_durably

    with pytest.raises(FileNotFoundError):
        replace_durably(tmp_path / "gone" / "x.json", b"{}")
    replace_durably(tmp_path / "x.json", b"{}")
    assert (tmp_path / "x.json").read_bytes() == b"{}"
