"""No network access anywhere: a full flow runs with every socket call made to fail loudly.

``socket.socket.connect``/``connect_ex``/``sendto``, ``socket.create_connection`` and
``socket.getaddrinfo`` are replaced for the test; each attempt is recorded (so a caller
that swallows the error is still caught) and raises. The flow: load a shipped example,
score it, plan it, render the PDF, save it with a backup, autosave it, lock it, recover it.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from advisor.domain.planning import build_plan
from advisor.domain.scoring import score_assessment
from advisor.resources import resource_path
from advisor.storage import dumps_assessment, load_assessment, parse_assessment
from advisor.storage.backups import BackupStore
from advisor.storage.banks import default_bank
from advisor.storage.locks import DocumentLocks
from advisor.storage.recovery import RecoveryStore


class NetworkAttemptError(AssertionError):
    """Something tried to use the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttemptError(f"network access attempted: {name}{args}")

        return refused

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_guard_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkAttemptError):
        socket.create_connection(("example.org", 80))
    with socket.socket() as sock, pytest.raises(NetworkAttemptError):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2
    no_network.clear()


def test_full_flow_without_network(no_network: list[str], tmp_path: Path) -> None:
    bank = default_bank()
    example = resource_path("examples/growing-spices-us-uae.json")
    loaded = load_assessment(example)
    result = score_assessment(bank, loaded.assessment)
    plan = build_plan(bank, loaded.assessment, result)
    assert result.dimensions and plan.actions

    report = pytest.importorskip("advisor.report")
    pdf = report.render_report(bank, loaded.assessment)
    assert pdf.startswith(b"%PDF")
    (tmp_path / "plan.pdf").write_bytes(pdf)

    doc = tmp_path / "spices.json"
    locks = DocumentLocks()
    lock = locks.acquire(doc)
    assert lock.acquired and lock.lock is not None
    backups = BackupStore()
    backups.save(doc, dumps_assessment(loaded.assessment))
    loaded.assessment.profile.company = "Spices, edited"
    backups.save(doc, dumps_assessment(loaded.assessment))
    assert len(backups.list_backups(doc)) == 1

    store = RecoveryStore()
    store.start_session()
    key = store.new_key()
    store.autosave(key, dumps_assessment(loaded.assessment), doc)
    store.autosave(key, dumps_assessment(loaded.assessment), None)
    assert RecoveryStore().pending() == []  # this session is alive
    again = parse_assessment(doc.read_bytes(), doc)
    assert again.assessment.profile.company == "Spices, edited"
    store.clean_exit()
    lock.lock.release()
    assert no_network == []


def test_command_line_flow_without_network(
    no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from advisor.cli import main

    example = resource_path("examples/first-time-textiles-eu.json")
    pdf = tmp_path / "textiles.pdf"
    for argv in (
        ["score", str(example)],
        ["validate", str(example)],
        ["report", str(example), "-o", str(pdf), "--lang", "hi"],
    ):
        assert main(argv) == 0, argv
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert no_network == []


def test_window_wizard_and_pdf_export_without_network(
    no_network: list[str], tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers set through the window's document, every page shown, saved, PDF exported."""
    pytest.importorskip("PySide6")
    from advisor.domain.assessment import Answer
    from advisor.domain.bank import QuestionKind
    from advisor.ui.app import create_application
    from advisor.ui.common import dialogs
    from advisor.ui.shell.mainwindow import MainWindow

    create_application()
    events: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "acme.json")
    monkeypatch.setattr(dialogs, "ask_save_pdf_path", lambda *_a: tmp_path / "acme.pdf")
    monkeypatch.setattr(dialogs, "show_file_written", lambda *_a: events.append("exported"))
    monkeypatch.setattr(dialogs, "show_error", lambda *a: events.append(f"error {a[1:]}"))
    monkeypatch.setattr(  # 12 answers: a provisional result, exported anyway
        dialogs, "ask_provisional", lambda *_a: events.append("provisional") or dialogs.CONTINUE
    )
    bank = default_bank()
    window = MainWindow(bank)
    qtbot.addWidget(window)
    window.show()
    doc = window.doc
    doc.set_profile_field("company", "Offline Exports")
    doc.set_profile_field("sector", bank.profile.sectors[0].id)
    for question in bank.questions[:12]:
        if question.kind is QuestionKind.NUMBER:
            doc.set_answer(question.id, Answer(number=question.best_number() or 0))
        elif question.kind is QuestionKind.MULTI:
            doc.set_answer(question.id, Answer(choices=[o.id for o in question.best_options()]))
        else:
            doc.set_answer(question.id, Answer(choice=question.best_options()[0].id))
    for section in window.sections:  # every page of the wizard is built and shown
        window.go_to_section(section.key)
    assert window.files.save_as()
    window.files.export_pdf()
    qtbot.waitUntil(lambda: len(events) >= 2, timeout=60_000)
    assert events == ["provisional", "exported"]  # 12 answers: warned, then exported
    assert (tmp_path / "acme.pdf").read_bytes().startswith(b"%PDF")
    window.close()
    assert no_network == []
