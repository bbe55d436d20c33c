"""The one place the desktop app is put together: the QApplication, the main window and
the features plugged into it (consultant, workshop, language), and the runs.

* :func:`create_main_window` builds a window with :func:`features` (a language switch
  builds the next window through it too);
* :func:`run_app` runs the app (``export-advisor`` / ``export-advisor open``);
  :func:`run_workshop_app` runs it in workshop mode (``export-advisor workshop DIR``).
  Both go through one run loop.

This is the only module of :mod:`advisor.ui` that :mod:`advisor.commands` imports.
Importing it is cheap: Qt and the domain are imported inside the functions. What happens
right after the window shows (its deferred work) and the test and benchmark hooks
(``EXPORT_ADVISOR_QUIT_AFTER_MS``, ``EXPORT_ADVISOR_REPORT_SHOWN``) are in
:mod:`advisor.ui.first_paint`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor.ui import first_paint
from advisor.ui.first_paint import QUIT_AFTER_ENV

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from advisor.domain.bank import Bank
    from advisor.services.lazy_bank import LazyBank
    from advisor.storage.recovery import RecoveryStore
    from advisor.storage.workshop import WorkshopSession
    from advisor.ui.shell.actions import Feature
    from advisor.ui.shell.mainwindow import MainWindow

__all__ = [
    "QUIT_AFTER_ENV",
    "create_application",
    "create_main_window",
    "devanagari_coverage",
    "display_problem",
    "features",
    "offer_recovery",
    "run_app",
    "run_workshop_app",
]

ORGANISATION = "ExportAdvisor"
APPLICATION = "ExportAdvisor"


def display_problem() -> str | None:
    """Why no window can open on this machine (no display, missing libraries), else None.

    For ``export-advisor open`` and ``check``: commands reach the desktop app through this
    module only (see :mod:`advisor.ui.shell.display`)."""
    from advisor.ui.shell.display import display_problem as problem

    return problem()


def devanagari_coverage(text: str) -> Any:
    """Which font draws ``text``'s Devanagari in the window, and what it cannot draw
    (:func:`advisor.ui.shell.fonts.devanagari_coverage`; needs a QApplication)."""
    from advisor.ui.shell.fonts import devanagari_coverage as coverage

    return coverage(text)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one), named for QSettings."""
    from advisor.ui.common.pyside_imports import lighten_pyside_import_hook

    lighten_pyside_import_hook()  # before Qt's modules and ours: each import costs less
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not any(
            os.environ.get(v) for v in ("LC_ALL", "LC_CTYPE", "LANG")
        ):  # started with an empty environment: Qt would print four lines about it
            os.environ["LC_CTYPE"] = "C.UTF-8"
        _portable_settings()
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Export Readiness Advisor")
    from advisor.ui.shell.fonts import install_app_fonts

    install_app_fonts()  # before any window: Devanagari never depends on the system's fonts
    _install_translations(app)  # the icon: first_paint.set_icon, after the first paint
    return app  # type: ignore[return-value]


def _portable_settings() -> None:
    """In portable mode, Qt's settings (ours and its file dialogs') are an INI file on the stick.

    Called before the QApplication exists, so no setting is ever read from or written to
    the laptop's profile (registry, ~/.config, ~/Library).
    """
    from advisor.storage.portable import portable_root

    root = portable_root()
    if root is None:
        return
    from PySide6.QtCore import QSettings

    if sys.platform.startswith("linux"):  # fontconfig's cache, Qt's caches
        os.environ["XDG_CACHE_HOME"] = str(root / "cache")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(root / "settings"))


def _install_translations(app: QApplication) -> None:
    """The interface language: the one chosen in the Language menu, else the system's."""
    from advisor.ui.common.settings import Settings
    from advisor.ui.shell.i18n import install_translator

    install_translator(app, Settings().language())


def features() -> list[Feature]:
    """What plugs into every main window, in the order of their menus' declarations."""
    from advisor.ui.consultant.feature import ConsultantFeature
    from advisor.ui.peers.feature import PeersFeature
    from advisor.ui.shell.language import LanguageFeature
    from advisor.ui.workshop.feature import WorkshopFeature

    return [ConsultantFeature(), PeersFeature(), WorkshopFeature(), LanguageFeature(_next_window)]


