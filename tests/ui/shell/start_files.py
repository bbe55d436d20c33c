"""Helpers for the start page's tests: an example copied, the recent files remembered, a launch
(in this process, or a Python of its own)."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_example(example: Path, folder: Path) -> Path:
    """A copy of ``example`` in ``folder`` (a bundled file is never opened itself)."""
    target = folder / example.name
    shutil.copy(example, target)
    return target


def remember(window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    """``window``'s recent files are ``paths``, in this order."""
    window.settings.set("files/recent", [str(p) for p in paths])


def launched(monkeypatch, qtbot, file: str | None = None):  # type: ignore[no-untyped-def]
    """The window ``run_app(file)`` makes, as a launch leaves it before its event loop
    runs (shown, its deferred work not done; no prompt: the test timer's setting)."""
    from advisor.ui import app

    runs: list = []
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "0")
    monkeypatch.setattr(app, "_run", lambda _app, window, **_kw: runs.append(window) or 0)
    assert app.run_app(file) == 0
    window = runs[0]
    qtbot.addWidget(window)
    window.remember_geometry = False
    return window


def run_python(code: str, **env: str):  # type: ignore[no-untyped-def]
    """``python -c code`` offscreen from the project's folder, ``env`` added to this
    process's environment; its completed process (output as text)."""
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[3],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
