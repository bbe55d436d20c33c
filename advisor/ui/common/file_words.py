"""Messages about files in the window's language.

The storage layer says what is wrong with a file by a key of the word catalogues
(:class:`~advisor.storage.errors.DocumentError` with a
:class:`~advisor.storage.errors.Wording`), in English for the command line and the logs;
every box, status line and label of the window that tells the user about a file says it
with :func:`file_message` (``path: place: what is wrong``) or :func:`file_reason` (what
is wrong) in the interface language (:func:`interface_language`, set by
:func:`advisor.ui.shell.i18n.install_translator`). The path and the key path are kept as
written: the user finds them in the file manager and in the file.

Imported only when a message is said (nothing of it before the window is shown).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from advisor.domain.languages import DEFAULT_LANGUAGE

__all__ = ["LANGUAGE_PROPERTY", "file_message", "file_reason", "interface_language"]

#: The application's property holding the interface language's code ("hi").
LANGUAGE_PROPERTY = "advisorLanguage"


def interface_language() -> str:
    """The language the window speaks (English until a translator is installed)."""
    app = QCoreApplication.instance()
    lang = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return lang if isinstance(lang, str) and lang else DEFAULT_LANGUAGE


def file_message(exc: BaseException, lang: str | None = None) -> str:
    """``path: place: what is wrong`` in ``lang`` (default: the interface language).

    Any other exception is said as it is (``str(exc)``).
    """
    text = getattr(exc, "text", None)
    if callable(text):
        return str(text(lang or interface_language()))
    return str(exc)


def file_reason(exc: BaseException, lang: str | None = None) -> str:
    """What is wrong, without the path and the place, in ``lang`` (default: the window's)."""
    reason = getattr(exc, "reason", None)
    if callable(reason):
        return str(reason(lang or interface_language()))
    return str(getattr(exc, "message", exc))
