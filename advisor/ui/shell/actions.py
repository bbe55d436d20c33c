"""Declared menus and actions: how the main window and its features fill the menu bar.

Nobody searches the menu bar for an entry, inserts next to one or rewires one. Every
menu entry is an :class:`ActionSpec` (id, menu, position, handler, shortcut, whether it
is allowed in workshop mode); every menu a :class:`MenuSpec`. The window declares its
own, each feature returns its own from ``contribute(window)`` (a :class:`Contribution`,
see :class:`Feature`), and :class:`ActionBoard` builds the menu bar from all of them
once, sorted by position. Workshop mode (:meth:`ActionBoard.set_workshop_mode`) hides
what is not declared for it, and shows what is declared only for it.

A worked example is in the README ("Architecture").
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Protocol

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

__all__ = [
    "ActionBoard",
    "ActionSpec",
    "Contribution",
    "Feature",
    "MenuSpec",
    "PanelSpec",
    "Workshop",
    "key_sequences",
]

Shortcut = str | QKeySequence.StandardKey | Sequence[str | QKeySequence.StandardKey] | None


class Workshop(enum.Enum):
    """Where an entry is shown: outside workshop mode only, in both, or in workshop mode only."""

    HIDDEN = "hidden"  # New, Open, Export...: could reach another folder's files
    ALLOWED = "allowed"  # Undo, Go, About, Quit
    ONLY = "only"  # the Workshop menu


# The declarations are NamedTuples, not frozen dataclasses: made at every start before
# the window shows, a dataclass costs about 0.5 ms to define, a NamedTuple 0.1 (issue 18).
class MenuSpec(NamedTuple):
    """A menu of the menu bar (``parent`` None) or a submenu of menu ``parent``."""

    id: str
    title: str
    position: int
    parent: str | None = None
    about_to_show: Callable[[QMenu], None] | None = None
    # None: shown when one of its entries is; else like an action (a menu filled on show)
    workshop: Workshop | None = None


class ActionSpec(NamedTuple):
    """One menu entry.

    ``position`` orders the entries of a menu (the window uses tens: a feature puts its
    entry between two of them); ``separator_before`` draws a line above it; ``group``
    makes checkable entries of one group exclusive (the languages).
    """

    id: str
    text: str
    menu: str
    position: int
    handler: Callable[[], Any]
    shortcut: Shortcut = None
    workshop: Workshop = Workshop.HIDDEN
    separator_before: bool = False
    status_tip: str = ""
    checkable: bool = False
    checked: bool = False
    group: str | None = None


class PanelSpec(NamedTuple):
    """A widget a feature adds to a section's page (``page.add_panel``), made per page."""

    section: str
    make: Callable[[QWidget], QWidget]


class Contribution(NamedTuple):
    """What a feature adds to one window."""

    menus: Sequence[MenuSpec] = ()
    actions: Sequence[ActionSpec] = ()
    panels: Sequence[PanelSpec] = ()


class Feature(Protocol):
    """Something :mod:`advisor.ui.app` plugs into a window (consultant, workshop, language).

    A feature that keeps state in a window may also have ``hand_over(old, new)``: a
    language switch calls it when ``new`` replaces ``old`` (see
    :func:`advisor.ui.shell.language.switch_language`).
    """

    def contribute(self, window: Any) -> Contribution:
        """The menus, actions and panels this feature adds to ``window`` (a
        :class:`~advisor.ui.shell.mainwindow.MainWindow`, while it is being built)."""
        ...


