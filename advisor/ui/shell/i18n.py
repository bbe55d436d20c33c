"""The interface language: English or Hindi, chosen in a Language menu, no restart needed.

- :data:`LANGUAGES` lists the languages, each named in itself (English, हिन्दी).
- :func:`current_language` is the one remembered in QSettings (``ui/language``), else the
  system's (Hindi when the system language is Hindi, English otherwise).
- :func:`install_translator` loads ``resources/translations/advisor_<lang>.qm`` (and
  Qt's own ``qtbase_<lang>.qm`` when Qt ships one: it ships none for Hindi, so every
  dialog of ours labels its buttons with our own translated texts).
- :func:`install_language_menu` adds the Language menu to a main window. Choosing a
  language installs its translator, remembers it, and replaces the window with a new
  one built in that language which carries the same document (answers, file, undo
  history), section, size and position. Question texts, the PDF export and the window
  follow ``window.lang``, read from the same setting.

The old window is hidden, not destroyed: some of its pages listen to the document with
lambdas, which must not outlive the objects they call. It goes when the app ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

if TYPE_CHECKING:
    from advisor.ui.shell.mainwindow import MainWindow

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "SETTING",
    "current_language",
    "install_language_menu",
    "install_translator",
    "live_windows",
    "set_language",
    "switch_language",
    "system_language",
]

LANGUAGES: dict[str, str] = {"en": "English", "hi": "हिन्दी"}
DEFAULT_LANGUAGE = "en"
SETTING = "ui/language"

_installed: list[QTranslator] = []
_windows: list[QMainWindow] = []  # every window made by switching, kept alive (see above)


def _tr(text: str) -> str:
    return QCoreApplication.translate("i18n", text)


def system_language(locale: QLocale | None = None) -> str:
    """``"hi"`` when the system (or ``locale``) language is Hindi, else ``"en"``."""
    locale = locale if locale is not None else QLocale.system()
    return "hi" if locale.language() == QLocale.Language.Hindi else DEFAULT_LANGUAGE


def current_language(settings: QSettings | None = None) -> str:
    """The remembered language, else the system's."""
    value = (settings or QSettings()).value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else system_language()


def set_language(lang: str, settings: QSettings | None = None) -> None:
    """Remember ``lang`` (one of :data:`LANGUAGES`)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    qs = settings or QSettings()
    qs.setValue(SETTING, lang)
    qs.sync()


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Make ``lang`` the interface language (English: no translator); True when loaded.

    Translators installed before (by this function, or any owned by ``app``) are
    removed first, so it can be called again to switch. Widgets already built keep
    their texts: build them again.
    """
    from advisor.resources import ResourceError, resource_path

    for old in {*_installed, *app.findChildren(QTranslator)}:  # any earlier one, ours or not
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(_locale(lang))  # dates and numbers of widgets built from now on
    if lang == DEFAULT_LANGUAGE or lang not in LANGUAGES:
        return lang == DEFAULT_LANGUAGE
    ours = QTranslator(app)
    try:
        folder = resource_path("translations")
    except ResourceError:
        return False
    loaded = ours.load(f"advisor_{lang}", str(folder))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def _locale(lang: str) -> QLocale:
    """Hindi (India): Latin digits, Indian grouping (12,34,567); English: the system's."""
    if lang == "hi":
        return QLocale(QLocale.Language.Hindi, QLocale.Country.India)
    system = QLocale.system()
    if system.language() == QLocale.Language.Hindi:
        return QLocale(QLocale.Language.English, QLocale.Country.India)
    return system


def live_windows() -> list[QMainWindow]:
    """Windows made by :func:`switch_language` that still exist (newest last)."""
    return list(_windows)


def install_language_menu(
    window: MainWindow, on_switched: Callable[[MainWindow], None] | None = None
) -> QMenu:
    """Add the Language menu (before Help); ``on_switched(new_window)`` runs after a switch."""
    menu = QMenu(_tr("&Language"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == window.lang)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        code = action.data()
        if code != window.lang:
            new = switch_language(window, code)
            if on_switched is not None:
                on_switched(new)
            else:
                install_language_menu(new)

    group.triggered.connect(chosen)
    bar = window.menuBar()
    about = getattr(window, "about_action", None)
    before = [a for a in bar.actions() if a.menu() is not None and about in a.menu().actions()]
    if before:
        bar.insertMenu(before[0], menu)  # just before Help
    else:
        bar.addMenu(menu)
    return menu


def switch_language(window: MainWindow, lang: str) -> MainWindow:
    """A new window in ``lang`` carrying ``window``'s document; the old one is hidden.

    The translator is installed and the choice remembered first, so the new window is
    built in ``lang`` (its ``lang`` attribute, read from the settings, then drives the
    question texts and the PDF export). The new window is not given a Language menu:
    :func:`install_language_menu` does that (it is called for you by the menu).
    """
    app = QApplication.instance()
    set_language(lang, getattr(window.settings, "_qs", None))
    if app is not None:
        install_translator(app, lang)
    export = getattr(window, "_export", None)
    if export is not None and export.busy:
        export.wait()
    doc = window.doc
    row = max(window.navigator.currentRow(), 0)
    new = type(window)(window.bank, window.settings)
    new.remember_geometry = window.remember_geometry
    new.restoreGeometry(window.saveGeometry())
    if not (window.isMaximized() or window.isFullScreen()):
        new.resize(window.size())  # restoreGeometry may clamp to a small screen
        new.move(window.pos())
    doc.setParent(new)
    new.replace_document(doc)
    new.go_to(row)
    if window.isVisible():
        new.show()
    window.hide()
    window.remember_geometry = False
    _windows.append(window)
    _windows.append(new)
    return new
