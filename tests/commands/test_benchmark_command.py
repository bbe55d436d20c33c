"""``export-advisor benchmark`` and ``report --peers``: the room, the client book, privacy."""

from __future__ import annotations

import io
import json

import peer_rooms as rooms
import pytest
from pypdf import PdfReader

from advisor.cli import main
from advisor.domain.scoring import score_assessment

SECRETS = (rooms.DISTINCT_COMPANY, rooms.DISTINCT_ASSESSOR, rooms.DISTINCT_ORG, "Zephyrquill")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def room(tmp_path):
    paths = rooms.write_room(tmp_path / "room", 12)
    return paths


def test_a_room_of_twelve_gives_a_comparison(room, capsys):
    code, out, _ = run(capsys, "benchmark", str(room[0]), "--peers", str(room[0].parent))
    assert code == 0
    assert "Compared with 11 other participants in the room" in out
    assert "of 11 firms" in out
    assert "Median" in out and "Middle half" in out


def test_a_room_of_four_is_not_enough(tmp_path, capsys):
    paths = rooms.write_room(tmp_path / "room", 4)
    code, out, _ = run(capsys, "benchmark", str(paths[0]), "--peers", str(paths[0].parent))
    assert code == 0
    assert "Not enough participants yet to compare" in out
    assert "Median" not in out
    code, out, _ = run(
        capsys, "benchmark", str(paths[0]), "--peers", str(paths[0].parent), "--json"
    )
    data = json.loads(out)
    assert data["comparable"] is False
    assert data["overall"] is None and data["dimensions"] == []
    assert data["group"]["from"] is None and data["group"]["size"] == 3


def test_json_shape(room, capsys):
    code, out, _ = run(capsys, "benchmark", str(room[0]), "--peers", str(room[0].parent), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "source",
        "comparable",
        "minimum",
        "group",
        "left_out",
        "own_provisional",
        "summary",
        "overall",
        "dimensions",
    }
    assert data["source"] == "room" and data["comparable"] is True and data["minimum"] == 5
    assert set(data["group"]) == {"by", "value", "label", "size", "from", "to"}
    assert data["group"]["size"] == 11
    area_keys = {
        "id",
        "title",
        "score",
        "count",
        "median",
        "lower_quartile",
        "upper_quartile",
        "above",
        "position",
    }
    assert set(data["overall"]) == area_keys
    assert [d["id"] for d in data["dimensions"]] == [d.id for d in rooms.BANK.dimensions]
    assert all(set(d) == area_keys for d in data["dimensions"])


def test_a_client_book_says_which_group(tmp_path, capsys):
    paths = rooms.write_book(tmp_path / "clients", 9)
    code, out, _ = run(capsys, "benchmark", str(paths[1]), "--peers", str(tmp_path / "clients"))
    assert code == 0
    assert "Compared with 8 other clients (same size:" in out
    code, out, _ = run(
        capsys,
        "benchmark",
        str(paths[1]),
        "--peers",
        str(tmp_path / "clients"),
        "--by",
        "sector",
    )
    assert "Not enough clients yet to compare" in out and "same sector" in out


def test_privacy_nothing_of_the_distinctive_participant_in_any_output(room, tmp_path, capsys):
    folder = room[0].parent
    (folder / "broken.json").write_text("{", encoding="utf-8")  # named on stderr? never
    secret = rooms.distinct(len(room) - 1)
    secret_scores = {d.score for d in score_assessment(rooms.BANK, secret).dimensions}
    secret_scores.add(score_assessment(rooms.BANK, secret).score)
    outputs = []
    for extra in ((), ("--json",), ("--lang", "hi")):
        code, out, err = run(capsys, "benchmark", str(room[0]), "--peers", str(folder), *extra)
        assert code == 0
        outputs += [out, err]
    data = json.loads(outputs[2])
    for area in [data["overall"], *data["dimensions"]]:
        figures = {area["median"], area["lower_quartile"], area["upper_quartile"]}
        assert not figures & secret_scores, "a group figure is the distinctive firm's score"
    pdf = tmp_path / "p00.pdf"
    code, out, err = run(capsys, "report", str(room[0]), "--peers", str(folder), "-o", str(pdf))
    assert code == 0
    outputs += [out, err, pdf_text(pdf)]
    assert "You and your peers" in outputs[-1]
    for text in outputs:
        for word in SECRETS:
            assert word.casefold() not in text.casefold()
    assert "broken.json" not in "".join(outputs)


def test_report_with_peers_of_four_says_not_enough(tmp_path, capsys):
    paths = rooms.write_room(tmp_path / "room", 4)
    pdf = tmp_path / "out.pdf"
    code, _, _ = run(
        capsys, "report", str(paths[0]), "--peers", str(paths[0].parent), "-o", str(pdf)
    )
    assert code == 0
    assert "Not enough participants yet to compare" in pdf_text(pdf)


def test_bad_peers_folder_and_by_without_peers_are_one_line_errors(room, tmp_path, capsys):
    code, _, err = run(capsys, "benchmark", str(room[0]), "--peers", str(tmp_path / "nope"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    code, _, err = run(capsys, "report", str(room[0]), "--by", "all", "-o", str(tmp_path / "x"))
    assert code == 2 and "--by needs --peers" in err


def test_json_fits_its_published_schema(room, tmp_path, capsys):
    """resources/schemas/benchmark.schema.json describes what benchmark --json prints."""
    from advisor.domain.benchmark_output import BenchmarkOutput
    from advisor.resources import resource_path

    for folder, count in ((room[0].parent, 12), (tmp_path / "small", 4)):
        if count == 4:
            rooms.write_room(folder, 4)
        _, out, _ = run(
            capsys, "benchmark", str(folder / "p00.json"), "--peers", str(folder), "--json"
        )
        parsed = BenchmarkOutput.model_validate(json.loads(out))
        assert parsed.comparable is (count == 12)
    schema = json.loads(resource_path("schemas/benchmark.schema.json").read_text(encoding="utf-8"))
    assert {"group", "overall", "dimensions"} <= set(schema["properties"])
    assert "from" in schema["$defs"]["BenchmarkGroup"]["properties"]
