"""Shared test set-up: headless Qt, and no test ever touches the real user's files.

Every test runs with HOME, the XDG folders (platformdirs) and Qt's settings pointed at a
fresh temporary folder, so settings, autosaves and recent files of the person running the
tests are never read or written.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system language: pin it, so the tests read the same on a
# Hindi machine (Qt reads these when the first QApplication starts).
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

FIXTURES = Path(__file__).parent / "fixtures"
BUNDLED_EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, with the bundled fonts registered as the app does.

    Without them a machine with no Devanagari system font draws boxes, and the Hindi
    layout tests measure boxes (see advisor/ui/shell/fonts.py).
    """
    from PySide6.QtWidgets import QApplication

    from advisor.ui.shell.fonts import install_app_fonts

    app = QApplication.instance() or QApplication(qapp_args)
    install_app_fonts()
    return app


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point HOME, XDG folders and QSettings at a temporary folder for each test; after
    it, check the test left nothing beside the bundled examples (a test that opens one in
    place locks it: it should open a copy, as the app's "Open an example" does)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_DOCUMENTS_DIR", "Documents"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    monkeypatch.setenv("EXPORT_ADVISOR_HOME", str(home / "advisor-data"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt missing: domain tests still run
        pass
    else:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(home / "qsettings"))
    yield home
    left = sorted(p.name for p in BUNDLED_EXAMPLES.iterdir() if p.name.startswith(".~"))
    assert not left, f"the test left {left} beside the bundled examples: open a copy"


@pytest.fixture
def mini_bank_path() -> Path:
    """A tiny bank with every kind of question."""
    return FIXTURES / "mini_bank.yaml"


@pytest.fixture
def mini_bank(mini_bank_path: Path):  # type: ignore[no-untyped-def]
    """The tiny bank, loaded."""
    from advisor.storage.banks import load_bank

    return load_bank(mini_bank_path)
