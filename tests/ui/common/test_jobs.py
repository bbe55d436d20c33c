"""The one background job: a plain function off the GUI thread, its outcome on the GUI thread."""

from __future__ import annotations

import threading

from advisor.storage import DocumentError
from advisor.ui.common.jobs import one_sentence, run_in_background


def test_the_result_comes_back_on_the_gui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    ran_in: list[int] = []
    got: list[object] = []

    def work() -> int:
        ran_in.append(threading.get_ident())
        return 42

    job = run_in_background(work, lambda r: got.append((r, threading.get_ident())), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, gui)]
    assert ran_in and ran_in[0] != gui
    assert not job.running


def test_a_failure_is_one_sentence(qtbot, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    failed: list[str] = []

    def broken() -> None:
        raise DocumentError(tmp_path / "x.pdf", "could not save: the disk is full")

    run_in_background(broken, lambda _r: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert len(failed) == 1 and "the disk is full" in failed[0]


def test_a_bug_becomes_a_sentence_too() -> None:
    assert one_sentence(ZeroDivisionError("division by zero")) == (
        "ZeroDivisionError: division by zero"
    )
    assert one_sentence(ValueError("the logo cannot be used")) == "the logo cannot be used"


def test_a_file_that_fails_a_job_is_named_with_its_place(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A job's failure said only the reason ("not a colour: ..."): the file and the key
    it was at were lost, though the user needs them to find and fix it."""
    from advisor.storage.errors import Wording

    profile = tmp_path / "branding.json"
    exc = DocumentError(profile, Wording("file.branding.colour", given="'blue'"), "accent")
    assert one_sentence(exc) == f"{profile}: accent: {exc.reason()}"


def test_a_logo_that_cannot_be_used_is_said_in_the_window_language(hindi, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The PDF export's failure for a logo was its English ValueError in a Hindi window."""
    from advisor.report.logo import load_logo

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"")
    try:
        load_logo(logo)
    except ValueError as exc:
        assert str(exc) == f"logo {logo}: the file is empty"  # the command line's English
        assert one_sentence(exc) == f"लोगो {logo}: फ़ाइल ख़ाली है"
        from advisor.ui.consultant.branding_dialog import check_logo

        assert check_logo(logo) == one_sentence(exc)  # the branding dialog's line
    else:
        raise AssertionError("an empty logo was taken")
