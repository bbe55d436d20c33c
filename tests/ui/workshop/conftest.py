"""Fixtures of the workshop-mode tests: its dialogs never open, and a temporary folder
of their own to look for left-over files."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from advisor.ui.workshop import dialogs as workshop_dialogs
from tests.ui.conftest import DialogRecorder


@pytest.fixture
def ws_dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """The workshop dialogs never open; answers are preset per test."""
    recorder = DialogRecorder()
    defaults: dict[str, Any] = {
        "ask_workshop_settings": None,
        "show_participant_done": None,
        "confirm_leave_workshop": True,
        "ask_open_cohort_summary": False,
        "ask_folder": None,
        "ask_bank_path": None,
    }
    for name, default in defaults.items():
        monkeypatch.setattr(workshop_dialogs, name, recorder.make(name, default))
    return recorder


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Python's and Qt's temporary folder, to look for left-over files."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder
