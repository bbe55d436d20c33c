"""A Hindi window says every message about a file in Hindi (it used to say the loader's
refusals, save failures and recovery in English), keeping the file's path and the place
in the file as written; an English window says them word for word as before."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

import advisor.ui.document.prompts as rd
from advisor.storage import DocumentError, dumps_assessment
from advisor.storage.errors import Wording
from advisor.storage.recovery import RecoveryStore
from advisor.ui.common.file_words import file_message, file_reason, interface_language
from advisor.ui.document.autosave import AutoSaver
from tests.ui.conftest import generated_assessment
from tests.ui.document.test_autosave import FakeDocument
from tests.ui.document.test_prompts import _crash_with

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
LATIN_WORD = re.compile(r"\b[a-z]{4,}\b")  # an English word (JSON's own words excepted)


def _bad_files(folder: Path, good: dict) -> dict[str, tuple[Path, str]]:
    """name: (file, the place in it the message names, "" for the whole file)."""
    cases = {
        "empty": (b"", ""),
        "not_json": (b'{"format": "export-advisor/assessment", ', ""),
        "duplicate": (b'{"format": 1, "format": 2}', ""),
        "nan": (b'{"score": NaN}', ""),
        "pdf": (b"%PDF-1.7", ""),
        "wrong_field": (
            json.dumps({**good, "profile": {**good["profile"], "company": 5}}).encode(),
            "profile.company",
        ),
        "newer": (json.dumps({**good, "schema_version": 99}).encode(), "schema_version"),
        "too_large": (b" " * 3_000_000, ""),
        "not_an_option": (
            json.dumps({**good, "answers": {"log.iec": {"choice": "maybe"}}}).encode(),
            "answers.log.iec.choice",
        ),
        "other_bank": (
            json.dumps({**good, "bank": {"id": "another-bank", "version": "1.0.0"}}).encode(),
            "bank.id",
        ),
    }
    made = {}
    for name, (data, place) in cases.items():
        path = folder / f"{name}.json"
        path.write_bytes(data)
        made[name] = (path, place)
    made["missing"] = (folder / "moved-away.json", "")
    return made


def test_opening_bad_files_in_a_hindi_window_says_why_in_hindi(
    hindi, make_window, dialogs, mini_bank, tmp_path: Path
) -> None:
    window = make_window(mini_bank)
    assert window.lang == "hi" and interface_language() == "hi"
    good = json.loads(dumps_assessment(generated_assessment(mini_bank, "mixed")))
    for name, (path, place) in _bad_files(tmp_path, good).items():
        assert not window.files.open_path(path, ask=False), name
        assert dialogs.names()[-1] == "show_error"
        title, message = dialogs.calls[-1][1]
        assert title == "यह फ़ाइल खुल नहीं सकती", name
        assert message.startswith(f"{path}: "), message  # the path as the user knows it
        if place:
            assert message.startswith(f"{path}: {place}: "), message  # and the place
        reason = message.removeprefix(f"{path}: ").removeprefix(f"{place}: ")
        assert DEVANAGARI.search(reason), f"{name}: {message}"
        reason = re.sub(r"'[^']*'", "", reason)  # values and ids quoted from the file
        if name not in ("not_json", "not_an_option"):  # JSON's detail; the bank's option ids
            english = [w for w in LATIN_WORD.findall(reason) if w not in {"true", "object"}]
            assert not english, f"{name}: English left in {message}"


def test_an_english_window_says_them_as_before(
    make_window, dialogs, mini_bank, tmp_path: Path
) -> None:
    window = make_window(mini_bank)
    assert interface_language() == "en"
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    assert not window.files.open_path(path, ask=False)
    assert dialogs.calls[-1][1] == ("Cannot open this file", f"{path}: the file is empty")


def test_a_failed_save_is_said_in_hindi(
    hindi, make_window, dialogs, mini_bank, tmp_path: Path
) -> None:
    window = make_window(mini_bank)
    target = tmp_path / "locked.json"
    target.write_bytes(b"{}")
    target.chmod(stat.S_IRUSR)
    dialogs.answers["ask_save_path"] = target
    try:
        assert not window.files.save_as()
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    title, message = dialogs.calls[-1][1]
    assert title == "मूल्यांकन सहेजा नहीं जा सका"
    assert message == f"{target}: सहेजा नहीं जा सका: फ़ाइल सिर्फ़ पढ़ने के लिए है"


def test_a_failed_autosave_is_said_in_hindi(hindi, qtbot, tmp_path: Path) -> None:
    saver = AutoSaver(RecoveryStore(), delay_ms=50)
    try:
        path = tmp_path / "acme.json"
        path.write_text("{}")
        path.chmod(stat.S_IREAD)
        doc = FakeDocument(path)
        saver.set_document(doc)
        failures: list[str] = []
        saver.failed.connect(failures.append)
        doc.edit("x")
        qtbot.waitUntil(lambda: bool(failures), timeout=3000)
        assert failures == ["फ़ाइल सिर्फ़ पढ़ने के लिए है"]
        assert saver.last_status == "सहेजा नहीं जा सका: फ़ाइल सिर्फ़ पढ़ने के लिए है"
    finally:
        path.chmod(stat.S_IREAD | stat.S_IWRITE)
        saver.close()


def test_work_set_aside_at_start_says_why_in_hindi(
    hindi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        rd, "show_problem", lambda _p, title, message: shown.append((title, message))
    )
    _crash_with(tmp_path, b'{"format": "export-advisor/assessment", "schema_version": 1')
    store = RecoveryStore()
    assert rd.offer_recovery(None, store) == []
    ((title, message),) = shown
    assert title == "यह काम वापस नहीं लाया जा सका"
    assert "पंक्ति 1, कॉलम" in message and "JSON सही नहीं है" in message  # why, in Hindi
    assert str(store.set_aside_folder) in message  # where it went, as written
    assert "not valid JSON" not in message


def test_work_that_cannot_be_moved_aside_says_why_in_hindi(
    hindi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(rd, "show_problem", lambda _p, _t, message: shown.append(message))

    def refuse(self, item):  # type: ignore[no-untyped-def]
        why = Wording("file.could_not_set_aside", reason=Wording("file.write.read_only_disk"))
        raise DocumentError(item.autosave, why)

    monkeypatch.setattr(RecoveryStore, "set_aside", refuse)
    _crash_with(tmp_path, b"\x00\xffnot json")
    assert rd.offer_recovery(None, RecoveryStore()) == []
    (message,) = shown
    assert "फ़ाइल UTF-8 टेक्स्ट नहीं है" in message
    assert "अलग नहीं रखा जा सका: डिस्क या फ़ोल्डर सिर्फ़ पढ़ने के लिए है" in message


def test_a_message_that_has_no_key_is_said_as_it_is(hindi) -> None:
    plain = DocumentError("a.json", "an old message without a key")
    assert file_message(plain) == "a.json: an old message without a key"
    assert file_reason(ValueError("not ours")) == "not ours"


def test_a_file_open_elsewhere_is_said_in_hindi(
    hindi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advisor.storage.locks import DocumentLocks

    doc = tmp_path / "acme.json"
    doc.write_text("{}")
    first = DocumentLocks().acquire(doc)
    said: list[str] = []

    def ask_locked(_parent, _path, message):  # type: ignore[no-untyped-def]
        said.append(message)
        return rd.LockChoice.CANCEL

    monkeypatch.setattr(rd, "ask_locked", ask_locked)
    try:
        assert rd.open_for_editing(None, DocumentLocks(), doc) is None
    finally:
        assert first.lock is not None
        first.lock.release()
    (message,) = said
    assert message.startswith("यह फ़ाइल पहले से बदलाव के लिए खुली है: ")
    assert "दूसरी विंडो में" in message and " से)" in message  # where, and since when
    assert first.message == ""  # the English stays for the command line


@pytest.mark.parametrize(
    ("lang", "wrong", "more"),
    [
        ("en", 2, "(and 1 more problem)"),  # it said "(and 1 more problems)"
        ("en", 3, "(and 2 more problems)"),
        ("hi", 2, "(और 1 समस्या)"),  # the catalogue's plural, not a text of its own
        ("hi", 3, "(और 2 समस्याएँ)"),
    ],
)
def test_a_file_that_does_not_fit_the_bank_counts_its_other_problems_in_the_window_language(
    request: pytest.FixtureRequest,
    lang: str,
    wrong: int,
    more: str,
    make_window,
    dialogs,
    mini_bank,
    tmp_path: Path,
) -> None:
    if lang == "hi":
        request.getfixturevalue("hindi")
    window = make_window(mini_bank)
    good = json.loads(dumps_assessment(generated_assessment(mini_bank, "mixed")))
    answers = {qid: {"choice": "maybe"} for qid in ("log.iec", "log.ce", "pay.terms")[:wrong]}
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps({**good, "answers": answers}))
    assert not window.files.open_path(path, ask=False)
    _title, message = dialogs.calls[-1][1]
    assert message.startswith(f"{path}: answers.log.iec.choice: ")
    assert message.endswith(f" {more}"), message


@pytest.mark.parametrize(("lang", "end"), [("en", "."), ("hi", "।")])
def test_a_reason_ends_with_the_full_stop_of_the_window_language_whatever_it_quotes(
    request: pytest.FixtureRequest,
    lang: str,
    end: str,
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An English window quoting a Devanagari key from the file ended its sentence with
    a danda: the full stop followed the script of the text, not the window's language."""
    if lang == "hi":
        request.getfixturevalue("hindi")
    shown: list[str] = []
    monkeypatch.setattr(rd, "show_problem", lambda _p, _t, message: shown.append(message))
    _crash_with(tmp_path, '{"नाम": 1, "नाम": 2}'.encode())
    assert rd.offer_recovery(None, RecoveryStore()) == []
    (message,) = shown
    reason = DocumentError("x", Wording("file.duplicate_key", name="'नाम'")).reason(lang)
    assert f"{reason}{end} " in message, message
