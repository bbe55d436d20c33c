"""Fixtures for the desktop app: a main window on a bank, and dialogs that never open.

Every function of :mod:`advisor.ui.common.dialogs` is replaced by a recorder: a test sets the
answer it wants (``dialog_answers``) and reads what was asked (``dialog_calls``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from advisor.domain.assessment import Answer, Assessment, CompanyProfile
from advisor.domain.bank import Bank, QuestionKind


class DialogRecorder:
    """Stands in for :mod:`advisor.ui.common.dialogs`: records calls, returns preset answers."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, Any] = {}

    def names(self) -> list[str]:
        """The names of the dialogs opened, in order."""
        return [name for name, _ in self.calls]

    def make(self, name: str, default: Any) -> Callable[..., Any]:
        def fake(*args: Any, **_kwargs: Any) -> Any:
            self.calls.append((name, args[1:]))
            return self.answers.get(name, default)

        return fake


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """No real dialog opens; answers are preset per test."""
    from advisor.ui.common import dialogs as module

    recorder = DialogRecorder()
    defaults = {
        "ask_open_path": None,
        "ask_save_path": None,
        "ask_save_pdf_path": None,
        "ask_save_summary_path": None,
        "confirm_discard": module.DiscardChoice.CANCEL,
        "show_error": None,
        "show_file_written": None,
        "show_about": None,
        "offer_save_as": False,
        "ask_provisional": module.CONTINUE,  # export a provisional result anyway
    }
    for name, default in defaults.items():
        monkeypatch.setattr(module, name, recorder.make(name, default))
    # the boxes of the recovery prompts, the lock and the backups (advisor.ui.document.prompts)
    from advisor.ui.document import prompts as boxes

    safe_defaults = {
        "ask_recovery": boxes.RecoveryChoice.LATER,
        "show_in_folder": False,
        "show_problem": None,
        "ask_locked": boxes.LockChoice.READ_ONLY,
        "choose_backup": None,
        "confirm_restore": False,
    }
    for name, default in safe_defaults.items():
        monkeypatch.setattr(boxes, name, recorder.make(name, default))
    return recorder


@pytest.fixture
def make_window(qtbot, dialogs: DialogRecorder):  # type: ignore[no-untyped-def]
    """Build a main window on a bank (shown, 1024x700); closed without prompts at the end.

    ``features``: what plugs into it (``"app"``: the app's own, as users get it; default:
    none, a bare window). ``start_page``: open on the start page, as ``export-advisor``
    does without a file (default: on a new assessment's Profile page).
    """
    from advisor.ui import app
    from advisor.ui.shell.mainwindow import MainWindow

    app.create_application()
    windows: list[MainWindow] = []

    def factory(
        bank: Bank, show: bool = True, features: Any = (), start_page: bool = False
    ) -> MainWindow:
        window = MainWindow(bank, features=app.features() if features == "app" else features)
        window.resize(1024, 700)
        if start_page:
            from advisor.ui.shell.start import show_start_page

            show_start_page(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    # Closed here rather than by qtbot: a language switch may already have deleted one.
    from shiboken6 import isValid

    for window in windows:
        if isValid(window):
            if window.is_complete() and isValid(window.doc):
                window.doc.undo_stack.setClean()
            window.close()
            window.deleteLater()


@pytest.fixture
def hindi(qapp):  # type: ignore[no-untyped-def]
    """The Hindi translator installed and chosen; English again afterwards."""
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n

    app = create_application()
    i18n.set_language("hi")
    assert i18n.install_translator(app, "hi")
    yield app
    i18n.set_language("en")
    i18n.install_translator(app, "en")


def generated_assessment(bank: Bank, mode: str) -> Assessment:
    """Answers every question: ``best``, ``worst``, or ``mixed`` (alternating, some skips)."""
    from advisor.domain.assessment import Skip

    profile = bank.profile
    assessment = Assessment.new(bank.id, bank.version)
    assessment.profile = CompanyProfile(
        company=f"Generated {mode} Exports",
        sector=profile.sectors[-1].id,
        size=profile.sizes[0].id,
        experience=profile.experience[-1].id,
        target_markets=[m.id for m in profile.markets[:2]],
        channels=[profile.channels[0].id],
    )
    for i, q in enumerate(bank.questions):
        best = mode == "best" or (mode == "mixed" and i % 3 == 0)
        if mode == "mixed" and i % 7 == 5:
            assessment.answers[q.id] = Answer(skip=Skip.UNKNOWN)
            continue
        if mode == "mixed" and i % 11 == 4:
            continue  # left unanswered
        if q.kind is QuestionKind.NUMBER:
            value = q.best_number() if best else q.worst_number()
            assessment.answers[q.id] = Answer(number=value if value is not None else 0)
        elif q.kind is QuestionKind.MULTI:
            options = q.best_options() if best else q.worst_options()
            if options:
                assessment.answers[q.id] = Answer(choices=[o.id for o in options])
        else:
            options = q.best_options() if best else q.worst_options()
            assessment.answers[q.id] = Answer(choice=options[0].id)
    return assessment


def copy_of(example: Path, folder: Path) -> Path:
    """A copy of a bundled example in ``folder``: a test that opens one in place would lock
    it (and could save into ``resources/``); the app's "Open an example" opens a copy too."""
    return Path(shutil.copy(example, folder / example.name))


EXAMPLES = sorted(
    p
    for p in (Path(__file__).resolve().parents[2] / "resources" / "examples").glob("*.json")
    if not p.name.startswith("branding")
)
