"""The entry point: subcommand discovery, --version, usage errors, --debug, exit codes."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from advisor import __version__
from advisor.cli import _command_modules, build_parser, main
from advisor.commands import CommandError


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_every_command_module_follows_the_contract() -> None:
    modules = _command_modules()
    names = [m.NAME for m in modules]
    assert {"open", "score", "validate", "bank"} <= set(names)
    assert len(names) == len(set(names))
    for module in modules:
        assert module.__doc__ and module.HELP and callable(module.run)
        assert callable(module.add_arguments)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"export-advisor {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for name in ("score", "validate", "bank"):
        assert name in out


@pytest.mark.parametrize(
    "argv",
    [["score"], ["score", "a.json", "--colour"], ["bank", "--lang", "xx"], ["--nope"]],
    ids=["missing-file", "unknown-option", "bad-choice", "unknown-global"],
)
def test_usage_errors_are_one_line_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "error:" in err and "(see --help)" in err


def test_a_bug_is_one_line_exit_1_and_debug_shows_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    score = importlib.import_module("advisor.commands.score")

    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(score, "run", broken)
    assert main(["score", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert err == (
        "export-advisor: internal error: RuntimeError: boom (run with --debug for details)\n"
    )
    with pytest.raises(RuntimeError, match="boom"):
        main(["score", "--debug", str(tmp_path / "x.json")])


def test_interrupted(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    bank = importlib.import_module("advisor.commands.bank")

    def interrupted(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(bank, "run", interrupted)
    assert main(["bank"]) == 130
    assert capsys.readouterr().err == "export-advisor: interrupted\n"


def test_command_errors_carry_their_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = importlib.import_module("advisor.commands.bank")

    def fails(args: argparse.Namespace) -> int:
        raise CommandError("the work failed", 1)

    monkeypatch.setattr(bank, "run", fails)
    assert main(["bank"]) == 1
    assert capsys.readouterr().err == "export-advisor: error: the work failed\n"


def test_debug_shows_the_traceback_in_a_subprocess(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    plain = _run("validate", str(bad))
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    debug = _run("validate", "--debug", str(bad))
    assert debug.returncode == 1 and "Traceback" in debug.stderr
    assert "CommandError" in debug.stderr


def test_a_file_argument_means_open() -> None:
    parser = build_parser()
    args = parser.parse_args(["open", "client.json"])
    assert args.file == "client.json" and args.command == "open"
    from advisor.cli import _split_open_file

    assert _split_open_file(["client.json"]) == ["open", "client.json"]
    assert _split_open_file([]) == ["open"]
    assert _split_open_file(["--debug"]) == ["open", "--debug"]
    assert _split_open_file(["score", "x.json"]) == ["score", "x.json"]
    # the PATH of --bank is not a FILE to open, nor a command
    assert _split_open_file(["--bank", "b.yaml", "bank"]) == ["--bank", "b.yaml", "bank"]
    assert _split_open_file(["--bank", "b.yaml"]) == ["open", "--bank", "b.yaml"]
    assert _split_open_file(["--bank", "b.yaml", "c.json"]) == [
        "open",
        "--bank",
        "b.yaml",
        "c.json",
    ]


@pytest.mark.parametrize(
    ("argv", "bank", "debug"),
    [
        (["--bank", "b.yaml", "--debug", "score", "f.json"], "b.yaml", True),
        (["score", "--bank", "b.yaml", "--debug", "f.json"], "b.yaml", True),
        (["score", "f.json"], None, False),
    ],
)
def test_global_options_before_or_after_the_command(
    argv: list[str], bank: str | None, debug: bool
) -> None:
    args = build_parser().parse_args(argv)
    assert (args.bank, args.debug, args.file) == (bank, debug, "f.json")


def test_version_in_a_subprocess() -> None:
    done = _run("--version")
    assert done.returncode == 0 and done.stdout.startswith("export-advisor ")


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    """`export-advisor bank --json | head -1`: no traceback, no 'internal error'."""
    with subprocess.Popen(
        [sys.executable, "-m", "advisor", "bank", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()  # the reader goes away with most of the bank unread
        err = child.stderr.read().decode()
        child.wait(timeout=60)
    assert err == ""
    assert child.returncode in (0, 1)


def test_no_arguments_is_what_the_parser_makes_of_them() -> None:
    """``export-advisor`` alone skips argparse (issue 18) and means the same."""
    from advisor.cli import _no_arguments

    parsed = build_parser(only="open").parse_args(["open"])
    assert vars(_no_arguments()) == vars(parsed)
    assert vars(_no_arguments()) == vars(build_parser().parse_args(["open"]))


def test_no_arguments_builds_no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    import advisor.cli as cli
    from advisor.commands import open as open_command

    def no_parser(only: str | None = None) -> argparse.ArgumentParser:
        raise AssertionError("a parser was built")

    calls: list[object] = []
    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr(open_command, "run", lambda args: calls.append(args) or 0)
    assert main([]) == 0
    assert len(calls) == 1 and vars(calls[0])["file"] is None


def test_the_parser_exits_with_the_usage_code() -> None:
    from advisor import cli_parser
    from advisor.commands import EXIT_USAGE

    assert cli_parser.EXIT_USAGE == EXIT_USAGE
