"""PySide6's import hook asks our cheaper question, with the same answers."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import PySide6  # noqa: F401 - the hook being replaced comes with it

from advisor.ui.common.pyside_imports import lighten_pyside_import_hook, uses_pyside


def _module(tmp_path: Path, name: str, source: str) -> types.ModuleType:
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    module = types.ModuleType(name)
    module.__file__ = str(path)
    return module


def test_the_same_answer_as_pysides_own_check(tmp_path: Path) -> None:
    qt = _module(tmp_path, "uses_qt", "from PySide6.QtCore import QObject\n")
    plain = _module(tmp_path, "plain", "import json\n")
    assert uses_pyside(qt) and not uses_pyside(plain)
    assert not uses_pyside(sys)  # built-in: no source
    assert not uses_pyside(types.ModuleType("no_file"))
    gone = _module(tmp_path, "gone", "")
    Path(gone.__file__ or "").unlink()
    assert not uses_pyside(gone)


def test_installed_in_pysides_hook_and_imports_still_work() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    installed = lighten_pyside_import_hook()
    if feature is None:  # another PySide6 without that hook: nothing to lighten
        assert not installed
        return
    assert installed and feature._mod_uses_pyside is uses_pyside
    assert lighten_pyside_import_hook()  # twice is harmless
    import advisor.ui.common.style as style  # imported after PySide6, through the hook

    assert style.MARGIN > 0
