"""The services the window and the command line share: peer comparison and summary export."""

from __future__ import annotations

import peer_rooms as rooms
import pytest

from advisor.domain.peers import GroupBy, PeerSource
from advisor.report import ReportOptions
from advisor.services.peers import load_pool, peer_comparison
from advisor.services.summary import export_summary


def test_a_room_compares_with_everyone_else(tmp_path):
    paths = rooms.write_room(tmp_path / "room", 12)
    pool = load_pool(tmp_path / "room", rooms.BANK)
    result = peer_comparison(rooms.BANK, rooms.participant(0), paths[0], pool)
    assert result.source is PeerSource.ROOM and result.group is GroupBy.ALL
    assert result.size == 11 and result.enough


def test_an_unsaved_assessment_compares_too(tmp_path):
    rooms.write_room(tmp_path / "room", 8)
    pool = load_pool(tmp_path / "room", rooms.BANK)
    result = peer_comparison(rooms.BANK, rooms.participant(40), None, pool)
    assert result.size == 8


def test_export_summary_follows_the_suffix(tmp_path):
    doc = rooms.participant(1)
    png = export_summary(rooms.BANK, doc, tmp_path / "s.png", ReportOptions())
    pdf = export_summary(rooms.BANK, doc, tmp_path / "s.pdf", ReportOptions())
    assert png.read_bytes().startswith(b"\x89PNG")
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(ValueError, match=r"\.png or \.pdf"):
        export_summary(rooms.BANK, doc, tmp_path / "s.jpg", ReportOptions())
    assert not (tmp_path / "s.jpg").exists()
