"""A cheaper check in PySide6's import hook: every module imported after PySide6 costs less.

Once PySide6 is imported, it looks at every module imported after it, to know whether the
module uses PySide6 (for its ``from __feature__ import ...`` switches). It does so with
``inspect.getsource(module)``, which reads the module's source through :mod:`linecache`:
every module's source then stays in memory for the life of the process (about 8 MiB at
the window's start-up) and each import pays for splitting it into lines (15-30 ms of CPU
over the start-up). :func:`lighten_pyside_import_hook` replaces that check with the same
question asked of the file's bytes ("does the source contain ``PySide6``?"), without the
cache. If a PySide6 release changes its internals, it changes nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["lighten_pyside_import_hook", "uses_pyside"]

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False without a source file).

    The same answer as PySide6's own check (``"PySide6" in inspect.getsource(module)``),
    read from the file's bytes and kept nowhere.
    """
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or frozen module: PySide6's check says False too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten_pyside_import_hook() -> bool:
    """Use :func:`uses_pyside` in PySide6's import hook; True when it was installed.

    Call it before importing Qt's modules and the app's own (it imports PySide6 itself).
    """
    try:
        import PySide6  # noqa: F401 - installs the hook this replaces the check of
    except ImportError:
        return False
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        return False
    if getattr(feature, _CHECK) is not uses_pyside:
        setattr(feature, _CHECK, uses_pyside)
    return True
