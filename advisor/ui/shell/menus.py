"""The main window's own menus and entries, declared (see :mod:`advisor.ui.shell.actions`).

Positions use tens, so a feature can put its entry between two of the window's (the
consultant's "Export plan…" is file/65, after "Export PDF…" at file/60; the workshop's
"Workshop mode…" is file/90, before "Quit").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from advisor.ui.shell.actions import ActionSpec, Contribution, MenuSpec, Workshop

__all__ = ["fill_recent_menu", "window_menus"]

_KEY = QKeySequence.StandardKey


def _tr(text: str) -> str:
    """Translate in the main window's context (where these texts always were)."""
    return QCoreApplication.translate("MainWindow", text)


def window_menus(window: Any) -> Contribution:
    """File, Edit, Go and Help with the window's own entries. The file commands are
    looked up when chosen: a window at its start page has none yet (its document is
    made after the first paint, see :class:`~advisor.ui.shell.mainwindow.MainWindow`)."""
    allowed, files = Workshop.ALLOWED, window.files_command
    menus = [
        MenuSpec("file", _tr("&File"), 10),
        MenuSpec("recent", _tr("Open &Recent"), 25, parent="file",
                 about_to_show=lambda menu: fill_recent_menu(window, menu),
                 workshop=Workshop.HIDDEN),
        MenuSpec("edit", _tr("&Edit"), 20),
        MenuSpec("go", _tr("&Go"), 30),
        MenuSpec("help", _tr("&Help"), 90),
    ]  # fmt: skip
    actions = [
        ActionSpec("new", _tr("&New"), "file", 10, files("new_document"), _KEY.New),
        ActionSpec("open", _tr("&Open…"), "file", 20, files("open_dialog"), _KEY.Open),
        ActionSpec("close", _tr("&Close"), "file", 27, lambda: _close(window), _KEY.Close,
                   status_tip=_tr("Close the assessment and show the start page")),
        ActionSpec("save", _tr("&Save"), "file", 30, files("save"), _KEY.Save,
                   separator_before=True),
        ActionSpec("save_as", _tr("Save &As…"), "file", 40, files("save_as"), _KEY.SaveAs),
        ActionSpec("restore", _tr("&Restore Earlier Version…"), "file", 50,
                   files("restore_earlier_version")),
        ActionSpec("export_pdf", _tr("&Export PDF…"), "file", 60, files("export_pdf"), "Ctrl+E"),
        # Ctrl+Q on every system (Windows has no standard Quit key; README lists it)
        ActionSpec("quit", _tr("&Quit"), "file", 100, window.close, (_KEY.Quit, "Ctrl+Q"),
                   workshop=allowed, separator_before=True),
        ActionSpec("undo", _tr("&Undo"), "edit", 10, window.doc_undo, _KEY.Undo,
                   workshop=allowed),
        ActionSpec("redo", _tr("&Redo"), "edit", 20, window.doc_redo, _KEY.Redo,
                   workshop=allowed),
        # Back and Next as the buttons say: in a long area shown in parts, the next part
        # first, then the next section (so not "Next section")
        ActionSpec("back", _tr("Back"), "go", 10, window.go_back,
                   (_KEY.Back, "Ctrl+PgUp"), workshop=allowed),
        ActionSpec("forward", _tr("Next"), "go", 20, window.go_next,
                   (_KEY.Forward, "Ctrl+PgDown"), workshop=allowed),
        ActionSpec("about", _tr("&About Export Readiness Advisor"), "help", 10,
                   window.about, workshop=allowed),
    ]  # fmt: skip
    return Contribution(menus=menus, actions=actions)


def _close(window: Any) -> None:
    """File > Close: the start page instead of the assessment (asks to save first)."""
    from advisor.ui.shell.start import close_to_start_page

    close_to_start_page(window)


def fill_recent_menu(window: Any, menu: QMenu) -> None:
    """The Open Recent submenu, filled each time it opens."""
    menu.clear()
    recent = window.settings.recent_files()
    for i, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{i} {path.name}")
        action.setToolTip(str(path))
        action.triggered.connect(
            lambda _c=False, p=path: window.ready() and window.files.open_path(p)
        )
    if not recent:
        empty = menu.addAction(_tr("No recent files"))
        empty.setEnabled(False)
    else:
        menu.addSeparator()
        clear = menu.addAction(_tr("&Clear list"))
        clear.triggered.connect(window.settings.clear_recent_files)
