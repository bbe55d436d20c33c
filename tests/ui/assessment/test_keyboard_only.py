"""The whole assessment with the keyboard alone: a fresh window, key events only.

The test only presses keys (``QTest.keyClick`` on whatever has the focus) and reads what is
on screen; it calls nothing on the widgets. It starts from the start page (Enter: a new
assessment), fills in the profile, walks every area,
answers every question (every option of a multiple-choice question, every option of a
single-choice one visited with the arrow keys), reaches Results and exports the PDF with
Ctrl+E (the save dialog is the project's dialog module, replaced by the test fixture).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from advisor.domain.bank import QuestionKind
from advisor.storage.banks import default_bank

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed and released on whatever has the focus."""
    QTest.keyClick(_focus(), key, modifiers)


def _in(widget: QWidget, container: QWidget) -> bool:
    return container.isAncestorOf(widget)


def _fill_profile(window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("profile")
    assert isinstance(_focus(), QLineEdit) and _in(_focus(), page)
    QTest.keyClicks(_focus(), "Keyboard Exports")
    seen = 0
    for _ in range(60):
        press(Qt.Key.Key_Tab)
        widget = _focus()
        if not _in(widget, page):
            break
        seen += 1
        if isinstance(widget, QComboBox):
            press(Qt.Key.Key_Down)  # the first real choice after "Choose..."
        elif isinstance(widget, QCheckBox):
            press(Qt.Key.Key_Space)
        elif isinstance(widget, QLineEdit):
            QTest.keyClicks(widget, "Asha")
    assert seen > 5
    profile = window.doc.assessment.profile
    assert profile.company == "Keyboard Exports"
    assert profile.sector and profile.size and profile.experience
    assert len(profile.target_markets) == len(window.bank.profile.markets)
    assert len(profile.channels) == len(window.bank.profile.channels)


def _answer_page(window, key: str, touched: dict[str, set[str]]) -> None:  # type: ignore[no-untyped-def]
    page = window.page(key)
    assert _in(_focus(), page), f"{key}: the focus is not on the page"
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    cards = {card.question.id: card for card in page.cards.values()}
    owner = {w: qid for qid, card in cards.items() for w in card.focus_widgets()}
    done: set[str] = set()
    for _ in range(400):
        widget = _focus()
        if not _in(widget, page):
            break
        qid = owner.get(widget) or owner.get(widget.parent())  # the spin box's line edit
        if qid is None or (qid in done and isinstance(widget, QRadioButton)):
            press(Qt.Key.Key_Tab)
            continue
        card = cards[qid]
        skips = (card.unknown_button, card.na_button)
        if isinstance(widget, QRadioButton):
            # arrows go through every option of the question, "Don't know" and
            # "Not applicable" included, in reading order, and back to the first
            order = card.focus_widgets()
            visited = [widget]
            for _step in range(len(order)):
                press(Qt.Key.Key_Down)
                visited.append(_focus())
            assert visited[:-1] == order and visited[-1] is order[0], qid
            assert window.doc.assessment.answers.get(qid) is None  # moving chooses nothing
            press(Qt.Key.Key_Space)
            touched[qid] = {"all"}
            done.add(qid)
        elif isinstance(widget, QCheckBox) and widget not in skips:
            press(Qt.Key.Key_Space)
            touched.setdefault(qid, set()).add(widget.text())
        elif isinstance(widget.parent(), QAbstractSpinBox) or isinstance(widget, QAbstractSpinBox):
            press(Qt.Key.Key_A, CTRL)
            QTest.keyClicks(_focus(), "3")
            touched[qid] = {"all"}
        press(Qt.Key.Key_Tab)
    for qid, card in cards.items():
        if card.isHidden():
            continue
        assert window.doc.assessment.answers.get(qid) is not None, qid
        if card.question.kind is QuestionKind.MULTI:
            labels = {b.text() for b in card.option_buttons.values()}
            assert touched.get(qid) == labels, qid  # every option reached and ticked


def test_a_whole_assessment_with_the_keyboard_only(tmp_path, qtbot, make_window, dialogs) -> None:
    from advisor.ui.shell.start import start_page_of, start_page_shown

    bank = default_bank()
    window = make_window(bank, features="app", start_page=True)  # as export-advisor opens
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert start_page_shown(window)
    assert _focus() is start_page_of(window).start_button  # Enter starts
    press(Qt.Key.Key_Return)
    assert not start_page_shown(window) and window.current_key() == "profile"
    _fill_profile(window)

    touched: dict[str, set[str]] = {}
    for dimension in bank.dimensions:
        press(Qt.Key.Key_PageDown, CTRL)
        assert window.current_key() == dimension.id
        _answer_page(window, dimension.id, touched)
    result = window.doc.result()
    assert all(d.answered == d.applicable for d in result.dimensions)

    for key in ("review", "results"):
        press(Qt.Key.Key_PageDown, CTRL)
        assert window.current_key() == key

    target = tmp_path / "plan.pdf"
    dialogs.answers["ask_save_pdf_path"] = target
    press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")


def test_review_links_focus_the_question_and_the_navigator_never_jumps_far(
    qtbot, make_window, mini_bank
) -> None:
    from advisor.ui.assessment.pages.base import Page

    window = make_window(mini_bank)
    window.activateWindow()
    review = window.go_to_section("review")
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    _title, links = review.groups["payments"]
    links.linkActivated.emit("pay.reply")
    card = window.page("payments").cards["pay.reply"]
    qtbot.waitUntil(card.spin.hasFocus)
    for key in ("profile", "logistics", "review"):
        assert not window.page(key).focusPolicy() & Qt.FocusPolicy.TabFocus
        assert isinstance(window.page(key), Page)
    window.go_to_section("profile")
    window.navigator.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(window.navigator, Qt.Key.Key_PageDown)
    assert window.current_key() == "profile"
    QTest.keyClick(window.navigator, Qt.Key.Key_Down)
    assert window.current_key() == "logistics"
