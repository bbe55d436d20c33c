"""FIFOs, devices and folders where a file is expected: one clear line, never a hang.

Every case runs the real command line in a subprocess with a timeout, so a command that
blocks on a FIFO or reads ``/dev/zero`` forever fails the test in seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.resources import resource_path

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

TIMEOUT = 60
EXAMPLE = resource_path("examples/growing-spices-us-uae.json")


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=TIMEOUT,
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def _one_line_error(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("export-advisor: error: "), err
    assert "Traceback" not in err and "internal error" not in err, err
    for word in words:
        assert word in lines[0], err


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{f}"],
        ["score", "{f}"],
        ["plan", "{f}", "-o", "{out}/x.csv"],
        ["report", "{f}", "-o", "{out}/x.pdf"],
        ["compare", "{f}", str(EXAMPLE)],
        ["compare", str(EXAMPLE), "{f}"],
    ],
    ids=["validate", "score", "plan", "report", "compare-old", "compare-new"],
)
def test_a_fifo_as_the_assessment(fifo: Path, tmp_path: Path, command: list[str]) -> None:
    args = [a.format(f=fifo, out=tmp_path) for a in command]
    code, _out, err = cli(*args)
    assert code == 2
    _one_line_error(err, str(fifo), "a pipe (FIFO), not a regular file")


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "/dev/null", "folder"])
def test_special_files_as_bank_and_branding(special: str, fifo: Path, tmp_path: Path) -> None:
    target = {"fifo": str(fifo), "folder": str(tmp_path)}.get(special, special)
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist here")
    code, _out, err = cli("--bank", target, "score", str(EXAMPLE))
    assert code == 2
    _one_line_error(err, target)
    code, _out, err = cli(
        "report", str(EXAMPLE), "-o", str(tmp_path / "r.pdf"), "--branding", target
    )
    assert code == 2
    _one_line_error(err, target)
    assert "MemoryError" not in err


def test_a_fifo_logo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "logo.png")
    profile = tmp_path / "brand.json"
    profile.write_text(json.dumps({"consultancy": "X", "logo": "logo.png"}), encoding="utf-8")
    code, _out, err = cli(
        "report", str(EXAMPLE), "-o", str(tmp_path / "r.pdf"), "--branding", str(profile)
    )
    assert code == 2
    _one_line_error(err, "logo", "a pipe (FIFO)")


def test_folders_list_what_is_not_a_regular_file(tmp_path: Path) -> None:
    folder = tmp_path / "workshop"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a.json")
    os.mkfifo(folder / "stuck.json")
    out_dir = tmp_path / "pdfs"
    code, _out, err = cli("report", str(folder), "-o", str(out_dir))
    assert code == 1  # the others are written; the FIFO is listed as left out
    assert (out_dir / "a.pdf").is_file()
    assert "stuck.json" in err and "a pipe (FIFO)" in err
    code, _out, err = cli("cohort", str(folder), "-o", str(tmp_path / "c.pdf"))
    assert code == 0, err
    assert "stuck.json" in err and "a pipe (FIFO)" in err


def test_the_client_library_lists_a_fifo(tmp_path: Path) -> None:
    client = tmp_path / "clients" / "Malabar"
    client.mkdir(parents=True)
    shutil.copy(EXAMPLE, client / "a.json")
    os.mkfifo(client / "stuck.json")
    script = (
        "import sys\n"
        "from advisor.storage.banks import default_bank\n"
        "from advisor.storage.library import ClientLibrary\n"
        "scan = ClientLibrary(sys.argv[1], default_bank()).scan()\n"
        "print(len(scan.clients[0].assessments))\n"
        "for p in scan.problems: print(p.path.name, p.reason)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "clients")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "1"
    assert lines[1].startswith("stuck.json") and "a pipe (FIFO)" in lines[1]


def test_stdin_is_read_when_named(tmp_path: Path) -> None:
    raw = EXAMPLE.read_bytes()
    code, out, err = cli("validate", "-", stdin=raw)
    assert code == 0, err
    assert out.startswith("OK: - is a valid assessment")
    code, out, err = cli("validate", "/dev/stdin", stdin=raw)
    assert code == 0, err
    code, out, err = cli("score", "-", stdin=raw)
    assert code == 0, err
    bank = resource_path("banks/in-sme-export.yaml").read_bytes()
    code, out, err = cli("validate", "-", stdin=bank)
    assert code == 0, err
    assert "valid question bank" in out
