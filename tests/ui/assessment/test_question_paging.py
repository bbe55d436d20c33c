"""Paging a big area: decided on the questions that apply, chunks kept for going back.

* An area is shown a chunk at a time when more than ``PAGED_OVER`` of its questions apply
  to the profile (not when it merely has that many): the banks here add copies of a
  built-in quality question to the quality area, some asked of every company, some of
  textile companies only.
* The chunks left last stay built: back one chunk and forward again shows the same cards
  (nothing is built), with what was typed in them, and undo reaches them.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from advisor.domain.assessment import Answer
from advisor.domain.conditions import applies
from advisor.ui.assessment.pages import questions
from advisor.ui.assessment.widgets.question_card import QuestionCard

sys.path.insert(0, str(Path(__file__).parents[3] / "benchmarks"))
from _bigbank import _builtin_data, big_bank_data

AREA = "quality"
BUILTIN_APPLYING = 8  # built-in quality questions asked of a new (empty) profile


def _bank(tmp_path: Path, everyone: int, textiles: int):  # type: ignore[no-untyped-def]
    """The built-in bank, then ``textiles`` copies of a quality question asked of textile
    companies only, then ``everyone`` copies asked of every company."""
    from advisor.storage.banks import load_bank

    data = _builtin_data()
    model = next(q for q in data["questions"] if q["id"] == "qa.rejection_pct")
    assert "condition" not in model
    textile_only = {"sectors": ["textiles"]}
    for name, count, when in (("tex", textiles, textile_only), ("all", everyone, None)):
        for k in range(count):
            q = copy.deepcopy(model)
            q["id"] = f"qa.{name}-{k}"
            if when is not None:
                q["condition"] = when
            data["questions"].append(q)
            for rec in data["recommendations"]:
                if model["id"] in rec["questions"]:
                    rec["questions"].append(q["id"])
    path = tmp_path / f"bank-{everyone}-{textiles}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_bank(path)


def _applying(window) -> list[str]:  # type: ignore[no-untyped-def]
    profile = window.doc.assessment.profile
    return [q.id for q in window.bank.questions_of(AREA) if applies(q, profile)]


def test_the_condition_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bank = _bank(tmp_path, 0, 1)
    assert bank.question_by_id["qa.tex-0"].condition.sectors == ["textiles"]


def test_an_area_with_many_questions_but_few_that_apply_is_not_paged(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_bank(tmp_path, 40 - BUILTIN_APPLYING, 150 - 38 - 32))
    assert len(window.bank.questions_of(AREA)) == 150
    page = window.go_to_section(AREA)
    assert len(_applying(window)) == 40
    assert not page.paged and page.chunk_label is None  # no chunk line for 40 questions
    assert page.show_question(_applying(window)[-1])  # every one reachable on the page
    assert page.cards[_applying(window)[-1]].title.text().startswith("40.")


@pytest.mark.parametrize(("applying", "paged"), [(100, False), (101, True)])
def test_paging_starts_over_a_hundred_questions_that_apply(
    applying, paged, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_bank(tmp_path, applying - BUILTIN_APPLYING, 30))
    page = window.go_to_section(AREA)
    assert len(_applying(window)) == applying
    assert page.paged is paged
    if paged:
        assert page.chunk_label.text() == f"Questions 1–50 of {applying}"
        assert page.chunk_count() == 3


def test_a_profile_change_pages_the_area_and_keeps_the_readers_question(
    make_window, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_bank(tmp_path, 60, 80))  # 68 apply; 80 more to textile firms
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page = window.go_to_section(AREA)
    assert not page.paged
    target = "qa.all-40"
    QApplication.processEvents()
    assert page.show_question(target)  # the reader is on it (focused, in view)
    QApplication.processEvents()
    window.go_to_section("profile")
    window.doc.set_profile_field("sector", "textiles")
    applying = _applying(window)
    assert len(applying) > questions.PAGED_OVER
    assert page.paged
    assert page.chunk == applying.index(target) // questions.CHUNK
    number = applying.index(target) + 1
    assert page.cards[target].title.text().startswith(f"{number}.")
    window.go_to_section(AREA)
    QApplication.processEvents()
    card = page.cards[target]
    top = card.mapTo(page.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < page.viewport().height()  # still where the reader was
    # and back: no longer paged, the same question in view
    window.doc.undo_stack.undo()
    assert not page.paged
    assert not page.chunk_label.isVisible() and not page.next_bottom.isVisible()
    card = page.cards[target]
    QApplication.processEvents()
    top = card.mapTo(page.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < page.viewport().height()
    assert card.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is None


def test_a_profile_change_within_a_paged_area_keeps_the_question(
    make_window, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_bank(tmp_path, 150, 80))  # paged with or without textiles
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page = window.go_to_section(AREA)
    target = "qa.all-120"
    assert page.show_question(target)
    before = page.chunk
    window.doc.set_profile_field("sector", "textiles")  # 80 more before it: a later chunk
    applying = _applying(window)
    assert page.paged and page.chunk == applying.index(target) // questions.CHUNK != before
    assert page.cards[target].isAncestorOf(QApplication.focusWidget())


# --- kept chunks ---------------------------------------------------------------------------

C = 15


@pytest.fixture
def small_chunks(monkeypatch):  # type: ignore[no-untyped-def]
    """Chunks of 15 (the 1,200-question bank's quality area: ~100 apply, 7 chunks);
    every card of a chunk built at once, so typing can go anywhere in it."""
    monkeypatch.setattr(questions, "CHUNK", C)
    monkeypatch.setattr(questions, "PAGED_OVER", 2 * C)


@pytest.fixture(scope="module")
def big_bank(tmp_path_factory):  # type: ignore[no-untyped-def]
    from advisor.storage.banks import load_bank

    path = tmp_path_factory.mktemp("bigbank") / "big.json"
    path.write_text(json.dumps(big_bank_data(1200), ensure_ascii=False), encoding="utf-8")
    return load_bank(path)


def _alive(page) -> list[QuestionCard]:  # type: ignore[no-untyped-def]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return page.widget().findChildren(QuestionCard)


def test_back_one_chunk_shows_the_cards_built_before(
    make_window, big_bank, small_chunks, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    first = dict(page.cards)
    page.next_button.click()
    second = dict(page.cards)
    built = []
    original = QuestionCard.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(args[1].id)
        original(self, *args, **kwargs)

    monkeypatch.setattr(QuestionCard, "__init__", counting)
    page.prev_button.click()
    assert page.chunk == 0 and built == []  # nothing built: the same cards again
    assert all(page.cards[qid] is card for qid, card in first.items())
    assert [c.question.id for c in page.visible_cards()] == _applying(window)[: len(first)]
    assert page.visible_cards()[0].title.text().startswith("1.")
    assert page.chunk_label.text().startswith("Questions 1–15 ")
    page.next_button.click()
    assert built == [] and all(page.cards[q] is c for q, c in second.items())
    assert not any(card.isVisible() for card in first.values())  # the kept ones hidden


def test_a_whole_kept_chunk_comes_back_one_batch_shown(
    make_window, big_bank, small_chunks, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Showing 50 kept cards at once costs about as much as building a batch: a kept
    chunk comes back with one batch shown, the others shown (not built) when wanted."""
    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    applying = _applying(window)
    assert page.show_question(applying[C - 1])  # every card of the first chunk
    assert len(page.visible_cards()) == C
    page.next_button.click()
    built = []
    original = QuestionCard.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(args[1].id)
        original(self, *args, **kwargs)

    monkeypatch.setattr(QuestionCard, "__init__", counting)
    page.prev_button.click()
    assert len(page.visible_cards()) == questions.BATCH and len(page.cards) == C
    assert page.more_button.text() == f"Show more questions ({C - questions.BATCH} left)"
    page.more_button.click()
    assert len(page.visible_cards()) == C and built == []
    assert page.show_question(applying[C - 1]) and built == []


def test_kept_chunks_are_bounded(make_window, big_bank, small_chunks) -> None:
    window = make_window(big_bank)
    page = window.go_to_section(AREA)
    for _ in range(6):
        page.next_button.click()
        assert len(_alive(page)) <= (questions.KEPT + 1) * C
    assert page.chunk == 6
    assert sorted(page._kept.indexes()) == [4, 5]  # the two left last


def test_typed_number_survives_the_round_trip_and_undo_reaches_it(
    make_window, big_bank, small_chunks, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(big_bank)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page = window.go_to_section(AREA)
    qid = "qa.rejection_pct"
    assert page.show_question(qid) and page.chunk == 0
    spin = page.cards[qid].spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "12")  # typed, no Enter
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # Next
    qtbot.waitUntil(lambda: page.chunk == 1)  # a mnemonic clicks after a flash
    assert window.doc.assessment.answers[qid] == Answer(number=12)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.chunk == 0)
    assert page.cards[qid].spin is spin and spin.value() == 12
    assert spin.isVisible()
    page.next_button.click()
    window.doc.undo_stack.undo()  # while the card is kept, hidden
    assert qid not in window.doc.assessment.answers
    page.prev_button.click()
    assert spin.value() == spin.minimum()  # "Not answered", as the document says
    window.doc.undo_stack.redo()
    assert spin.value() == 12


