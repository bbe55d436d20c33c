"""The review page's links, keyboard use, accessible names and tab order."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from advisor.domain.assessment import Answer, Skip
from advisor.storage.banks import default_bank


def test_review_lists_unanswered_and_unknown_and_jumps(qtbot, make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    window.doc.set_answer("log.iec", Answer(choice="yes"))
    window.doc.set_answer("log.docs", Answer(skip=Skip.UNKNOWN))
    review = window.go_to_section("review")
    pending = review.pending()
    assert pending["logistics"] == [("log.docs", pending["logistics"][0][1])]
    assert pending["logistics"][0][1].value == "unknown"
    assert [qid for qid, _ in pending["payments"]] == ["pay.reply"]
    _title, links = review.groups["logistics"]
    assert "Which documents do you prepare?" in links.text()
    assert "don&#x27;t know" in links.text() or "don't know" in links.text()
    assert "1 not answered, 1" in review.summary.text()

    links.linkActivated.emit("pay.reply")
    assert window.current_key() == "payments"
    card = window.page("payments").cards["pay.reply"]
    qtbot.waitUntil(lambda: card.spin.hasFocus() or not window.isActiveWindow())

    window.doc.set_answer("pay.reply", Answer(number=3))
    window.doc.set_answer("log.docs", Answer(choices=["invoice"]))
    window.go_to_section("review")
    assert "Every question that applies is answered" in review.summary.text()


def _controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    return [w for w in widget.findChildren(QWidget) if isinstance(w, kinds)]


def test_every_control_has_an_accessible_name(make_window) -> None:
    bank = default_bank()
    window = make_window(bank)
    for section in window.sections:
        page = window.go_to_section(section.key)
        for control in _controls(page):
            if isinstance(control.parent(), (QLineEdit, QAbstractSpinBox, QComboBox)):
                continue  # the parts inside a control (clear button, inner edit)
            if not control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            assert control.accessibleName(), (section.key, type(control).__name__)
    for control in (window.back_button, window.next_button, window.progress, window.navigator):
        assert control.accessibleName()


def test_tab_order_follows_reading_order(make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    page = window.page("logistics")
    chain = [w for card in page.cards.values() for w in card.focus_widgets()]
    for first, second in itertools.pairwise(chain):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second
    profile = window.page("profile")
    assert _next_focusable(profile.company) is profile.combos["sector"]


def _next_focusable(widget: QWidget) -> QWidget:
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_keyboard_shortcuts_move_between_sections(qtbot, make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    assert window.current_key() == "profile"
    window.forward_action.trigger()
    assert window.current_key() == "logistics"
    window.back_action.trigger()
    assert window.current_key() == "profile"
    assert not window.back_action.isEnabled()
    window.navigator.setCurrentRow(window.navigator.row_of("plan"))
    assert window.current_key() == "plan"
    assert not window.forward_action.isEnabled()
    assert window.undo_action.shortcut().toString()
    assert window.save_action.shortcut().toString()


def test_answering_with_the_keyboard(qtbot, make_window, mini_bank) -> None:
    window = make_window(mini_bank)
    window.activateWindow()
    page = window.go_to_section("logistics")
    card = page.cards["log.iec"]
    button = card.option_buttons["stale"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.doc.assessment.answers["log.iec"] == Answer(choice="stale")
    docs = page.cards["log.docs"].option_buttons["invoice"]
    docs.setFocus()
    qtbot.keyClick(docs, Qt.Key.Key_Space)
    assert window.doc.assessment.answers["log.docs"] == Answer(choices=["invoice"])
    spin = window.page("payments").cards["pay.reply"].spin
    window.go_to_section("payments")
    spin.setFocus()
    spin.selectAll()  # as when the user tabs into it
    qtbot.keyClicks(spin.lineEdit(), "12")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.doc.assessment.answers["pay.reply"] == Answer(number=12)


def test_muted_text_follows_a_palette_switch(qtbot) -> None:
    from PySide6.QtGui import QColor, QPalette

    from advisor.ui.common.style import muted_colour, muted_label

    parent = QWidget()
    qtbot.addWidget(parent)
    label = muted_label("help", parent)
    dark = QPalette(parent.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    parent.setPalette(dark)
    expected = muted_colour(dark)
    assert label.palette().color(QPalette.ColorRole.WindowText) == expected
    assert label.palette().color(QPalette.ColorRole.Window) == QColor("#202020")
