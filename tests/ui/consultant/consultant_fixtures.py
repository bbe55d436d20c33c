"""Fixtures of the consultant UI tests: a client library on disk, dialogs that never open.

Imported by the test modules of this folder (``from consultant_fixtures import ...``);
tests/ui/conftest.py is left to the app's own tests.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from advisor.domain.assessment import Answer, Assessment, PlanEdit, PlanStatus
from advisor.domain.bank import Bank
from advisor.storage import load_assessment, save_assessment
from advisor.storage.banks import default_bank
from advisor.storage.library import ClientLibrary
from advisor.storage.workshop import safe_name

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
CLIENT_NAMES = (
    "Sharma Textiles",
    "Gupta Spices",
    "मसाले एक्सपोर्ट्स",
    "Rao Engineering",
    "Kaveri Foods",
    "Bharat Leather",
    "Nila Handicrafts",
    "Ganga Rice Mills",
    "Orbit Auto Parts",
    "Zenith Pharma",
)


class Recorder:
    """Stands in for a dialogs module: records calls, returns preset answers."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, Any] = {}

    def names(self) -> list[str]:
        """The names of the dialogs opened, in order."""
        return [name for name, _ in self.calls]

    def args(self, name: str) -> tuple[Any, ...]:
        """The arguments (after the parent) of the last call of ``name``."""
        return next(args for n, args in reversed(self.calls) if n == name)

    def make(self, name: str, default: Any) -> Callable[..., Any]:
        def fake(*args: Any, **_kwargs: Any) -> Any:
            self.calls.append((name, args[1:]))
            return self.answers.get(name, default)

        return fake


@pytest.fixture(autouse=True)
def english_interface(qapp):  # type: ignore[no-untyped-def]
    """These tests read English texts, whatever language an earlier test left installed."""
    from PySide6.QtCore import QTranslator

    from advisor.ui.shell.i18n import install_translator

    install_translator(qapp, "en")
    for translator in qapp.findChildren(QTranslator):  # also those made at start-up
        qapp.removeTranslator(translator)
    return qapp


@pytest.fixture
def cdialogs(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """No consultant dialog opens; answers are preset per test."""
    from advisor.ui.consultant import dialogs as module

    recorder = Recorder()
    defaults = {
        "ask_folder": None,
        "ask_text": None,
        "confirm": False,
        "show_list": None,
        "ask_branding_open_path": None,
        "ask_branding_save_path": None,
        "ask_logo_path": None,
        "ask_colour": None,
        "ask_plan_path": None,
    }
    for name, default in defaults.items():
        monkeypatch.setattr(module, name, recorder.make(name, default))
    return recorder


def example(index: int) -> Assessment:
    """One of the three example assessments (by index, cycling)."""
    paths = sorted(p for p in EXAMPLES.glob("*.json") if not p.name.startswith("branding"))
    return load_assessment(paths[index % len(paths)]).assessment


def make_library(root: Path, bank: Bank) -> dict[str, Path]:
    """Ten clients under ``root``; every third one has a follow-up. Returns name -> latest file."""
    library = ClientLibrary(root, bank)
    latest: dict[str, Path] = {}
    for i, name in enumerate(CLIENT_NAMES):
        assessment = example(i)
        assessment.profile.company = name
        stamp = dt.datetime(2026, 1 + i % 9, 3 + i, 9, 0, tzinfo=dt.UTC)
        assessment.created_at = assessment.updated_at = stamp
        folder = library.new_client_folder(name)
        path = folder / f"{safe_name(name)}_{stamp.date().isoformat()}.json"
        save_assessment(path, assessment)
        latest[name] = path
        if i % 3 == 0:
            later = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
            latest[name] = library.follow_up(path, now=later)
    return latest


@pytest.fixture
def bank() -> Bank:
    """The built-in bank."""
    return default_bank()


@pytest.fixture
def client_root(tmp_path: Path, bank: Bank) -> Path:
    """A folder of ten clients, remembered as the consultant's library."""
    from advisor.ui.common.settings import Settings

    root = tmp_path / "Clients"
    root.mkdir()
    make_library(root, bank)
    Settings().set_library_folder(root)
    return root


def improved_follow_up(path: Path) -> Path:
    """A follow-up of ``path`` in its folder with better answers and an action marked done."""
    bank = default_bank()
    old = load_assessment(path).assessment
    new = old.model_copy(deep=True)
    new.created_at = new.updated_at = old.created_at + dt.timedelta(days=120)
    gaps = [q for q in bank.questions if q.kind.value == "single" and q.id in old.answers]
    for question in gaps[:10]:
        new.answers[question.id] = Answer(choice=question.best_options()[0].id)
    rec = bank.recommendations[0]
    new.plan[rec.id] = PlanEdit(status=PlanStatus.DONE)
    target = path.with_name(path.stem + "-followup.json")
    save_assessment(target, new)
    return target


def branding_copy(folder: Path) -> Path:
    """The example branding profile and its logo, copied into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "branding-logo.png", folder / "branding-logo.png")
    shutil.copy(EXAMPLES / "branding-example.json", folder / "branding.json")
    return folder / "branding.json"
