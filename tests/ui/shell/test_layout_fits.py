"""Text wraps instead of being cut off: every page (and the start page), from the window's
minimum size up.

At 800x560 (the window's minimum size) and at 1024x700, in English and Hindi, in the
normal window and in workshop mode, on every page: no page is wider than its visible area
(the pages never scroll sideways), and every label and button shows all of its text:

* a word-wrapped label or a wrapping option button is as high as its text needs at its
  width (``heightForWidth``);
* any other label or button is as wide as its text (measured with its font metrics);
* no text reaches past the right edge of what shows it (the page, a group box, the window);
* a combo box shows its choice in full, or ends it with "…" and says it in its tooltip;
  a label that shortens what it draws (the workshop's event) keeps the full text for
  screen readers;
* the radar chart's area names are not cut.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from advisor.storage.banks import default_bank
from advisor.storage.workshop import WorkshopSession
from advisor.ui.assessment.widgets.charts import RadarChart
from advisor.ui.common.wrapping import (
    ElidingComboBox,
    WrappingCheckBox,
    WrappingRadioButton,
    text_fits,
)
from advisor.ui.shell.geometry import MINIMUM
from tests.ui.conftest import EXAMPLES, copy_of

SIZES = [MINIMUM.toTuple(), (1024, 700)]
assert SIZES[0] == (800, 560)  # the window's own minimum size
_MNEMONIC = re.compile(r"&(.)")


def plain(text: str) -> str:
    """The text as drawn: "&&" is "&", a single "&" marks the Alt letter."""
    return _MNEMONIC.sub(r"\1", text)


def _text_width(widget: QLabel | QAbstractButton) -> int:
    """The width the widget's text needs on one line, measured with its font metrics."""
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in plain(widget.text()).split("\n"))


def _cut_at(widget: QWidget, right: int, window: QWidget) -> str | None:
    """The ancestor whose right edge cuts ``widget``'s content ending at x = ``right``."""
    x, child = right, widget
    while child is not window:
        parent = child.parentWidget()
        if parent is None:
            return None
        x = child.mapToParent(QPoint(x, 0)).x()
        if x > parent.width() + 1:
            return f"{type(parent).__name__} {parent.objectName()!r} ({x} > {parent.width()})"
        child = parent
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if isinstance(combo, ElidingComboBox):
        shown = combo.shown_text()
        if shown == text or (shown.endswith("…") and combo.toolTip() == text):
            return None
        return f"shows {shown!r} of {text!r} (tooltip {combo.toolTip()!r})"
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    return f"{field.width()} px for {text!r}, which needs {need}" if need > field.width() else None


def clipped_texts(window: QWidget) -> list[str]:
    """Every visible label or button of ``window`` whose text does not show in full."""
    problems = []
    for w in window.findChildren(QWidget):
        if isinstance(w, QComboBox) and w.isVisible() and (problem := _combo_problem(w)):
            problems.append(f"QComboBox {w.accessibleName()!r}: {problem}")
        if isinstance(w, RadarChart) and w.isVisible():
            problems += [f"radar chart: {t!r} is cut" for t in w.caption_texts() if "…" in t]
        if not isinstance(w, QLabel | QAbstractButton) or not w.isVisible() or not w.text():
            continue
        if w.width() <= 0 or (isinstance(w, QLabel) and not w.text().strip()):
            continue
        name = f"{type(w).__name__} {plain(w.text())[:50]!r}"
        right = w.width()
        if isinstance(w, WrappingRadioButton | WrappingCheckBox):
            if not text_fits(w):
                problems.append(f"{name}: {w.size().toTuple()} cannot show its wrapped text")
        elif isinstance(w, QLabel) and hasattr(w, "shown_text"):  # shortens what it draws
            shown = w.shown_text()
            need = w.fontMetrics().horizontalAdvance(shown)
            if need > w.contentsRect().width() + 1 or (
                shown != w.text() and w.accessibleName() != w.text()
            ):
                problems.append(f"{name}: draws {shown!r} in {w.contentsRect().width()} px")
        elif isinstance(w, QLabel) and w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                problems.append(f"{name}: {w.height()} px high, its text needs {need}")
        elif isinstance(w, QLabel):
            margins = w.contentsMargins()
            need = w.minimumSizeHint().width()  # rich text: as the label lays it out
            if w.textFormat() == Qt.TextFormat.PlainText or not QtGui.Qt.mightBeRichText(w.text()):
                need = max(need, _text_width(w) + margins.left() + margins.right())
            if need > w.width() + 1:
                problems.append(f"{name}: {w.width()} px wide, its text needs {need}")
            if w.alignment() & Qt.AlignmentFlag.AlignLeft:
                right = min(w.width(), need)
        else:  # a push button, tool button or unwrapped radio button / check box
            need = w.minimumSizeHint().width() if isinstance(w, QPushButton) else 0
            need = max(need, _text_width(w))
            if need > w.width() + 1:
                problems.append(f"{name}: {w.width()} px wide, its text needs {need}")
        cut = _cut_at(w, right, window)
        if cut is not None:
            problems.append(f"{name}: cut off by {cut}")
    return problems


def page_problems(window) -> list[str]:  # type: ignore[no-untyped-def]
    """On every page the window can show: pages wider than their view, clipped texts."""
    found = []
    for section in window.sections:
        if window.navigator.isRowHidden(window.navigator.row_of(section.key)):
            continue
        page = window.go_to_section(section.key)
        QApplication.processEvents()
        inner, view = page.widget(), page.viewport()
        if inner.width() > view.width() + 1:
            found.append(f"{section.key}: the page is {inner.width()} px wide in {view.width()}")
        found += [f"{section.key}: {p}" for p in clipped_texts(window)]
    return found


@pytest.fixture(params=["en", "hi"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    from advisor.ui.app import create_application
    from advisor.ui.shell import i18n

    app = create_application()
    i18n.set_language(request.param)
    i18n.install_translator(app, request.param)
    yield request.param
    i18n.install_translator(app, "en")


def _window(make_window, qtbot, size):  # type: ignore[no-untyped-def]
    window = make_window(default_bank(), features="app")
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)
    return window


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_shows_its_text_in_full(language, size, make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(make_window, qtbot, size)
    assert window.files.open_path(copy_of(EXAMPLES[0], tmp_path), ask=False)
    assert page_problems(window) == []


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_workshop_pages_show_their_text_in_full(
    language, size, make_window, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.workshop import dialogs as workshop_dialogs
    from advisor.ui.workshop.mode import start_workshop

    monkeypatch.setattr(workshop_dialogs, "confirm_leave_workshop", lambda *_a, **_k: True)
    window = _window(make_window, qtbot, size)
    session = WorkshopSession(event="Ludhiana export workshop", date=dt.date(2026, 11, 30))
    controller = start_workshop(window, session, tmp_path)
    try:
        QApplication.processEvents()
        # Finish never falls into the toolbar's overflow menu
        assert controller.finish_button.isVisible()
        assert page_problems(window) == []
    finally:
        controller.end(confirm=False)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_start_page_shows_its_text_in_full(language, size, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.shell.start import start_page_of

    window = make_window(default_bank(), features="app", start_page=True)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)
    page = start_page_of(window)
    assert page is not None and page.isVisible()
    QApplication.processEvents()
    assert page.widget().width() <= page.viewport().width() + 1
    assert clipped_texts(window) == []
