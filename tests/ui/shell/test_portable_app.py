"""The app in portable mode writes nothing to the laptop's profile (subprocess, real Qt).

The child pretends to be the one-folder app on a stick (``sys.executable`` there, with the
marker beside it), with HOME and the XDG folders on an empty "laptop profile". It opens
and edits an assessment (autosave), saves it (a backup), closes the window (settings and
geometry) and opens the workshop dialog; afterwards the profile must still be empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = next((ROOT / "resources" / "examples").glob("g*.json"))

CHILD = """
import shutil, sys
from pathlib import Path
stick = Path(sys.argv[1])
sys.executable = str(stick / "export-advisor")
from advisor.storage.banks import default_bank
from advisor.ui.app import create_application, create_main_window
app = create_application()
work = stick / "work.json"
shutil.copy(sys.argv[2], work)
window = create_main_window(default_bank(), work)
window.show(); app.processEvents()
window.settings.add_recent_file(work)
question = window.bank.questions[0]
from advisor.domain.assessment import Answer
window.doc.set_answer(question.id, Answer(choice=question.worst_options()[0].id))
window.session.autosaver.save_now(); window.session.autosaver.flush()
assert window.files.save()
window.doc.undo_stack.setClean()
window.close(); app.processEvents()
from advisor.ui.workshop.dialogs import WorkshopStartDialog
print("workshop", WorkshopStartDialog().settings().folder)
"""


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.slow
def test_portable_app_writes_only_to_the_stick(tmp_path: Path) -> None:
    stick, laptop = tmp_path / "stick", tmp_path / "laptop"
    stick.mkdir()
    laptop.mkdir()
    (stick / "portable.txt").write_text("portable\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "EXPORT_ADVISOR"))}
    env.update(HOME=str(laptop), USERPROFILE=str(laptop), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(stick), str(EXAMPLE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = stick / "ExportAdvisorData"
    assert _files(laptop) == [], "written to the laptop's profile"
    written = _files(data)
    assert any(p.startswith("settings") and p.endswith(".ini") for p in written), written
    assert any("autosaves" in p or "sessions" in p or "backups" in p for p in written), written
    assert f"workshop {data / 'Workshop'}" in done.stdout
