"""Muted help text follows palette changes: at once, or (made while the start page waits
for its first paint) from :func:`follow_palettes` on, its colour mixed again then."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from advisor.ui.common import style
from advisor.ui.common.style import follow_palettes, hold_palettes, muted_colour, muted_label


def _dark() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    return palette


def _colour(label) -> QColor:  # type: ignore[no-untyped-def]
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_a_muted_label_follows_its_parents_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    follow_palettes()  # (a start page of an earlier test's window that never painted)
    parent = QWidget()
    label = muted_label("Help", parent)
    assert _colour(label) == muted_colour(parent.palette())
    parent.setPalette(_dark())
    assert _colour(label) == muted_colour(_dark())
    other = QWidget()
    label.setParent(other)  # moved: the new parent's colours
    assert _colour(label) == muted_colour(other.palette())


def test_labels_made_while_held_follow_from_follow_palettes_on(qapp) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    hold_palettes()
    try:
        label = muted_label("Help", parent)
        parent.setPalette(_dark())  # before the first paint nothing changes it: not followed
        assert _colour(label) != muted_colour(_dark())
    finally:
        follow_palettes()
    assert style._held is None
    assert _colour(label) == muted_colour(_dark())  # mixed again when it starts following
    parent.setPalette(QPalette())
    assert _colour(label) == muted_colour(parent.palette())
    later = muted_label("More", parent)  # not held any more: follows at once
    parent.setPalette(_dark())
    assert _colour(later) == muted_colour(_dark())
