"""Every message about a file is said in every language (issue: a Hindi window said them
in English): the storage layer names each by a key of the word catalogues, keeps its
English as ``str()``, and the window puts it into its own language."""

from __future__ import annotations

import ast
import errno
import json
import os
import pickle
import re
import stat
from pathlib import Path

import pytest
from storage_samples import sample_assessment

from advisor import files
from advisor.domain.languages import LANGUAGE_CODES
from advisor.domain.words import words
from advisor.storage import DocumentError, dumps_assessment, load_assessment, parse_assessment
from advisor.storage.atomic import atomic_write_bytes, describe_os_error, os_error_wording
from advisor.storage.errors import NewerFormatError, Wording, read_file

ROOT = Path(__file__).resolve().parents[2]
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
KEY_IN_CODE = re.compile(r"""["'](file\.[a-z_]+(?:\.[a-z_]+)*)["']""")


def _file_keys() -> set[str]:
    english = words("en")
    return {k for k in (*english.entries, *english.plurals) if k.startswith("file.")}


def test_every_key_the_code_names_is_in_the_catalogues() -> None:
    named: set[str] = set()
    for path in [*(ROOT / "advisor").rglob("*.py")]:
        named.update(KEY_IN_CODE.findall(path.read_text(encoding="utf-8")))
    assert len(named) > 60
    missing = sorted(k for k in named if k not in _file_keys() and k != "file.thing.")
    assert not missing, f"keys named in advisor/ but not in resources/words/en.json: {missing}"


@pytest.mark.parametrize("lang", [code for code in LANGUAGE_CODES if code != "en"])
def test_every_language_says_every_file_message(lang: str) -> None:
    own = words(lang)
    for key in _file_keys():  # test_words.py checks the placeholders are the same
        assert key in own.entries or key in own.plurals, f"{lang}: no {key}"
        text = own.entries.get(key) or own.plurals[key]["other"]
        bare = re.sub(r"\{\w+\}", "", text).strip(" ()")
        if bare:  # a text that is only placeholders ("{detail}") is said as it is
            assert text != words("en").entries.get(key), f"{lang}: {key} is English"


def test_the_file_read_reasons_are_the_catalogue_words() -> None:
    english = words("en").entries
    for key, text in files.REASONS.items():
        assert english[key] == text, key


def test_every_kind_of_file_a_message_names_is_in_the_catalogues() -> None:
    """The ``what`` of a read ("a question bank") and the kinds of file told apart."""
    from advisor.storage import documents

    things = {t for k, t in words("en").entries.items() if k.startswith("file.thing.")}
    named = {what for _, what in documents._SIGNATURES}
    for path in (ROOT / "advisor").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        named.update(re.findall(r"read_(?:file|bounded)\([^()]*?,[^()]*?, \"([^\"]+)\"\)", source))
        named.update(re.findall(r"what=\"([^\"]+)\"", source))
        named.update(re.findall(r'kind = "([^"]+)"', source) if path.name == "files.py" else ())
    named.add("an assessment file or a question bank")
    assert {"a pipe (FIFO)", "a question bank", "a PDF document"} <= named
    assert named <= things, sorted(named - things)


def _refusals(tmp_path: Path) -> dict[str, Path]:
    good = json.loads(dumps_assessment(sample_assessment()))
    cases: dict[str, bytes] = {
        "empty": b"",
        "utf16": "{}".encode("utf-16"),
        "not_utf8": b'{"format": "\xff"}',
        "not_json": b'{"format": ',
        "duplicate": b'{"a": 1, "a": 2}',
        "nan": b'{"a": NaN}',
        "pdf": b"%PDF-1.7 ...",
        "array": b"[1, 2]",
        "format": b'{"format": "something-else"}',
        "newer": json.dumps({**good, "schema_version": 99}).encode(),
        "wrong_field": json.dumps({**good, "profile": {**good["profile"], "company": 5}}).encode(),
        "two_wrong": json.dumps({**good, "created_at": "soon", "extra": 1}).encode(),
        "deep": b"[" * 5000 + b"]" * 5000,
        "too_large": b" " * (files_limit() + 1),
    }
    made = {}
    for name, data in cases.items():
        made[name] = tmp_path / f"{name}.json"
        made[name].write_bytes(data)
    made["missing"] = tmp_path / "gone.json"
    made["folder"] = tmp_path / "a-folder.json"
    made["folder"].mkdir()
    return made


def files_limit() -> int:
    from advisor.storage.documents import MAX_DOCUMENT_BYTES

    return MAX_DOCUMENT_BYTES


