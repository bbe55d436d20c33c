"""Radio buttons and check boxes whose text wraps, like a word-wrapped label.

Qt's :class:`~PySide6.QtWidgets.QRadioButton` and :class:`~PySide6.QtWidgets.QCheckBox`
draw their text on one line: a long answer ("Credit (open account, or D/A: documents
against acceptance, pay later) with ECGC cover on the buyer") made the page wider than a
small window, and its end was cut off at the window's right edge. :class:`WrappingRadioButton`
and :class:`WrappingCheckBox` are the same buttons (same keyboard behaviour, groups,
``text()`` and accessible name, Alt letter) that lay their text out over as many lines as
the width needs (height-for-width, as a word-wrapped QLabel does), draw the indicator
beside the first line, and take a click anywhere on the text. :func:`radio_button` and
:func:`check_box` give Qt's own button for a short text (it fits from the minimum window
size up, and is cheaper to build) and a wrapping one for a long text.

A combo box cannot wrap: :class:`ElidingComboBox` ends a choice too long for its width
with "…" (instead of cutting it mid-word) and says it in full in its tooltip; the list
it opens shows every choice in full.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

__all__ = [
    "ElidingComboBox",
    "WrappingCheckBox",
    "WrappingRadioButton",
    "check_box",
    "radio_button",
    "text_fits",
]

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
_RIGHT = 4  # room for the focus frame at the end of the text
_HUGE = 1 << 20


class _WrappingMixin:
    """Height-for-width layout and painting shared by the two buttons."""

    _radio = False

    def _setup(self) -> None:
        button: QAbstractButton = self  # type: ignore[assignment]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)
        # measures of the style and font (cleared when they change) and of each text
        self._measures: dict[object, int] = {}
        self._heights: dict[tuple[int, str], int] = {}
        self._fast: tuple[str, int, int] | None = None  # text, one line's width, its height

    # --- geometry --------------------------------------------------------------------

    def _measure(self) -> dict[object, int]:
        """The indicator's size, the gap before the text and one row's height (cached)."""
        measures = self._measures
        if "row" not in measures:
            button: QAbstractButton = self  # type: ignore[assignment]
            style, opt = button.style(), QStyleOptionButton()
            button.initStyleOption(opt)  # type: ignore[attr-defined]
            metric = QStyle.PixelMetric
            if self._radio:
                names = (metric.PM_ExclusiveIndicatorWidth, metric.PM_ExclusiveIndicatorHeight,
                         metric.PM_RadioButtonLabelSpacing)  # fmt: skip
            else:
                names = (metric.PM_IndicatorWidth, metric.PM_IndicatorHeight,
                         metric.PM_CheckBoxLabelSpacing)  # fmt: skip
            width, height, spacing = (style.pixelMetric(name, opt, button) for name in names)
            one_line = super().sizeHint().height()  # type: ignore[misc]  # Qt's own button
            flags = int(_FLAGS | _WRAP)  # one line laid out as the wrapped text is
            room = QRect(0, 0, _HUGE, _HUGE)
            line = button.fontMetrics().boundingRect(room, flags, "Ag").height()
            measures.update(
                indicator_width=width,
                indicator_height=height,
                text_left=width + spacing,
                line=line,
                row=max(one_line, line, height),
            )
        return measures

    def _indicator(self) -> tuple[int, int, int]:
        """The indicator's width and height, and the space between it and the text."""
        m = self._measure()
        return m["indicator_width"], m["indicator_height"], m["text_left"] - m["indicator_width"]

    def _text_left(self) -> int:
        return self._measure()["text_left"]

    def _row(self) -> int:
        """The height of one line of text with its padding, as Qt's own button has it."""
        return self._measure()["row"]

    def _text_height(self, text_width: int) -> int:
        button: QAbstractButton = self  # type: ignore[assignment]
        text = button.text()
        if not text:
            return 0
        rect = QRect(0, 0, max(1, text_width), _HUGE)
        return button.fontMetrics().boundingRect(rect, int(_FLAGS | _WRAP), text).height()

    def _one_line_width(self) -> int:
        button: QAbstractButton = self  # type: ignore[assignment]
        text = button.text()
        key = ("one", text)
        if key not in self._measures:
            flags = int(_FLAGS | Qt.TextFlag.TextShowMnemonic)
            bounds = button.fontMetrics().boundingRect(QRect(0, 0, _HUGE, _HUGE), flags, text)
            self._measures[key] = bounds.width() if text else 0
        return self._measures[key]

    def _longest_word(self) -> int:
        button: QAbstractButton = self  # type: ignore[assignment]
        text = button.text()
        key = ("word", text)
        if key not in self._measures:
            metrics = button.fontMetrics()
            words = text.replace("&&", "&").replace("&", "").split()
            self._measures[key] = max((metrics.horizontalAdvance(w) for w in words), default=0)
        return self._measures[key]

    def heightForWidth(self, width: int) -> int:
        """The height the text needs at ``width`` (one row at least). Layouts ask this
        often: a text that fits on one line is answered without measuring it again."""
        button: QAbstractButton = self  # type: ignore[assignment]
        text = button.text()
        fast = self._fast
        if fast is None or fast[0] != text:
            one_line = self._text_left() + self._one_line_width() + _RIGHT
            fast = self._fast = (text, one_line, self._row())
        if width >= fast[1]:
            return fast[2]
        key = (width, text)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 64:
                self._heights.clear()
            text_width = width - self._text_left() - _RIGHT
            extra = max(0, self._text_height(text_width) - self._measure()["line"])
            height = self._heights[key] = fast[2] + extra
        return height

    def sizeHint(self) -> QSize:
        """The text on one line."""
        width = self._text_left() + self._one_line_width() + _RIGHT
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word."""
        width = self._text_left() + min(self._longest_word(), self._one_line_width()) + _RIGHT
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style measures the text again."""
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measures.clear()
            self._heights.clear()
            self._fast = None
            self.updateGeometry()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]

    def hitButton(self, pos: QPoint) -> bool:
        """A click anywhere on the button (every line of the text) toggles it."""
        return self.rect().contains(pos)  # type: ignore[attr-defined]

    # --- painting --------------------------------------------------------------------

    def text_rect(self) -> QRect:
        """Where the text is drawn (the width it wraps in)."""
        button: QAbstractButton = self  # type: ignore[assignment]
        left = self._text_left()
        top = (self._row() - button.fontMetrics().height()) // 2
        return QRect(left, top, max(1, button.width() - left - _RIGHT), button.height() - top)

    def paintEvent(self, _event: QEvent) -> None:
        """The indicator beside the first line, then the wrapped text and the focus frame."""
        button: QAbstractButton = self  # type: ignore[assignment]
        painter = QStylePainter(button)
        opt = QStyleOptionButton()
        button.initStyleOption(opt)  # type: ignore[attr-defined]
        width, height, _spacing = self._indicator()
        indicator = QStyleOptionButton(opt)
        indicator.rect = QRect(0, (self._row() - height) // 2, width, height)
        element = QStyle.PrimitiveElement
        painter.drawPrimitive(
            element.PE_IndicatorRadioButton if self._radio else element.PE_IndicatorCheckBox,
            indicator,
        )
        flags = int(_FLAGS | _WRAP)
        if not button.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, opt, button):
            flags |= int(Qt.TextFlag.TextHideMnemonic)
        rect = self.text_rect()
        painter.drawItemText(
            rect, flags, opt.palette, button.isEnabled(), button.text(),
            QPalette.ColorRole.WindowText,
        )  # fmt: skip
        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.initFrom(button)
            bounds = button.fontMetrics().boundingRect(rect, flags, button.text())
            focus.rect = bounds.adjusted(-2, -1, 2, 1).intersected(button.rect())
            focus.backgroundColor = opt.palette.color(QPalette.ColorRole.Window)
            painter.drawPrimitive(element.PE_FrameFocusRect, focus)


