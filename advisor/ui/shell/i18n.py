"""The interface language: which one, and its Qt translator.

- :data:`LANGUAGES` lists the languages, each named in itself (English, हिन्दी).
- :func:`current_language` is the one remembered in the settings (``ui/language``, see
  :mod:`advisor.ui.common.settings`), else the system's (Hindi when the system language
  is Hindi, English otherwise).
- :func:`install_translator` loads ``resources/translations/advisor_<lang>.qm`` (and
  Qt's own ``qtbase_<lang>.qm`` when Qt ships one: it ships none for Hindi, so every
  dialog of ours labels its buttons with our own translated texts), and names the app
  in that language (:func:`app_name`, also the application's display name: X11 adds it
  to a window title that does not end with it, so it must be the title's words).

The Language menu and the switch without restart are :mod:`advisor.ui.shell.language`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication

from advisor.ui.common.settings import DEFAULT_LANGUAGE, LANGUAGES, Settings, system_language

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "SETTING",
    "app_name",
    "current_language",
    "install_translator",
    "set_language",
    "system_language",
]

SETTING = "ui/language"  # its row in advisor.ui.common.settings.KEYS

_installed: list[QTranslator] = []  # Qt keeps no reference: these must stay alive
_looked: list[bool] = []  # not empty once a translator was installed in this process


def _tr(text: str) -> str:
    return QCoreApplication.translate("i18n", text)


def app_name() -> str:
    """The app's name in the interface language, as the start page and About box say it."""
    return _tr("Export Readiness Advisor")


def current_language(settings: QSettings | None = None) -> str:
    """The remembered language, else the system's."""
    return Settings(settings).language()


def set_language(lang: str, settings: QSettings | None = None) -> None:
    """Remember ``lang`` (one of :data:`LANGUAGES`)."""
    Settings(settings).set_language(lang)


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Make ``lang`` the interface language (English: no translator); True when loaded.

    Translators installed before (by this function, or, once it installed one, any
    owned by ``app``) are removed first, so it can be called again to switch. Widgets
    already built keep their texts: build them again.
    """
    loaded = _install(app, lang)
    app.setProperty("advisorLanguage", lang)  # file_words.LANGUAGE_PROPERTY: files' messages
    if isinstance(app, QGuiApplication):  # the name X11 adds to titles: in their language
        app.setApplicationDisplayName(app_name())
    return loaded


def _install(app: QCoreApplication, lang: str) -> bool:
    from advisor.resources import ResourceError, resource_path

    earlier = set(_installed)
    if _looked:  # any earlier one, ours or not; at the first call there is none of ours:
        # looking wraps each of the app's children in Python (its style's too: about 7 ms
        # and 0.3 MiB of enums before the window shows)
        earlier.update(app.findChildren(QTranslator))
    _looked.append(True)
    for old in earlier:
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
