"""The settings table: every QSettings key the app uses is listed once, with type and default."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from advisor.ui.common.settings import KEYS, Settings

ROOT = Path(__file__).resolve().parents[3]


def test_every_key_has_a_type_a_default_and_a_meaning() -> None:
    for name, key in KEYS.items():
        assert key.name == name and "/" in name
        assert key.default is None or isinstance(key.default, key.type)
        assert key.meaning


def test_no_other_module_names_a_settings_key() -> None:
    """Keys are written in the table only (Qt's own file-dialog keys are Qt's)."""
    pattern = re.compile(r"""["']([a-z_]+/[a-z_]+)["']""")
    found = {}
    for path in (ROOT / "advisor" / "ui").rglob("*.py"):
        if path.name == "settings.py" and path.parent.name == "common":
            continue
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            if match.group(1).split("/")[0] in {k.split("/")[0] for k in KEYS}:
                found[f"{path.relative_to(ROOT)}"] = match.group(1)
    assert found == {"advisor/ui/shell/i18n.py": "ui/language"}  # its SETTING names the row


def test_values_of_another_type_read_as_the_default(tmp_path: Path) -> None:
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(qs)
    qs.setValue("files/last_folder", 42)
    qs.setValue("window/geometry", "not bytes")
    qs.setValue("ui/language", "xx")  # from a newer version
    assert settings.last_folder() == ""
    assert settings.geometry() is None
    assert settings.language() in ("en", "hi")
    with pytest.raises(TypeError):
        settings.set("files/last_folder", 3)
    with pytest.raises(KeyError):
        settings.get("files/unknown")


def test_recent_files_the_system_refuses_are_skipped(tmp_path: Path) -> None:
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(qs)
    existing = tmp_path / "a.json"
    existing.write_text("{}", encoding="utf-8")
    too_long = tmp_path / ("a" * 300 + ".json")  # ENAMETOOLONG: is_file() raises on it
    qs.setValue("files/recent", [str(too_long), str(tmp_path / "nul\0.json"), str(existing)])
    assert settings.recent_files() == [existing]  # the Open Recent menu
    settings.add_recent_file(existing)  # after every save: never an exception
    assert settings.recent_files() == [existing.resolve()]


def test_round_trips(tmp_path: Path) -> None:
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(qs)
    existing = tmp_path / "a.json"
    existing.write_text("{}", encoding="utf-8")
    settings.add_recent_file(existing)
    settings.add_recent_file(tmp_path / "gone.json")  # listed only while it exists
    assert settings.recent_files() == [existing.resolve()]
    settings.set_geometry(QByteArray(b"abc"))
    assert settings.geometry() == QByteArray(b"abc")
    settings.set_language("hi")
    assert settings.language() == "hi"
    settings.set_branding_path(tmp_path / "b.json")
    assert settings.branding_path() == tmp_path / "b.json"
    settings.set_branding_path(None)
    assert settings.branding_path() is None
    settings.set_library_folder(tmp_path)
    assert Settings(qs).library_folder() == tmp_path


def test_a_recent_file_is_removed_however_its_path_was_written(tmp_path: Path) -> None:
    """The start page removes the path it shows, ``Path(stored)``: a value written another
    way (``//``, ``./``, a trailing ``/``: hand-edited, or from an older version) is still
    the same file, and must not come back at the next start."""
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(qs)
    stored = [str(tmp_path) + "//a.json", str(tmp_path) + "/./b.json", str(tmp_path / "c.json")]
    qs.setValue("files/recent", stored)
    for value in stored[:2]:
        settings.remove_recent_file(Path(value))  # as the page has it
    assert settings.get("files/recent") == [str(tmp_path / "c.json")]
