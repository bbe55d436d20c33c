"""Export Readiness Advisor: scores an exporter's readiness and writes an action plan.

Layers (imports point downwards only, checked by import-linter):
``cli`` -> ``commands`` -> ``ui`` -> ``report`` | ``storage`` -> ``domain`` -> ``resources``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("export-advisor")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
