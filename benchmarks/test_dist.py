"""The built one-folder app works on its own: started with an empty environment.

Not part of ``make test`` (building takes minutes); ``make dist`` builds the folder and then
runs this file, and so does the release workflow. No venv on PATH, no PYTHONPATH, no
HOME: the folder must carry Python, Qt, the fonts, the bank and the translations itself.

    .venv/bin/python -m pytest benchmarks/test_dist.py -q
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "dist" / "export-advisor"
EXE = FOLDER / ("export-advisor.exe" if sys.platform == "win32" else "export-advisor")
EXAMPLE = next((ROOT / "resources" / "examples").glob("g*.json"))

pytestmark = pytest.mark.skipif(not EXE.exists(), reason="build it first: make dist")


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    if sys.platform == "win32":  # Windows cannot start a program without these
        import os

        env = {**env, "SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows")}
    return subprocess.run(
        [str(EXE), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        timeout=300,
    )


def test_check_passes_with_an_empty_environment(tmp_path: Path) -> None:
    done = _run(["check"], {}, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK    window draws the Hindi texts: " in done.stdout
    assert done.stdout.rstrip().endswith("All checks passed.")


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_writes_a_pdf(tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"plan-{lang}.pdf"
    done = _run(["report", str(EXAMPLE), "-o", str(out), "--lang", lang], {}, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"NotoSans" in data
    if lang == "hi":
        assert b"NotoSansDevanagari" in data


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_writes_a_summary(tmp_path: Path, lang: str, suffix: str) -> None:
    """pypdfium2's native PDFium (for the PNG) and reportlab are inside the folder."""
    out = tmp_path / f"summary-{lang}{suffix}"
    done = _run(["summary", str(EXAMPLE), "-o", str(out), "--lang", lang], {}, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    data = out.read_bytes()
    if suffix == ".pdf":
        assert data.startswith(b"%PDF")
        return
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(data[16:20], "big")  # the IHDR chunk: width, then height
    assert width == 1080, width


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_dates_are_written_with_babel_data(tmp_path: Path, lang: str) -> None:
    """Babel's CLDR data for the language is inside: a plan's due date in its own words.

    Without ``hi.dat`` the app would fall back to English month names and still exit 0,
    so the expected text comes from the source install (full Babel) and must match.
    """
    import datetime as dt
    import json

    from advisor.domain.formatting import format_date

    edits = json.loads(EXAMPLE.read_text(encoding="utf-8"))["plan"]
    due = next(dt.date.fromisoformat(e["due"]) for e in edits.values() if e.get("due"))
    expected = format_date(due, lang, "short")
    done = _run(["score", str(EXAMPLE), "--lang", lang], {}, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert expected in done.stdout, (expected, done.stdout[-2000:])


def test_the_window_opens_offscreen_and_quits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"QT_QPA_PLATFORM": "offscreen", "EXPORT_ADVISOR_QUIT_AFTER_MS": "500"}
    env |= {"HOME": str(home), "USERPROFILE": str(home)}
    done = _run([str(EXAMPLE)], env, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_portable_mode_writes_only_beside_the_app(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(FOLDER, stick / "export-advisor", symlinks=True)
    app = stick / "export-advisor"
    (app / "portable.txt").write_text("portable\n", encoding="utf-8")
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    env = {"QT_QPA_PLATFORM": "offscreen", "EXPORT_ADVISOR_QUIT_AFTER_MS": "500"}
    env |= {"HOME": str(laptop), "USERPROFILE": str(laptop), "APPDATA": str(laptop)}
    env["LOCALAPPDATA"] = str(laptop)
    exe = app / EXE.name
    done = subprocess.run(
        [str(exe), str(EXAMPLE)], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert [p for p in laptop.rglob("*") if p.is_file()] == []
    assert (app / "ExportAdvisorData").is_dir()


def test_licences_and_resources_are_inside() -> None:
    internal = FOLDER / "_internal"
    for name in (
        "LICENSE",
        "licenses/LGPL-3.0.txt",
        "licenses/pyside6-essentials/LICENSE-NOTICE.txt",
        "licenses/reportlab",
        "licenses/pypdfium2",
        "licenses/babel",
        "babel/locale-data/hi.dat",
        "resources/fonts/OFL.txt",
        "resources/fonts/NotoSansDevanagari-Regular.ttf",
        "resources/translations/advisor_hi.qm",
        "resources/icons/export-advisor.png",
        "resources/banks/in-sme-export.yaml",
    ):
        assert (internal / name).exists(), name
    qt = internal / "PySide6"
    unwanted = ("QtQml", "QtQuick", "QtWebEngine", "QtNetwork", "QtMultimedia")
    assert not [p.name for p in qt.rglob("*") if p.name.startswith(unwanted)]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
def test_without_a_display_one_line_and_exit_1(tmp_path: Path) -> None:
    done = _run([], {}, tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("export-advisor: error: no display found: ")
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
