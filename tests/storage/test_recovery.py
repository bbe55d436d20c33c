"""Autosaves and crash recovery: offered after an unclean exit, never silently."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from storage_samples import sample_bytes

from advisor.storage import parse_assessment
from advisor.storage.paths import autosaves_dir, sessions_dir, set_aside_dir
from advisor.storage.recovery import KEEP_DISCARDED, RecoveryStore

CRASHING_APP = """
import sys
from pathlib import Path
from advisor.storage.recovery import RecoveryStore
store = RecoveryStore()
store.start_session()
original = None if sys.argv[2] == "-" else Path(sys.argv[2])
store.autosave(store.new_key(), Path(sys.argv[1]).read_bytes(), original)
print(store.session_id)
"""  # exits without clean_exit(): like a crash, a power cut or a kill


def crash_with(tmp_path: Path, data: bytes, original: Path | None = None) -> str:
    source = tmp_path / "payload.bin"
    source.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(source), str(original) if original else "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_clean_exit_leaves_nothing_to_recover() -> None:
    store = RecoveryStore()
    store.start_session()
    store.autosave(store.new_key(), sample_bytes())
    assert RecoveryStore().pending() == []  # the first session still runs
    store.clean_exit()
    assert RecoveryStore().pending() == []
    assert list(autosaves_dir().glob("*.json")) == []
    assert list(sessions_dir().glob("*.json")) == []


def test_untitled_work_of_a_crashed_session_is_offered(tmp_path: Path) -> None:
    data = sample_bytes(7, company="Ganesh Exports")
    session = crash_with(tmp_path, data)
    (item,) = RecoveryStore().pending()
    assert item.original is None and item.session == session
    assert item.company == "Ganesh Exports" and item.title == "Ganesh Exports"
    assert item.autosave.name.startswith("untitled-")
    assert item.read() == data
    assert parse_assessment(item.read()).assessment.profile.company == "Ganesh Exports"


def test_named_work_is_offered_only_when_it_differs_from_the_file(tmp_path: Path) -> None:
    doc = tmp_path / "acme.json"
    doc.write_bytes(sample_bytes(3))
    crash_with(tmp_path, sample_bytes(3), doc)  # the autosave equals the file
    assert RecoveryStore().pending() == []
    assert list(autosaves_dir().glob("*.json")) == []  # removed quietly: nothing lost
    crash_with(tmp_path, sample_bytes(9), doc)
    (item,) = RecoveryStore().pending()
    assert item.original == doc and item.title == "acme.json"
    assert item.read() == sample_bytes(9)


def test_work_of_a_file_that_was_deleted_is_offered(tmp_path: Path) -> None:
    crash_with(tmp_path, sample_bytes(4), tmp_path / "gone.json")
    (item,) = RecoveryStore().pending()
    assert item.original == tmp_path / "gone.json"


def test_discard_puts_work_aside(tmp_path: Path) -> None:
    crash_with(tmp_path, sample_bytes(2))
    store = RecoveryStore()
    (item,) = store.pending()
    store.discard(item)
    assert store.pending() == []
    (kept,) = (autosaves_dir() / "discarded").iterdir()
    assert kept.read_bytes() == sample_bytes(2)
    assert list(sessions_dir().glob("*.json")) == []  # the dead session is forgotten


def test_adopted_work_belongs_to_the_new_session(tmp_path: Path) -> None:
    crash_with(tmp_path, sample_bytes(5))
    store = RecoveryStore()
    store.start_session()
    (item,) = store.pending()
    key = store.adopt(item)
    assert store.pending() == []
    assert RecoveryStore().pending() == []  # this session runs: its work is not offered
    store.autosave(key, sample_bytes(6))
    store.clean_exit()
    assert RecoveryStore().pending() == []


def test_save_as_moves_the_untitled_autosave(tmp_path: Path) -> None:
    store = RecoveryStore()
    key = store.new_key()
    first = store.autosave(key, b"1")
    second = store.autosave(key, b"2", tmp_path / "named.json")
    assert not first.exists() and second.read_bytes() == b"2"
    meta = json.loads(second.with_name(second.stem + ".meta.json").read_text())
    assert meta["original"] == str(tmp_path / "named.json")
    store.forget(key)
    assert not second.exists()


def test_unreadable_autosave_is_still_offered(tmp_path: Path) -> None:
    crash_with(tmp_path, b"\x00\xffnot json")
    (item,) = RecoveryStore().pending()
    assert item.company == "" and item.title == "Untitled assessment"


def test_work_set_aside_is_kept_whole_and_never_offered_again(tmp_path: Path) -> None:
    """Work that cannot be read is moved next to the autosaves, with its meta file, and
    never deleted: not even after many more (unlike discarded work, of which 20 stay)."""
    for n in range(KEEP_DISCARDED + 3):
        crash_with(tmp_path, b"\x00\xffnot json %d" % n)
    store = RecoveryStore()
    moved = [store.set_aside(item) for item in store.pending()]
    assert store.pending() == [] and RecoveryStore().pending(include_saved=True) == []
    assert (
        store.set_aside_folder == set_aside_dir() == autosaves_dir().parent / "autosaves-set-aside"
    )
    assert all(path.parent == store.set_aside_folder for path in moved)
    kept = sorted(
        p.read_bytes()
        for p in store.set_aside_folder.glob("*.json")
        if not p.name.endswith(".meta.json")
    )
    assert kept == sorted(b"\x00\xffnot json %d" % n for n in range(KEEP_DISCARDED + 3))
    metas = list(store.set_aside_folder.glob("*.meta.json"))
    assert len(metas) == KEEP_DISCARDED + 3  # which file each belonged to stays known
    assert list(autosaves_dir().glob("*.json")) == []


def test_reused_pid_does_not_hide_a_crash(tmp_path: Path) -> None:
    session = crash_with(tmp_path, sample_bytes(1))
    marker = sessions_dir() / f"{session}.json"
    data = json.loads(marker.read_text())
    import os

    data["pid"] = os.getppid()  # alive, but started at another time than recorded
    data["process_started"] = "1"
    marker.write_text(json.dumps(data))
    if sys.platform != "linux":
        pytest.skip("process start times are read from /proc")
    assert len(RecoveryStore().pending()) == 1


def test_autosave_failure_is_a_document_error(tmp_path: Path) -> None:
    from advisor.storage import DocumentError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = RecoveryStore(base=blocker)
    with pytest.raises(DocumentError, match="could not autosave"):
        store.autosave(store.new_key(), b"x")
