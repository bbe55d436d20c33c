"""PDF export (the window's one export): a safe default name, a worker thread, the offer
to open the file."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor import services
from advisor.domain.assessment import Answer
from advisor.ui.document.export import safe_pdf_name

DAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Shree Ganesh Textiles", "Shree Ganesh Textiles-2026-11-27.pdf"),
        ('A/B: "C"? *D* \\E <F> |G|', "A-B- -C-- -D- -E -F- -G-2026-11-27.pdf"),
        ("", "assessment-2026-11-27.pdf"),
        ("   ...  ", "assessment-2026-11-27.pdf"),
        ("CON", "CON-report-2026-11-27.pdf"),
        ("nul.txt", "nul.txt-report-2026-11-27.pdf"),
        ("..\\..\\etc", "etc-2026-11-27.pdf"),
        ("मसाले ₹ Exports", "मसाले ₹ Exports-2026-11-27.pdf"),
        ("line\nbreak\ttab", "line-break-tab-2026-11-27.pdf"),
    ],
)
def test_safe_pdf_name(company: str, expected: str) -> None:
    assert safe_pdf_name(company, DAY) == expected


def test_long_names_are_cut() -> None:
    assert len(safe_pdf_name("x" * 500, DAY)) <= 80 + len("-2026-11-27.pdf")


def test_export_writes_the_pdf_in_a_worker(
    tmp_path, qtbot, make_window, dialogs, mini_bank
) -> None:
    window = make_window(mini_bank)
    window.doc.set_profile_field("company", "Acme/Exports")
    window.doc.set_answer("log.iec", Answer(choice="no"))
    target = tmp_path / "out.pdf"
    dialogs.answers["ask_save_pdf_path"] = target
    dialogs.answers["ask_open_file_after_export"] = False
    window.export_action.trigger()
    suggested = dialogs.calls[-1][1][0]
    assert suggested.endswith(f"Acme-Exports-{dt.date.today().isoformat()}.pdf")
    assert not window.export_action.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: "ask_open_file_after_export" in dialogs.names(), timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.export_action.isEnabled()


def test_export_failure_is_reported(
    tmp_path, qtbot, make_window, dialogs, mini_bank, monkeypatch
) -> None:
    def broken(*_args: object) -> bytes:
        raise ValueError("the logo cannot be used")

    monkeypatch.setattr(services, "export_pdf", broken)
    window = make_window(mini_bank)
    dialogs.answers["ask_save_pdf_path"] = tmp_path / "out.pdf"
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "show_error" in dialogs.names(), timeout=10000)
    assert "the logo cannot be used" in dialogs.calls[-1][1][1]
    assert not (tmp_path / "out.pdf").exists()


def test_cancelled_export_does_nothing(make_window, dialogs, mini_bank) -> None:
    window = make_window(mini_bank)
    window.export_action.trigger()
    assert window.export_action.isEnabled()
    assert dialogs.names() == ["ask_save_pdf_path"]


def test_closing_waits_for_no_export_that_is_not_running(
    qtbot, make_window, dialogs, mini_bank
) -> None:
    """Other background work (a workshop's cohort summary...) never holds the window open."""
    import threading
    import time

    from advisor.ui.common.jobs import run_in_background

    window = make_window(mini_bank, features="app")
    release = threading.Event()
    job = run_in_background(lambda: release.wait(10), lambda _r: None, lambda _m: None)
    started = time.monotonic()
    assert window.close()
    assert time.monotonic() - started < 2
    release.set()
    job.wait()
