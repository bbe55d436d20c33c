"""The Language menu: switch between English and Hindi without a restart.

:class:`LanguageFeature` contributes the Language menu (one checkable entry per
language, in workshop mode too). Choosing a language installs its translator, remembers
it, and replaces the window by a new one built in it (:func:`switch_language`), which
carries the same document (answers, file, undo history, lock, autosave), section, size
and position. A feature with a ``hand_over(old, new)`` method carries its own state
over too (a running workshop: :class:`~advisor.ui.workshop.feature.WorkshopFeature`).
The old window is closed and deleted.

The new window is made by ``make_window`` (given by :mod:`advisor.ui.app`, which
assembles windows with their features): this module knows no other feature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from advisor.ui.common.settings import LANGUAGES
from advisor.ui.shell.actions import ActionSpec, Contribution, MenuSpec, Workshop
from advisor.ui.shell.i18n import install_translator

if TYPE_CHECKING:
    from advisor.ui.shell.mainwindow import MainWindow

__all__ = ["LanguageFeature", "switch_language"]

MakeWindow = Callable[["MainWindow"], "MainWindow"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("i18n", text)


def _same_kind(window: MainWindow) -> MainWindow:
    """A window like ``window`` (same class, bank, settings, recovery store, features)."""
    return type(window)(
        window.bank,
        window.settings,
        recovery=window.session.recovery,
        features=window.features,
    )


class LanguageFeature:
    """Contributes the Language menu; ``make_window(old)`` builds the replacement window."""

    def __init__(self, make_window: MakeWindow | None = None) -> None:
        self.make_window = make_window or _same_kind

    def contribute(self, window: MainWindow) -> Contribution:
        """The Language menu, before Help, with one entry per language."""
        actions = [
            ActionSpec(
                f"language_{code}",
                name,
                "language",
                10 + i,
                lambda code=code: self.choose(window, code),
                checkable=True,
                checked=code == window.lang,
                group="language",
                workshop=Workshop.ALLOWED,  # a participant may work in Hindi
            )
            for i, (code, name) in enumerate(LANGUAGES.items())
        ]
        return Contribution(menus=[MenuSpec("language", _tr("&Language"), 80)], actions=actions)

    def choose(self, window: MainWindow, lang: str) -> MainWindow | None:
        """The Language menu's entry for ``lang``: a new window when it is another one."""
        if lang == window.lang or not window.ready():  # ready: see MainWindow.ready
            return None
        return switch_language(window, lang, self.make_window)


def switch_language(
    window: MainWindow, lang: str, make_window: MakeWindow | None = None
) -> MainWindow:
    """A new window in ``lang`` carrying ``window``'s document; the old one is closed.

    The translator is installed and the choice remembered first, so the new window is
    built in ``lang`` (its ``lang`` attribute, read from the settings, then drives the
    question texts and the PDF export).
    """
    app = QApplication.instance()
    window.settings.set_language(lang)
    if app is not None:
        install_translator(app, lang)
    window.files.wait_for_export()
    row = max(window.navigator.currentRow(), 0)
    new = (make_window or _same_kind)(window)
    new.remember_geometry = window.remember_geometry
    new.restoreGeometry(window.saveGeometry())
    if not (window.isMaximized() or window.isFullScreen()):
        new.resize(window.size())  # restoreGeometry may clamp to a small screen
        new.move(window.pos())
    new.take_document_from(window)
    for feature in window.features:
        hand_over = getattr(feature, "hand_over", None)
        if hand_over is not None:
            hand_over(window, new)
    new.go_to(row)
    if window.isVisible():
        new.show()
    focus = new.focusWidget()
    if focus is None or not focus.isVisible():  # it went with the old pages: the keyboard
        new.page(new.current_key()).focus_first()  # carries on on the page on screen
    window.remember_geometry = False
    window.close()  # handed over: nothing to ask, nothing to wait for
    window.deleteLater()
    return new
