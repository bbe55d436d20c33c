"""The window at launch shows its start page before the bank's models exist (issue 18).

A window given the built-in bank as a :class:`LazyBank` has its menus, status bar and
start page at once; its document, navigator and pages are made by ``complete()``
(the app calls it right after the first paint), or first thing when anything asks for
them. What the user sees and can do is the same either way.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication

from advisor.services.lazy_bank import LazyBank
from advisor.ui.shell.start import COVERED_ACTIONS, start_page_of, start_page_shown
from tests.ui.conftest import EXAMPLES


def _lazy() -> LazyBank:
    bank = LazyBank.default()
    assert bank is not None  # the built-in bank's compiled twin matches its YAML
    return bank


def _copy(example: Path, folder: Path) -> Path:
    target = folder / example.name
    shutil.copy(example, target)
    return target


def _waiting(window) -> bool:  # type: ignore[no-untyped-def]
    return not window.is_complete() and "doc" not in window.__dict__


def test_the_start_page_shows_before_the_document_and_stays_after(  # type: ignore[no-untyped-def]
    make_window, tmp_path
) -> None:
    good, gone = _copy(EXAMPLES[0], tmp_path), tmp_path / "gone.json"
    other_bank = tmp_path / "other-bank.json"
    other_bank.write_text(
        EXAMPLES[1].read_text(encoding="utf-8").replace('"in-sme-export"', '"another-bank"'),
        encoding="utf-8",
    )
    scored = _copy(EXAMPLES[2], tmp_path)
    window = make_window(_lazy(), features="app", show=False)
    window.settings.set("files/recent", [str(p) for p in (good, gone, other_bank, scored)])
    from advisor.ui.shell.start import show_start_page

    page = show_start_page(window, lambda _w: None)
    window.show()
    assert _waiting(window)
    assert start_page_shown(window) and page.start_button.isVisible()
    assert window.windowTitle() == "Export Readiness Advisor"
    assert all(not window.action(a).isEnabled() for a in COVERED_ACTIONS)
    assert len(page.example_buttons) == len(EXAMPLES)
    assert page.continue_file is not None and page.continue_file.path == good
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert texts[0].startswith("gone.json (missing)")
    assert texts[1].startswith("other-bank.json (cannot be opened)")
    assert "score" not in texts[2]  # scores need the models: they come with them
    before = {b.text(): b.description() for b in page.example_buttons}

    window.complete()
    assert window.is_complete() and start_page_shown(window)
    assert window.windowTitle() == "Export Readiness Advisor"
    assert all(not window.action(a).isEnabled() for a in COVERED_ACTIONS)
    assert not window.action("export_plan").isEnabled()
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert "score" in texts[2]  # the mature example's final result
    assert {b.text(): b.description() for b in page.example_buttons} == before
    page.start_button.click()
    assert not start_page_shown(window) and window.current_key() == "profile"
    assert window.action("save").isEnabled() and "Untitled" in window.windowTitle()


def test_a_click_before_the_document_exists_makes_it_first(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_lazy(), features="app", start_page=True)
    assert _waiting(window)
    start_page_of(window).start_button.click()
    assert window.is_complete() and not start_page_shown(window)
    assert window.current_key() == "profile" and window.stack.isVisible()
    assert window.page("profile").isAncestorOf(window.focusWidget())


def test_an_example_opens_before_the_document_exists(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_lazy(), features="app", start_page=True)
    start_page_of(window).example_buttons[0].click()
    assert not start_page_shown(window) and window.doc.path is None
    assert window.doc.assessment.profile.company  # the example's answers, untitled


def test_the_language_switches_before_the_document_exists(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.shell import i18n

    window = make_window(_lazy(), features="app", start_page=True)
    try:
        start_page_of(window).language_buttons["hi"].click()
        new = next(
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and getattr(w, "lang", None) == "hi"
        )
        qtbot.addWidget(new)
        assert start_page_shown(new) and start_page_of(new).start_button.isVisible()
    finally:
        i18n.install_translator(QApplication.instance(), "en")
        window.settings.set_language("en")


def test_closing_before_the_document_exists_asks_nothing(make_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_lazy(), features="app", start_page=True)
    window.close()
    assert not window.isVisible() and dialogs.calls == []
    assert _waiting(window)  # nothing was made just to be closed


def test_a_complete_window_is_the_same_as_before(make_window) -> None:  # type: ignore[no-untyped-def]
    """Workshop mode, a file on the command line and the tests use a loaded bank: the
    window is complete at once, as it always was."""
    from advisor.storage.banks import default_bank

    window = make_window(default_bank(), features="app")
    assert window.is_complete() and window.lazy_bank is None
    assert window.current_key() == "profile"


def test_no_recent_row_is_cut_in_hindi_before_the_scores(make_window, hindi, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A row whose second line is all Devanagari ("last saved ..." without a score, as
    before the models exist) is as tall as its two lines: Qt measured it 2 px short and
    elided the date."""
    files = [_copy(p, tmp_path) for p in EXAMPLES]
    window = make_window(_lazy(), features="app", show=False)
    assert window.lang == "hi"
    window.settings.set("files/recent", [str(p) for p in (*files, tmp_path / "gone.json")])
    from advisor.ui.shell.start import show_start_page

    page = show_start_page(window, lambda _w: None)
    window.resize(1024, 700)
    window.show()
    QApplication.processEvents()
    heights = {
        page.recent.visualItemRect(page.recent.item(i)).height() for i in range(page.recent.count())
    }
    assert len(heights) == 1, heights  # the Latin "missing" row and the Hindi ones alike
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert any("नवंबर" in t and "·" not in t for t in texts)  # no score yet


def test_a_file_the_loader_refuses_is_not_offered_before_the_document_either(  # type: ignore[no-untyped-def]
    make_window, tmp_path
) -> None:
    """A recent file saved as UTF-16 (or with a key twice, or NaN) is "cannot be opened"
    from the first paint on: Continue offers the next good file, not one a click refuses."""
    good = _copy(EXAMPLES[0], tmp_path)
    utf16 = tmp_path / "notepad.json"
    utf16.write_bytes(EXAMPLES[1].read_text(encoding="utf-8").encode("utf-16"))
    twice = tmp_path / "twice.json"
    twice.write_text(
        EXAMPLES[2]
        .read_text(encoding="utf-8")
        .replace('"profile": {', '"profile": {"x": 1, "x": 2, ', 1),
        encoding="utf-8",
    )
    window = make_window(_lazy(), features="app", show=False)
    window.settings.set("files/recent", [str(p) for p in (utf16, twice, good)])
    from advisor.ui.shell.start import show_start_page

    page = show_start_page(window, lambda _w: None)
    window.show()
    assert _waiting(window)
    assert page.continue_file is not None and page.continue_file.path == good
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert texts[0].startswith("notepad.json (cannot be opened)")
    assert texts[1].startswith("twice.json (cannot be opened)")
