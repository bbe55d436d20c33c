"""How a window in workshop mode moves and what it offers (a mixin of the controller).

* Back/Next (buttons, menu entries and shortcuts) skip the hidden sections (Review
  and Action plan): the flow is profile, the dimensions, results.
* Every menu entry and window shortcut is hidden and disabled except Undo/Redo, the Go
  menu, About, Quit and the workshop entry itself, whatever features added them; the
  states are remembered and given back when workshop mode ends.

It uses the window's public attributes only (``navigator``, ``next_button``,
``back_button``, ``forward_action``, ``back_action``, ``go_next``, ``go_back``, ``go_to``,
``page``, ``current_key``, ``menuBar()``, ``edit_menu``, ``actions()``, ``statusBar()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from advisor.ui.shell.mainwindow import MainWindow

__all__ = ["HIDDEN_SECTIONS", "WORKSHOP_ACTION", "WorkshopFlow"]

HIDDEN_SECTIONS = ("review", "plan")
WORKSHOP_ACTION = "workshopModeAction"  # the File menu entry (see workshop_menu.py)
_ALLOWED_ACTIONS = ("quit_action", "back_action", "forward_action", "about_action")


def _tr(text: str) -> str:
    return QCoreApplication.translate("workshop", text)


class WorkshopFlow:
    """Navigation and locked menus of workshop mode (mixed into the controller)."""

    window: MainWindow
    active: bool
    _hidden_actions: dict[QAction, tuple[bool, bool]]
    _finish_job: Any

    def _show_sections(self, shown: bool) -> None:
        nav = self.window.navigator
        for key in HIDDEN_SECTIONS:
            nav.setRowHidden(nav.row_of(key), not shown)

    def _swap_navigation(self, on: bool) -> None:
        w = self.window
        for signal, theirs, mine in (
            (w.next_button.clicked, w.go_next, self.go_next),
            (w.back_button.clicked, w.go_back, self.go_back),
            (w.forward_action.triggered, w.go_next, self.go_next),
            (w.back_action.triggered, w.go_back, self.go_back),
        ):
            signal.disconnect(theirs if on else mine)
            signal.connect(mine if on else theirs)
        self._update_buttons()

    def _rows(self) -> list[int]:
        nav = self.window.navigator
        return [r for r in range(nav.count()) if not nav.isRowHidden(r)]

    def _step(self, direction: int) -> None:
        w = self.window
        rows, current = self._rows(), w.navigator.currentRow()
        later = [r for r in rows if (r - current) * direction > 0]
        if not later:
            return
        w.go_to(later[0] if direction > 0 else later[-1])
        w.page(w.current_key()).focus_first()

    def go_next(self) -> None:
        """The next section of the workshop flow."""
        self._step(+1)

    def go_back(self) -> None:
        """The previous section of the workshop flow."""
        self._step(-1)

    def _update_buttons(self, _row: int = -1) -> None:
        w = self.window
        rows, current = self._rows(), w.navigator.currentRow()
        if not self.active or current not in rows:
            return
        first, last = current == rows[0], current == rows[-1]
        w.back_button.setEnabled(not first)
        w.back_action.setEnabled(not first)
        w.next_button.setEnabled(not last)
        w.forward_action.setEnabled(not last)
        if last and self._finish_job is None:
            w.statusBar().showMessage(
                _tr("Done? Press “Finish and next participant” to save your PDF action plan.")
            )
        elif w.statusBar().currentMessage().startswith(_tr("Done?")):
            w.statusBar().clearMessage()

    def _lock_actions(self) -> None:
        """Hide and disable every menu entry and shortcut but Undo/Redo, Go, About, Quit.

        New, Open, Open Recent, Save, Save As, Export and whatever other features add
        (a Clients window, branding, plan export) could reach other folders' files.
        """
        w = self.window
        allowed = {getattr(w, name) for name in _ALLOWED_ACTIONS if hasattr(w, name)}
        menus = [a for a in w.menuBar().actions() if a.menu() is not None]
        edit = getattr(w, "edit_menu", None)
        candidates = list(w.actions())
        for top in menus:
            menu = top.menu()
            if menu is edit:
                continue
            candidates.extend(_all_actions(menu))
        for action in candidates:
            if action in allowed or action.isSeparator() or action.objectName() == WORKSHOP_ACTION:
                continue
            if action not in self._hidden_actions:
                self._hidden_actions[action] = (action.isVisible(), action.isEnabled())
            action.setVisible(False)
            action.setEnabled(False)
        for top in menus:
            menu = top.menu()
            shown = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
            if not shown and top not in self._hidden_actions:
                self._hidden_actions[top] = (top.isVisible(), top.isEnabled())
                top.setVisible(False)

    def _unlock_actions(self) -> None:
        for action, (visible, enabled) in self._hidden_actions.items():
            action.setVisible(visible)
            action.setEnabled(enabled)
        self._hidden_actions = {}


def _all_actions(menu: QMenu) -> list[QAction]:
    """The actions of a menu and of its submenus (with the submenus' own entries)."""
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_all_actions(action.menu()))
    return found
