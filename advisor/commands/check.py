"""``export-advisor check [DIR]``: verify an installation before a workshop.

Runs each check in turn, timed, and prints one line per check: the bank loads and is
valid, the bundled fonts are there, a PDF builds in memory, the main window opens
(offscreen without a display) and closes, the window's fonts can draw every Hindi letter
of the bank, and (with ``DIR``) a workshop folder can be written. Exit 0 when
everything is OK, 1 otherwise (each failure says what to fix).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

NAME = "check"
HELP = "check this installation (bank, fonts, PDF, window, workshop DIR) and print timings"
ORDER = 90

FONTS = (
    "fonts/NotoSans-Regular.ttf",
    "fonts/NotoSans-Bold.ttf",
    "fonts/NotoSansDevanagari-Regular.ttf",
    "fonts/NotoSansDevanagari-Bold.ttf",
)


class CheckFailedError(Exception):
    """A check failed; the message says what to fix."""


class _SkippedError(Exception):
    """A check cannot run here; the message says why."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``check [DIR]``: the common options, and optionally a workshop folder."""
    parser.add_argument(
        "folder",
        metavar="DIR",
        nargs="?",
        help="also check that this workshop folder can be written",
    )


def _bank(args: argparse.Namespace) -> Any:
    from advisor.domain.bank import BankError
    from advisor.resources import ResourceError
    from advisor.storage.banks import default_bank, load_bank

    try:
        bank = load_bank(Path(args.bank)) if getattr(args, "bank", None) else default_bank()
    except BankError as exc:
        raise CheckFailedError(f"the question bank is not valid: {exc}") from None
    except ResourceError as exc:
        raise CheckFailedError(
            f"the installation is incomplete: {exc} (reinstall the app)"
        ) from None
    return bank, f"{bank.id} {bank.version}, {len(bank.questions)} questions"


def _fonts(_state: dict[str, Any]) -> str:
    from advisor.resources import ResourceError, resource_path

    missing = []
    for name in FONTS:
        try:
            path = resource_path(name)
            if path.stat().st_size < 1000:
                missing.append(f"{name} (empty)")
        except (ResourceError, OSError):
            missing.append(name)
    if missing:
        raise CheckFailedError(f"fonts missing: {', '.join(missing)} (reinstall the app)")
    return f"{len(FONTS)} fonts"


def sample_assessment(bank: Any) -> Any:
    """An assessment answering every question (alternating best and worst answers)."""
    from advisor.domain.assessment import Answer, Assessment, CompanyProfile
    from advisor.domain.bank import QuestionKind

    profile = bank.profile
    assessment = Assessment.new(bank.id, bank.version)
    assessment.profile = CompanyProfile(
        company="Installation check",
        sector=profile.sectors[0].id,
        size=profile.sizes[0].id,
        experience=profile.experience[0].id,
        target_markets=[m.id for m in profile.markets],
        channels=[c.id for c in profile.channels],
    )
    for i, q in enumerate(bank.questions):
        if q.kind is QuestionKind.NUMBER:
            value = q.best_number() if i % 2 else q.worst_number()
            assessment.answers[q.id] = Answer(number=value or 0)
        elif q.kind is QuestionKind.MULTI:
            options = q.best_options() if i % 2 else q.worst_options()
            assessment.answers[q.id] = Answer(choices=[o.id for o in options])
        else:
            options = q.best_options() if i % 2 else q.worst_options()
            assessment.answers[q.id] = Answer(choice=options[0].id)
    return assessment


def _pdf(state: dict[str, Any]) -> str:
    try:
        from advisor.report import ReportOptions, render_report
    except ImportError as exc:
        raise _SkippedError(f"the PDF report module is not installed ({exc})") from None
    data = render_report(state["bank"], sample_assessment(state["bank"]), ReportOptions())
    if not data.startswith(b"%PDF"):
        raise CheckFailedError("the PDF renderer returned something that is not a PDF")
    return f"{len(data) / 1024:.0f} KB in memory"


def _application() -> Any:
    """The QApplication, offscreen when no window could open here (Qt would abort)."""
    from advisor.ui.app import display_problem

    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from advisor.ui.app import create_application
    except ImportError as exc:
        raise CheckFailedError(f"Qt (PySide6) cannot be loaded: {exc}") from None
    return create_application()


def _window(state: dict[str, Any]) -> str:
    app = _application()
    from advisor.ui.app import create_main_window

    window = create_main_window(state["bank"])
    window.remember_geometry = False
    window.show()
    app.processEvents()
    for i in range(len(window.sections)):
        window.go_to(i)
        app.processEvents()
    shown = window.isVisible()
    window.close()
    window.deleteLater()
    app.processEvents()
    if not shown:
        raise CheckFailedError("the main window did not open")
    return f"{len(window.sections)} pages shown ({app.platformName()})"


def workshop_dir_line(path: Path | str) -> str:
    """:func:`advisor.services.workshop.check_workshop_dir` as one of the checks.

    Returns the detail of the OK line; raises :class:`CheckFailedError` with what to fix.
    """
    from advisor.services.workshop import check_workshop_dir

    ok, message = check_workshop_dir(path)
    if not ok:
        raise CheckFailedError(message)
    return message


def _hindi(state: dict[str, Any]) -> str:
    """Every Devanagari letter of the bank, checked in the font Qt picks for the window."""
    _application()
    from advisor.ui.app import devanagari_coverage

    coverage = devanagari_coverage(state["bank"].model_dump_json())
    if coverage.missing:
        raise CheckFailedError(
            f"the window would draw boxes for {len(coverage.missing)} Hindi letters "
            f"({' '.join(coverage.missing[:10])}) in the font {coverage.family or '(none)'}; "
            "the bundled fonts are missing or damaged (reinstall the app)"
        )
    return f"{coverage.checked} Devanagari letters of the bank, in {coverage.family}"


def _run_one(name: str, func: Callable[[dict[str, Any]], str], state: dict[str, Any]) -> bool:
    start = time.perf_counter()
    try:
        detail = func(state)
    except _SkippedError as exc:
        print(f"SKIP  {name}: {exc}")
        return True
    except CheckFailedError as exc:
        print(f"FAIL  {name}: {exc}")
        return False
    except Exception as exc:  # a broken installation shows up as anything
        print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        return False
    ms = (time.perf_counter() - start) * 1000
    print(f"OK    {name}: {detail} ({ms:.0f} ms)")
    return True


def run(args: argparse.Namespace) -> int:
    """Run every check; 0 when all pass."""
    state: dict[str, Any] = {}

    def bank_check(s: dict[str, Any]) -> str:
        s["bank"], detail = _bank(args)
        return detail

    ok = _run_one("question bank loads and is valid", bank_check, state)
    ok = _run_one("fonts present", _fonts, state) and ok
    if "bank" in state:
        ok = _run_one("PDF action plan builds", _pdf, state) and ok
        ok = _run_one("main window opens and closes", _window, state) and ok
        ok = _run_one("window draws the Hindi texts", _hindi, state) and ok
    else:
        print("SKIP  PDF and window checks: they need a valid question bank")
    if getattr(args, "folder", None):
        ok = (
            _run_one(
                "workshop folder can be written",
                lambda _s: workshop_dir_line(args.folder),
                state,
            )
            and ok
        )
    print("All checks passed." if ok else "Some checks failed: see FAIL lines above.")
    return 0 if ok else 1
