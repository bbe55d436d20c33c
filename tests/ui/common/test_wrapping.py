"""Wrapping radio buttons and check boxes: the text wraps, the button still behaves as Qt's."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget

from advisor.ui.common.wrapping import (
    ElidingComboBox,
    WrappingCheckBox,
    WrappingRadioButton,
    text_fits,
)

LONG = (
    "Credit (open account, or D/A: documents against acceptance, pay later) with ECGC cover "
    "on the buyer"
)


def _column(qtbot, *buttons, width: int = 260) -> QWidget:  # type: ignore[no-untyped-def]
    box = QWidget()
    layout = QVBoxLayout(box)
    for button in buttons:
        button.setParent(box)
        layout.addWidget(button)
    layout.addStretch(1)
    qtbot.addWidget(box)
    box.resize(width, 400)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    return box


def test_the_text_wraps_at_the_width_given(qtbot) -> None:  # type: ignore[no-untyped-def]
    short, long = WrappingRadioButton("No IEC yet"), WrappingRadioButton(LONG)
    _box = _column(qtbot, short, long)
    assert long.width() < long.sizeHint().width()  # narrower than one line...
    assert long.height() > 2 * short.height()  # ...so it takes several
    assert text_fits(long) and text_fits(short)
    assert short.height() == short.sizeHint().height()
    assert long.minimumSizeHint().width() < 200  # as narrow as its longest word
    assert long.heightForWidth(2000) == short.heightForWidth(2000)  # one line when wide
    assert long.text() == LONG  # what screen readers and tests read is unchanged


def test_a_click_on_the_last_line_and_the_keyboard_still_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = WrappingRadioButton(LONG), WrappingRadioButton("Full advance payment")
    box = _column(qtbot, first, second)
    group = QButtonGroup(box)
    group.addButton(first)
    group.addButton(second)
    last_line = QPoint(first.width() // 2, first.height() - 3)
    QTest.mouseClick(first, Qt.MouseButton.LeftButton, pos=last_line)
    assert first.isChecked()
    second.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(second, Qt.Key.Key_Space)
    assert second.isChecked() and not first.isChecked()


def test_a_check_box_ticks_with_space_and_its_alt_letter(qtbot) -> None:  # type: ignore[no-untyped-def]
    tick = WrappingCheckBox("&Trade fairs and buyer-seller meets abroad, in India or online")
    _box = _column(qtbot, tick, width=200)
    tick.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(tick, Qt.Key.Key_Space)
    assert tick.isChecked()
    QTest.keyClick(tick.window(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not tick.isChecked(), timeout=2000)  # Qt animates the click
    assert tick.grab().width() == tick.width()  # it paints (indicator, text, focus frame)


def test_a_combo_box_says_a_cut_choice_in_its_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = ElidingComboBox()
    combo.addItems(["Spices", LONG])
    combo.setMinimumContentsLength(12)  # as the profile's: it may be narrower than a choice
    combo.setSizeAdjustPolicy(
        ElidingComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    _box = _column(qtbot, combo, width=220)
    assert combo.shown_text() == "Spices" and combo.toolTip() == ""
    combo.setCurrentIndex(1)
    assert combo.shown_text().endswith("…") and combo.toolTip() == LONG