def create_main_window(
    bank: Bank | LazyBank,
    file: Path | str | None = None,
    *,
    recovery: RecoveryStore | None = None,
    first_page: bool = True,
) -> MainWindow:
    """The main window for ``bank`` with its features, ``file`` opened when given (not
    shown yet; a :class:`~advisor.services.lazy_bank.LazyBank`: the window makes its
    document later, see :class:`~advisor.ui.shell.mainwindow.MainWindow`). ``recovery``:
    the run's recovery store (None: the window's own). ``first_page``: see
    :class:`~advisor.ui.shell.mainwindow.MainWindow`."""
    from advisor.ui.shell.mainwindow import MainWindow

    window = MainWindow(bank, recovery=recovery, features=features(), first_page=first_page)
    if file is not None:
        window.files.open_path(Path(file), ask=False)
    return window


def _next_window(old: MainWindow) -> MainWindow:
    """The window that replaces ``old`` after a language switch (same bank and store)."""
    from advisor.ui.shell.mainwindow import MainWindow

    return MainWindow(old.bank, old.settings, recovery=old.session.recovery, features=features())


def _load_bank(bank_path: str | None) -> Bank:
    from advisor.storage.banks import default_bank, load_bank

    return load_bank(Path(bank_path)) if bank_path else default_bank()


def _needs_screen(app: QApplication, message: str) -> bool:
    """True (after saying ``message``) when nobody could see the window: offscreen, and not
    a test run (which quits by itself)."""
    if app.platformName() == "offscreen" and os.environ.get(QUIT_AFTER_ENV) is None:
        # Nobody can see or click an offscreen window: a dialog would wait forever.
        sys.stderr.write(f"export-advisor: error: {message}\n")
        return True
    return False


def _run(
    app: QApplication,
    window: MainWindow,
    before_quit: Callable[[], None] | None = None,
    extra: list[MainWindow] | None = None,
) -> int:
    """Show ``window``, run the event loop until it closes, and tear the windows down."""
    from PySide6.QtCore import QTimer

    delay = first_paint.quit_after()
    if delay is not None:
        if window.is_complete():
            window.doc.undo_stack.setClean()  # quitting for a test: nothing to ask
        window.remember_geometry = False  # and nothing to remember

        def _quit() -> None:
            if not window.is_complete() and not first_paint.complete_or_quit(window):
                return  # said why; the app ends with status 2
            first_paint.report("ready")  # what the user finds made after the start page showed
            if before_quit is not None:
                before_quit()
            window.doc.undo_stack.setClean()
            window.close()
            app.quit()

        QTimer.singleShot(delay, _quit)  # also ends a message box left open
    code = int(app.exec())
    for other in extra or []:
        _tear_down(other)
    _tear_down(window)
    return code


