"""Starting the desktop app: ``run_app(file=..., bank_path=...) -> exit code``.

Importing this module is cheap: Qt and the domain are imported inside the functions.
For tests and benchmarks, the environment variable ``EXPORT_ADVISOR_QUIT_AFTER_MS``
makes the app quit that many milliseconds after its window is shown (changes are not
saved and no prompt is shown).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from advisor.domain.bank import Bank
    from advisor.storage.recovery import RecoveryStore
    from advisor.ui.shell.mainwindow import MainWindow

__all__ = [
    "QUIT_AFTER_ENV",
    "create_application",
    "create_main_window",
    "install_extras",
    "run_app",
]

QUIT_AFTER_ENV = "EXPORT_ADVISOR_QUIT_AFTER_MS"
ORGANISATION = "ExportAdvisor"
APPLICATION = "ExportAdvisor"
ICON = "icons/export-advisor.png"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one), named for QSettings."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Export Readiness Advisor")
    from advisor.ui.shell.fonts import install_app_fonts

    install_app_fonts()  # before any window: Devanagari never depends on the system's fonts
    _set_icon(app)
    _install_translations(app)
    return app  # type: ignore[return-value]


def _set_icon(app: QApplication) -> None:
    """The app's icon on every window (task bar, title bar, dialogs)."""
    from PySide6.QtGui import QIcon

    from advisor.resources import ResourceError, resource_path

    # An incomplete installation still runs, without its icon.
    with contextlib.suppress(ResourceError):
        app.setWindowIcon(QIcon(str(resource_path(ICON))))


def _install_translations(app: QApplication) -> None:
    """The interface language: the one chosen in the Language menu, else the system's."""
    from advisor.ui.shell.i18n import current_language, install_translator

    install_translator(app, current_language())


def create_main_window(bank: Bank, file: Path | str | None = None) -> MainWindow:
    """The main window for ``bank``, with ``file`` opened when given (not shown yet)."""
    from advisor.ui.shell.mainwindow import MainWindow

    window = MainWindow(bank)
    install_extras(window)
    if file is not None:
        window.open_path(Path(file), ask=False)
    return window


def install_extras(window: MainWindow) -> None:
    """The menus built beside the main window: clients and branding, workshop, language.

    A language switch builds a new window, so it installs them again on that one.
    """
    from advisor.ui.consultant.feature import install_consultant_features
    from advisor.ui.shell.i18n import install_language_menu
    from advisor.ui.workshop.menu import install_workshop_menu

    install_consultant_features(window)
    install_workshop_menu(window)
    install_language_menu(window, on_switched=install_extras)


def _load_bank(bank_path: str | None) -> Bank:
    from advisor.domain.bank import default_bank, load_bank

    return load_bank(Path(bank_path)) if bank_path else default_bank()


def run_app(file: str | None = None, bank_path: str | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    app = create_application()
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if app.platformName() == "offscreen" and quit_after is None:
        # Nobody can see or click an offscreen window: a dialog would wait forever.
        sys.stderr.write(
            "export-advisor: error: the desktop app needs a screen "
            "(QT_QPA_PLATFORM is 'offscreen'); use the command-line tools instead\n"
        )
        return 1
    from advisor.domain.bank import BankError
    from advisor.resources import ResourceError

    try:
        bank = _load_bank(bank_path)
    except (BankError, ResourceError) as exc:
        from advisor.ui.common import dialogs

        sys.stderr.write(f"export-advisor: error: {exc}\n")
        if quit_after is None:
            from PySide6.QtCore import QCoreApplication

            title = QCoreApplication.translate("app", "The question bank cannot be used")
            dialogs.show_error(None, title, str(exc))
        return 2
    from advisor.ui.shell.mainwindow import set_app_recovery_store

    store = _start_recovery_session(app, quit_after is None)
    set_app_recovery_store(store)  # for every window of this run (a language switch makes one)
    window = create_main_window(bank)
    window.show()
    _offer_recovery(window, store, quit_after is None)
    if quit_after is not None:
        from PySide6.QtCore import QTimer

        try:
            delay = max(0, int(quit_after))
        except ValueError:
            delay = 0
        window.doc.undo_stack.setClean()  # quitting for a test: nothing to ask
        window.remember_geometry = False  # and nothing to remember

        def _quit() -> None:
            window.doc.undo_stack.setClean()
            window.close()
            app.quit()

        QTimer.singleShot(delay, _quit)  # also ends a message box left open
    if file is not None:
        # From inside the event loop, after show: an error message then has a window
        # behind it, and quitting (the timer above) also ends that message box.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: window.open_path(Path(file), ask=False))
    code = int(app.exec())
    set_app_recovery_store(None)
    for extra in _recovery_windows:
        _tear_down(extra)
    _recovery_windows.clear()
    _tear_down(window)
    return code


_recovery_windows: list[MainWindow] = []  # the extra windows of recovered work (kept alive)


def _start_recovery_session(app: QApplication, interactive: bool) -> RecoveryStore:
    """This run's recovery store: its session marker is written now, removed at a clean exit."""
    from advisor.storage import DocumentError
    from advisor.storage.recovery import RecoveryStore

    store = RecoveryStore()
    try:
        store.start_session()
    except DocumentError as exc:  # autosave will say so too; the app still works
        sys.stderr.write(f"export-advisor: warning: {exc}\n")
        if interactive:
            from advisor.ui.common import dialogs

            dialogs.show_error(None, "Autosave is not available", str(exc))
    app.aboutToQuit.connect(store.clean_exit)
    return store


def _offer_recovery(window: MainWindow, store: RecoveryStore, interactive: bool) -> None:
    """Offer the work a crashed run left (never silently); skipped quietly in test runs."""
    from advisor.ui.document import prompts as recovery_dialog

    if not interactive:
        return  # quitting by itself (tests, benchmarks): nobody could answer; kept for later
    for i, work in enumerate(recovery_dialog.offer_recovery(window, store)):
        target = window
        if i > 0:  # each recovered document gets a window of its own
            target = type(window)(window.bank, window.settings, recovery=store)
            install_extras(target)
            target.show()
            _recovery_windows.append(target)
        target.open_recovered(work)


def _tear_down(window: MainWindow) -> None:
    """Destroy the window while the QApplication exists (avoids crashes at exit)."""
    import gc

    window.deleteLater()
    del window
    gc.collect()
