"""Portable mode (advisor/storage/portable.py)

A file beside the executable keeps the data on the stick."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from advisor.storage import paths, portable


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "USB" / "ExportAdvisor"
    folder.mkdir(parents=True)
    monkeypatch.setattr(portable.sys, "executable", str(folder / "export-advisor"))
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    portable.portable_root.cache_clear()
    yield folder
    portable.portable_root.cache_clear()


def test_without_the_marker_nothing_changes(stick: Path) -> None:
    assert portable.portable_root() is None and portable.workshop_dir() is None
    assert not str(paths.data_home()).startswith(str(stick))


def test_with_the_marker_everything_is_on_the_stick(stick: Path) -> None:
    (stick / portable.MARKER).write_text("portable\n", encoding="utf-8")
    portable.portable_root.cache_clear()
    root = stick / portable.DATA_FOLDER
    assert portable.portable_root() == root
    assert paths.data_home() == root / "data"
    for folder in (paths.autosaves_dir(), paths.backups_dir(), paths.locks_dir()):
        assert folder.is_relative_to(root)
    assert portable.workshop_dir() == root / "Workshop"


def test_a_folder_named_like_the_marker_is_not_the_marker(stick: Path) -> None:
    (stick / portable.MARKER).mkdir()
    portable.portable_root.cache_clear()
    assert portable.portable_root() is None
