"""Without a display the app says so in one line and exits 1, before Qt aborts.

(advisor/ui/shell/display.py; the subprocess tests start the real entry point without
DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM, as on a server or in a plain SSH session.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.ui.shell import display

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = next((ROOT / "resources" / "examples").glob("*.json"))


def _headless_env() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    return env


def _run_headless(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m advisor ARGS`` as on a server: no display variables at all."""
    return subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        cwd=ROOT,
        env=_headless_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
@pytest.mark.parametrize("args", [[], [str(EXAMPLE)]], ids=["app", "app-with-file"])
def test_no_display_is_one_line_and_exit_1(args: list[str]) -> None:
    done = _run_headless(*args)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("export-advisor: error: no display found: ")
    assert lines[0].endswith("set QT_QPA_PLATFORM=offscreen for command-line checks")
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("name", "words"),
    [("missing.json", "the file does not exist"), (".", "this is a folder")],
)
def test_a_wrong_file_is_said_before_the_missing_screen(
    tmp_path: Path, name: str, words: str
) -> None:
    """`export-advisor missing.json` on a server: the file is the problem, exit 2."""
    done = _run_headless(str(tmp_path / name))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], done.stderr


def _on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display.sys, "platform", "linux")


def test_a_missing_x11_library_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _on_linux(monkeypatch)
    monkeypatch.setattr(display, "_loadable", lambda lib: lib != "libxcb-cursor.so.0")
    problem = display.display_problem({"DISPLAY": ":0"})
    assert problem is not None
    assert "libxcb-cursor0" in problem and "sudo apt-get install libxcb-cursor0" in problem


def test_a_display_nobody_answers_on(monkeypatch: pytest.MonkeyPatch) -> None:
    _on_linux(monkeypatch)
    monkeypatch.setattr(display, "missing_xcb_packages", list)
    problem = display.display_problem({"DISPLAY": ":97"})
    assert problem == (
        "no display found: nothing answers on DISPLAY=:97; "
        "set QT_QPA_PLATFORM=offscreen for command-line checks"
    )


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"QT_QPA_PLATFORM": "vnc"},
    ],
)
def test_other_platforms_are_left_to_qt(monkeypatch: pytest.MonkeyPatch, env: dict) -> None:
    _on_linux(monkeypatch)
    assert display.display_problem(env) is None


def test_windows_and_macos_always_have_a_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(display.sys, "platform", platform)
        assert display.display_problem({}) is None


def test_system_deps_installs_the_libraries_the_app_names() -> None:
    script = (ROOT / "scripts" / "system-deps.sh").read_text(encoding="utf-8")
    gui = script.split('if [ "${1:-}" = "--gui" ]; then', 1)[1].split("\nfi\n", 1)[0]
    for soname, package in display.XCB_LIBRARIES.items():
        assert f" {soname}" in gui and f" {package}" in gui, soname
