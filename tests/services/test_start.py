"""What the start page is told about files: recent files (missing, broken, another bank's,
fine) and the bundled examples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from advisor.services.start import (
    FileStatus,
    FileSummary,
    bundled_examples,
    example_copy,
    one_line,
    summarise_file,
    summarise_recent,
)
from advisor.storage import load_assessment
from advisor.storage.banks import default_bank

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
SPICES = EXAMPLES / "growing-spices-us-uae.json"
TEXTILES = EXAMPLES / "first-time-textiles-eu.json"


def test_a_file_that_opens_is_described(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = shutil.copy(SPICES, tmp_path / "spices.json")
    summary = summarise_file(path, default_bank())
    saved = load_assessment(SPICES).assessment
    assert summary.openable and summary.status is FileStatus.OK
    assert summary.company == "Malabar Spice Traders LLP"
    assert summary.saved_at == saved.updated_at and summary.saved_at.tzinfo is not None
    assert summary.score is not None and round(summary.score) == 72
    assert summary.problem == ""


def test_a_provisional_result_has_no_score(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from advisor.storage import save_assessment

    assessment = load_assessment(SPICES).assessment
    assessment.answers = {}
    path = tmp_path / "empty.json"
    save_assessment(path, assessment)
    summary = summarise_file(path, default_bank())
    assert summary.openable and summary.score is None


def test_missing_broken_and_foreign_files_never_raise(tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff\xfe{")
    foreign = tmp_path / "foreign.json"
    foreign.write_text(
        TEXTILES.read_text(encoding="utf-8").replace('"in-sme-export"', '"other"'),
        encoding="utf-8",
    )
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    gone = tmp_path / "gone.json"
    summaries = summarise_recent([gone, broken, foreign, folder, gone], default_bank())
    assert [s.status for s in summaries] == [
        FileStatus.MISSING,
        FileStatus.UNREADABLE,
        FileStatus.UNREADABLE,
        FileStatus.UNREADABLE,  # a folder is there: never called moved or deleted
    ]  # the repeated path is listed once
    assert all(s.problem and not s.openable for s in summaries)
    assert str(gone) in summaries[0].problem
    assert "other" in summaries[2].problem and summaries[2].company == "Kaveri Knit Fabrics"
    # without a bank, a file of another bank is only read
    assert summarise_file(foreign).openable


def test_a_folder_or_a_pipe_is_there_but_cannot_be_opened(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    summaries = [summarise_file(folder, default_bank())]
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.json"
        os.mkfifo(pipe)
        summaries.append(summarise_file(pipe, default_bank()))  # and it does not hang
    assert [s.status for s in summaries] == [FileStatus.UNREADABLE] * len(summaries)
    assert "folder" in summaries[0].problem
    assert all("not there" not in s.problem for s in summaries)
    # a name too long for the system is missing, never an exception
    assert summarise_file(tmp_path / ("a" * 300 + ".json")).status is FileStatus.MISSING


def test_one_line_keeps_a_name_in_one_line_and_in_order() -> None:
    assert one_line("evil\u202egnp.json") == "evilgnp.json"  # not shown as 'eviljson.png'
    assert one_line("line\nbreak\r\n\tname.json") == "line break name.json"
    assert one_line("a\u2028b\u2029c\x00d\u2066e\u2069") == "a b c de"
    assert one_line("श्री निर्यात") == "श्री निर्यात"
    assert one_line("क्\u200dष") == "क्\u200dष"  # the joiners Devanagari needs stay


def test_the_bundled_examples_have_plain_names() -> None:
    examples = bundled_examples(default_bank())
    assert [e.path.name for e in examples] == sorted(
        p.name for p in EXAMPLES.glob("*.json") if not p.name.startswith("branding")
    )
    textiles = examples[0]
    assert textiles.company == "Kaveri Knit Fabrics"
    assert textiles.sector is not None and textiles.sector.get("en") == "Textiles and apparel"
    assert [m.get("en") for m in textiles.markets] == ["European Union"]
    assert textiles.experience is not None and textiles.experience.get("hi")
    copy = example_copy(textiles)
    assert copy.profile.company == textiles.company


def test_examples_of_another_bank_are_not_offered(mini_bank) -> None:  # type: ignore[no-untyped-def]
    assert bundled_examples(mini_bank) == []


# --- read without the models (the start page at launch, issue 18) -------------------------


def _described(examples):  # type: ignore[no-untyped-def]
    return [
        (
            e.path,
            e.company,
            *(t.get(lg) if t else None for t in (e.sector, e.experience) for lg in ("en", "hi")),
            [m.get(lang) for m in e.markets for lang in ("en", "hi")],
        )
        for e in examples
    ]


def test_the_examples_read_without_the_models_are_the_same() -> None:
    from advisor.services.lazy_bank import LazyBank
    from advisor.services.start import peek_examples

    lazy = LazyBank.default()
    assert lazy is not None and lazy.id == default_bank().id
    assert _described(peek_examples(lazy)) == _described(bundled_examples(default_bank()))


def test_recent_files_read_without_the_models_agree_but_for_the_score(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from advisor.services.lazy_bank import LazyBank
    from advisor.services.start import peek_recent

    good = shutil.copy(SPICES, tmp_path / "spices.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]", encoding="utf-8")
    foreign = tmp_path / "foreign.json"
    foreign.write_text(
        TEXTILES.read_text(encoding="utf-8").replace('"in-sme-export"', '"other"'),
        encoding="utf-8",
    )
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    paths = [good, tmp_path / "gone.json", broken, listed, foreign, folder, good]
    lazy = LazyBank.default()
    assert lazy is not None
    peeked, full = peek_recent(paths, lazy), summarise_recent(paths, default_bank())
    assert [(s.path, s.status) for s in peeked] == [(s.path, s.status) for s in full]
    assert [(s.company, s.saved_at) for s in peeked if s.openable] == [
        (s.company, s.saved_at) for s in full if s.openable
    ]
    assert all(s.score is None for s in peeked)
    assert "other" in peeked[4].problem


def test_the_start_page_names_the_built_in_bank_as_its_loader_does() -> None:
    from advisor.storage import bank_data, banks

    assert bank_data.DEFAULT_BANK == banks.DEFAULT_BANK
    assert bank_data.COMPILED_SUFFIX == banks.COMPILED_SUFFIX


def _variants(folder: Path) -> list[Path]:
    """The spices example spoiled the ways the full loader refuses but Python's json
    reads: UTF-16, a key twice, NaN, Infinity, a 500-digit number, a lone surrogate;
    and two it reads (a byte-order mark, an escaped emoji)."""
    text = SPICES.read_text(encoding="utf-8")
    assert '"profile": {' in text and '"company": "' in text
    spoiled = {
        "utf16": text.encode("utf-16"),
        "twice": text.replace('"profile": {', '"profile": {"company": "X", ', 1).encode(),
        "nan": text.replace('"profile": {', '"profile": {"x": NaN, ', 1).encode(),
        "infinity": text.replace('"profile": {', '"profile": {"x": -Infinity, ', 1).encode(),
        "digits": text.replace('"profile": {', '"profile": {"x": ' + "9" * 500 + ", ", 1).encode(),
        "surrogate": text.replace('"company": "', '"company": "\\udc00', 1).encode(),
        "bom": b"\xef\xbb\xbf" + text.encode(),
        "emoji": text.replace('"company": "', '"company": "\\ud83d\\ude00', 1).encode(),
    }
    paths = []
    for name, raw in spoiled.items():
        path = folder / f"{name}.json"
        path.write_bytes(raw)
        paths.append(path)
    return paths


def test_files_the_loader_refuses_are_flagged_before_the_models_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The start page before the models exist (peek) says "cannot be opened" of every file
    the full loader refuses, with the loader's reason, not only after the models came."""
    from advisor.services.lazy_bank import LazyBank
    from advisor.services.start import peek_recent

    paths = _variants(tmp_path)
    lazy = LazyBank.default()
    assert lazy is not None
    peeked, full = peek_recent(paths, lazy), summarise_recent(paths, default_bank())
    statuses = {p.stem: s.status for p, s in zip(paths, peeked, strict=True)}
    assert statuses == {p.stem: s.status for p, s in zip(paths, full, strict=True)}
    assert [s.openable for s in peeked] == [False] * 6 + [True] * 2
    for early, late in zip(peeked[:5], full[:5], strict=True):
        assert early.problem == late.problem  # "saved as UTF-16", "appears twice"...
    assert "invalid character" in peeked[5].problem and "surrogate" in peeked[5].problem


def test_a_summary_is_compared_and_shown_without_its_bytes(tmp_path) -> None:
    """FileSummary is a NamedTuple (cheaper to define before the window shows than a
    frozen dataclass) that keeps the dataclass's rules: ``raw`` is not compared or shown."""
    read = FileSummary(tmp_path, FileStatus.OK, "A", raw=b"{}")
    again = FileSummary(tmp_path, FileStatus.OK, "A")
    assert read == again and (read != again) is False and hash(read) == hash(again)
    assert read != FileSummary(tmp_path, FileStatus.OK, "B", raw=b"{}")
    assert "raw" not in repr(read) and "company='A'" in repr(read)
    with pytest.raises(AttributeError):
        read.company = "B"  # type: ignore[misc]
