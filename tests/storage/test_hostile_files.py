"""Hostile assessment files opened from the app: refused quickly, with a message, unharmed.

Sizes and nesting are bounded: each case below is refused by a limit, with a message that
names it. No wall-clock assertion: a timed test fails on a busy machine and proves nothing
on a fast one.
A file that disappears while it is open, and a read-only file, are handled without loss.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from storage_samples import sample_assessment, sample_bytes

from advisor.storage import DocumentError, load_assessment, save_assessment
from advisor.storage.backups import BackupStore
from advisor.storage.recovery import RecoveryStore


def _header() -> str:
    return (
        '{"format": "export-advisor/assessment", "schema_version": 1, '
        '"bank": {"id": "mini", "version": "1.0.0"}, '
        '"created_at": "2026-11-27T10:00:00+00:00", "updated_at": "2026-11-27T10:00:00+00:00"'
    )


def _huge_string() -> bytes:
    return (_header() + ', "profile": {"company": "' + "A" * 10_000_000 + '"}}').encode()


def _many_answers(count: int) -> bytes:
    answers = ",".join(f'"a{n}":{{"skip":"unknown"}}' for n in range(count))
    return (_header() + ', "answers": {' + answers + "}}").encode()


def _deep(depth: int) -> bytes:
    return (_header() + ', "profile": ' + '{"a":' * depth + "1" + "}" * depth + "}").encode()


def _long_number(digits: int) -> bytes:
    return (_header() + ', "answers": {"a": {"number": ' + "1" * digits + "}}}").encode()


CASES = {
    "a whole number of 5,000 digits": (lambda: _long_number(5_000), "too large"),
    "10 MB string": (_huge_string, "too large"),
    "100,000 answers": (lambda: _many_answers(100_000), "too large"),
    "60,000 short answers under the size limit": (lambda: _many_answers(60_000), "answers"),
    "deep nesting 100,000": (lambda: b"[" * 100_000 + b"]" * 100_000, "nested"),
    "deep nesting inside the document": (lambda: _deep(5_000), "nested"),
    "deep nesting past the recursion limit": (lambda: _deep(200_000), "nested"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bounded_inputs_are_refused_quickly(tmp_path: Path, case: str) -> None:
    make, words = CASES[case]
    doc = tmp_path / "hostile.json"
    raw = make()
    doc.write_bytes(raw)
    with pytest.raises(DocumentError) as caught:
        load_assessment(doc)
    message = str(caught.value)
    assert words in message and str(doc) in message and "\n" not in message
    assert doc.read_bytes() == raw  # never rewritten


def test_file_that_disappears_while_open(tmp_path: Path) -> None:
    doc = tmp_path / "acme.json"
    save_assessment(doc, sample_assessment(4))
    opened = load_assessment(doc)
    store = RecoveryStore()
    store.start_session()
    key = store.new_key()
    store.autosave(key, sample_bytes(5), doc)
    doc.unlink()  # deleted by the user, a sync client, or an unplugged stick
    with pytest.raises(DocumentError, match="the file does not exist"):
        load_assessment(doc)
    # the work is still in the autosave, and saving puts the file back
    BackupStore().save(doc, sample_bytes(5))
    assert load_assessment(doc).assessment == sample_assessment(5)
    assert opened.assessment == sample_assessment(4)


def test_folder_that_disappears_while_open(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    doc = folder / "acme.json"
    save_assessment(doc, sample_assessment(4))
    load_assessment(doc)
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    with pytest.raises(DocumentError) as caught:
        BackupStore().save(doc, sample_bytes(5))
    assert caught.value.message == "could not save: the folder does not exist any more"


def test_read_only_file_loads_but_is_not_saved_over(tmp_path: Path) -> None:
    doc = tmp_path / "acme.json"
    save_assessment(doc, sample_assessment(4))
    raw = doc.read_bytes()
    doc.chmod(stat.S_IREAD)
    try:
        assert load_assessment(doc).assessment == sample_assessment(4)
        with pytest.raises(DocumentError) as caught:
            BackupStore().save(doc, sample_bytes(9))
        assert caught.value.message == "could not save: the file is read-only"
        assert doc.read_bytes() == raw
    finally:
        doc.chmod(stat.S_IREAD | stat.S_IWRITE)


def test_loading_never_writes(tmp_path: Path) -> None:
    doc = tmp_path / "acme.json"
    doc.write_bytes(b'{"format": "export-advisor/assessment", "schema_version": 1}')
    before = doc.stat()
    with pytest.raises(DocumentError):
        load_assessment(doc)
    after = doc.stat()
    assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.json"]
    json.loads(doc.read_text())


@pytest.mark.parametrize("sign", ["", "-"])
def test_a_number_of_400_digits_is_read_and_401_refused_whatever_its_sign(sign: str) -> None:
    from advisor.storage.strict_json import parse_json_text

    assert parse_json_text(f"[{sign}{'9' * 400}]", None)[0] == int(sign + "9" * 400)
    with pytest.raises(DocumentError, match="a number of 401 digits is too large"):
        parse_json_text(f"[{sign}{'9' * 401}]", None)
