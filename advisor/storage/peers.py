"""Reading a folder of peers: a workshop's room or a consultant's client book.

:func:`load_peers` tells the two apart by their layout - a workshop folder holds
assessment files (and usually ``workshop.json``) directly; a client library holds one
folder per client - and reduces every usable assessment to an anonymous
:class:`~advisor.domain.peers.PeerRecord`:

* a room: every participant's file (copies of the same assessment counted once);
* a client book: each client's latest assessment against this bank; archived clients
  (``_archive``) are not read; a client's records carry its folder as an identity key,
  so a client is never compared with its own earlier assessments.

Files that cannot be used are listed with the reason. Only
:class:`~advisor.storage.errors.DocumentError` escapes, when the folder itself cannot be
read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advisor.domain.bank import Bank
from advisor.domain.peers import PeerRecord, PeerSource, peer_record
from advisor.storage.errors import folder_error
from advisor.storage.library import ClientLibrary
from advisor.storage.workshop import SESSION_FILE, scan_workshop

__all__ = ["PeerPool", "load_peers", "own_keys"]


@dataclass(frozen=True)
class PeerPool:
    """The peers found in a folder, anonymised, and the files left out (path, reason)."""

    folder: Path
    source: PeerSource
    records: tuple[PeerRecord, ...]
    skipped: tuple[tuple[Path, str], ...]


def _folder_key(folder: Path) -> str:
    try:
        return str(folder.resolve())
    except OSError:
        return str(folder.absolute())


def own_keys(path: Path | str | None) -> tuple[str, ...]:
    """Extra identity keys of the firm whose file is at ``path``: its client folder."""
    if path is None:
        return ()
    return (_folder_key(Path(path).parent),)


def _is_room(folder: Path) -> bool:
    if (folder / SESSION_FILE).is_file():
        return True
    try:
        return any(
            p.suffix.lower() == ".json" and p.is_file() and not p.name.startswith(".")
            for p in folder.iterdir()
        )
    except OSError as exc:
        raise folder_error(folder, exc) from None


def load_peers(folder: Path | str, bank: Bank, *, room: bool = False) -> PeerPool:
    """Every usable peer in ``folder`` (a workshop folder or a client library).

    ``room=True`` says the folder is a workshop's whatever it holds yet: the first
    participant of a fresh workshop finds it empty, and its peers are a room, not clients.
    """
    folder = Path(folder)
    if not folder.exists():
        raise folder_error(folder)
    if not folder.is_dir():
        raise folder_error(folder, NotADirectoryError())
    if room or _is_room(folder):
        scan = scan_workshop(folder, bank)
        records = tuple(peer_record(bank, d.assessment) for d in scan.documents)
        skipped = tuple((s.path, s.reason) for s in scan.skipped)
        return PeerPool(folder, PeerSource.ROOM, records, skipped)

    library = ClientLibrary(folder, bank)
    scan = library.scan()
    found: list[PeerRecord] = []
    for client in scan.clients:
        usable = [e for e in client.assessments if e.score is not None]
        if not usable:
            continue
        latest = usable[-1]  # assessments are oldest first
        found.append(peer_record(bank, latest.assessment, extra_keys=(_folder_key(client.folder),)))
    skipped = tuple((p.path, p.reason) for p in scan.problems)
    return PeerPool(folder, PeerSource.CLIENTS, tuple(found), skipped)
