"""Reading peers from a workshop folder or a client library."""

from __future__ import annotations

import peer_rooms as rooms
import pytest

from advisor.domain.peers import GroupBy, PeerSource, compare
from advisor.storage import save_assessment
from advisor.storage.errors import DocumentError
from advisor.storage.peers import load_peers, own_keys


def test_a_workshop_folder_is_a_room(tmp_path):
    rooms.write_room(tmp_path / "room", 12)
    (tmp_path / "room" / "broken.json").write_text("{", encoding="utf-8")
    pool = load_peers(tmp_path / "room", rooms.BANK)
    assert pool.source is PeerSource.ROOM
    assert len(pool.records) == 12
    assert [p.name for p, _ in pool.skipped] == ["broken.json"]


def test_the_participant_is_left_out_of_its_own_room(tmp_path):
    paths = rooms.write_room(tmp_path / "room", 12)
    pool = load_peers(tmp_path / "room", rooms.BANK)
    result = compare(rooms.BANK, rooms.participant(0), pool.records, by=GroupBy.ALL)
    assert result.size == 11
    assert paths  # the own file is in the folder and still not counted


def test_a_client_library_uses_each_clients_latest_and_skips_the_archive(tmp_path):
    root = tmp_path / "clients"
    paths = rooms.write_book(root, 8)
    archived = root / "_archive" / "Gone Ltd"
    archived.mkdir(parents=True)
    save_assessment(archived / "x.json", rooms.participant(50))
    pool = load_peers(root, rooms.BANK)
    assert pool.source is PeerSource.CLIENTS
    assert len(pool.records) == 8  # one per client, the archived one not read
    own = paths[0]
    from advisor.storage import load_assessment

    doc = load_assessment(own).assessment
    result = compare(
        rooms.BANK, doc, pool.records, source=pool.source, own_keys=own_keys(own), by=GroupBy.ALL
    )
    assert result.size == 7


def test_a_missing_folder_is_one_clear_error(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        load_peers(tmp_path / "nope", rooms.BANK)
    (tmp_path / "f.json").write_text("{}", encoding="utf-8")
    with pytest.raises(DocumentError, match="not a folder"):
        load_peers(tmp_path / "f.json", rooms.BANK)


def test_an_empty_folder_said_to_be_a_room_is_a_room(tmp_path):
    """A fresh workshop folder holds nothing yet: its first participant's peers are a room."""
    folder = tmp_path / "room"
    folder.mkdir()
    assert load_peers(folder, rooms.BANK).source is PeerSource.CLIENTS  # layout alone
    pool = load_peers(folder, rooms.BANK, room=True)
    assert pool.source is PeerSource.ROOM and pool.records == ()
