"""The command line's words, run as a user runs them (a subprocess, with a timeout)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from advisor.cli import _command_modules

TIMEOUT = 60


def cli(*args: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["socre", "x.json"], "unknown command 'socre' (did you mean 'score'?)"),
        (["reprot", "a.json", "-o", "b.pdf"], "unknown command 'reprot' (did you mean 'report'?)"),
        (["--debug", "valdate", "x.json"], "unknown command 'valdate' (did you mean 'validate'?)"),
        (["frobnicate"], "unknown command 'frobnicate' (see export-advisor --help)"),
    ],
)
def test_a_misspelled_command_is_named(args: list[str], message: str) -> None:
    code, out, err = cli(*args)
    assert code == 2
    assert out == ""
    assert err == f"export-advisor: error: {message}\n"


@pytest.mark.parametrize(
    "args", [["--help"], ["--debug", "--help"], ["--bank", "X", "--help"], ["-h"]]
)
def test_global_options_then_help_print_the_top_level_help(args: list[str]) -> None:
    code, out, err = cli(*args)
    assert code == 0, err
    assert out.startswith("usage: export-advisor [-h]")
    assert "COMMAND" in out and "score" in out
    flat = " ".join(out.split())
    assert flat.endswith("Exit codes: 0 done, 1 the work failed, 2 bad input or usage.")


@pytest.mark.parametrize("name", sorted(m.NAME for m in _command_modules()))
def test_every_command_help_ends_with_the_exit_codes(name: str) -> None:
    code, out, err = cli(name, "--help")
    assert code == 0, err
    last = " ".join(out.split()).rsplit("Exit codes:", 1)
    assert len(last) == 2, out
    assert "0 " in last[1] and "2 " in last[1]


def test_every_command_and_option_is_in_the_readme() -> None:
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name in (m.NAME for m in _command_modules()):
        assert f"export-advisor {name}" in readme, name
    for words in ("bank [--json] [--lang en", "--date YYYY-MM-DD", "export-advisor open FILE"):
        assert words in readme, words


def test_error_messages_stay_in_english_with_lang_hi(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """README: the command line's error messages stay in English, as scripts, logs and
    support read them (the window says the same refusals in Hindi)."""
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"a": 1, "a": 2}')
    code, _out, err = cli("score", str(bad), "--lang", "hi")
    assert code == 2
    assert f"{bad}: the key 'a' appears twice in the same object" in err
    assert not any("\u0900" <= c <= "\u097f" for c in err)
