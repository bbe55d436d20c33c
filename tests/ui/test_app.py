"""The app as a program: started in a subprocess (a second QApplication here would abort)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.storage import save_assessment
from tests.ui.conftest import generated_assessment

ROOT = Path(__file__).resolve().parents[2]


def _run(
    args: list[str], env_extra: dict[str, str], timeout: int = 60
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def test_import_is_cheap() -> None:
    code = (
        "import sys, advisor.ui.app; "
        "heavy = ('PySide6.QtWidgets', 'reportlab', 'pydantic'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = _run(["-c", code], {})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_main_starts_and_quits(tmp_path) -> None:
    code = (
        "import sys, advisor.cli\n"
        "rc = advisor.cli.main([])\n"
        "assert 'reportlab' not in sys.modules, 'reportlab imported at start-up'\n"
        "sys.exit(rc)\n"
    )
    done = _run(["-c", code], {"EXPORT_ADVISOR_QUIT_AFTER_MS": "50"})
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_main_opens_a_file(tmp_path) -> None:
    from advisor.storage.banks import default_bank

    path = tmp_path / "a.json"
    save_assessment(path, generated_assessment(default_bank(), "mixed"))
    raw = path.read_bytes()
    done = _run(["-m", "advisor", str(path)], {"EXPORT_ADVISOR_QUIT_AFTER_MS": "50"})
    assert done.returncode == 0, done.stderr
    assert path.read_bytes() == raw


def test_bad_bank_is_one_line(tmp_path) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("format: nope\n", encoding="utf-8")
    done = _run(["-m", "advisor", "--bank", str(bank)], {"EXPORT_ADVISOR_QUIT_AFTER_MS": "0"})
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "not a question bank" in done.stderr


def test_offscreen_without_quit_timer_refuses_to_hang() -> None:
    done = _run(["-m", "advisor"], {})
    assert done.returncode == 1
    assert "needs a screen" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_broken_file_at_start_does_not_hang(tmp_path) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(b"{not json")
    done = _run(["-m", "advisor", str(path)], {"EXPORT_ADVISOR_QUIT_AFTER_MS": "300"})
    assert done.returncode == 0, done.stderr
    assert path.read_bytes() == b"{not json"


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_returning_users_start_page_imports_no_more_either(tmp_path, lang: str) -> None:
    """With recent files (their "last saved" dates) and unsaved work from a crash (its
    "Recover unsaved work from ..." moment) the start page still shows before pydantic
    and Babel (about 45 ms and 9 MiB for the first date it wrote: Qt writes them now)."""
    from advisor.storage.banks import default_bank

    recent = tmp_path / "client.json"
    save_assessment(recent, generated_assessment(default_bank(), "mixed"))
    code = (
        "import sys, advisor.cli, advisor.ui.first_paint as first_paint\n"
        "from pathlib import Path\n"
        "from advisor.ui.app import create_application\n"
        "from advisor.ui.common.settings import Settings\n"
        "from advisor.ui.shell import i18n\n"
        "create_application()\n"
        # and one moved away: the list shows it set apart (its colour), still without `Qt`
        f"Settings().set('files/recent', [{str(recent)!r}, {str(tmp_path / 'gone.json')!r}])\n"
        f"i18n.set_language({lang!r})\n"
        "seen, texts = {}, []\n"
        "report = first_paint.report\n"
        "def noted(moment):\n"
        "    if moment == 'shown':\n"
        "        seen['shown'] = sorted(m for m in ('pydantic', 'babel') if m in sys.modules)\n"
        "        seen['Qt'] = 'Qt' in vars(sys.modules['PySide6.QtCore'])\n"
        "        from PySide6.QtWidgets import QApplication, QLabel, QAbstractButton\n"
        "        for w in QApplication.allWidgets():\n"
        "            if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible():\n"
        "                texts.extend([w.text(), w.accessibleDescription()])\n"
        "            if hasattr(w, 'item') and hasattr(w, 'count'):\n"
        "                texts.extend(w.item(i).text() for i in range(w.count()))\n"
        "    report(moment)\n"
        "first_paint.report = noted\n"
        "rc = advisor.cli.main([])\n"
        "print(seen['shown'])\n"
        "print(any(str(2026) in t for t in texts))\n"
        "print(seen['Qt'])\n"
        "sys.exit(rc)\n"
    )
    done = _run(
        ["-c", code], {"EXPORT_ADVISOR_QUIT_AFTER_MS": "0", "EXPORT_ADVISOR_REPORT_SHOWN": "1"}
    )
    assert done.returncode == 0, done.stderr
    # a date shown, by Qt; PySide6's `Qt` namespace not made yet (advisor.ui.common.by_name)
    assert done.stdout.splitlines() == ["[]", "True", "False"], done.stderr


@pytest.mark.slow
def test_the_start_path_imports_no_more_than_the_window_needs() -> None:
    """A first `export-advisor` (no file, nothing recent) up to its start page: no other
    command, no PDF stack, no Babel (the examples' markets are joined without reading
    CLDR), no YAML, and no module's source kept in memory by PySide6's import hook.
    Until the window is shown, not even pydantic, the bank's or the assessment's models
    or the pages (issue 18: they are made right after the first paint), nor decimal
    (nothing is rounded yet) or ctypes (only an X11 display is checked with it); by the
    time the app quits they were made, and still no PDF stack. Nor getpass (it imports
    termios: only a lock's owner needs it), nor the recent files' list (none to list),
    nor the Python enums of PySide6's `Qt` namespace (93 enum classes made at its first
    use, about 15 ms: :mod:`advisor.ui.common.by_name`), nor `dataclasses` (the
    records before it are NamedTuples: a dataclass is defined in five times the time),
    nor an icon engine of ours (the start page's link arrows are painted: Qt asked
    a Python `QIconEngine` for sizes while laying out the page, 1.5 ms), nor the
    Python types of PySide6's 50 event classes (made when a Python handler first gets
    a `QEvent`, 1.5-3 ms: the start page's filters and its muted labels' follow the
    window from its first paint on, which its body's `paintEvent` tells)."""
    code = (
        "import linecache, sys, advisor.cli, advisor.ui.first_paint as first_paint\n"
        "heavy = ('reportlab', 'babel', 'yaml', 'advisor.report', 'advisor.commands.score')\n"
        "models = ('pydantic', 'advisor.domain.bank', 'advisor.domain.assessment',\n"
        "          'advisor.storage.documents', 'advisor.ui.document.model',\n"
        "          'advisor.ui.assessment.pages.base', 'decimal', 'ctypes',\n"
        "          'getpass', 'advisor.ui.shell.start_recent', 'dataclasses')\n"
        "seen = {}\n"
        "report = first_paint.report\n"
        "def noted(moment):\n"
        "    seen[moment] = sorted(m for m in heavy + models if m in sys.modules)\n"
        "    if 'Qt' in vars(sys.modules['PySide6.QtCore']):\n"
        "        seen[moment].append('PySide6.QtCore.Qt')\n"
        "    if 'QIconEngine' in vars(sys.modules['PySide6.QtGui']):\n"
        "        seen[moment].append('PySide6.QtGui.QIconEngine')\n"
        "    if 'QGraphicsSceneEvent' in vars(sys.modules['PySide6.QtWidgets']):\n"
        "        seen[moment].append('the event types')\n"
        "    report(moment)\n"
        "first_paint.report = noted\n"
        "rc = advisor.cli.main([])\n"
        "print(seen['shown'])\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "print(sorted(m for m in models[:3] if m not in sys.modules))\n"
        "print(sorted(f for f in linecache.cache if '/advisor/' in f))\n"
        "sys.exit(rc)\n"
    )
    done = _run(
        ["-c", code], {"EXPORT_ADVISOR_QUIT_AFTER_MS": "0", "EXPORT_ADVISOR_REPORT_SHOWN": "1"}
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "[]", "[]", "[]"]
    assert "shown: cpu_ms=" in done.stderr  # the lines bench_startup.py reads
    if sys.platform.startswith("linux"):  # and the memory split it prints
        assert " anon=" in done.stderr and " file=" in done.stderr
    assert "ready: cpu_ms=" in done.stderr


