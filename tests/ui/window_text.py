"""Every text a person can read in a window: labels, buttons, table cells, menus.

Shared by the tests that check what the window says (all Hindi, no ISO dates).
"""

from __future__ import annotations

from collections.abc import Iterator


def visible_texts(root) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(where, text) for every text a user can read in ``root``."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QTextDocumentFragment
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QProgressBar,
        QTabBar,
        QWidget,
    )

    for w in [root, *root.findChildren(QWidget)]:
        kind = type(w).__name__
        if isinstance(w, QLabel):
            yield kind, QTextDocumentFragment.fromHtml(w.text()).toPlainText()
        elif isinstance(w, QAbstractButton):
            yield kind, w.text()
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield kind, w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield kind, w.itemText(i)
        elif isinstance(w, QLineEdit):
            yield kind, w.placeholderText()
        elif isinstance(w, QProgressBar):
            yield kind, w.text()
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, top = w.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # list models hide it: one column
                columns = 1
            for c in range(columns):
                yield f"{kind} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(model.rowCount(top)):
                for c in range(columns):
                    yield f"{kind} cell", str(model.index(r, c).data() or "")
        if w.toolTip():
            yield f"{kind} tooltip", QTextDocumentFragment.fromHtml(w.toolTip()).toPlainText()
        if w.accessibleName():
            yield f"{kind} accessible name", w.accessibleName()


def menu_texts(window) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    def walk(actions) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
        for action in actions:
            yield "menu", action.text()
            if action.menu() is not None:
                yield from walk(action.menu().actions())

    yield from walk(window.menuBar().actions())
    yield "window title", window.windowTitle()
