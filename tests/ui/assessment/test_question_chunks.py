"""A big area is shown a chunk of questions at a time: jumps build one chunk, memory bounded.

The bank is made like the benchmark's (``benchmarks/_bigbank.py``), smaller: 1,200
questions, of which about 500 in the quality area; about 100 of them apply to a new
assessment's profile, so the chunks here are of 15 questions (7 chunks).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from advisor.domain.assessment import Answer
from advisor.domain.conditions import applies
from advisor.ui.assessment.pages import questions
from tests.ui.shell.test_mnemonics import window_letters

sys.path.insert(0, str(Path(__file__).parents[3] / "benchmarks"))
from _bigbank import big_bank_data

AREA = "quality"
C = 15  # questions in a chunk here


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):  # type: ignore[no-untyped-def]
    """Chunks of 15, so the area has 7 of them."""
    monkeypatch.setattr(questions, "CHUNK", C)


@pytest.fixture(scope="module")
def big_bank(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A 1,200-question bank read through the app's loader, as a user's file would be."""
    from advisor.storage.banks import load_bank

    path = tmp_path_factory.mktemp("bigbank") / "big.json"
    path.write_text(json.dumps(big_bank_data(1200), ensure_ascii=False), encoding="utf-8")
    return load_bank(path)


def _applying(window, key: str = AREA) -> list[str]:  # type: ignore[no-untyped-def]
    profile = window.doc.assessment.profile
    return [q.id for q in window.bank.questions_of(key) if applies(q, profile)]


def _answer(window, qid: str) -> Answer:  # type: ignore[no-untyped-def]
    from advisor.domain.bank import QuestionKind

    question = window.bank.question_by_id[qid]
    if question.kind is QuestionKind.MULTI:
        return Answer(choices=[question.options[0].id])
    if question.options:
        return Answer(choice=question.options[0].id)
    return Answer(number=1)


def test_a_big_area_opens_on_its_first_chunk(make_window, big_bank) -> None:
    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    applying = _applying(window)
    assert page.paged and len(applying) > 6 * C
    assert page.chunk == 0
    assert len(page.cards) <= questions.BATCH  # built in batches within the chunk
    assert page.chunk_label.text() == f"Questions 1–{C} of {len(applying):,}"
    assert page.chunk_label.isVisible()
    assert not page.prev_button.isEnabled() and page.next_button.isEnabled()
    shown = page.visible_cards()
    assert [c.question.id for c in shown] == applying[: len(shown)]
    assert shown[0].title.text().startswith("1.")


