"""A long plan in the window: beyond the first 25 actions, "When you are ready" (issue 13)."""

from __future__ import annotations

from advisor.domain.planning import SHOWN_ACTIONS
from advisor.resources import resource_path
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank


def test_actions_beyond_the_first_25_say_when_you_are_ready(make_window) -> None:
    bank = default_bank()
    window = make_window(bank)
    example = resource_path("examples") / "first-time-textiles-eu.json"
    window.files.load_assessment(load_assessment(example).assessment, None)
    page = window.go_to_section("plan")
    model = page.model
    assert model.rowCount() > SHOWN_ACTIONS  # a first-timer's long plan, none dropped
    phase = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert not any(p.startswith("When you are ready") for p in phase[:SHOWN_ACTIONS])
    assert all(p.startswith("When you are ready") for p in phase[SHOWN_ACTIONS:])
    assert phase[0] == "Now (0-30\u00a0days)"  # the days kept on one line when it wraps
    window.doc.undo_stack.setClean()
