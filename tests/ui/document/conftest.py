"""Fixtures of the document tests: the prompts' boxes answered without opening."""

from __future__ import annotations

import pytest

import advisor.ui.document.prompts as rd


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Preset answers for the boxes, and a record of what was shown."""
    record: dict[str, list] = {"recovery": [], "shown": [], "problems": [], "locked": []}

    def ask_recovery(parent, item):  # type: ignore[no-untyped-def]
        record["shown"].append(item.title)
        return record["recovery"].pop(0)

    monkeypatch.setattr(rd, "ask_recovery", ask_recovery)
    monkeypatch.setattr(
        rd, "show_in_folder", lambda path: record["problems"].append(("folder", path))
    )
    monkeypatch.setattr(
        rd, "show_problem", lambda parent, title, message: record["problems"].append(message)
    )

    def ask_locked(parent, path, message):  # type: ignore[no-untyped-def]
        record["shown"].append(message)
        return record["locked"].pop(0)

    monkeypatch.setattr(rd, "ask_locked", ask_locked)
    return record
