"""Focus is always visible in workshop mode, in English and Hindi.

A participant on a shared laptop walks the profile and the first area with Tab: each stop
must look different while it has the focus (the style's ring or highlight is drawn), so
Space never answers a question the participant cannot see. Key events only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from advisor.storage.banks import default_bank
from advisor.storage.workshop import WorkshopSession
from advisor.ui.workshop.mode import start_workshop

SESSION = WorkshopSession(event="Surat export workshop", date=dt.date(2026, 11, 30))
STOPS = 40  # the profile's fields and the first questions of the first area


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _walk(window, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Tab through STOPS stops; the names of those whose look did not change with focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    unseen: list[str] = []
    for _ in range(STOPS):
        widget = QApplication.focusWidget()
        assert widget is not None and window.isAncestorOf(widget)
        if isinstance(widget, QAbstractScrollArea) and not widget.focusPolicy():
            continue
        focused = _image(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is widget:  # a text box that keeps Tab: leave it
            widget.clearFocus()
        if widget.isVisible() and _image(widget) == focused:
            unseen.append(
                f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()}"
            )
    return unseen


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_every_tab_stop_shows_its_focus_in_workshop_mode(
    lang, make_window, dialogs, qtbot, tmp_path: Path, request, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from advisor.ui.workshop import dialogs as workshop_dialogs

    # closing the window at the end leaves workshop mode: no question box to wait on
    monkeypatch.setattr(workshop_dialogs, "confirm_leave_workshop", lambda *_a, **_k: True)
    if lang == "hi":
        request.getfixturevalue("hindi")
    window = make_window(default_bank(), features="app")
    start_workshop(window, SESSION, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    QTest.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_key() == window.bank.dimensions[0].id
    assert _walk(window, qtbot) == []