def test_every_refusal_of_the_loader_is_said_in_hindi_with_its_path_and_place(
    tmp_path: Path,
) -> None:
    for name, path in _refusals(tmp_path).items():
        with pytest.raises(DocumentError) as caught:
            load_assessment(path)
        error = caught.value
        assert error.wording is not None, f"{name}: {error} has no key"
        assert error.wording.key != "file.field.other", f"{name}: {error} said as a detail"
        hindi = error.text("hi")
        assert hindi.startswith(f"{path}: "), name  # the path stays as the user sees it
        if error.place:
            assert f": {error.place}: " in hindi, name  # and the place in the file
        reason = error.reason("hi")
        assert DEVANAGARI.search(reason), f"{name}: {reason}"
        assert reason != error.message, name
        assert (
            str(error)
            == error.text("en")
            == f"{path}: " + (f"{error.place}: " if error.place else "") + error.message
        )


def test_the_english_stays_word_for_word(tmp_path: Path) -> None:
    """The command line, logs and scripts read these: the keys changed none of them."""
    made = _refusals(tmp_path)
    said = {}
    for name in ("empty", "duplicate", "nan", "pdf", "wrong_field", "two_wrong", "missing"):
        with pytest.raises(DocumentError) as caught:
            load_assessment(made[name])
        said[name] = caught.value.message
    assert said == {
        "empty": "the file is empty",
        "duplicate": "the key 'a' appears twice in the same object",
        "nan": "NaN is not a number this file may hold",
        "pdf": "this is a PDF document, not an assessment file",
        "wrong_field": "Input should be a valid string",
        "two_wrong": "not a date and time with a time zone, years 1900-9998 "
        "(write it as 2026-11-27T10:15:00+05:30) (and 1 more problem)",
        "missing": "the file does not exist (was it moved or deleted?)",
    }


