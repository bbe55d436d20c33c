"""Loading a question bank: every fault a bank author can make, with its message.

The "mutators" below (after npe2) each take the valid mini bank, break one thing, and
their docstring is the message the user must see. Every message names the file; those
about a question name its id and the field.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from advisor.domain.bank import BankError
from advisor.domain.bank_checks import bank_from_data
from advisor.domain.limits import MAX_BANK_BYTES
from advisor.domain.text import Text
from advisor.storage.banks import load_bank

Data = dict[str, Any]
MINI_PATH = Path(__file__).parent.parent / "fixtures" / "mini_bank.yaml"
VALID: Data = yaml.safe_load(MINI_PATH.read_text(encoding="utf-8"))


def _question(data: Data, qid: str) -> Data:
    return next(q for q in data["questions"] if q["id"] == qid)


# --- mutators: each breaks one thing; the docstring is (part of) the message ----------


def duplicate_question_id(data: Data) -> None:
    """question log.docs, field id: the question id 'log.docs' is used twice"""
    data["questions"].append(copy.deepcopy(_question(data, "log.docs")))


def option_id_twice(data: Data) -> None:
    """question log.iec, field options: option id 'yes' is used twice"""
    _question(data, "log.iec")["options"][1]["id"] = "yes"


def condition_unknown_market(data: Data) -> None:
    """question log.ce, field condition.markets: unknown markets value 'mars'"""
    _question(data, "log.ce")["condition"] = {"markets": ["mars"]}


def condition_unknown_field(data: Data) -> None:
    """question log.ce, field condition.planet: unknown key"""
    _question(data, "log.ce")["condition"] = {"planet": ["mars"]}


def condition_unknown_sector(data: Data) -> None:
    """question pay.terms, field condition.sectors: unknown sectors value 'toys'"""
    _question(data, "pay.terms")["condition"] = {"sectors": ["toys"]}


def recommendation_unknown_question(data: Data) -> None:
    """recommendation rec.iec, field questions: no question 'log.nope' in the bank"""
    data["recommendations"][0]["questions"] = ["log.iec", "log.nope"]


def recommendation_unknown_source(data: Data) -> None:
    """recommendation rec.iec, field help: no source 'nasa' in the bank"""
    data["recommendations"][0]["help"] = ["dgft", "nasa"]


def weight_zero(data: Data) -> None:
    """question log.docs, field weight: Input should be greater than 0"""
    _question(data, "log.docs")["weight"] = 0


def weight_negative(data: Data) -> None:
    """question pay.reply, field weight: Input should be greater than 0"""
    _question(data, "pay.reply")["weight"] = -2


def dimension_weight_zero(data: Data) -> None:
    """dimension payments, field weight: Input should be greater than 0"""
    data["dimensions"][1]["weight"] = 0


def dimension_without_questions(data: Data) -> None:
    """dimension branding: has no questions"""
    data["dimensions"].append(
        {"id": "branding", "title": {"en": "Branding"}, "description": {"en": "x"}, "weight": 1}
    )


def missing_help(data: Data) -> None:
    """question log.iec, field help: Field required"""
    del _question(data, "log.iec")["help"]


def empty_help(data: Data) -> None:
    """question log.iec, field help: the English text is empty"""
    _question(data, "log.iec")["help"] = {"en": "   "}


def help_without_english(data: Data) -> None:
    """question log.iec, field help: needs an English text under the key 'en'"""
    _question(data, "log.iec")["help"] = {"hi": "निर्यात"}


def unknown_dimension(data: Data) -> None:
    """question log.iec, field dimension: no dimension 'shipping' in the bank"""
    _question(data, "log.iec")["dimension"] = "shipping"


def unknown_key_in_question(data: Data) -> None:
    """question log.iec, field colour: unknown key"""
    _question(data, "log.iec")["colour"] = "red"


def option_score_above_100(data: Data) -> None:
    """question log.iec, field options.0.score: Input should be less than or equal to 100"""
    _question(data, "log.iec")["options"][0]["score"] = 120


def no_best_option(data: Data) -> None:
    """question log.iec, field options: the best option must score 100"""
    _question(data, "log.iec")["options"][0]["score"] = 90


def single_option_only(data: Data) -> None:
    """question log.ce, field options: a choice question needs at least two options"""
    _question(data, "log.ce")["options"] = _question(data, "log.ce")["options"][:1]


def multi_cannot_reach_100(data: Data) -> None:
    """question log.docs, field options: choosing every option must reach 100 (reaches 60)"""
    _question(data, "log.docs")["options"][1]["score"] = 10


def exclusive_option_scores(data: Data) -> None:
    """question log.docs, field options: an exclusive option ('none of these') must score 0"""
    _question(data, "log.docs")["options"][2]["score"] = 10


def number_without_bands(data: Data) -> None:
    """question pay.reply, field bands: a number question needs score bands"""
    del _question(data, "pay.reply")["bands"]


def band_upside_down(data: Data) -> None:
    """question pay.reply, field bands.1: max must be above min"""
    _question(data, "pay.reply")["bands"][1] = {"min": 72, "max": 24, "score": 50}


def uncovered_question(data: Data) -> None:
    """question pay.reply: no recommendation covers its gaps"""
    data["recommendations"] = [r for r in data["recommendations"] if r["id"] != "rec.reply"]


def bad_question_id(data: Data) -> None:
    """question Log IEC, field id: String should match pattern"""
    _question(data, "log.iec")["id"] = "Log IEC"


def bad_version(data: Data) -> None:
    """field version: String should match pattern"""
    data["version"] = "one"


def critical_below_nan(data: Data) -> None:
    """question log.iec, field critical_below: Input should be a finite number"""
    _question(data, "log.iec")["critical_below"] = float("nan")


def _rec(data: Data, rid: str) -> Data:
    return next(r for r in data["recommendations"] if r["id"] == rid)


def after_unknown_recommendation(data: Data) -> None:
    """recommendation rec.docs, field after: no recommendation 'rec.nope' in the bank"""
    _rec(data, "rec.docs")["after"] = ["rec.iec", "rec.nope"]


def after_itself(data: Data) -> None:
    """recommendation rec.docs, field after: an action cannot come after itself"""
    _rec(data, "rec.docs")["after"] = ["rec.docs"]


def after_in_a_circle(data: Data) -> None:
    """recommendation rec.iec, field after: the actions wait for each other in a circle"""
    _rec(data, "rec.iec")["after"] = ["rec.terms"]
    _rec(data, "rec.terms")["after"] = ["rec.docs"]
    _rec(data, "rec.docs")["after"] = ["rec.iec"]


MUTATORS: list[Callable[[Data], None]] = [
    value
    for name, value in list(globals().items())
    if callable(value)
    and getattr(value, "__module__", None) == __name__
    and not name.startswith(("_", "test"))
]


def test_the_mini_bank_is_valid() -> None:
    bank = bank_from_data(copy.deepcopy(VALID), source="mini.yaml")
    assert bank.id == "mini"


def test_after_accepts_a_chain() -> None:
    data = copy.deepcopy(VALID)
    _rec(data, "rec.terms")["after"] = ["rec.iec"]
    _rec(data, "rec.docs")["after"] = ["rec.terms", "rec.iec"]
    bank = bank_from_data(data, source="mini.yaml")
    assert [r.after for r in bank.recommendations][:2] == [[], ["rec.terms", "rec.iec"]]


@pytest.mark.parametrize("mutator", MUTATORS, ids=lambda m: m.__name__)
def test_mutator_message(mutator: Callable[[Data], None], tmp_path: Path) -> None:
    data = copy.deepcopy(VALID)
    mutator(data)
    path = tmp_path / "broken-bank.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(path)
    expected = (mutator.__doc__ or "").strip()
    assert str(caught.value).startswith(f"{path}: ")
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert caught.value.problems[0].startswith(expected.split(":")[0]), caught.value.problems


# --- YAML hazards ----------------------------------------------------------------------


BILLION_LAUGHS = """\
format: export-advisor/bank
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]
"""


def test_billion_laughs_is_refused_before_expanding(tmp_path: Path) -> None:
    path = tmp_path / "laughs.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value) == (
        f"{path}: line 3, column 8: YAML aliases (*name) are not allowed in a bank"
    )


def test_a_single_alias_is_refused(tmp_path: Path) -> None:
    text = (
        MINI_PATH.read_text(encoding="utf-8")
        .replace('help: {en: "Buyers need them."}', "help: *why")
        .replace('help: {en: "No export without it."}', 'help: &why {en: "No export."}')
    )
    path = tmp_path / "alias.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError, match=r"line \d+, column \d+: YAML aliases"):
        load_bank(path)


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['echo pwned']",
        "!!python/object:builtins.dict {}",
        "!!python/name:os.system",
    ],
)
def test_object_tags_are_refused(tag: str, tmp_path: Path) -> None:
    path = tmp_path / "tagged.yaml"
    path.write_text(f"format: export-advisor/bank\nid: {tag}\n", encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: line 2, column 5: ")
    assert "constructor" in message


# --- files that are not banks ----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "a bank must be a mapping at the top level"),
        (b"- a\n- b\n", "a bank must be a mapping at the top level"),
        (b"id: x\n", "not a question bank (the key 'format' must be 'export-advisor/bank')"),
        (b"format: [unclosed\n", "line 2, column 1: "),
        (b"\xff\xfe\x00f", "the file is not UTF-8 text"),
        (b"[" * 5000, "line 1, column "),
        (b"a: " + b"1" * 5000 + b"\n", "a number in the file is far too long to be read"),
        (b'{"a": ' + b"1" * 5000 + b"}\n", "a number in the file is far too long to be read"),
        (b"a: 2026-02-30\n", "a value in the file cannot be read (for a date: day is out of"),
    ],
    ids=["empty", "list", "no-format", "bad-yaml", "utf16", "deep", "long-int", "json-int", "date"],
)
def test_not_a_bank(content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_bytes(content)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value).startswith(f"{path}: {message}")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="the file does not exist"):
        load_bank(tmp_path / "nope.yaml")


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as out:  # sparse: only the size counts, the file is never read
        out.truncate(MAX_BANK_BYTES + 1)
    size, limit = f"{MAX_BANK_BYTES + 1:,}", f"{MAX_BANK_BYTES // 1_000_000} MB"
    message = rf"too large for a question bank \({size} bytes; the limit is {limit}\)"
    with pytest.raises(BankError, match=message):
        load_bank(path)


def test_a_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINI_PATH.read_bytes())
    assert load_bank(path).id == "mini"


def test_json_bank_loads(tmp_path: Path) -> None:
    import json

    path = tmp_path / "bank.json"
    path.write_text(json.dumps(VALID), encoding="utf-8")
    assert load_bank(path).question_by_id["log.iec"].critical


def test_several_problems_are_all_listed() -> None:
    data = copy.deepcopy(VALID)
    weight_zero(data)
    missing_help(data)
    with pytest.raises(BankError) as caught:
        bank_from_data(data, source="two.yaml")
    assert len(caught.value.problems) == 2
    assert str(caught.value).endswith("(and 1 more)")


# --- the model's helpers ---------------------------------------------------------------


def test_lookups_and_stages(mini_bank) -> None:
    assert [q.id for q in mini_bank.questions_of("payments")] == ["pay.reply", "pay.terms"]
    assert mini_bank.stage_for(0).id == "low"
    assert mini_bank.stage_for(59.9).id == "mid"
    assert mini_bank.stage_for(100).id == "top"
    assert [s.id for s in mini_bank.stages_ordered] == ["low", "mid", "good", "top"]
    assert [r.id for r in mini_bank.recommendations_by_question["log.ce"]] == ["rec.docs"]
    assert mini_bank.profile_label("markets", "eu") == "EU"
    assert mini_bank.profile_label("markets", "mars") == "mars"


def test_best_and_worst_answers(mini_bank) -> None:
    docs = mini_bank.question_by_id["log.docs"]
    assert [o.id for o in docs.best_options()] == ["invoice", "packing"]
    assert [o.id for o in docs.worst_options()] == ["none"]
    reply = mini_bank.question_by_id["pay.reply"]
    assert (reply.best_number(), reply.worst_number()) == (0, 72)
    assert reply.option("x") is None


def test_text_falls_back_to_english() -> None:
    text = Text.of("Export", hi="निर्यात")
    assert text.get("hi") == "निर्यात"
    assert text.get("ta") == "Export"
    assert text.has("hi") and not text.has("ta")
    assert str(text) == "Export"


def test_the_banks_parts_are_still_imported_from_advisor_domain_bank() -> None:
    """The questions' models live in bank_questions.py; every public name of bank.py stays."""
    from advisor.domain import bank, bank_questions

    for name in bank.__all__:
        assert hasattr(bank, name), name
    for name in bank_questions.__all__:
        assert getattr(bank, name) is getattr(bank_questions, name)
        assert name in bank.__all__