def run_app(file: str | None = None, bank_path: str | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    app = create_application()
    if _needs_screen(
        app,
        "the desktop app needs a screen (QT_QPA_PLATFORM is 'offscreen'); "
        "use the command-line tools instead",
    ):
        return 1
    interactive = first_paint.quit_after() is None
    bank: Bank | LazyBank | None = None
    if bank_path is None and file is None:
        from advisor.services.lazy_bank import LazyBank

        bank = LazyBank.default()  # the start page shows before the bank's models exist
    if bank is None:
        from advisor.domain.bank import BankError
        from advisor.resources import ResourceError

        try:
            bank = _load_bank(bank_path)
        except (BankError, ResourceError) as exc:
            from advisor.ui.common import dialogs

            sys.stderr.write(f"export-advisor: error: {exc}\n")
            if interactive:
                from PySide6.QtCore import QCoreApplication

                first_paint.set_icon()
                title = QCoreApplication.translate("app", "The question bank cannot be used")
                dialogs.show_error(None, title, str(exc))
            return 2
    # its marker after the first paint (nothing autosaves before the document exists, and
    # the first autosave writes it if a click came first): about 2 ms less before the
    # window shows (issue 18)
    store = _recovery_store(app)
    # one recovery session for its windows; the start page covers the first one at once
    window = create_main_window(bank, recovery=store, first_page=file is not None)
    extra: list[MainWindow] = []
    from advisor.ui.shell.start import show_start_page, start_page_of

    def recover(target: MainWindow) -> None:  # the start page's button: the user chose
        extra.extend(offer_recovery(target, store, interactive=True, ask=False))

    if file is None:  # the start page; recovered work below takes its place
        show_start_page(window, recover)
    window.show()
    first_paint.shown(window, after_paint=lambda: _start_session(store, interactive))
    extra.extend(offer_recovery(window, store, interactive))
    page = start_page_of(window)
    if page is not None and not page.isHidden():
        page.show_recovery()  # work discarded or put off at the prompt: what it offers now
    if file is not None:
        # From inside the event loop, after show: an error message then has a window
        # behind it, and quitting (the test timer) also ends that message box.
        from PySide6.QtCore import QTimer

        def open_file() -> None:
            blank = window.doc
            opened = window.files.open_path(Path(file), ask=False)
            if not opened and window.doc is blank and not blank.modified:
                show_start_page(window, recover)  # it could not be opened: choose another

        QTimer.singleShot(0, open_file)
    return _run(app, window, extra=extra)


def run_workshop_app(
    bank: Bank, session: WorkshopSession, folder: Path, copy_to: Path | None = None
) -> int:
    """Run the app in workshop mode until its window closes; returns the exit code."""
    from advisor.ui.workshop.mode import active_workshop, start_workshop

    app = create_application()
    if _needs_screen(app, "workshop mode needs a screen (QT_QPA_PLATFORM is 'offscreen')"):
        return 1
    window = create_main_window(bank)
    start_workshop(window, session, folder, copy_to)
    window.show()
    first_paint.shown(window)

    def _leave() -> None:  # the window may have been replaced (a language switch)
        for widget in app.topLevelWidgets():
            running = active_workshop(widget)
            if running is not None:
                running.end(confirm=False)

    return _run(app, window, before_quit=_leave)


def _start_recovery_session(app: QApplication, interactive: bool) -> RecoveryStore:
    """This run's recovery store, its session marker written now (removed at a clean exit)."""
    store = _recovery_store(app)
    _start_session(store, interactive)
    return store


def _recovery_store(app: QApplication) -> RecoveryStore:
    """This run's recovery store; its autosaves and marker are removed at a clean exit."""
    from advisor.storage.recovery import RecoveryStore

    store = RecoveryStore()
    app.aboutToQuit.connect(store.clean_exit)
    return store


def _start_session(store: RecoveryStore, interactive: bool) -> None:
    """Write ``store``'s session marker, once; a failure is said (the app still works)."""
    from advisor.storage import DocumentError

    if store.started:
        return
    try:
        store.start_session()
    except DocumentError as exc:  # autosave will say so too; the app still works
        sys.stderr.write(f"export-advisor: warning: {exc}\n")
        if interactive:
            from PySide6.QtCore import QCoreApplication

            from advisor.ui.common import dialogs
            from advisor.ui.common.file_words import file_message

            first_paint.set_icon()
            title = QCoreApplication.translate("app", "Autosave is not available")
            dialogs.show_error(None, title, file_message(exc))


def offer_recovery(
    window: MainWindow, store: RecoveryStore, interactive: bool, *, ask: bool = True
) -> list[MainWindow]:
    """Reopen or offer the work a crashed run left (:func:`prompts.offer_recovery`: a named
    file comes back with its autosaved state, other work is asked about; ``ask`` False:
    recovered without asking, the user chose it already); skipped quietly in test runs.

    The first recovered document goes into ``window``, each other one into a new window
    (returned: the caller keeps and closes them).
    """
    extra: list[MainWindow] = []
    if not interactive:
        return extra  # quitting by itself (tests, benchmarks): nobody could answer; kept for later
    from advisor.ui.document import prompts

    for i, work in enumerate(prompts.offer_recovery(window, store, ask=ask)):
        target = window
        if i > 0:  # each recovered document gets a window of its own
            target = create_main_window(window.bank, recovery=store)
            target.show()
            extra.append(target)
        target.files.open_recovered(work)
    return extra


def _tear_down(window: MainWindow) -> None:
    """Destroy the window while the QApplication exists (avoids crashes at exit)."""
    import gc

    from shiboken6 import isValid

    if not isValid(window):  # replaced by a language switch, deleted already
        return
    window.deleteLater()
    del window
    gc.collect()
