"""Assessment files on disk: a missing file or folder, one that disappears while open, read
errors, a read-only file and a file too large to read each give one DocumentError (or
load, and stay as they were); the bytes themselves: test_documents.py."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from advisor.storage import (
    DocumentError,
    load_assessment,
)
from tests.storage.test_documents import GOOD


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        load_assessment(tmp_path / "gone.json")
    with pytest.raises(DocumentError, match="is a folder"):
        load_assessment(tmp_path)


def test_a_file_that_disappears_while_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "vanishing.json"
    path.write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def vanish(name: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(name) == path:
            path.unlink()  # gone between listing the folder and opening the file
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr("advisor.files.os.open", vanish)
    with pytest.raises(DocumentError, match="does not exist"):
        load_assessment(path)


def test_read_errors_become_document_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.json"
    path.write_text(GOOD, encoding="utf-8")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("advisor.files.os.open", refuse)
    with pytest.raises(DocumentError, match="permission to read"):
        load_assessment(path)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError(5, "Input/output error")

    monkeypatch.undo()
    monkeypatch.setattr("advisor.files.os.read", broken)
    with pytest.raises(DocumentError, match="cannot read the file: Input/output error"):
        load_assessment(path)


def test_a_read_only_file_loads_and_stays(tmp_path: Path) -> None:
    path = tmp_path / "readonly.json"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(stat.S_IRUSR)
    try:
        assert load_assessment(path).assessment.profile.sector == "spices"
        assert path.read_text(encoding="utf-8") == GOOD
        assert not os.access(path, os.W_OK) or os.geteuid() == 0
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_huge_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: no disk used

    def no_reading(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a huge file must be refused before it is read")

    monkeypatch.setattr("advisor.files.os.read", no_reading)
    with pytest.raises(DocumentError, match=r"too large for an assessment file \(50 MB"):
        load_assessment(path)
