"""You and your peers: the one way the window and the command line compare a firm.

:func:`load_pool` reads a workshop folder or a client library into anonymous peer
records (:mod:`advisor.storage.peers`); :func:`peer_comparison` compares one assessment
with them. A room is compared as a whole unless a group is asked for; a client book picks
the firm's sector, else its size band, else all clients (:mod:`advisor.domain.peers`).
"""

from __future__ import annotations

from pathlib import Path

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.peers import GroupBy, PeerComparison, PeerSource, compare
from advisor.storage.peers import PeerPool, load_peers, own_keys

__all__ = ["load_pool", "peer_comparison"]


def load_pool(folder: Path | str, bank: Bank, *, room: bool = False) -> PeerPool:
    """The peers of ``folder`` (``room``: a workshop folder, even while still empty).

    Raises :class:`~advisor.storage.DocumentError`.
    """
    return load_peers(Path(folder), bank, room=room)


def peer_comparison(
    bank: Bank,
    assessment: Assessment,
    path: Path | str | None,
    pool: PeerPool,
    by: str | None = None,
) -> PeerComparison:
    """Compare the firm (its file at ``path``, None when unsaved) with ``pool``.

    ``by`` is "sector", "size", "all" or None (a room: all; a client book: the first
    group large enough of sector, size, all).
    """
    group = GroupBy(by) if by else (GroupBy.ALL if pool.source is PeerSource.ROOM else None)
    return compare(
        bank, assessment, pool.records, source=pool.source, by=group, own_keys=own_keys(path)
    )