# A window-wide shortcut never takes a key that answering uses: Windows' standard Back
# includes plain Backspace, which jumped a keyboard user back a section from an answer.
_TYPING_KEYS = (QKeySequence("Backspace"),)


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """The keys of a declared shortcut on this platform (a standard key may have several,
    or none), each once, without a plain typing key such as Backspace."""
    if shortcut is None:
        return []
    items = [shortcut] if isinstance(shortcut, str | QKeySequence.StandardKey) else shortcut
    sequences: list[QKeySequence] = []
    for item in items:
        if isinstance(item, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(item) or [QKeySequence(item)]
        else:
            found = [QKeySequence(item)]
        sequences.extend(
            s for s in found if not s.isEmpty() and s not in sequences and s not in _TYPING_KEYS
        )
    return sequences


class ActionBoard:
    """The window's actions by id and its menus, built once from the declarations.

    ``gate``: asked before any entry's handler runs; False: the handler does not run (the
    main window's :meth:`~advisor.ui.shell.mainwindow.MainWindow.ready`: an entry used
    before the window made its document makes it first, or says once that the
    installation is damaged, whichever entry it is).
    """

    def __init__(
        self, window: QWidget, bar: QMenuBar, gate: Callable[[], bool] | None = None
    ) -> None:
        self.window = window
        self.bar = bar
        self.gate = gate
        self.specs: dict[str, ActionSpec] = {}
        self.actions: dict[str, QAction] = {}
        self.menu_specs: dict[str, MenuSpec] = {}
        self.menus: dict[str, QMenu] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._workshop = False
        self._enabled: dict[str, bool] = {}  # what the window wants, outside workshop mode

    def declare(self, contribution: Contribution) -> None:
        """Add menus and actions (before :meth:`build`); an id may be declared once."""
        for menu in contribution.menus:
            if menu.id in self.menu_specs:
                raise ValueError(f"menu {menu.id!r} is declared twice")
            self.menu_specs[menu.id] = menu
        for spec in contribution.actions:
            if spec.id in self.specs:
                raise ValueError(f"action {spec.id!r} is declared twice")
            self.specs[spec.id] = spec
            self.actions[spec.id] = self._make(spec)

    def _make(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.text, self.window)
        action.setObjectName(spec.id)
        sequences = key_sequences(spec.shortcut)
        if sequences:
            action.setShortcuts(sequences)
        if spec.status_tip:
            action.setStatusTip(spec.status_tip)
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
        if spec.group is not None:
            group = self._groups.get(spec.group)
            if group is None:
                group = self._groups[spec.group] = QActionGroup(self.window)
                group.setExclusive(True)
            group.addAction(action)
        handler = spec.handler
        action.triggered.connect(lambda _checked=False, h=handler: self._run(h))
        self.window.addAction(action)  # its shortcut works while the menu is closed
        return action

    def _run(self, handler: Callable[[], Any]) -> None:
        if self.gate is None or self.gate():
            handler()

    def build(self) -> None:
        """Make the menus (sorted by position) and put every action in its menu."""
        for spec in sorted(self.menu_specs.values(), key=lambda m: (m.parent or "", m.position)):
            menu = QMenu(spec.title, self.window)
            menu.setObjectName(f"{spec.id}Menu")
            if spec.about_to_show is not None:
                menu.aboutToShow.connect(lambda m=menu, f=spec.about_to_show: f(m))
            self.menus[spec.id] = menu
        entries: dict[str, list[tuple[int, Any]]] = {key: [] for key in self.menu_specs}
        for spec in self.specs.values():
            if spec.menu not in entries:
                raise ValueError(f"action {spec.id!r} names an unknown menu {spec.menu!r}")
            entries[spec.menu].append((spec.position, spec))
        for spec in self.menu_specs.values():
            if spec.parent is not None:
                entries[spec.parent].append((spec.position, spec))
        for key, items in entries.items():
            menu = self.menus[key]
            for _pos, item in sorted(items, key=lambda pair: pair[0]):
                if isinstance(item, MenuSpec):
                    menu.addMenu(self.menus[item.id])
                    continue
                if item.separator_before and menu.actions():
                    menu.addSeparator()
                menu.addAction(self.actions[item.id])
        for spec in sorted(self.menu_specs.values(), key=lambda m: m.position):
            if spec.parent is None:
                self.bar.addMenu(self.menus[spec.id])
        self._apply()

    def action(self, action_id: str) -> QAction:
        """The action declared as ``action_id``."""
        return self.actions[action_id]

    def set_enabled(self, action_id: str, enabled: bool) -> None:
        """Enable an entry (it stays off in workshop mode when it is hidden there)."""
        self._enabled[action_id] = enabled
        self._apply_one(action_id)

    @property
    def workshop_mode(self) -> bool:
        """True while the window is in workshop mode."""
        return self._workshop

    def set_workshop_mode(self, on: bool) -> None:
        """Show only what is declared for workshop mode (on) or for the normal window."""
        self._workshop = on
        self._apply()

    def _shown(self, spec: ActionSpec | MenuSpec) -> bool:
        if isinstance(spec, MenuSpec) and spec.workshop is None:
            return self._menu_shown(spec.id)
        if spec.workshop is Workshop.ALLOWED:
            return True
        return (spec.workshop is Workshop.ONLY) == self._workshop

    def _apply_one(self, action_id: str) -> None:
        spec, action = self.specs[action_id], self.actions[action_id]
        shown = self._shown(spec)
        action.setVisible(shown)
        action.setEnabled(shown and self._enabled.get(action_id, True))

    def _apply(self) -> None:
        for action_id in self.specs:
            self._apply_one(action_id)
        for menu_id, menu in self.menus.items():
            shown = self._shown(self.menu_specs[menu_id])
            menu.menuAction().setVisible(shown)
            menu.menuAction().setEnabled(shown)

    def _menu_shown(self, menu_id: str) -> bool:
        """A menu without a mode of its own: shown when one of its entries is."""
        return any(
            self._shown(spec) for spec in self.specs.values() if spec.menu == menu_id
        ) or any(
            child.parent == menu_id and self._shown(child) for child in self.menu_specs.values()
        )

    def entries(self) -> dict[str, list[str]]:
        """Each visible menu's visible entries (action ids and submenu ids), in order."""
        out: dict[str, list[str]] = {}
        for menu_id, menu in self.menus.items():
            if not menu.menuAction().isVisible():
                continue
            names = []
            for action in menu.actions():
                if action.isSeparator() or not action.isVisible():
                    continue
                sub = action.menu()
                names.append(sub.objectName() if sub is not None else action.objectName())
            out[menu_id] = names
        return out
