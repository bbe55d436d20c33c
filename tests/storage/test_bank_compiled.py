"""The built-in bank's pre-parsed JSON twin: current, used only when it matches."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from advisor.domain.bank import BankError
from advisor.resources import resource_path
from advisor.storage.banks import compile_bank_data, compiled_twin_path, load_bank
from advisor.storage.yaml_safe import safe_load_no_aliases

BUILTIN = resource_path("banks/in-sme-export.yaml")


def test_the_shipped_twin_is_current():
    """Stale twin: run `python scripts/compile_bank.py` after editing the bank."""
    twin = json.loads(compiled_twin_path(BUILTIN).read_text(encoding="utf-8"))
    raw = BUILTIN.read_bytes()
    fresh = compile_bank_data(raw, safe_load_no_aliases(raw.decode("utf-8-sig")))
    assert twin["data"] == json.loads(fresh)["data"]  # dates such as rules_as_of as text
    assert twin["source_sha256"] == hashlib.sha256(raw).hexdigest()


def test_an_edited_bank_is_read_from_its_yaml_not_the_stale_twin(tmp_path: Path):
    bank_path = tmp_path / "bank.yaml"
    shutil.copy(BUILTIN, bank_path)
    shutil.copy(compiled_twin_path(BUILTIN), compiled_twin_path(bank_path))
    text = bank_path.read_text(encoding="utf-8")
    text = re.sub(r"^version: .*$", "version: 9.9.9", text, count=1, flags=re.MULTILINE)
    bank_path.write_text(text, encoding="utf-8")
    assert load_bank(bank_path).version == "9.9.9"


def test_a_twin_with_a_matching_hash_still_goes_through_validation(tmp_path: Path):
    bank_path = tmp_path / "bank.yaml"
    shutil.copy(BUILTIN, bank_path)
    raw = bank_path.read_bytes()
    broken = {"source_sha256": hashlib.sha256(raw).hexdigest(), "data": {"format": "nope"}}
    compiled_twin_path(bank_path).write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(BankError, match="not a question bank"):
        load_bank(bank_path)
