"""The one entry point, ``export-advisor``: the desktop app and the command-line tools.

Subcommands live in :mod:`advisor.commands`, one module each, found at start-up; each
defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``. Heavy
libraries (Qt, reportlab) are imported by the commands that need them, never here.

Exit codes: 0 ok, 1 the work failed, 2 bad input or usage. Errors are one line on
stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType, SimpleNamespace
from typing import TYPE_CHECKING

from advisor.commands import EXIT_FAILURE, EXIT_USAGE, CommandError

if TYPE_CHECKING:
    import argparse

__all__ = ["build_parser", "main"]

PROG = "export-advisor"
_EXIT_CODES = "Exit codes: 0 done, 1 the work failed, 2 bad input or usage."


def _command_modules(only: str | None = None) -> list[ModuleType]:
    """The command modules (``only``: just that one, for a start-up that needs no other)."""
    if only is not None:
        return [importlib.import_module(f"advisor.commands.{only}")]
    import pkgutil

    import advisor.commands as package

    modules = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"advisor.commands.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            modules.append(module)
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.NAME))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand (``only``: with that one alone).

    ``only="open"`` is the desktop app's start: importing the other commands' modules
    (and what they import) would cost every start of the window time and memory.
    """
    from advisor.cli_parser import make_parser

    return make_parser(PROG, _EXIT_CODES, _command_modules(only))


def _no_arguments() -> SimpleNamespace:
    """What the parser makes of no arguments (``export-advisor``: the desktop app, no
    file), without argparse: it would cost the window's start about 3 ms and 1 MiB
    (argparse, gettext, locale, shutil with its compression modules). A test compares it
    with the parser's."""
    from advisor.commands import open as open_command

    return SimpleNamespace(
        version=None,
        bank=None,
        debug=False,
        command=open_command.NAME,
        file=None,
        handler=open_command.run,
    )


_GLOBAL_WITH_VALUE = ("--bank",)


_ASKS_TOP_LEVEL = ("-h", "--help", "--version")


def _names_a_file(arg: str) -> bool:
    """A word that can only be a file name (``client.json``, ``./x``): no command has a dot
    or a slash in its name."""
    return "." in arg or "/" in arg or "\\" in arg


def _looks_like_a_file(arg: str) -> bool:
    """A word that names a file (``client.json``, ``./x``, an existing path), not a command."""
    return _names_a_file(arg) or os.path.lexists(arg)


def _split_open_file(argv: list[str]) -> list[str]:
    """``export-advisor FILE`` means ``export-advisor open FILE``.

    ``--help`` or ``--version`` before any command asks for the top-level help, whatever
    global options come first (``--debug --help``, ``--bank X --help``). A first word
    that is neither a command nor a file is a misspelled command: :class:`UnknownCommand`.
    """
    positional = []
    takes_value = False
    for arg in argv:
        if takes_value:  # the PATH of a global ``--bank PATH`` is not a command
            takes_value = False
        elif arg in _GLOBAL_WITH_VALUE:
            takes_value = True
        elif not positional and arg in _ASKS_TOP_LEVEL:
            return argv
        elif not arg.startswith("-"):
            positional.append(arg)
    if not positional:
        return ["open", *argv]
    first = positional[0]
    if _names_a_file(first):  # no command has a dot or a slash: no need to list them
        return ["open", *argv]
    known = [m.NAME for m in _command_modules()]
    if first in known:
        return argv
    if not _looks_like_a_file(first):
        raise UnknownCommandError(first, known)
    return ["open", *argv]


class UnknownCommandError(Exception):
    """The first word is not a command (and does not look like a file to open)."""

    def __init__(self, word: str, known: list[str]) -> None:
        import difflib

        close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"see {PROG} --help"
        super().__init__(f"unknown command '{word}' ({hint})")


def _tolerant_streams() -> None:
    """Never crash on a ₹ or Devanagari letter printed to a console that lacks it."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # detached streams
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    # We use no pydantic plugins: without this, building the first model scans the entry
    # points of every installed package (about 10 ms of each start, and of each batch job).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _tolerant_streams()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _run(_no_arguments())
    try:
        args_list = _split_open_file(args_list)
    except UnknownCommandError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_USAGE
    # The desktop app's start (``export-advisor``, ``export-advisor FILE``) needs no other
    # command: their modules are not even imported.
    parser = build_parser(only="open" if args_list[:1] == ["open"] else None)
    args = parser.parse_args(args_list)
    if getattr(args, "handler", None) is None:  # pragma: no cover - argparse requires one
        parser.print_help()
        return EXIT_USAGE
    return _run(args)


def _run(args: argparse.Namespace | SimpleNamespace) -> int:
    """Run the command ``args`` chose; returns the exit code."""
    debug = bool(getattr(args, "debug", False))
    handler = args.handler
    try:
        code = int(handler(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except BrokenPipeError:
        # The reader stopped early (`export-advisor bank --json | head`): that is the
        # reader's choice, not an error to report. Point stdout at devnull so the flush
        # at exit does not raise again (the recipe in Python's signal documentation).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
    except CommandError as exc:
        if debug:
            raise
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except Exception as exc:  # a bug: say so in one line unless --debug
        if debug:
            raise
        sys.stderr.write(
            f"{PROG}: internal error: {type(exc).__name__}: {exc} (run with --debug for details)\n"
        )
        return EXIT_FAILURE


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
