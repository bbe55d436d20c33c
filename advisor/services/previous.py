"""The previous assessment of a file: the rule the app and ``report --previous auto`` share.

An earlier assessment of the same client is an earlier file in the same folder, ordered by
the date it was started (the client-library rule of :class:`advisor.storage.library.Client`).
Files that cannot be read are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.progress import Progress, compare
from advisor.storage import DocumentError, load_assessment
from advisor.storage.library import ClientLibrary

__all__ = ["compare_with", "find_previous", "find_previous_each", "load_previous"]


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
    return find_previous_each([path], bank)[Path(path)]


def find_previous_each(
    paths: Iterable[Path | str], bank: Bank | None = None
) -> dict[Path, Path | None]:
    """:func:`find_previous` of many files, reading each folder once.

    ``report FOLDER --previous auto`` asked for each of a folder's N files in turn, which
    read the whole folder N times. Keys are the paths as given (as :class:`Path`).
    """
    by_folder: dict[Path, list[tuple[Path, Path]]] = {}
    for given in paths:
        target = Path(given).absolute()
        by_folder.setdefault(target.parent, []).append((Path(given), target))
    found: dict[Path, Path | None] = {}
    for folder, items in by_folder.items():
        try:
            client = ClientLibrary(folder.parent, _bank(bank)).client(folder)
        except DocumentError:
            client = None
        entries = {e.path.name: e for e in client.assessments} if client is not None else {}
        for given, target in items:
            entry = entries.get(target.name)
            before = client.previous(entry.path) if client is not None and entry else None
            found[given] = before.path if before is not None else None
    return found


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
