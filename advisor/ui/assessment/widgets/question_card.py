"""One question on screen: the question, why it matters, and the controls to answer it.

Single choice: radio buttons. Multiple choice: check boxes (an exclusive option such as
"None of these" clears the others). Their texts wrap at the card's width
(:mod:`advisor.ui.common.wrapping`): a long answer is never cut at a small window's edge.
Number: a spin box with the unit. Every question also offers "Don't know" and "Not
applicable". The card never stores an answer itself: it
asks the document to change, and shows whatever the document holds (so undo works).

Keyboard, the Qt way: a single-choice question is one tab stop (its chosen answer, else
its first option); the arrow keys move through every option in reading order, "Don't
know" and "Not applicable" included, without changing the answer; Space chooses. In a
multiple-choice question every box is a tab stop, the arrows move between them too, and
Space ticks or clears the box.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from advisor.domain.answers import format_number
from advisor.domain.assessment import Answer, Skip
from advisor.domain.bank import Question, QuestionKind
from advisor.ui.common.style import focus_visibly, muted_label, named, scaled_font, wrapped_label
from advisor.ui.common.wrapping import check_box, radio_button
from advisor.ui.document.model import AssessmentDocument

__all__ = ["QuestionCard"]


class _NumberBox(QDoubleSpinBox):
    """A spin box that shows 12 and 2.5, not 12.00 and 2.50."""

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class QuestionCard(QFrame):
    """A framed card for one question, bound to the document.

    Signals:
        focused(str): a control of this card got the keyboard focus (question id).
    """

    focused = Signal(str)

    def __init__(
        self, doc: AssessmentDocument, question: Question, number: int, lang: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.question = question
        self.setObjectName(f"card-{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        text = question.text.get(lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)

        self._text = text
        self.title = wrapped_label("", self)
        self.title.setFont(scaled_font(self.title, 1.05, bold=True))
        self.set_number(number)
        layout.addWidget(self.title)
        self.help_label = muted_label("", self)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setText(
            f"<b>{html.escape(self.tr('Why this matters:'))}</b> "
            f"{html.escape(question.help.get(lang))}"
        )
        layout.addWidget(self.help_label)
        if question.critical:
            flag = wrapped_label("⚠ " + self.tr("A weak answer here blocks exporting."), self)
            layout.addWidget(flag)

        self.option_buttons: dict[str, QAbstractButton] = {}
        self.spin: QDoubleSpinBox | None = None
        # Only radio buttons share a group: Qt lets Tab skip the other buttons of a group,
        # which for check boxes left all but the first unreachable.
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._single = question.kind is QuestionKind.SINGLE
        options_box = QVBoxLayout()
        options_box.setSpacing(2)
        options_box.setContentsMargins(8, 4, 0, 0)
        if question.kind is QuestionKind.NUMBER:
            self.spin = self._number_box(lang, text)
            options_box.addWidget(self.spin, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            button_type = radio_button if self._single else check_box
            for option in question.options or ():
                label = option.label.get(lang)
                button = named(button_type(label.replace("&", "&&"), self), label, text)
                if self._single:
                    self._group.addButton(button)
                self.option_buttons[option.id] = button
                options_box.addWidget(button)
        layout.addLayout(options_box)

        skip_row = QHBoxLayout()
        skip_row.setContentsMargins(8, 2, 0, 0)
        skip_type = radio_button if self._single else check_box
        self.unknown_button = named(
            skip_type(self.tr("Don't know"), self), self.tr("Don't know"), text
        )
        self.na_button = named(
            skip_type(self.tr("Not applicable"), self), self.tr("Not applicable"), text
        )
        for button in (self.unknown_button, self.na_button):
            if question.kind is QuestionKind.SINGLE:
                self._group.addButton(button)
            skip_row.addWidget(button)
        skip_row.addStretch(1)
        layout.addLayout(skip_row)

        for button in self._all_buttons():
            button.clicked.connect(self._on_clicked)
            button.installEventFilter(self)
        self.refresh()

    # --- building ----------------------------------------------------------------

    def _number_box(self, lang: str, text: str) -> QDoubleSpinBox:
        q = self.question
        spin = _NumberBox(self)
        spin.setDecimals(2)
        step = 1.0
        spin.setRange(q.minimum - step, q.maximum)
        spin.setSingleStep(step)
        spin.setSpecialValueText(self.tr("Not answered"))
        spin.setKeyboardTracking(False)
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("Not answered 00000 hours") + 30)
        if q.unit:
            spin.setSuffix(" " + q.unit.get(lang))
        spin.setAccessibleName(text)
        unit = q.unit.get(lang) if q.unit else ""
        spin.setAccessibleDescription(
            self.tr("A number from %1 to %2")
            .replace("%1", format_number(q.minimum))
            .replace("%2", format_number(q.maximum))
            + (f" ({unit})" if unit else "")
        )
        spin.valueChanged.connect(self._on_number)
        spin.installEventFilter(self)
        return spin

    def set_number(self, number: int) -> None:
        """Show the question's number among the questions shown."""
        self.title.setText(f"{number}. {self._text}")

    def _all_buttons(self) -> list[QAbstractButton]:
        return [*self.option_buttons.values(), self.unknown_button, self.na_button]

    def focus_widgets(self) -> list[QWidget]:
        """The card's controls in reading order (for the tab chain)."""
        first: list[QWidget] = [self.spin] if self.spin is not None else []
        return [*first, *self._all_buttons()]

    def entry_widget(self) -> QWidget:
        """Where Tab enters the question (and where a jump to it puts the focus)."""
        if self.spin is not None and self.spin.isEnabled():
            return self.spin
        buttons = self._all_buttons()
        if self._single:
            return next((b for b in buttons if b.isChecked()), buttons[0])
        return buttons[0]

    _NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
    _PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.focused.emit(self.question.id)
        elif kind == QEvent.Type.KeyPress and watched is not self.spin:
            key = event.key()
            if key in self._NEXT_KEYS or key in self._PREVIOUS_KEYS:
                if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                    return False  # Alt+Left/Right and the like are the window's
                self._move_focus(watched, +1 if key in self._NEXT_KEYS else -1)
                return True  # never scrolls the page, never changes the answer
        return False

    def _move_focus(self, current: QWidget, step: int) -> None:
        """The arrow keys: the next (or previous) option of this question, in reading
        order, wrapping round; nothing is chosen by moving."""
        buttons = [b for b in self._all_buttons() if b.isEnabled()]
        if current not in buttons:
            return
        target = buttons[(buttons.index(current) + step) % len(buttons)]
        focus_visibly(target)

    def _update_tab_stops(self) -> None:
        """A single-choice question is one tab stop: the chosen button, else the first."""
        if not self._single:
            return
        buttons = self._all_buttons()
        entry = next((b for b in buttons if b.isChecked()), buttons[0])
        for button in buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is entry else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    # --- showing the document's answer -------------------------------------------------

    def refresh(self) -> None:
        """Show the answer the document holds, without emitting edits."""
        answer = self.doc.assessment.answers.get(self.question.id)
        widgets: list[QWidget] = [*self._all_buttons()]
        if self.spin is not None:
            widgets.append(self.spin)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            exclusive = self._group.exclusive()
            self._group.setExclusive(False)
            for option_id, button in self.option_buttons.items():
                chosen = answer is not None and (
                    answer.choice == option_id or option_id in (answer.choices or ())
                )
                button.setChecked(chosen)
            self.unknown_button.setChecked(answer is not None and answer.skip is Skip.UNKNOWN)
            self.na_button.setChecked(answer is not None and answer.skip is Skip.NOT_APPLICABLE)
            self._group.setExclusive(exclusive)
            if self.spin is not None:
                if answer is not None and answer.number is not None:
                    self.spin.setValue(answer.number)
                else:
                    self.spin.setValue(self.spin.minimum())
                self.spin.setEnabled(answer is None or answer.skip is None)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_tab_stops()

    # --- user input -> document ---------------------------------------------------

    def _on_clicked(self) -> None:
        button = self.sender()
        q = self.question
        if button is self.unknown_button or button is self.na_button:
            skip = Skip.UNKNOWN if button is self.unknown_button else Skip.NOT_APPLICABLE
            if button.isChecked():
                self.doc.set_answer(q.id, Answer(skip=skip))
            else:
                self.doc.clear_answer(q.id)
            self.refresh()
            return
        option_id = next(k for k, b in self.option_buttons.items() if b is button)
        if q.kind is QuestionKind.SINGLE:
            self.doc.set_answer(q.id, Answer(choice=option_id))
        else:
            self.doc.set_answer(q.id, self._multi_answer(option_id, button.isChecked()))
        self.refresh()

    def _multi_answer(self, option_id: str, checked: bool) -> Answer | None:
        q = self.question
        current = self.doc.assessment.answers.get(q.id)
        chosen = list(current.choices or ()) if current is not None else []
        option = q.option(option_id)
        if checked:
            if option is not None and option.exclusive:
                chosen = [option_id]
            else:
                chosen = [c for c in chosen if not ((o := q.option(c)) and o.exclusive)]
                chosen.append(option_id)
        else:
            chosen = [c for c in chosen if c != option_id]
        order = [o.id for o in q.options or ()]
        chosen.sort(key=order.index)
        return Answer(choices=chosen) if chosen else None

    def _on_number(self, value: float) -> None:
        if self.spin is None:
            return
        if value <= self.spin.minimum():
            self.doc.clear_answer(self.question.id)
        else:
            self.doc.set_answer(self.question.id, Answer(number=value))
