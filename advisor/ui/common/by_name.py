"""Qt's enum properties set by their keys' names, for what is made before the first paint.

PySide6 makes the Python enums of Qt's ``Qt`` namespace (93 enum classes, about 1,200
members, built by Python's :mod:`enum`) all at once, the first time Python reaches
``Qt``: an import of it, or an argument or return value of one of its types. That costs
about 15 ms of CPU, a seventh of a bare window's whole start-up (issue 18). The window's
frame and its start page set the few such values they need through Qt's property system
by name (``label.setProperty("textFormat", "PlainText")``), which never reaches ``Qt``
from Python; what is made after the first paint (the pages, dialogs) uses ``Qt`` as
usual. ``tests/ui/test_app.py`` checks that a first start does not make ``Qt`` before
its window is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

__all__ = ["set_by_name"]


def set_by_name(target: QObject, **keys: str) -> None:
    """Set each property of ``target`` named in ``keys`` to its enum key's name
    (``set_by_name(label, textFormat="PlainText")`` is
    ``label.setTextFormat(Qt.TextFormat.PlainText)``); flags join keys with ``|``.

    Raises ValueError for a property ``target`` does not have, or a key it does not take
    (Qt would say nothing).
    """
    for name, key in keys.items():
        if not target.setProperty(name, key):
            raise ValueError(f"{type(target).__name__}.{name} cannot be set to {key!r}")
