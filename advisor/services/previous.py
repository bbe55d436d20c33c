"""The previous assessment of a file: the rule the app and ``report --previous auto`` share.

An earlier assessment of the same client is an earlier file in the same folder, ordered by
the date it was started (the client-library rule of :class:`advisor.storage.library.Client`).
Files that cannot be read are skipped.
"""

from __future__ import annotations

from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.progress import Progress, compare
from advisor.storage import DocumentError, load_assessment
from advisor.storage.library import ClientLibrary

__all__ = ["compare_with", "find_previous", "load_previous"]


def _bank(bank: Bank | None) -> Bank:
    if bank is not None:
        return bank
    from advisor.storage.banks import default_bank

    return default_bank()


def find_previous(path: Path | str | None, bank: Bank | None = None) -> Path | None:
    """The assessment before the one at ``path`` in the same client folder (None if none).

    Files that cannot be read are skipped; ``bank`` (the built-in one when not given) only
    scores the entries, it does not filter them.
    """
    if path is None:
        return None
    target = Path(path).absolute()
    try:
        client = ClientLibrary(target.parent.parent, _bank(bank)).client(target.parent)
    except DocumentError:
        return None
    for entry in client.assessments:
        if entry.path.name == target.name:
            before = client.previous(entry.path)
            return before.path if before is not None else None
    return None


def load_previous(path: Path | str | None, bank: Bank | None = None) -> Assessment | None:
    """The previous assessment of ``path`` itself, read (None when there is none or it
    cannot be read: a progress section is left out rather than the export refused)."""
    previous = find_previous(path, bank)
    if previous is None:
        return None
    try:
        return load_assessment(previous).assessment
    except DocumentError:
        return None


def compare_with(bank: Bank, previous: Path | str, current: Assessment) -> Progress:
    """Load ``previous`` and compare it with ``current``.

    Raises :class:`~advisor.storage.DocumentError` or
    :class:`~advisor.domain.progress.ComparisonError`.
    """
    old = load_assessment(Path(previous)).assessment
    return compare(bank, old, current)
