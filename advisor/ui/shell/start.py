"""The start page in the window: shown, carried over a language switch, and after Close.

:func:`show_start_page` puts the window's central area into a stack under the
:class:`~advisor.ui.shell.start_page.StartPage` (built once) and covers the document with
it; a document coming into the window (``documentReplaced``: New, Open, a recovered or
example file, a workshop's participant) uncovers it. :func:`advisor.ui.app.run_app`
shows it at launch when no file is given; workshop mode never does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget

from advisor.ui.common.style import focus_visibly
from advisor.ui.shell.start_page import COVERED_ACTIONS, Recover, StartPage

__all__ = [
    "COVERED_ACTIONS",
    "carry_over",
    "close_to_start_page",
    "set_document_area",
    "show_start_page",
    "start_page_of",
    "start_page_shown",
]

MainWindow = Any  # advisor.ui.shell.mainwindow.MainWindow (which imports this module)
HOLDER = "startHolder"


def _holder(window: MainWindow) -> QStackedWidget | None:
    holder = window.centralWidget()
    return holder if holder is not None and holder.objectName() == HOLDER else None


def start_page_of(window: MainWindow) -> StartPage | None:
    """The window's start page (None until it was first shown)."""
    holder = _holder(window)
    page = holder.widget(0) if holder is not None else None
    return page if isinstance(page, StartPage) else None


def start_page_shown(window: MainWindow) -> bool:
    """True while the start page covers the window."""
    holder = _holder(window)
    return holder is not None and holder.currentIndex() == 0


def set_document_area(window: MainWindow, widget: QWidget) -> None:
    """Put the document's area (navigator, pages, Back/Next) in ``window``: under the
    start page when it is there (made while the page covered the window), else as the
    central widget."""
    holder = _holder(window)
    if holder is None:
        window.setCentralWidget(widget)
        return
    old = holder.widget(1)
    holder.insertWidget(1, widget)
    if old is not None:
        holder.removeWidget(old)
        old.deleteLater()


def show_start_page(window: MainWindow, recover: Recover | None = None) -> StartPage:
    """Cover ``window``'s document with the start page (built the first time), its
    default button focused. ``recover``: see :class:`StartPage` (None: keep the one
    given before)."""
    page = start_page_of(window)
    if page is None:
        page = StartPage(window, recover)
        central = window.takeCentralWidget()
        holder = QStackedWidget(window)
        holder.setObjectName(HOLDER)
        holder.addWidget(page)
        holder.addWidget(central)
        window.setCentralWidget(holder)
        holder.show()  # a child added to a window on screen is not shown by itself
        if window.is_complete():
            window.documentReplaced.connect(page.uncover)
        else:  # its first document is not one the user chose: the page stays
            window.completed.connect(page.window_completed)
        if window.is_complete():  # else from its first paint on (window_completed)
            page.follow_window()
    elif recover is not None:
        page.recover = recover
    page.cover()
    return page


def carry_over(old: MainWindow, new: MainWindow) -> None:
    """A language switch: ``new`` shows the start page when ``old`` did, the focus on
    the language button when it was on one."""
    old_page = start_page_of(old)
    if old_page is None or not start_page_shown(old):
        return
    page = show_start_page(new, old_page.recover)
    if old.focusWidget() in old_page.language_buttons.values():
        focus_visibly(page.language_buttons[new.lang])


def close_to_start_page(window: MainWindow) -> bool:
    """File > Close: let the document go (asking to save when needed) and show the start
    page. False when the user cancelled."""
    before = window.doc
    window.files.new_document()
    if window.doc is before:
        return False
    show_start_page(window)
    return True
