"""Backups: taken before an overwrite or an upgrade, the last N kept, restorable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from advisor.storage import DocumentError
from advisor.storage.backups import BackupStore
from advisor.storage.paths import backups_dir, data_home


def test_data_home_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPORT_ADVISOR_HOME", str(tmp_path / "base"))
    assert data_home() == tmp_path / "base"
    assert backups_dir() == tmp_path / "base" / "backups"


def test_no_backup_of_a_new_file(tmp_path: Path) -> None:
    store = BackupStore()
    assert store.save(tmp_path / "new.json", b"first") is None
    assert store.list_backups(tmp_path / "new.json") == []


def test_backup_before_each_overwrite_newest_first(tmp_path: Path) -> None:
    store = BackupStore(keep=3)
    doc = tmp_path / "acme.json"
    for text in ("v1", "v2", "v3", "v4", "v5"):
        store.save(doc, text.encode())
    backups = store.list_backups(doc)
    assert [b.read() for b in backups] == [b"v4", b"v3", b"v2"]
    assert [b.sequence for b in backups] == [4, 3, 2]
    assert all(b.reason == "save" and b.saved_at.tzinfo for b in backups)
    assert backups[0].path.parent.name.startswith("acme-")
    assert (backups[0].path.parent / "origin.json").read_text().find("acme.json") > 0


def test_saving_identical_bytes_takes_no_backup(tmp_path: Path) -> None:
    store = BackupStore()
    doc = tmp_path / "acme.json"
    store.save(doc, b"same")
    store.save(doc, b"same")
    store.save(doc, b"same")
    assert store.list_backups(doc) == []


def test_same_bytes_are_not_kept_twice(tmp_path: Path) -> None:
    store = BackupStore()
    doc = tmp_path / "acme.json"
    doc.write_bytes(b"original")
    first = store.backup_file(doc, "upgrade")
    second = store.backup_file(doc, "upgrade")
    assert first == second and len(store.list_backups(doc)) == 1
    assert first is not None and first.reason == "upgrade"


def test_restore_writes_the_old_bytes_and_backs_up_the_current(tmp_path: Path) -> None:
    store = BackupStore()
    doc = tmp_path / "acme.json"
    store.save(doc, b"morning")
    store.save(doc, b"afternoon")
    (morning,) = store.list_backups(doc)
    store.restore(morning)
    assert doc.read_bytes() == b"morning"
    newest = store.list_backups(doc)[0]
    assert newest.read() == b"afternoon" and newest.reason == "restore"


def test_order_survives_a_clock_set_backwards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import advisor.storage.backups as backups_module

    class BackwardsClock(dt.datetime):
        calls = 0

        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            cls.calls += 1
            return dt.datetime(2030 - cls.calls, 1, 1, tzinfo=tz)

    monkeypatch.setattr(backups_module.dt, "datetime", BackwardsClock)
    store = BackupStore()
    doc = tmp_path / "acme.json"
    for text in ("a", "b", "c", "d"):
        store.save(doc, text.encode())
    assert [b.read() for b in store.list_backups(doc)] == [b"c", b"b", b"a"]


def test_failed_backup_does_not_block_the_save(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = BackupStore(base=blocker)  # backups would go under a file: impossible
    doc = tmp_path / "acme.json"
    doc.write_bytes(b"old")
    store.save(doc, b"new")
    assert doc.read_bytes() == b"new"
    assert store.last_problem and "could not keep a backup" in store.last_problem


def test_failed_save_leaves_the_file_and_raises(tmp_path: Path) -> None:
    store = BackupStore()
    with pytest.raises(DocumentError, match="the folder does not exist"):
        store.save(tmp_path / "missing" / "a.json", b"x")


def test_two_documents_with_the_same_name_do_not_mix(tmp_path: Path) -> None:
    store = BackupStore()
    first, second = tmp_path / "a" / "report.json", tmp_path / "b" / "report.json"
    for doc in (first, second):
        doc.parent.mkdir()
        store.save(doc, b"1")
        store.save(doc, str(doc).encode())
    assert store.folder_for(first) != store.folder_for(second)
    assert len(store.list_backups(first)) == len(store.list_backups(second)) == 1


@pytest.mark.parametrize(
    "name",
    ["निर्यात रिपोर्ट.json", "CON.json", "a:b?c*.json", "x" * 240 + ".json", " trailing .json"],
)
def test_any_file_name_gets_a_portable_backup_folder(tmp_path: Path, name: str) -> None:
    store = BackupStore()
    doc = tmp_path / name
    try:
        store.save(doc, b"1")
    except DocumentError:  # pragma: no cover - a name this system refuses for the document
        pytest.skip("the file system refuses this name")
    store.save(doc, b"2")
    (backup,) = store.list_backups(doc)
    folder = backup.path.parent.name
    assert folder.isascii() and len(folder) <= 60 and not folder.startswith(("-", "."))
    assert backup.read() == b"1"
