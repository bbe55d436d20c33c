"""Question cards are built in batches: a big bank's area opens without building them all."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication

from advisor.ui.assessment.pages import questions


@pytest.fixture
def default_bank():  # type: ignore[no-untyped-def]
    """The built-in bank."""
    from advisor.storage.banks import default_bank as builtin

    return builtin()


@pytest.fixture
def small_batches(monkeypatch):  # type: ignore[no-untyped-def]
    """Batches of 5 cards, so the built-in bank's areas need several."""
    monkeypatch.setattr(questions, "BATCH", 5)
    monkeypatch.setattr(questions, "ALL_AT_ONCE", 0)


def _applying(window, key: str) -> list[str]:
    from advisor.domain.conditions import applies

    profile = window.doc.assessment.profile
    return [q.id for q in window.bank.questions_of(key) if applies(q, profile)]


def test_first_batch_only_then_more_on_request(make_window, default_bank, small_batches) -> None:
    window = make_window(default_bank)
    page = window.go_to_section("logistics")
    applying = _applying(window, "logistics")
    assert len(page.visible_cards()) == 5
    assert len(page.cards) < len(default_bank.questions_of("logistics"))
    assert not page.more_button.isHidden()
    assert f"({len(applying) - 5} left)" in page.more_button.text()
    assert page.more_button.accessibleName() == page.more_button.text()

    page.more_button.click()
    shown = page.visible_cards()
    assert len(shown) == 10
    numbers = [card.title.text().split(".")[0] for card in shown]
    assert numbers == [str(n) for n in range(1, 11)]  # numbering runs on across batches
    assert [c.question.id for c in shown] == applying[:10]


def test_scrolling_to_the_end_builds_the_next_batch(
    make_window, default_bank, small_batches
) -> None:
    window = make_window(default_bank)
    page = window.go_to_section("logistics")
    QApplication.processEvents()
    before = len(page.visible_cards())
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert len(page.visible_cards()) > before


def test_jump_to_an_unbuilt_question_builds_it(make_window, default_bank, small_batches) -> None:
    window = make_window(default_bank)
    page = window.go_to_section("logistics")
    last = _applying(window, "logistics")[-1]
    assert last not in page.cards
    assert page.show_question(last)
    assert not page.cards[last].isHidden()
    assert page.more_button.isHidden()  # nothing left to build
    assert not page.show_question("no.such.question")


def test_tab_order_runs_across_batches(make_window, default_bank, small_batches) -> None:
    window = make_window(default_bank)
    page = window.go_to_section("logistics")
    page.show_more()
    chain = [w for card in page.cards.values() for w in card.focus_widgets()]
    for first, second in itertools.pairwise(chain):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second


def _next_focusable(widget):  # type: ignore[no-untyped-def]
    """The next widget in the focus chain that takes Tab focus (cards themselves do not)."""
    from PySide6.QtCore import Qt

    nxt = widget.nextInFocusChain()
    while not nxt.focusPolicy() & Qt.FocusPolicy.TabFocus:
        nxt = nxt.nextInFocusChain()
    return nxt


def test_builtin_bank_areas_fit_in_one_batch(make_window, default_bank) -> None:
    window = make_window(default_bank)
    for dimension in default_bank.dimensions:
        page = window.go_to_section(dimension.id)
        assert len(page.cards) == len(default_bank.questions_of(dimension.id))
        assert page.more_button.isHidden()
