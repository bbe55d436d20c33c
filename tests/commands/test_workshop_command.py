"""``export-advisor workshop DIR``: the session file, bad folders, and the check line."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.cli import main
from advisor.services.workshop import check_workshop_dir
from advisor.storage.workshop import WorkshopSession, load_session, save_session

ROOT = Path(__file__).resolve().parents[2]


def _file(folder: Path) -> Path:
    path = folder / "a-file"
    path.write_text("x", encoding="utf-8")
    return path


def _broken_session(folder: Path) -> Path:
    (folder / "workshop.json").write_text("{", encoding="utf-8")
    return folder


def _run(*args: str, quit_after: str | None = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("EXPORT_ADVISOR_QUIT_AFTER_MS", None)
    if quit_after is not None:
        env["EXPORT_ADVISOR_QUIT_AFTER_MS"] = quit_after
    return subprocess.run(
        [sys.executable, "-m", "advisor", "workshop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )


def test_opens_in_workshop_mode_and_writes_the_session(tmp_path) -> None:
    folder = tmp_path / "ludhiana"  # created: its parent exists
    done = _run(str(folder), "--event", "Ludhiana ₹ कार्यशाला", "--facilitator", "R. Singh")
    assert done.returncode == 0, done.stderr
    session = load_session(folder)
    assert session == WorkshopSession(
        event="Ludhiana ₹ कार्यशाला", date=dt.date.today(), facilitator="R. Singh"
    )
    assert sorted(p.name for p in folder.iterdir()) == ["workshop.json"]

    again = _run(str(folder), "--facilitator", "A. Kaur", "--date", "2026-12-01")
    assert again.returncode == 0, again.stderr
    assert load_session(folder) == WorkshopSession(
        event="Ludhiana ₹ कार्यशाला", date=dt.date(2026, 12, 1), facilitator="A. Kaur"
    )


def test_missing_second_folder_is_a_warning(tmp_path) -> None:
    done = _run(str(tmp_path), "--copy-to", str(tmp_path / "stick"))
    assert done.returncode == 0, done.stderr
    assert "second folder is not there now" in done.stderr


def test_needs_a_screen(tmp_path) -> None:
    done = _run(str(tmp_path), quit_after=None)
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "workshop mode needs a screen (QT_QPA_PLATFORM is 'offscreen')"
    )


@pytest.mark.parametrize(
    ("make", "extra", "message"),
    [
        (lambda p: p / "no" / "such" / "dir", [], "the folder does not exist"),
        (_file, [], "this is a file, not a folder"),
        (lambda p: p, ["--date", "27/11/2026"], "give the date as YYYY-MM-DD"),
        (lambda p: p, ["--event", "x" * 300], "--event: String should have at most 200"),
        (_broken_session, [], "not valid JSON"),
        (lambda p: p, ["--bank", "missing.yaml"], "missing.yaml"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, make, extra, message) -> None:
    folder = make(tmp_path)
    assert main(["workshop", str(folder), *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("export-advisor: error: ") and message in err


def test_bad_bank_named_in_the_session(tmp_path, capsys) -> None:
    bad = tmp_path / "bank.yaml"
    bad.write_text("format: nope\n", encoding="utf-8")
    save_session(tmp_path, WorkshopSession(event="x", bank="bank.yaml"))
    assert main(["workshop", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "the bank named in" in err and err.count("\n") == 1


# --- the line of ``export-advisor check DIR`` -----------------------------------------------


def test_check_line_for_a_new_folder(tmp_path) -> None:
    ok, message = check_workshop_dir(tmp_path)
    assert ok
    assert message == f"{tmp_path} is writable (no workshop.json yet, 0 participant files)"
    assert list(tmp_path.iterdir()) == []  # the probe leaves nothing behind


def test_check_line_names_the_event_and_participants(tmp_path) -> None:
    save_session(tmp_path, WorkshopSession(event="Surat meet"))
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    ok, message = check_workshop_dir(tmp_path)
    assert ok and message.endswith("('Surat meet', 1 participant file)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "stick", "cannot write there: the folder does not exist"),
        (_file, "this is a file, not a folder"),
        (_broken_session, "fix or delete workshop.json"),
    ],
)
def test_check_line_says_what_to_fix(tmp_path, make, message) -> None:
    ok, text = check_workshop_dir(make(tmp_path))
    assert not ok and message in text


def test_check_lines_in_the_check_command_format(tmp_path, capsys) -> None:
    """What ``export-advisor check DIR`` prints through check.workshop_dir_line."""
    from advisor.commands.check import _run_one, workshop_dir_line

    name = "workshop folder can be written"
    assert _run_one(name, lambda _s: workshop_dir_line(tmp_path), {})
    assert not _run_one(name, lambda _s: workshop_dir_line(tmp_path / "stick"), {})
    ok_line, fail_line = capsys.readouterr().out.splitlines()
    assert ok_line.startswith(f"OK    {name}: {tmp_path} is writable (") and ok_line.endswith(
        " ms)"
    )
    assert fail_line == (
        f"FAIL  {name}: {tmp_path / 'stick'}: cannot write there: the folder does not exist "
        "(is the USB stick or drive plugged in?)"
    )
