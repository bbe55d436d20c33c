"""Bank files on disk: a YAML bank, its compiled JSON twin, and the built-in bank.

:func:`load_bank` reads a bank file (YAML, or JSON) of at most :data:`MAX_BANK_BYTES`,
with safe loading and YAML aliases refused (:mod:`advisor.storage.yaml_safe`), then
validates it with :func:`advisor.domain.bank_checks.bank_from_data`; every problem raises
:class:`~advisor.domain.bank.BankError` naming the file and the place.

A YAML bank may have a *compiled twin* (``x.yaml`` -> ``x.compiled.json``, written by
``scripts/compile_bank.py``): its parsed data and the SHA-256 of the YAML it came from.
Parsing YAML costs about 60 ms at every start, JSON about 5; the twin is used only when
its hash matches the YAML bytes, so an edited bank is always read from the YAML.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from advisor.domain.bank import Bank, BankError
from advisor.domain.bank_checks import bank_from_data
from advisor.domain.limits import MAX_BANK_BYTES
from advisor.files import FileReadError, read_bounded

__all__ = [
    "COMPILED_SUFFIX",
    "DEFAULT_BANK",
    "MAX_BANK_BYTES",
    "compile_bank_data",
    "compiled_twin_path",
    "default_bank",
    "load_bank",
    "parse_bank_bytes",
]

DEFAULT_BANK = "banks/in-sme-export.yaml"
COMPILED_SUFFIX = ".compiled.json"


def load_bank(path: Path | str) -> Bank:
    """Read and check a bank file (YAML or JSON). Raises :class:`BankError`.

    Only a regular file is read, with a bound (:func:`advisor.files.read_bounded`): a
    FIFO or ``/dev/zero`` given as ``--bank`` is refused at once.
    """
    path = Path(path)
    name = str(path)
    try:
        raw_bytes = read_bounded(path, MAX_BANK_BYTES, "a question bank")
    except FileReadError as exc:
        raise BankError(name, [exc.reason]) from None
    data = _compiled_twin(path, raw_bytes)
    if data is None:
        data = parse_bank_bytes(raw_bytes, name)
    del raw_bytes  # a big bank's bytes (17 MB) need not stay while its models are built
    return bank_from_data(data, source=name)


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def parse_bank_bytes(raw_bytes: bytes, name: str = "<bank>") -> Any:
    """The data of a bank file's bytes (YAML or JSON), not yet checked. Raises BankError.

    A file that is strict JSON (no ``NaN``) is read with the JSON parser: a big bank
    (5,000 questions, 17 MB) takes 0.2 s instead of several seconds of YAML. Anything
    else, and any JSON error, goes to the YAML reader, whose messages name line and column.
    """
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BankError(name, ["the file is not UTF-8 text"]) from None
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text, parse_constant=_refuse_constant)
        except (ValueError, RecursionError):
            pass  # not strict JSON: YAML says what is wrong (or reads it as YAML)
    import yaml  # local: only a bank without a matching twin needs it (about 40 ms to import)

    from advisor.storage.yaml_safe import safe_load_no_aliases

    try:
        data = safe_load_no_aliases(text)
    except yaml.YAMLError as exc:
        raise BankError(name, [_yaml_message(exc)]) from None
    except RecursionError:
        raise BankError(name, ["the file is nested far too deeply"]) from None
    except ValueError as exc:  # PyYAML's own: a date such as 2026-02-30, a huge number
        raise BankError(name, [_value_message(exc)]) from None
    return data


def _value_message(exc: ValueError) -> str:
    if "digits" in str(exc):  # int() past 4,300 digits (sys.int_info.default_max_str_digits)
        return "a number in the file is far too long to be read"
    return f"a value in the file cannot be read (for a date: {exc})"


def _yaml_message(exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    return f"{where}{problem}"


def compiled_twin_path(path: Path) -> Path:
    """Where the pre-parsed JSON twin of a YAML bank lives (``x.yaml`` -> ``x.compiled.json``)."""
    return path.with_name(path.stem + COMPILED_SUFFIX)


def compile_bank_data(raw_yaml: bytes, data: Any) -> str:
    """The JSON twin of a bank: its parsed data and the hash of the YAML it came from."""
    twin = {"source_sha256": hashlib.sha256(raw_yaml).hexdigest(), "data": data}
    return json.dumps(twin, ensure_ascii=False, sort_keys=True, indent=0, default=_json_date) + "\n"


def _json_date(value: Any) -> str:
    """YAML reads ``2026-11-30`` as a date; the JSON twin stores it as that text."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a compiled bank")


def _compiled_twin(path: Path, raw_bytes: bytes) -> Any | None:
    """The pre-parsed data of a YAML bank, when a twin made from exactly these bytes exists.

    Parsing YAML costs about 60 ms at every start; JSON about 5. The twin is only a cache:
    it is used when its recorded hash matches the YAML, so an edited bank is always read
    from the YAML, and the data still goes through the same validation.
    """
    if path.suffix.lower() not in (".yaml", ".yml"):
        return None
    twin = compiled_twin_path(path)
    try:
        stored = json.loads(read_bounded(twin, 2 * MAX_BANK_BYTES, "a compiled bank"))
    except (FileReadError, ValueError):
        return None
    if not isinstance(stored, dict):
        return None
    if stored.get("source_sha256") != hashlib.sha256(raw_bytes).hexdigest():
        return None
    return stored.get("data")


@cache
def default_bank() -> Bank:
    """The built-in bank (Indian SME exporters), loaded once."""
    from advisor.resources import resource_path

    return load_bank(resource_path(DEFAULT_BANK))
