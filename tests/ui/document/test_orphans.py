"""A file with answers and plan edits the bank no longer has: the window opens it and says so."""

from __future__ import annotations

import json
from pathlib import Path

from advisor.resources import resource_path
from advisor.storage.banks import default_bank

NOTES = "Asked the bank in March; keep this note"


def test_the_window_notes_what_the_bank_no_longer_has(tmp_path: Path, make_window) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(resource_path("examples/growing-spices-us-uae.json").read_text("utf-8"))
    doc["answers"]["log.retired_question"] = {"choice": "yes"}
    doc["plan"]["rec.retired_action"] = {"owner": "Anil", "notes": NOTES}
    path = tmp_path / "client.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    window = make_window(default_bank())
    assert window.files.open_path(path, ask=False)
    note = window.statusBar().currentMessage()
    assert "1 answer(s) and 1 plan edit(s)" in note
    assert window.doc.assessment.plan["rec.retired_action"].notes == NOTES
    assert "log.retired_question" in window.doc.assessment.answers
