"""The window in Hindi: every page in Hindi (no English left: see
:mod:`tests.ui.shell.hindi_words`), nothing clipped at 1024x700, the PDF exported in the
window's language, and switching language without restarting keeps the work.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel
from PySide6.QtWidgets import QMenu

from advisor.domain.text import Text
from tests.ui.conftest import EXAMPLES, copy_of
from tests.ui.shell.hindi_words import KEPT_IN_LATIN, WORD
from tests.ui.shell.hindi_words import words as _words
from tests.ui.window_text import menu_texts as _menu_texts
from tests.ui.window_text import visible_texts as _visible_texts


def _texts(node: object) -> Iterator[Text]:
    if isinstance(node, Text):
        yield node
    elif isinstance(node, BaseModel):
        for key in type(node).model_fields:
            yield from _texts(getattr(node, key))
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _texts(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _texts(item)


def _bank_texts(bank) -> list[str]:  # type: ignore[no-untyped-def]
    """The bank's (and vocabulary's) Hindi texts that hold Latin words, longest first.

    They may keep acronyms and official names (IEC, GST LUT, ECGC...): the bank's own
    tests check them. On screen, such a text is taken out before looking for English.
    """
    from advisor.domain import vocabulary

    sources = [bank] + [
        getattr(vocabulary, name)
        for name in ("PHASE_LABELS", "EFFORT_LABELS", "COST_LABELS", "STATUS_LABELS", "SKIP_LABELS")
    ]
    texts = {t.get("hi") for source in sources for t in _texts(source)}
    return sorted((t for t in texts if WORD.search(t)), key=len, reverse=True)


def _client_folder(tmp_path: Path, example: Path) -> Path:
    """``example`` in a client folder after an earlier, weaker assessment of the same company
    (so the consultant's progress panel shows on the Results and Plan pages)."""
    import datetime as dt

    from advisor.storage import load_assessment, save_assessment

    now = load_assessment(example).assessment
    earlier = now.model_copy(deep=True)
    earlier.created_at = earlier.updated_at = now.created_at - dt.timedelta(days=90)
    earlier.answers = dict(list(now.answers.items())[::2])
    earlier.plan = {}
    folder = tmp_path / "clients" / "client"
    folder.mkdir(parents=True)
    save_assessment(folder / "earlier.json", earlier)
    save_assessment(folder / example.name, now)
    return folder / example.name


def _hindi_window(make_window, qtbot, example: Path):  # type: ignore[no-untyped-def]
    """A window built the way the app builds it (with its extra menus), in Hindi."""
    from advisor.storage.banks import default_bank
    from advisor.ui.app import create_main_window

    make_window  # noqa: B018 - its fixture set-up (dialogs replaced, clean close) is needed
    window = create_main_window(default_bank())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(QMenu, "languageMenu") is not None
    assert window.lang == "hi"
    assert window.files.open_path(example, ask=False)
    return window


def _user_words(window) -> set[str]:  # type: ignore[no-untyped-def]
    a = window.doc.assessment
    texts = [a.profile.company, a.assessor.name, a.assessor.organisation]
    texts += [f"{e.owner} {e.notes}" for e in a.plan.values()]
    texts.append(window.doc.display_name())
    if window.doc.path is not None:  # the file's name (title, status bar) is the user's
        texts.append(window.doc.path.stem)
    return set().union(*(_words(t) for t in texts))


def _english_left(window, allowed: set[str], bank_texts: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for where, shown in [*_visible_texts(window), *_menu_texts(window)]:
        text = shown
        if WORD.search(text):
            for known in bank_texts:
                if known in text:
                    text = text.replace(known, " ")
        english = _words(text.replace("&", "")) - allowed
        if english:
            found.append(f"{where}: {shown!r} ({', '.join(sorted(english))})")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_page_is_in_hindi(hindi, make_window, example: Path, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _hindi_window(make_window, qtbot, _client_folder(tmp_path, example))
    allowed = KEPT_IN_LATIN | _user_words(window)
    bank_texts = _bank_texts(window.bank)
    problems: list[str] = []
    for row, section in enumerate(window.sections):
        window.go_to(row)
        qtbot.wait(1)
        problems += [f"{section.key}: {p}" for p in _english_left(window, allowed, bank_texts)]
    shown = " ".join(text for _, text in _visible_texts(window))
    assert "के बाद की प्रगति" in shown  # the consultant's progress panel was checked too
    assert not problems, "\n".join(dict.fromkeys(problems))


def _clipped(window) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from advisor.ui.common.wrapping import WrappingCheckBox, WrappingRadioButton, text_fits

    problems = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        name = f"{type(w).__name__} {getattr(w, 'text', lambda: '')()[:40]!r}"
        if isinstance(w, WrappingRadioButton | WrappingCheckBox):  # height for width
            if not text_fits(w):
                problems.append(f"{name}: {w.size().toTuple()} cannot show its wrapped text")
        elif isinstance(w, QLabel) and w.wordWrap() and w.text():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                problems.append(f"{name}: {w.height()} px high, needs {need}")
        elif isinstance(w, QLabel | QAbstractButton) and w.text():
            hint = w.minimumSizeHint()
            if hint.height() > w.height() + 1 or hint.width() > w.width() + 1:
                problems.append(f"{name}: {w.width()}x{w.height()}, needs {hint.toTuple()}")
    return problems


@pytest.mark.slow
def test_hindi_layout_fits_1024x700(hindi, make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _hindi_window(make_window, qtbot, copy_of(EXAMPLES[0], tmp_path))
    assert window.size().toTuple() == (1024, 700)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    problems: list[str] = []
    for row, section in enumerate(window.sections):
        window.go_to(row)
        qtbot.wait(5)
        problems += [f"{section.key}: {p}" for p in _clipped(window)]
    assert not problems, "\n".join(problems)


def test_switching_language_keeps_the_work(make_window, qtbot, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from advisor.storage.banks import default_bank
    from advisor.ui.shell import i18n
    from advisor.ui.shell.language import LanguageFeature, switch_language

    switched: list = []

    def make(previous):  # type: ignore[no-untyped-def]
        from advisor.ui.shell.mainwindow import MainWindow

        new = MainWindow(previous.bank, previous.settings, features=[LanguageFeature(make)])
        switched.append(new)
        return new

    old = make_window(default_bank(), features=[LanguageFeature(make)])
    assert old.lang == "en"
    old.files.open_path(copy_of(EXAMPLES[0], tmp_path), ask=False)
    question = old.bank.questions[0]
    best = question.best_options()[0] if question.options else None
    doc = old.doc
    if best is not None:
        from advisor.domain.assessment import Answer

        doc.set_answer(question.id, Answer(choice=best.id))
    answers = dict(doc.assessment.answers)
    undo_count, path = doc.undo_stack.count(), doc.path
    old.go_to_section("results")
    old_size, old_nav = old.size(), old.navigator.item(0).text()
    menu = old.board.menus["language"]
    assert [a.text() for a in menu.actions()] == ["English", "हिन्दी"]
    try:
        old.action("language_hi").trigger()
        assert len(switched) == 1
        new = switched[0]  # closed by the switch back below: not given to qtbot
        assert new is not old and new.isVisible() and not old.isVisible()
        assert new.lang == "hi" and i18n.current_language() == "hi"
        assert new.doc is doc and doc.parent() is new
        assert new.doc.assessment.answers == answers
        assert new.doc.undo_stack.count() == undo_count and new.doc.path == path
        assert new.current_key() == "results"
        assert new.size() == old_size
        assert new.navigator.item(0).text() != old_nav
        assert new.next_button.text().startswith("आगे")
        new.undo_action.trigger()  # the undo history still works in the new window
        assert new.doc.undo_stack.index() == undo_count - 1
        assert "कार्य योजना" in new.windowTitle() or new.windowTitle()
        back = switch_language(new, "en")
        qtbot.addWidget(back)
        assert back.lang == "en" and back.next_button.text() == "&Next >"
        assert back.doc is doc
        assert back.action("language_en").isChecked()
        back.doc.undo_stack.setClean()
    finally:
        i18n.install_translator(QApplication.instance(), "en")


@pytest.mark.slow
def test_the_app_exports_the_pdf_in_its_language(
    hindi, make_window, qtbot, dialogs, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    window = _hindi_window(make_window, qtbot, copy_of(EXAMPLES[0], tmp_path))
    out = tmp_path / "plan.pdf"
    dialogs.answers["ask_save_pdf_path"] = out
    window.export_action.trigger()
    qtbot.waitUntil(
        lambda: bool({"show_file_written", "show_error"} & set(dialogs.names())),
        timeout=60000,
    )
    assert "show_error" not in dialogs.names(), dialogs.calls
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "hi"