class WrappingRadioButton(_WrappingMixin, QRadioButton):
    """A radio button whose text wraps at the width it is given."""

    _radio = True

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingCheckBox(_WrappingMixin, QCheckBox):
    """A check box whose text wraps at the width it is given."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class ElidingComboBox(QComboBox):
    """A combo box that ends a choice too long for it with "…" and shows it in full in
    its tooltip (the list it opens is as wide as its longest choice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self._update_tooltip)

    def _text_rect(self, opt: QStyleOptionComboBox) -> QRect:
        control = QStyle.ComplexControl.CC_ComboBox
        field = QStyle.SubControl.SC_ComboBoxEditField
        return self.style().subControlRect(control, opt, field, self)

    def shown_text(self) -> str:
        """The current choice as drawn: elided when it is wider than the box."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        width = self._text_rect(opt).width()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, width)

    def _update_tooltip(self, text: str) -> None:
        self.setToolTip(text if self.shown_text() != text else "")

    def resizeEvent(self, event: QEvent) -> None:
        """Narrower or wider: the tooltip follows whether the text is elided."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_tooltip(self.currentText())

    def showPopup(self) -> None:
        """The list is wide enough for its longest choice."""
        view = self.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24,
                                 self.window().width()))  # fmt: skip
        super().showPopup()

    def paintEvent(self, _event: QEvent) -> None:
        """Qt's combo box, with the current text elided to the box's width."""
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


SHORT_TEXT = 300
"""A text narrower than this (in pixels) fits on one line in any window from the minimum
size up (a question card is about 480 px wide there): Qt's own button shows it, which is
cheaper to build than a wrapping one (a page has a hundred buttons)."""


def _short(text: str, parent: QWidget | None) -> bool:
    metrics = parent.fontMetrics() if parent is not None else QFontMetrics(QApplication.font())
    return metrics.horizontalAdvance(text.replace("&&", "&")) < SHORT_TEXT


def radio_button(text: str, parent: QWidget | None = None) -> QRadioButton:
    """A radio button for ``text``: Qt's own when it is short, else a wrapping one."""
    if _short(text, parent):
        return QRadioButton(text, parent)
    return WrappingRadioButton(text, parent)


def check_box(text: str, parent: QWidget | None = None) -> QCheckBox:
    """A check box for ``text``: Qt's own when it is short, else a wrapping one."""
    if _short(text, parent):
        return QCheckBox(text, parent)
    return WrappingCheckBox(text, parent)


def text_fits(widget: QWidget) -> bool:
    """Whether a wrapping button shows all of its text at its size (for tests and checks)."""
    if not isinstance(widget, _WrappingMixin):
        raise TypeError(f"{type(widget).__name__} does not wrap its text")
    needed = widget.heightForWidth(widget.width())
    return needed <= widget.height() + 1 and widget.minimumSizeHint().width() <= widget.width() + 1
