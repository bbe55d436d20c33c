"""The argument parser of ``export-advisor`` (:func:`advisor.cli.build_parser`).

Apart from :mod:`advisor.cli` so that the desktop app's plain start (no arguments) does not
import argparse (issue 18: about 3 ms and 1 MiB before the window shows).
"""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

__all__ = ["make_parser"]

EXIT_USAGE = 2  # as advisor.commands.EXIT_USAGE (a test checks)


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_USAGE)


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked (it costs ~60 ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        import advisor

        sys.stdout.write(f"{parser.prog} {advisor.__version__}\n")
        parser.exit()


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--bank`` and ``--debug``, allowed before and after the command.

    On the subcommands their defaults are suppressed, so that a value given before the
    command (``export-advisor --bank b.yaml score x.json``) is not reset by the subparser.
    """
    bank_default = None if top else argparse.SUPPRESS
    debug_default = False if top else argparse.SUPPRESS
    parser.add_argument(
        "--bank",
        metavar="PATH",
        default=bank_default,
        help="use this question bank instead of the built-in one",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=debug_default,
        help="show full tracebacks for errors (for bug reports)",
    )


def make_parser(prog: str, exit_codes: str, modules: list[ModuleType]) -> argparse.ArgumentParser:
    """The parser named ``prog`` with a subcommand for each of ``modules`` (see
    :mod:`advisor.cli`); every help ends with ``exit_codes``."""
    parser = _Parser(
        prog=prog,
        description=(
            "Export Readiness Advisor: score an exporter's readiness in logistics, payments, "
            "quality and branding, and write a PDF action plan. With no command (or a FILE) "
            "it opens the desktop app."
        ),
        epilog=f"Run 'export-advisor COMMAND --help' for a command's options. {exit_codes}",
    )
    parser.add_argument("--version", action=_VersionAction)
    _common(parser, top=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in modules:
        sub = subparsers.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        _common(sub, top=False)
        module.add_arguments(sub)
        if "Exit codes" not in (sub.epilog or ""):  # every command's help ends with them
            sub.epilog = f"{sub.epilog or ''} {exit_codes}".strip()
        sub.set_defaults(handler=module.run)
    return parser