# --- the page ends where its content ends ---------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 700), (800, 560)])
def test_a_chunk_ends_with_its_last_card_not_blank_space(
    size, make_window, big_bank, small_chunks
) -> None:  # type: ignore[no-untyped-def]
    """Scrolled to the end, the last card and the Next button are in view (the scroll
    area made the page as tall as its narrowest layout: 2,000 px of blank under 50)."""
    window = make_window(big_bank)
    window.resize(*size)
    page = window.go_to_section(AREA)
    QApplication.processEvents()
    assert page.show_question(_applying(window)[C - 1])  # the whole first chunk
    QApplication.processEvents()
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    bottom = page.next_bottom
    assert bottom.isVisible()
    y = bottom.mapTo(page.viewport(), QPoint(0, bottom.height())).y()
    assert page.viewport().height() - 60 <= y <= page.viewport().height()


def test_a_small_area_ends_with_its_last_card(make_window) -> None:  # type: ignore[no-untyped-def]
    from advisor.storage.banks import default_bank

    window = make_window(default_bank())
    window.resize(800, 560)
    page = window.go_to_section("logistics")
    QApplication.processEvents()
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    last = page.visible_cards()[-1]
    y = last.mapTo(page.viewport(), QPoint(0, last.height())).y()
    assert page.viewport().height() - 60 <= y <= page.viewport().height()