def test_jump_to_the_last_question_builds_its_chunk_only(make_window, big_bank, qtbot) -> None:
    window = make_window(big_bank)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    applying = _applying(window)
    last = applying[-1]
    window.show_question(last)  # as the Review and Results links do
    QApplication.processEvents()  # the page shows the question after the switch
    page = window.page(AREA)
    card = page.cards[last]
    assert card.isVisible()
    assert card.isAncestorOf(QApplication.focusWidget())
    top = card.mapTo(page.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < page.viewport().height()  # scrolled to it, laid out with the chunk
    assert len(page.cards) <= 2 * C
    assert page.chunk == (len(applying) - 1) // C
    assert card.title.text().startswith(f"{len(applying)}.")  # numbered in the whole area
    assert not page.next_button.isEnabled() and page.prev_button.isEnabled()
    first = page.chunk * C + 1
    assert page.chunk_label.text() == f"Questions {first}–{len(applying)} of {len(applying):,}"


def test_answers_survive_moving_between_chunks(make_window, big_bank) -> None:
    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    applying = _applying(window)
    given = {qid: _answer(window, qid) for qid in applying[:3]}
    for qid, answer in given.items():
        window.doc.set_answer(qid, answer)
    before = {qid: page.cards[qid].grab().toImage() for qid in given}
    for _ in range(5):
        page.next_button.click()
    assert page.chunk == 5
    assert not set(given) & set(page.cards)  # the first chunk's cards are gone
    assert len(page.cards) <= 2 * C
    assert page.cards[applying[5 * C]].title.text().startswith(f"{5 * C + 1}.")
    for _ in range(5):
        page.prev_button.click()
    assert page.chunk == 0
    for qid, answer in given.items():
        assert window.doc.assessment.answers[qid] == answer
        assert page.cards[qid].grab().toImage() == before[qid]  # drawn as answered


def test_chunk_buttons_from_the_keyboard(make_window, big_bank, qtbot) -> None:
    from PySide6.QtCore import Qt

    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page.next_button.setFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    assert page.chunk == 1
    first = page.visible_cards()[0]
    assert first.question.id == _applying(window)[C]
    assert first.isAncestorOf(QApplication.focusWidget())  # reading goes on there
    # the bottom button follows the chunk's last card once every card is built
    target = _applying(window)[3 * C - 1]  # the last of the next chunk
    assert page.show_question(target)
    assert page.chunk == 2
    assert page.next_bottom.isVisible()  # every card of the chunk is built: under the last
    assert page.next_bottom.text() == f"Next questions ({3 * C + 1}–{4 * C})"
    page.next_bottom.click()
    assert page.chunk == 3
    for button in (page.prev_button, page.next_button, page.next_bottom):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_direct_jump_scrolls_to_the_card_once_laid_out(
    make_window, big_bank, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(questions, "CHUNK", 50)
    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    page.next_button.click()
    QApplication.processEvents()
    target = _applying(window)[99]  # the chunk's last: 38 cards built for it
    assert page.show_question(target)  # no turn of the event loop before the scroll
    top = page.cards[target].mapTo(page.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < page.viewport().height()


def test_review_link_to_another_chunk(make_window, big_bank) -> None:
    window = make_window(big_bank, features="app")
    applying = _applying(window)
    target = applying[-20]
    window.go_to_section(AREA)
    # the Review page's and the Results page's links both end in window.show_question
    review = window.page("review")
    review.jumpRequested.emit(target)
    QApplication.processEvents()
    page = window.page(AREA)
    assert window.current_key() == AREA
    assert page.chunk == (len(applying) - 20) // C
    assert page.cards[target].isVisible()
    assert page.cards[target].title.text().startswith(f"{len(applying) - 19}.")


def test_profile_change_keeps_numbers_and_chunks_consistent(make_window, big_bank) -> None:
    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    page.go_to_chunk(3)
    ids = [c.question.id for c in page.visible_cards()]
    assert ids == _applying(window)[3 * C : 3 * C + len(ids)]
    page.update_visibility()  # nothing changed: the same cards stay
    assert [c.question.id for c in page.visible_cards()] == ids


@pytest.mark.parametrize("language", ["en", "hi"])
def test_paged_area_has_unique_alt_letters(language, make_window, big_bank) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n

    app = create_application()
    i18n.install_translator(app, language)
    try:
        window = make_window(big_bank, features="app")
        page = window.go_to_section(AREA)
        QApplication.processEvents()
        assert page.prev_button.isVisible() and page.next_button.isVisible()
        clashes = {k: v for k, v in window_letters(window).items() if len(v) > 1}
        assert clashes == {}
    finally:
        i18n.install_translator(app, "en")


def test_small_areas_are_not_paged(make_window) -> None:
    from advisor.storage.banks import default_bank

    window = make_window(default_bank())
    for dimension in window.bank.dimensions:
        page = window.go_to_section(dimension.id)
        assert not page.paged and page.chunk_label is None and page.next_bottom is None


def _press(qtbot, key, modifier) -> None:  # type: ignore[no-untyped-def]
    """A key press where the keyboard focus is (as a user presses it)."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_window_next_and_back_go_through_the_chunks_first(make_window, big_bank, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's Next (the button, Alt+Right, Ctrl+PgDown) in a paged area shows its
    next chunk, and from the last chunk the next section; Back (the button, Alt+Left,
    Ctrl+PgUp) retraces the steps: the previous chunk, and from the section after the
    area its last chunk."""
    from PySide6.QtCore import Qt

    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    window = make_window(big_bank)
    keys = [s.key for s in window.sections]
    before, after = keys[keys.index(AREA) - 1], keys[keys.index(AREA) + 1]
    previous = window.go_to_section(before)  # an area: maybe paged too, at its last chunk
    if previous.paged:
        previous.go_to_chunk(previous.chunk_count() - 1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    _press(qtbot, Qt.Key.Key_PageDown, ctrl)
    page = window.page(AREA)
    assert window.current_key() == AREA and page.paged and page.chunk == 0
    count = page.chunk_count()
    assert count == 7
    for chunk in range(1, count):
        _press(qtbot, Qt.Key.Key_Right, alt)  # Go > Next
        assert window.current_key() == AREA and page.chunk == chunk
        first = page.visible_cards()[0]
        assert first.question.id == _applying(window)[chunk * C]
        assert first.isAncestorOf(QApplication.focusWidget())  # reading goes on there
        assert page.verticalScrollBar().value() == 0
        assert window.next_button.isEnabled() and window.back_button.isEnabled()
    window.next_button.setFocus()
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)  # from the last chunk: the next section
    assert window.current_key() == after
    _press(qtbot, Qt.Key.Key_PageUp, ctrl)  # back: the area's last chunk, where Next left it
    assert window.current_key() == AREA and page.chunk == count - 1
    assert page.visible_cards()[0].isAncestorOf(QApplication.focusWidget())
    for chunk in reversed(range(count - 1)):
        _press(qtbot, Qt.Key.Key_Left, alt)
        assert window.current_key() == AREA and page.chunk == chunk
    window.back_button.setFocus()
    qtbot.keyClick(window.back_button, Qt.Key.Key_Space)  # from the first chunk: the section before
    assert window.current_key() == before
    page.go_to_chunk(3)  # left in the middle (a link, the chunk buttons)...
    _press(qtbot, Qt.Key.Key_Right, alt)  # ...Next from the section before starts it over
    assert window.current_key() == AREA and page.chunk == 0


def test_the_chunk_buttons_keep_the_windows_back_and_next_right(make_window, big_bank) -> None:  # type: ignore[no-untyped-def]
    """In workshop mode an area may be the last section shown: Next is on while chunks
    are left, whichever way the reader moved through them."""
    window = make_window(big_bank)
    keys = [s.key for s in window.sections]
    window.set_hidden_sections(keys[keys.index(AREA) + 1 :])
    page = window.go_to_section(AREA)
    assert window.next_button.isEnabled()
    page.go_to_chunk(page.chunk_count() - 1)  # the chunk line's buttons, a link
    assert not window.next_button.isEnabled()
    page.prev_button.click()
    assert window.next_button.isEnabled()


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_go_menu_names_the_moves_as_the_buttons_do(  # type: ignore[no-untyped-def]
    lang, make_window, mini_bank, request
) -> None:
    """Go's entries move as the Back and Next buttons do (a part of a paged area first):
    they say what the buttons say, not "section", in either language."""
    if lang == "hi":
        request.getfixturevalue("hindi")
    window = make_window(mini_bank)
    for entry, button in (("back", window.back_button), ("forward", window.next_button)):
        said = button.accessibleName()  # the button's text without its arrow and letter
        assert window.action(entry).text() == said, (entry, said)
    assert "section" not in window.action("forward").text()
