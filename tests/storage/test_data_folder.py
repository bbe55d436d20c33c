"""The app's data folder is platformdirs' user data folder (the XDG rule on Linux is
written out so the start-up does not import platformdirs: issue 18)."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from advisor.storage import paths


@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        ("/srv/data", "/home/asha"),
        ("/srv/data/", "/home/asha"),
        ("", "/home/asha"),
        (None, "/home/asha"),
        ("relative/data", "/home/asha"),
        ("~/data", "/home/asha"),
        ("/srv/डेटा", "/home/आशा"),
        (None, "relative-home"),
    ],
)
def test_the_data_folder_is_platformdirs_one(monkeypatch, xdg, home) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    monkeypatch.setattr("advisor.storage.portable.portable_root", lambda: None)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    monkeypatch.setenv("HOME", home)
    try:
        expected = platformdirs.user_data_path(paths.APP_NAME, appauthor=False, roaming=False)
    except RuntimeError:  # platformdirs cannot name one (a relative HOME, no user entry)
        pytest.skip("platformdirs has no answer here")
    assert paths.data_home() == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux rule")
def test_the_linux_rule_does_not_import_platformdirs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    monkeypatch.setattr("advisor.storage.portable.portable_root", lambda: None)
    monkeypatch.setenv("HOME", "/home/asha")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delitem(sys.modules, "platformdirs")
    assert str(paths.data_home()) == "/home/asha/.local/share/export-advisor"
    assert "platformdirs" not in sys.modules
