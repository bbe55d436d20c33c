"""The client library: scanning folders, bad files, safe names, follow-ups, archive."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from advisor.domain.assessment import Answer, Assessment, Assessor, PlanEdit, PlanStatus
from advisor.storage import load_assessment, save_assessment
from advisor.storage.errors import DocumentError
from advisor.storage.library import (
    ARCHIVE_FOLDER,
    MAX_FOLDER_NAME,
    ClientLibrary,
    client_folder_name,
    search_clients,
    sort_clients,
)

T0 = dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


def doc(when: dt.datetime, company: str, iec: str = "yes", assessor: str = "Asha") -> Assessment:
    a = Assessment.new("mini", "1.0.0", now=when)
    a.profile.company = company
    a.profile.sector = "food"
    a.assessor = Assessor(name=assessor, organisation="Rao Advisory")
    a.answers = {"log.iec": Answer(choice=iec), "pay.reply": Answer(number=2)}
    return a


@pytest.fixture
def library(tmp_path: Path, mini_bank) -> ClientLibrary:
    root = tmp_path / "clients"
    lib = ClientLibrary(root, mini_bank)
    sharma = lib.new_client_folder("Sharma Textiles")
    save_assessment(sharma / "b.json", doc(T1, "Sharma Textiles", "yes"))
    save_assessment(sharma / "a.json", doc(T0, "Sharma Textiles", "no"))
    gupta = lib.new_client_folder("Gupta Spices")
    save_assessment(
        gupta / "g.json", doc(T0 + dt.timedelta(days=3), "Gupta Spices", "stale", "Ravi")
    )
    lib.new_client_folder("Empty Firm")
    return lib


def test_scan_lists_clients_with_assessments_by_date(library):
    scan = library.scan()
    assert [c.folder.name for c in scan.clients] == [
        "Empty Firm",
        "Gupta Spices",
        "Sharma Textiles",
    ]
    sharma = scan.clients[2]
    assert [e.path.name for e in sharma.assessments] == ["a.json", "b.json"]
    assert sharma.latest.path.name == "b.json"
    assert sharma.assessments[0].score < sharma.assessments[1].score
    assert sharma.latest.stage is not None and sharma.latest.assessor == "Asha"
    assert sharma.previous(sharma.latest.path).path.name == "a.json"
    assert sharma.previous(sharma.assessments[0].path) is None
    assert scan.clients[0].latest is None and scan.clients[0].name == "Empty Firm"
    assert scan.problems == ()


def test_scan_is_rebuilt_from_disk_each_time(library):
    first = library.scan()
    gupta = first.clients[1].folder
    (gupta / "g.json").unlink()
    assert library.scan().clients[1].assessments == ()


def test_bad_files_are_skipped_and_listed(library, tmp_path):
    sharma = library.root / "Sharma Textiles"
    (sharma / "empty.json").write_bytes(b"")
    (sharma / "trunc.json").write_text('{"format": "export-advisor/assessment"', encoding="utf-8")
    (sharma / "fake.json").write_bytes(b"MZ\x90\x00 a program")
    (sharma / "notes.txt").write_text("not scanned", encoding="utf-8")
    (sharma / ".hidden.json").write_bytes(b"")
    (library.root / "loose.json").write_bytes(b"{}")
    scan = library.scan()
    reasons = {p.path.name: p.reason for p in scan.problems}
    assert set(reasons) == {"empty.json", "trunc.json", "fake.json", "loose.json"}
    assert "empty" in reasons["empty.json"]
    assert "Windows program" in reasons["fake.json"]
    assert len(scan.clients[2].assessments) == 2


def test_assessment_of_another_bank_is_listed_without_a_score(library):
    other = doc(T1, "Other")
    other.bank = other.bank.model_copy(update={"id": "other"})
    folder = library.new_client_folder("Other")
    save_assessment(folder / "o.json", other)
    entry = library.client(folder).latest
    assert entry.score is None and entry.stage is None


def test_missing_root_is_an_error(tmp_path, mini_bank):
    with pytest.raises(DocumentError, match="does not exist"):
        ClientLibrary(tmp_path / "nope", mini_bank).scan()


def test_search_and_sort(library):
    clients = library.scan().clients
    assert [c.name for c in search_clients(clients, "  gupta ")] == ["Gupta Spices"]
    assert [c.name for c in search_clients(clients, "ravi")] == ["Gupta Spices"]
    assert [c.name for c in search_clients(clients, "rao advisory")] == [
        "Gupta Spices",
        "Sharma Textiles",
    ]
    assert len(search_clients(clients, "")) == 3
    by_date = sort_clients(clients, "date", descending=True)
    assert [c.name for c in by_date] == ["Sharma Textiles", "Gupta Spices", "Empty Firm"]
    by_score = sort_clients(clients, "score")
    assert by_score[-1].name == "Empty Firm"
    assert sort_clients(clients, "name", descending=True)[0].name == "Sharma Textiles"
    with pytest.raises(ValueError, match="sort"):
        sort_clients(clients, "colour")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sharma Textiles", "Sharma Textiles"),
        ('A/B: "Best"? *Exports*', "A B Best Exports"),
        ("back\\slash <x> |pipe|", "back slash x pipe"),
        ("CON", "CON_"),
        ("con.pdf", "con_.pdf"),
        ("nul", "nul_"),
        ("COM1", "COM1_"),
        ("LPT9.txt", "LPT9_.txt"),
        ("Console Traders", "Console Traders"),
        ("Trailing dot.", "Trailing dot"),
        ("Trailing space   ", "Trailing space"),
        ("..hidden", "hidden"),
        ("निर्यात क्षमता श्री", "निर्यात क्षमता श्री"),
        ("tab\tand\r\nCRLF", "tab and CRLF"),
        ("rtl\u202eoverride zero\u200dwidth", "rtloverride zerowidth"),
        ("", "Client"),
        ("///", "Client"),
        ("...", "Client"),
        ("🚀 Rocket", "🚀 Rocket"),
    ],
)
def test_client_folder_names(name, expected):
    assert client_folder_name(name) == expected


def test_long_names_are_cut_without_trailing_dot():
    name = client_folder_name("x" * 59 + ". tail" + "y" * 300)
    assert len(name) <= MAX_FOLDER_NAME
    assert not name.endswith((".", " "))


def test_new_client_folders_never_collide(library):
    again = library.new_client_folder("sharma textiles")
    assert again.name == "sharma textiles (2)"
    assert library.new_client_folder("CON").name == "CON_"
    assert library.new_client_folder("a/b").name == "a b"
    assert library.new_client_folder("निर्यात").is_dir()


def test_follow_up_copies_profile_answers_and_plan(library):
    sharma = library.root / "Sharma Textiles"
    previous = load_assessment(sharma / "b.json").assessment
    previous.plan = {"rec.iec": PlanEdit(owner="Asha", status=PlanStatus.IN_PROGRESS)}
    save_assessment(sharma / "b.json", previous)
    now = dt.datetime(2027, 3, 2, 9, 30, tzinfo=IST)
    path = library.follow_up(sharma / "b.json", now=now)
    assert path.parent == sharma
    assert path.name == "Sharma-Textiles_2027-03-02.json"
    follow = load_assessment(path).assessment
    assert follow.created_at == now and follow.updated_at == now
    assert follow.profile == previous.profile
    assert follow.answers == previous.answers
    assert follow.plan == previous.plan
    assert follow.assessor == previous.assessor
    assert library.client(sharma).latest.path == path


def test_follow_up_never_overwrites(library):
    sharma = library.root / "Sharma Textiles"
    taken = sharma / "Sharma-Textiles_2027-03-02.json"
    taken.write_bytes(b"precious")
    (sharma / "sharma-textiles_2027-03-02-2.json").write_bytes(b"also precious")
    path = library.follow_up(sharma / "b.json", now=dt.datetime(2027, 3, 2, tzinfo=dt.UTC))
    assert path.name == "Sharma-Textiles_2027-03-02-3.json"
    assert taken.read_bytes() == b"precious"
    second = library.follow_up(sharma / "b.json", now=dt.datetime(2027, 3, 2, tzinfo=dt.UTC))
    assert second != path and second.is_file()


def test_follow_up_of_a_bad_file_is_a_document_error(library):
    bad = library.root / "Gupta Spices" / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(DocumentError, match="not valid JSON"):
        library.follow_up(bad)
    assert sorted(p.name for p in bad.parent.iterdir()) == ["bad.json", "g.json"]


def test_follow_up_with_hostile_company_name(library):
    folder = library.new_client_folder("CON")
    save_assessment(folder / "x.json", doc(T0, 'CON: <b>"x"? ' + "y" * 180))
    path = library.follow_up(folder / "x.json", now=T1)
    assert path.is_file() and path.parent == folder
    assert ":" not in path.name and '"' not in path.name and len(path.name) < 100


def test_clock_set_backwards_keeps_both_files(library):
    sharma = library.root / "Sharma Textiles"
    path = library.follow_up(sharma / "b.json", now=T0 - dt.timedelta(days=30))
    entries = library.client(sharma).assessments
    assert len(entries) == 3 and entries[0].path == path  # sorted by date, nothing lost


def test_archive_moves_the_folder(library):
    scan = library.scan()
    gupta = scan.clients[1]
    target = library.archive(gupta)
    assert target == library.root / ARCHIVE_FOLDER / "Gupta Spices"
    assert (target / "g.json").is_file()
    assert [c.name for c in library.scan().clients] == ["Empty Firm", "Sharma Textiles"]
    again = library.new_client_folder("Gupta Spices")
    assert library.archive(again).name == "Gupta Spices (2)"


def test_archive_refuses_foreign_or_missing_folders(library, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    with pytest.raises(DocumentError, match="not a client"):
        library.archive(outside)
    with pytest.raises(DocumentError, match="does not exist"):
        library.archive(library.root / "Ghost")


def test_files_stay_plain_json(library):
    for path in (library.root / "Sharma Textiles").glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == "export-advisor/assessment"
