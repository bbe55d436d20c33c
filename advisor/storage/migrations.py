"""Upgrades of older assessment formats to the current ``schema_version``.

Each step takes the raw data of version N and returns version N+1. The loader keeps a
backup of the original file before a migrated document is saved over it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from advisor.domain.assessment import SCHEMA_VERSION

__all__ = ["MIGRATIONS", "Migration", "migrate"]

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# No older format exists yet: version 1 is the first public one. A future version 2
# adds ``MIGRATIONS[1] = _v1_to_v2`` here.
MIGRATIONS: Mapping[int, Migration] = {}


def migrate(
    data: dict[str, Any],
    version: int,
    *,
    current: int = SCHEMA_VERSION,
    migrations: Mapping[int, Migration] = MIGRATIONS,
) -> dict[str, Any]:
    """Apply the steps from ``version`` up to ``current``. Raises KeyError for a gap."""
    while version < current:
        step = migrations[version]
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data