def test_tab_goes_from_the_chunk_buttons_through_the_cards_to_next(
    make_window, big_bank, small_chunks, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Also after a kept chunk is shown again (its cards chained again after the bar)."""
    window = make_window(big_bank)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page = window.go_to_section(AREA)
    page.next_button.click()
    page.prev_button.click()  # chunk 0 again, kept
    page.next_button.click()  # chunk 1 again, kept
    page.next_button.setFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Tab)
    first = page.visible_cards()[0]
    assert first.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert page.next_button.hasFocus()
    assert page.show_question(_applying(window)[2 * C - 1])  # the chunk's last
    last = page.cards[_applying(window)[2 * C - 1]]
    last.focus_widgets()[-1].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.next_bottom.hasFocus()  # Show more is hidden: every card is shown


def test_a_question_that_stops_applying_leaves_the_reader_at_the_one_before() -> None:
    from types import SimpleNamespace

    from advisor.ui.assessment.pages.question_chunks import place_of

    area = [SimpleNamespace(id=name) for name in "abcdef"]
    applying = [q for q in area if q.id in "acf"]
    assert place_of("c", area, applying) == 1  # still applies: where it is
    assert place_of("e", area, applying) == 1  # no longer: the nearest before it, "c"
    assert place_of("a", area, applying[1:]) == 0  # none before it: the first
    assert place_of(None, area, applying) == 0