def test_a_kind_of_file_is_said_in_the_language(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        load_assessment(tmp_path)
    assert caught.value.message == "this is a folder, not an assessment file"
    assert caught.value.reason("hi") == "यह एक फ़ोल्डर है, मूल्यांकन फ़ाइल नहीं"
    with pytest.raises(DocumentError) as caught:
        read_file(tmp_path, 10, "a kind of file no catalogue names")
    assert "a kind of file no catalogue names" in caught.value.reason("hi")  # as given


#: Hindi words that agree in gender with a noun before them (सहेजी गई फ़ाइल, सहेजा गया
#: सत्र) and postpositions that put the noun before them in the oblique case (का सत्र ->
#: के सत्र के लिए, यह फ़ाइल -> इस फ़ाइल के लिए).
_AGREEING = {"गई", "गया", "गए", "गयी", "हुई", "हुआ", "हुए", "वाली", "वाला", "वाले", "सी", "सा"}
_POSTPOSITIONS = {"का", "की", "के", "को", "में", "से", "पर", "ने", "तक"}


def test_a_kind_of_file_is_named_so_that_hindi_is_grammatical_for_every_kind() -> None:
    """A kind of file (``{what}``, ``{kind}``) may be masculine (कार्यशाला का सत्र, बैकअप)
    or feminine (मूल्यांकन फ़ाइल): nothing agrees with it in gender, and no postposition
    follows it (its oblique form would change: का सत्र -> के सत्र). It was 'सहेजी गई {what}
    चुनें': 'सहेजी गई कार्यशाला का सत्र'."""
    texts = {k: t for k, t in words("hi").entries.items() if re.search(r"\{(what|kind)\}", t)}
    assert {"file.not_regular", "file.too_large", "file.is_folder"} <= set(texts)
    for key, text in texts.items():
        for before, after in re.findall(r"(\S*)\s*\{(?:what|kind)\}\s*(\S*)", text):
            assert before not in _AGREEING, f"{key}: '{before}' agrees with the kind: {text}"
            assert after.strip(",;:)") not in _POSTPOSITIONS, f"{key}: '{after}' after it: {text}"
    session = Wording("file.not_regular", kind="a pipe (FIFO)", what="a workshop session")
    assert session.render("hi") == (
        "यह पाइप (FIFO) है, साधारण फ़ाइल नहीं: डिस्क पर सहेजी हुई फ़ाइल चुनें (कार्यशाला का सत्र)"
    )
    autosave = Wording("file.too_large", what="autosaved work", size="3 MB", limit="2 MB")
    assert autosave.render("hi").startswith("फ़ाइल अपने-आप सहेजा गया काम होने के लिए बहुत बड़ी है")


def test_plurals_follow_the_language() -> None:
    one = Wording("file.more", n=1)
    assert one.render("en") == "(and 1 more problem)"
    assert Wording("file.more", n=3).render("en") == "(and 3 more problems)"
    assert one.render("hi") == "(और 1 समस्या)"
    assert Wording("file.more", n=3).render("hi") == "(और 3 समस्याएँ)"


def test_save_failures_are_said_in_hindi(tmp_path: Path) -> None:
    target = tmp_path / "locked.json"
    target.write_bytes(b"{}")
    target.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(DocumentError) as caught:
            atomic_write_bytes(target, b"{}")
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert caught.value.message == "could not save: the file is read-only"
    assert caught.value.reason("hi") == "सहेजा नहीं जा सका: फ़ाइल सिर्फ़ पढ़ने के लिए है"
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert describe_os_error(full) == "the disk is full"
    assert os_error_wording(full).render("hi") == "डिस्क भर गई है"
    odd = OSError(errno.EBUSY, "Device or resource busy")
    assert describe_os_error(odd) == "Device or resource busy"  # the system's own words
    assert "Device or resource busy" in os_error_wording(odd).render("hi")


def test_a_file_the_app_could_not_reopen_is_not_saved_and_says_why_in_hindi() -> None:
    from advisor.storage import check_savable

    with pytest.raises(DocumentError) as caught:
        check_savable(b"", "x.json")
    assert (
        caught.value.message
        == "not saved, because the app could not open it again: the file is empty"
    )
    assert caught.value.reason("hi") == (
        "सहेजा नहीं गया, क्योंकि ऐप इसे फिर से खोल नहीं पाता: फ़ाइल ख़ाली है"
    )


def test_an_error_survives_pickling_with_its_words() -> None:
    """A worker process hands its error to the parent (``report --jobs``)."""
    newer = NewerFormatError("a.json", Wording("file.unknown_version", version=7), "schema_version")
    again = pickle.loads(pickle.dumps(newer))
    assert type(again) is NewerFormatError and str(again) == str(newer)
    assert again.reason("hi") == newer.reason("hi") != newer.message
    plain = pickle.loads(pickle.dumps(DocumentError(None, "plain words")))
    assert str(plain) == "<document>: plain words" and plain.reason("hi") == "plain words"


def test_parse_errors_give_the_same_words_as_load(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_assessment(b"[1]", "x.json")
    assert caught.value.wording == Wording("file.not_one_object")


def test_folders_branding_profiles_and_workshop_copies_are_said_in_hindi(tmp_path: Path) -> None:
    from advisor.storage.branding import load_branding
    from advisor.storage.workshop import copy_to_folder, probe_write, probe_write_wording

    gone = tmp_path / "stick"
    assert probe_write(gone) == "the folder does not exist (is the USB stick or drive plugged in?)"
    wording = probe_write_wording(gone)
    assert wording is not None and wording.render("hi").startswith("फ़ोल्डर मौजूद नहीं है")
    report = tmp_path / "a.pdf"
    report.write_bytes(b"%PDF")
    with pytest.raises(DocumentError) as caught:
        copy_to_folder(report, gone)
    assert caught.value.message.startswith("cannot copy a.pdf there: the folder does not exist")
    assert caught.value.reason("hi").startswith("a.pdf वहाँ कॉपी नहीं हो सकी: फ़ोल्डर मौजूद")
    profile = tmp_path / "branding.json"
    profile.write_text('{"accent": "blue", "extra": 1}', encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        load_branding(profile)
    assert caught.value.message.endswith("(and 1 more problem)")
    assert caught.value.reason("hi").startswith("यह रंग नहीं है: #RRGGBB की तरह लिखें")
    assert caught.value.reason("hi").endswith("(और 1 समस्या)")


def test_the_json_parsers_own_words_are_said_in_hindi() -> None:
    from advisor.storage import strict_json

    for message, key in strict_json._JSON_WORDS.items():
        assert words("en").get(key) == message  # the English stays Python's own
    with pytest.raises(DocumentError) as caught:
        strict_json.parse_json_text('{"a": 1 "b": 2}', "x.json")
    assert caught.value.message == "not valid JSON at line 1, column 9: Expecting ',' delimiter"
    assert caught.value.reason("hi") == (
        "पंक्ति 1, कॉलम 9 पर JSON सही नहीं है: यहाँ कॉमा (,) होना चाहिए"
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"a": }',  # a value missing
        '{"a": 1 "b": 2}',
        '{"a" 1}',
        "{a: 1}",
        "{} x",
        '{"a": "b',
        '{"path": "C:\\Users\\asha"}',  # a Windows path typed in
        '{"a": "\\u12"}',
        '{"a": "b\x01"}',
    ],
)
def test_every_json_mistake_is_said_in_hindi_words(text: str) -> None:
    """Python's parser's own reason is never left in English inside a Hindi message
    (`JSON` and `key` are the glossary's)."""
    from advisor.storage import strict_json

    with pytest.raises(DocumentError) as caught:
        strict_json.parse_json_text(text, "x.json")
    said = caught.value.reason("hi")
    assert not set(re.findall(r"[A-Za-z]{3,}", said)) - {"JSON", "key", "uXXXX"}, said


def test_when_a_file_was_locked_is_said_in_the_language() -> None:
    import datetime as dt

    when = dt.datetime(2026, 11, 30, 10, 42, tzinfo=dt.UTC)
    said = Wording("file.lock.owner_since", who="asha", where="OFFICE-PC", since=when)
    assert said.render("en").startswith("asha on OFFICE-PC since 30 Nov 2026, ")
    assert said.render("hi").startswith("asha (OFFICE-PC, 30 नव॰ 2026, ")


def test_a_client_librarys_skipped_files_say_why_in_hindi(tmp_path: Path, mini_bank) -> None:  # type: ignore[no-untyped-def]
    from advisor.storage.library import ClientLibrary

    (tmp_path / "loose.json").write_text("{}", encoding="utf-8")
    client = tmp_path / "Acme"
    client.mkdir()
    (client / "broken.json").write_bytes(b"")
    scan = ClientLibrary(tmp_path, mini_bank).scan()
    said = {p.path.name: (p.reason, p.said("hi")) for p in scan.problems}
    assert said["loose.json"] == (
        "not in a client's folder (move it into one)",
        "किसी ग्राहक के फ़ोल्डर में नहीं है (इसे किसी एक में रखें)",
    )
    assert said["broken.json"] == ("the file is empty", "फ़ाइल ख़ाली है")


def test_a_choice_of_values_is_joined_in_the_language() -> None:
    data = json.loads(dumps_assessment(sample_assessment()))
    data["answers"] = {"q1": {"skip": "maybe"}}
    with pytest.raises(DocumentError) as caught:
        parse_assessment(json.dumps(data).encode(), "x.json")
    assert caught.value.message == "Input should be 'unknown' or 'not_applicable'"
    assert caught.value.reason("hi") == "यहाँ इनमें से एक होना चाहिए: 'unknown' या 'not_applicable'"


#: ValueErrors of the domain that no validator raises: the word catalogues' own loading
#: (the app's resources, not a user's file) and a colour helper of the window and report
#: (the profile's colour is checked by its pattern).
_NOT_VALIDATORS = {("words.py", "_read"), ("branding.py", "parse_hex_colour")}


def _raises(path: Path) -> list[tuple[str, ast.Call]]:
    """(the function, the exception's call) of each ``raise X(...)`` in a module."""
    found = []
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                    found.append((function.name, node.exc))
    return found


def test_every_domain_validator_says_its_message_by_a_key() -> None:
    """The validators' sentences were matched back to keys by regular expressions (the
    sentence lived twice: rewording a validator turned its message into file.field.other,
    English in a Hindi window). Every ValueError the domain's validators raise is a
    FieldError naming its key; its values are the template's placeholders."""
    english = words("en").entries
    plain, keys = [], set()
    for path in sorted((ROOT / "advisor" / "domain").rglob("*.py")):
        for function, call in _raises(path):
            name = getattr(call.func, "id", None)
            if name == "ValueError" and (path.name, function) not in _NOT_VALIDATORS:
                plain.append(f"{path.name}:{call.lineno} ({function})")
            if name == "FieldError":
                key = call.args[0]
                assert isinstance(key, ast.Constant) and key.value in english, ast.dump(key)
                slots = set(re.findall(r"\{(\w+)\}", english[key.value]))
                assert {k.arg for k in call.keywords} == slots, f"{path.name}:{call.lineno}"
                keys.add(key.value)
    assert not plain, f"validators raising a plain ValueError: {plain}"
    assert len(keys) >= 12


def test_a_validators_message_is_said_from_its_key_in_hindi() -> None:
    from pydantic import ValidationError

    from advisor.domain.assessment import Answer
    from advisor.domain.field_error import FieldError
    from advisor.storage.field_words import field_wording

    with pytest.raises(ValidationError) as caught:
        Answer.model_validate({"choices": ["a", "a"]})
    (error,) = caught.value.errors()
    assert isinstance(error["ctx"]["error"], FieldError)
    said = field_wording(error)
    assert said == Wording("file.field.chosen_twice")
    assert str(error["ctx"]["error"]) == said.render("en") == "the same option is chosen twice"
    assert DEVANAGARI.search(said.render("hi"))
    assert pickle.loads(pickle.dumps(error["ctx"]["error"])).key == "file.field.chosen_twice"


def test_no_document_error_is_raised_with_english_words() -> None:
    """A DocumentError given an English text instead of a Wording is said in English in a
    Hindi window (the start page's check for a lone surrogate was one)."""
    english = []
    for path in sorted((ROOT / "advisor").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "").endswith(
                "DocumentError"
            ):
                said = node.args[1] if len(node.args) > 1 else None
                if isinstance(said, (ast.Constant, ast.JoinedStr)):
                    english.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not english, f"DocumentError with English words: {english}"