@pytest.mark.slow
def test_the_icon_is_set_after_the_first_paint() -> None:
    """The app's icon is not part of the start-up before the window shows (issue 18), but
    every window has it from right after the first paint (or half a second later)."""
    code = (
        "import sys, advisor.cli, advisor.ui.first_paint as first_paint\n"
        "from PySide6.QtWidgets import QApplication\n"
        "seen = {}\n"
        "report = first_paint.report\n"
        "def noted(moment):\n"
        "    if moment in ('shown', 'ready'):\n"
        "        seen[moment] = not QApplication.instance().windowIcon().isNull()\n"
        "    report(moment)\n"
        "first_paint.report = noted\n"
        "rc = advisor.cli.main([])\n"
        "print(seen['shown'], seen['ready'])\n"
        "sys.exit(rc)\n"
    )
    done = _run(["-c", code], {"EXPORT_ADVISOR_QUIT_AFTER_MS": "1500"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False True"]  # not before the window shows; then


def test_a_message_before_the_window_has_the_icon(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A damaged bank's message, shown before any window, has the app's icon."""
    from PySide6.QtGui import QIcon

    from advisor.ui import app as app_module
    from advisor.ui.common import dialogs

    qapp.setWindowIcon(QIcon())  # as at a start: no earlier test's icon
    seen: list[bool] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda *args: seen.append(not qapp.windowIcon().isNull())
    )
    monkeypatch.setattr(app_module, "_needs_screen", lambda *args: False)
    monkeypatch.setattr(app_module.first_paint, "quit_after", lambda: None)  # a person's run
    assert app_module.run_app(bank_path="/nowhere/bank.yaml") == 2
    assert seen == [True]


def test_autosave_not_available_is_said_in_the_interface_language(  # type: ignore[no-untyped-def]
    qapp, dialogs, hindi, monkeypatch
) -> None:
    from advisor.storage import DocumentError
    from advisor.storage.recovery import RecoveryStore
    from advisor.ui import app as app_module

    def refuse(self) -> None:  # type: ignore[no-untyped-def]
        raise DocumentError(None, "could not autosave: the disk is full")

    monkeypatch.setattr(RecoveryStore, "start_session", refuse)
    app_module._start_recovery_session(qapp, interactive=True)
    title, message = dialogs.calls[-1][1]
    assert dialogs.names()[-1] == "show_error" and "disk is full" in message
    assert title != "Autosave is not available" and title.strip()  # Hindi, not English
