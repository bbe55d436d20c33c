"""Export Readiness Advisor: scores an exporter's readiness and writes an action plan.

Layers (imports point downwards only, checked by import-linter):
``cli`` -> ``commands`` -> ``ui`` -> ``report`` | ``storage`` -> ``domain`` -> ``resources``.
"""

from __future__ import annotations

from functools import cache

__all__ = ["__version__"]


@cache
def _version() -> str:
    # importlib.metadata costs ~60 ms to import: only pay it when the version is asked for.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("export-advisor")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'advisor' has no attribute {name!r}")
